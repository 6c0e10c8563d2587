// The exact Monte Carlo solver for power-law formulas: ln(value) moves linearly with a driver's
// shift, so each draw's crossing of the target is one division, and the shift that reaches a chance
// is found by selection among them. Pure; reorders only its own arrays.
import { LOG_MAX, LOG_MIN } from './engine';
import { scaledColumn } from './draws';
import type { Goal } from './goal';
import type { FormulaLaw } from './laws';

/**
 * Where each draw starts meeting the target, as a shift of the numerator's ln(1 + growth) centre,
 * when the formula is a power law: then ln(value) moves linearly with any driver's shift, so the
 * crossing of each draw is exact. Null for other formulas (or a numerator with no years to move).
 */
export interface Crossings {
	/** Per draw, in no particular order (selection reorders them). */
	shifts: Float64Array;
	/** Met above the crossing (true) or below it. */
	rising: boolean;
	/** d ln(value) / d shift for each driver: exponent × open years. */
	slopes: number[];
	lowest: number;
	highest: number;
}

export function crossingsOf(
	law: FormulaLaw,
	goal: Goal,
	units: readonly Float64Array[],
	n: number
): Crossings | null {
	const { formula, drivers } = law;
	const powerLaw = formula.powerLaw;
	if (!powerLaw || !(goal.target > 0)) return null;
	const slopes = drivers.map((d) => (powerLaw.exponents[d.driver.id] ?? 0) * d.openYears);
	const slope = slopes[0]!;
	if (slope === 0) return null;
	// ln X(shift) = ln X(0) + slope·shift; met when direction·(ln X − ln T) ≥ 0 (> for exceeds).
	const columns: Record<string, Float64Array> = {};
	drivers.forEach((d, k) => (columns[d.driver.id] = scaledColumn(units[k]!, d.median)));
	const shifts = formula.evaluateColumns(columns, new Float64Array(n));
	const rising = goal.direction * slope > 0;
	const lnTarget = Math.log(goal.target);
	const never = rising ? Infinity : -Infinity;
	for (let i = 0; i < n; i++) {
		const x = shifts[i]!;
		shifts[i] = x > 0 && x < Infinity ? (lnTarget - Math.log(x)) / slope : never;
	}
	const m0 = drivers[0]!.range.logMean;
	return { shifts, rising, slopes, lowest: LOG_MIN - m0, highest: LOG_MAX - m0 };
}

/**
 * The numerator shift at which the draws' estimate first reaches `chance`: the ⌈chance·draws⌉-th
 * crossing (from below when rising, from above when falling) — the point bisection converges to,
 * found by selection. Null when it lies outside the growth range.

 */
export function solveByCrossings(c: Crossings, chance: number): number | null {
	const n = c.shifts.length;
	const need = Math.max(1, Math.ceil(chance * n - 1e-9));
	// A hair past the crossing, so that rounding in the formula cannot leave that draw short.
	const shift = c.rising ? select(c.shifts, need - 1) + 1e-12 : select(c.shifts, n - need) - 1e-12;
	return Number.isFinite(shift) && shift >= c.lowest && shift <= c.highest ? shift : null;
}

/** P(met) with each driver shifted: an equivalent numerator shift, then a count of crossings. */
export function metByCrossings(c: Crossings, shifts: readonly number[]): number {
	let at = 0;
	c.slopes.forEach((slope, k) => (at += slope * (shifts[k] ?? 0)));
	at /= c.slopes[0]!;
	const a = c.shifts;
	let met = 0;
	if (c.rising) for (let i = 0; i < a.length; i++) met += a[i]! <= at ? 1 : 0;
	else for (let i = 0; i < a.length; i++) met += a[i]! >= at ? 1 : 0;
	return met / a.length;
}

/** The k-th smallest value (from 0) of `a` by quickselect; reorders `a`. */
function select(a: Float64Array, k: number): number {
	let lo = 0;
	let hi = a.length - 1;
	while (lo < hi) {
		const x = a[lo]!;
		const y = a[(lo + hi) >>> 1]!;
		const z = a[hi]!;
		const pivot = x < y ? (y < z ? y : x < z ? z : x) : x < z ? x : y < z ? z : y;
		let i = lo;
		let j = hi;
		while (i <= j) {
			while (a[i]! < pivot) i++;
			while (a[j]! > pivot) j--;
			if (i <= j) {
				const t = a[i]!;
				a[i] = a[j]!;
				a[j] = t;
				i++;
				j--;
			}
		}
		if (k <= j) hi = j;
		else if (k >= i) lo = i;
		else break;
	}
	return a[k]!;
}
