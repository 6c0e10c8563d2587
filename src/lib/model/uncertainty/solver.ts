// The central growth a target's driver needs for a given chance of meeting it, its range's width
// held: from an engine's closed form or its own solver, else by bisection on its chances.
import { LOG_MAX, LOG_MIN, SOLVE_TOLERANCE, type Engine } from './engine';
import type { DriverLaw } from './laws';
import { PARAMETERS } from '../parameters';
const { min: MIN_GROWTH, max: MAX_GROWTH } = PARAMETERS.growth.hard;

/** The chances the needed central growth is solved for. */
export const CHANCES = [0.5, 0.8, 0.95] as const;

export interface NeededGrowth {
	chance: number;
	/** The central growth of the target's driver (a ratio's numerator), range width held; null with a note when none. */
	growth: number | null;
	note: 'no_years_left' | 'out_of_range' | null;
}

/**
 * The needed central growth of the first driver for `chance`, over its `openYears` uncertain
 * years: closed form, else bisection.
 */
export function neededGrowth(
	engine: Engine,
	driver: DriverLaw,
	openYears: number,
	chance: number
): NeededGrowth {
	const fail = (note: NeededGrowth['note']): NeededGrowth => ({ chance, growth: null, note });
	if (openYears === 0) return fail('no_years_left');
	const m0 = driver.range.logMean;
	let shift = engine.shiftFor?.(chance);
	if (shift === undefined && engine.solve) {
		const solved = engine.solve(chance);
		if (solved === null) return fail('out_of_range');
		shift = solved;
	}
	if (shift === undefined) {
		// P̂ is a monotone step function of the shift (common random numbers): bisect for the
		// smallest shift that reaches `chance`.
		const at = (s: number) => engine.chances([s]).met;
		let lo = LOG_MIN - m0;
		let hi = LOG_MAX - m0;
		const rising = at(hi) >= at(lo);
		if (!rising) [lo, hi] = [hi, lo];
		if (at(hi) < chance || at(lo) >= chance) return fail('out_of_range');
		while (Math.abs(hi - lo) > SOLVE_TOLERANCE) {
			const mid = (lo + hi) / 2;
			if (at(mid) >= chance) hi = mid;
			else lo = mid;
		}
		shift = hi;
	}
	const growth = Math.expm1(m0 + shift);
	if (!Number.isFinite(growth) || growth < MIN_GROWTH - 1e-12 || growth > MAX_GROWTH + 1e-12)
		return fail('out_of_range');
	return { chance, growth: Math.min(MAX_GROWTH, Math.max(MIN_GROWTH, growth)), note: null };
}
