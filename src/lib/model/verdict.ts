// Verdicts on unrounded values. One function decides; every view shows its result.
import type { Comparator } from './types';

/** `gap`: a target no data can follow (a plan pack's gap); verdictFor never gives it. */
export type Verdict =
	'met' | 'within_tolerance' | 'not_met' | 'no_numeric_target' | 'needs_assumption' | 'gap';

/**
 * Compares a projected value with a target.
 * - `exceeds`: met only when strictly above the target;
 * - `at_least`: met at or above it;
 * - `about` / `average_growth` (the plan's 左右): met at or above the target, within tolerance when
 *   below it by at most `tolerance` × |target|, otherwise not met;
 * - `rank_at_most`: met when the rank is the target or better (smaller);
 * - `qualitative`: no numeric verdict.
 * A non-finite value or target gives `needs_assumption`.
 */
export function verdictFor(
	value: number | null,
	comparator: Comparator,
	target: number | null,
	tolerance: number
): Verdict {
	if (comparator === 'qualitative') return 'no_numeric_target';
	if (value === null || target === null || !Number.isFinite(value) || !Number.isFinite(target))
		return 'needs_assumption';
	switch (comparator) {
		case 'exceeds':
			return value > target ? 'met' : 'not_met';
		case 'at_least':
			return value >= target ? 'met' : 'not_met';
		case 'rank_at_most':
			return value <= target ? 'met' : 'not_met';
		case 'about':
		case 'average_growth':
			if (value >= target) return 'met';
			return value >= target - Math.max(0, tolerance) * Math.abs(target)
				? 'within_tolerance'
				: 'not_met';
	}
}

/** True for the verdicts that count as reaching a target (met, or within its tolerance). */
export function isOnTrack(verdict: Verdict): boolean {
	return verdict === 'met' || verdict === 'within_tolerance';
}
