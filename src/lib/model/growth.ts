// Compound-growth arithmetic: projecting a value, the constant rate that reaches a value, and a
// generic monotone solver. Rates are fractions (0.05 = 5 % a year). Functions never throw and
// never return NaN: an impossible question gets an explicit `unreachable` with its reason.

import { PARAMETERS } from './parameters';

/** The lowest and highest constant yearly growth the model accepts (−99 % and +1000 %). */
const { min: MIN_GROWTH, max: MAX_GROWTH } = PARAMETERS.growth.hard;

export type Solution =
	| { kind: 'rate'; rate: number }
	| {
			kind: 'unreachable';
			reason:
				| 'invalid_input'
				| 'non_positive_base'
				| 'non_positive_target'
				| 'no_years_left'
				| 'out_of_range';
	  };

const unreachable = (reason: Extract<Solution, { kind: 'unreachable' }>['reason']): Solution => ({
	kind: 'unreachable',
	reason
});

/** True when `g` is a usable growth rate: finite and within [MIN_GROWTH, MAX_GROWTH]. */
export function isValidGrowth(g: number): boolean {
	return Number.isFinite(g) && g >= MIN_GROWTH && g <= MAX_GROWTH;
}

/** value × (1 + rate)^years. */
export function compound(value: number, rate: number, years: number): number {
	return value * (1 + rate) ** years;
}

/**
 * The constant yearly growth that takes `from` to `to` in `years` years:
 * r = (to / from)^(1 / years) − 1. Unreachable for non-positive values, no years, or a rate
 * outside the accepted range.
 */
export function requiredGrowthRate(from: number, to: number, years: number): Solution {
	if (![from, to, years].every(Number.isFinite)) return unreachable('invalid_input');
	if (years <= 0) return unreachable('no_years_left');
	if (from <= 0) return unreachable('non_positive_base');
	if (to <= 0) return unreachable('non_positive_target');
	// In logarithms, so that a huge ratio of two valid values does not overflow.
	const rate = Math.exp((Math.log(to) - Math.log(from)) / years) - 1;
	if (!Number.isFinite(rate)) return unreachable('invalid_input');
	// A hair of slack for rounding in the logarithms at the edges of the range.
	const slack = 1e-12;
	if (rate < MIN_GROWTH - slack || rate > MAX_GROWTH + slack) return unreachable('out_of_range');
	return { kind: 'rate', rate: Math.min(MAX_GROWTH, Math.max(MIN_GROWTH, rate)) };
}

/**
 * The compound average (CAGR) of yearly rates: (Π(1 + rᵢ))^(1/n) − 1. Null for an empty list or
 * a rate at or below −100 %.
 */
export function compoundAverage(rates: readonly number[]): number | null {
	if (rates.length === 0) return null;
	let product = 1;
	for (const r of rates) {
		if (!Number.isFinite(r) || r <= -1) return null;
		product *= 1 + r;
	}
	return product ** (1 / rates.length) - 1;
}

/** The arithmetic mean of yearly rates; null for an empty list or a non-finite rate. */
export function arithmeticAverage(rates: readonly number[]): number | null {
	if (rates.length === 0 || !rates.every(Number.isFinite)) return null;
	return rates.reduce((a, b) => a + b, 0) / rates.length;
}

/**
 * The constant rate for the `remainingYears` still open that makes the compound average over the
 * whole window (the known rates plus the open years) equal `targetAverage`:
 * r = ((1 + T)^N / Π(1 + known))^(1/k) − 1.
 */
export function requiredRateForAverage(
	known: readonly number[],
	remainingYears: number,
	targetAverage: number
): Solution {
	if (
		!Number.isFinite(targetAverage) ||
		targetAverage <= -1 ||
		!known.every((r) => Number.isFinite(r) && r > -1)
	)
		return unreachable('invalid_input');
	if (remainingYears <= 0) return unreachable('no_years_left');
	const n = known.length + remainingYears;
	const knownProduct = known.reduce((p, r) => p * (1 + r), 1);
	const rate = ((1 + targetAverage) ** n / knownProduct) ** (1 / remainingYears) - 1;
	if (!Number.isFinite(rate)) return unreachable('invalid_input');
	return rate < MIN_GROWTH || rate > MAX_GROWTH
		? unreachable('out_of_range')
		: { kind: 'rate', rate };
}

/**
 * Finds the growth g in [lo, hi] where the increasing function f(g) crosses `target`, by
 * bisection to `tolerance`. For any formula that grows with one driver's growth.
 */
export function solveMonotone(
	f: (g: number) => number,
	target: number,
	lo = MIN_GROWTH,
	hi = MAX_GROWTH,
	tolerance = 1e-12
): Solution {
	if (!Number.isFinite(target)) return unreachable('invalid_input');
	const flo = f(lo);
	const fhi = f(hi);
	if (Number.isNaN(flo) || Number.isNaN(fhi)) return unreachable('invalid_input');
	if (flo > target || fhi < target) return unreachable('out_of_range');
	let a = lo;
	let b = hi;
	for (let i = 0; i < 200 && b - a > tolerance; i++) {
		const mid = (a + b) / 2;
		const fm = f(mid);
		if (Number.isNaN(fm)) return unreachable('invalid_input');
		if (fm < target) a = mid;
		else b = mid;
	}
	return { kind: 'rate', rate: (a + b) / 2 };
}
