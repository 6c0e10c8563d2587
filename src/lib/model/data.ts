// The seed files, validated once at import. A malformed file fails the build and every test
// with a DataFileError naming the file, the record and the field. Under Vite (the app, its build
// and the tests) this module is replaced by the already validated data: see vite.config.ts.
//
// `observations` is the latest data vintage (seeds/observations.json). Earlier vintages stay in
// seeds/vintages/<vintage>.json, never edited, so that a link pinning one shows its numbers for
// good; they load only when asked for (`loadVintage`).
import observationsJson from '../../../seeds/observations.json' with { type: 'json' };
import planJson from '../../../seeds/plan.json' with { type: 'json' };
import { validateObservations, validatePlan } from './schema';
import type { ObservationsFile } from './types';

export const observations = validateObservations(observationsJson);
export const plan = validatePlan(planJson, observations);

/** A vintage name as written in seeds/vintages/: YYYY-MM. */
const VINTAGE_NAME = /^\d{4}-\d{2}$/;

/**
 * The data of a vintage: the latest one, or an earlier one kept in seeds/vintages/ (validated,
 * and checked against the plan). Null when no vintage of that name is kept.
 */
export async function loadVintage(version: string): Promise<ObservationsFile | null> {
	if (version === observations.vintage) return observations;
	if (!VINTAGE_NAME.test(version)) return null;
	const file = `seeds/vintages/${version}.json`;
	let json: unknown;
	try {
		json = (await import(`../../../${file}`, { with: { type: 'json' } })).default;
	} catch {
		return null;
	}
	const data = validateObservations(json, file);
	validatePlan(planJson, data);
	return data;
}

/**
 * Loads the latest vintage's sources' words (titles, addresses, notes) into `observations`. Here
 * they are already in it; the browser's data comes without them until this is called (see
 * vite.config.ts and sourceDetails.ts).
 */
export async function loadSourceDetails(): Promise<void> {}
