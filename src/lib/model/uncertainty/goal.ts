// What counts as meeting a target, for the probability engines: a direction, the target and the
// lower edge of its tolerance band; the same comparisons as verdictFor, on one value or on a column
// of draws; and the normal tail the closed forms integrate. Pure.
import type { TargetResult } from '../evaluate';
import { normalCdf } from '../random';

/** What counts as meeting a target: a direction, the target and the lower edge of its band. */
export interface Goal {
	direction: 1 | -1;
	strict: boolean;
	target: number;
	band: number;
}

export function goalOf(t: TargetResult): Goal | null {
	const target = t.target;
	if (target === null || !Number.isFinite(target)) return null;
	switch (t.comparator) {
		case 'exceeds':
			return { direction: 1, strict: true, target, band: target };
		case 'at_least':
			return { direction: 1, strict: false, target, band: target };
		case 'rank_at_most':
			return { direction: -1, strict: false, target, band: target };
		case 'about':
		case 'average_growth':
			return {
				direction: 1,
				strict: false,
				target,
				band: target - Math.max(0, t.tolerance ?? 0) * Math.abs(target)
			};
		default:
			return null;
	}
}

/** The same comparisons as verdictFor, on one value. */
export function meets(value: number, goal: Goal): { met: boolean; within: boolean } {
	if (goal.direction === -1) return { met: value <= goal.target, within: value <= goal.band };
	return {
		met: goal.strict ? value > goal.target : value >= goal.target,
		within: value >= goal.band
	};
}

export function countMet(values: Float64Array, goal: Goal): { met: number; within: number } {
	const { target, band } = goal;
	let met = 0;
	let within = 0;
	const n = values.length;
	if (goal.direction === -1) {
		for (let i = 0; i < n; i++) {
			const v = values[i]!;
			if (v <= target) met++;
			if (v <= band) within++;
		}
	} else if (goal.strict) {
		for (let i = 0; i < n; i++) {
			const v = values[i]!;
			if (v > target) met++;
			if (v >= band) within++;
		}
	} else {
		for (let i = 0; i < n; i++) {
			const v = values[i]!;
			if (v >= target) met++;
			if (v >= band) within++;
		}
	}
	return { met, within };
}

/** P(L ≥ threshold) (direction 1) or P(L ≤ threshold) (−1) for L ~ Normal(mean, sd²). */
export function normalTail(mean: number, sd: number, threshold: number, direction: 1 | -1): number {
	if (threshold === -Infinity) return direction === 1 ? 1 : 0;
	if (sd === 0) return (direction === 1 ? mean >= threshold : mean <= threshold) ? 1 : 0;
	return normalCdf((direction * (mean - threshold)) / sd);
}
