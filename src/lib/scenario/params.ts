// The command line's first scenario reader, kept as a thin door onto link.ts so that existing
// callers keep working: `gdp=0.05&asof=2023&tol=0.1` is a version-0 link. New code calls
// decodeLink, which also takes the plan and data from its caller instead of the seed files.
import { observations, plan } from '../model/data';
import type { Scenario } from '../model/types';
import { decodeLink, MAX_LINK_LENGTH, type IgnoredPart } from './link';

export { MAX_TOLERANCE, type IgnoredPart, type IgnoredReason } from './link';

/** Input past this many characters is not read: link.ts's MAX_LINK_LENGTH. */
export const MAX_PARAMS_LENGTH = MAX_LINK_LENGTH;

export interface ParsedScenario {
	scenario: Scenario;
	ignored: IgnoredPart[];
}

export interface ParseOptions {
	/** The latest as-of year accepted; the plan's target year when not given (or later). */
	maxAsOf?: number;
}

/**
 * Reads a scenario from a link or its parameter part with decodeLink, against the seed plan and
 * data, and keeps only the scenario and the ignored parts. An as-of year past `maxAsOf` is
 * ignored as `out_of_range`. Never throws.
 * @deprecated Use decodeLink from ./link.
 */
export function parseScenarioParams(text: string, options: ParseOptions = {}): ParsedScenario {
	const { state, ignored } = decodeLink(text, { plan, data: observations });
	const { scenario } = state;
	if (options.maxAsOf !== undefined && scenario.asOf !== null && scenario.asOf > options.maxAsOf) {
		ignored.push({ part: `asof=${scenario.asOf}`, reason: 'out_of_range' });
		scenario.asOf = null;
	}
	return { scenario, ignored };
}
