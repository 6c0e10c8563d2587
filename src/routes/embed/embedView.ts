// The embed's one line of assumptions beside its verdict count: the changed settings with their
// values (as "What changed" lists them), or the defaults, and the data's as-of year, so that a
// verdict count shown on another site never stands without what it assumed. Pure: no DOM.
import { changeLines } from '$lib/view/changesView';
import type { Messages } from '$lib/i18n/messages';
import type { ShareMessages } from '$lib/i18n/shareMessages';
import type { Evaluation, Lang, Plan, Scenario } from '$lib/model';
import { effectiveChanges } from '$lib/scenario/diff';

/** At most this many changed settings are named; the rest are counted. */
export const MAX_EMBED_ASSUMPTIONS = 4;

export interface EmbedAssumptionsInput {
	plan: Plan;
	scenario: Scenario;
	evaluation: Evaluation;
	baseline: Evaluation;
	defaultAsOf: number;
	t: Messages;
	m: ShareMessages;
	lang: Lang;
}

/** "Assumptions: GDP growth 5.5 %; … · data published up to 2024." in the reader's language. */
export function embedAssumptions(input: EmbedAssumptionsInput): string {
	const { plan, scenario, evaluation, baseline, defaultAsOf, t, m, lang } = input;
	const lines = changeLines(effectiveChanges(plan, scenario, baseline, defaultAsOf), plan, t, lang);
	const named = lines.slice(0, MAX_EMBED_ASSUMPTIONS).map((l) => m.embedChange(l.label, l.to));
	const more = lines.length - named.length;
	return m.embedAssumptions(named, more, evaluation.asOf);
}
