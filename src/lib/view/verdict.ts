// How a verdict looks: an icon and a word as well as a colour, so it never relies on colour.
import type { Verdict } from '$lib/model/verdict';

export const verdictIcon: Record<Verdict, string> = {
	met: '✓',
	within_tolerance: '≈',
	not_met: '✗',
	no_numeric_target: '○',
	needs_assumption: '?',
	gap: '∅'
};
