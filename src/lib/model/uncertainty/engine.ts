// What every probability engine offers the solver and the sensitivity: the chances at shifted
import { PARAMETERS } from '../parameters';
const { min: MIN_GROWTH, max: MAX_GROWTH } = PARAMETERS.growth.hard;
// log-mean growths of a target's drivers, and optionally a faster or closed-form way to solve for a
// chance. The bounds the solvers search within, in ln(1 + growth).

/** How one target's chances are computed: at shifted log-mean growths of its drivers. */
export interface Engine {
	method: 'analytic' | 'monte_carlo';
	draws: number | null;
	/** P(met) and P(met or within) with driver k's ln(1 + growth) centre moved by shifts[k]. */
	chances(shifts: readonly number[]): { met: number; within: number };
	/** The shift of the first driver that gives `chance`, in closed form; undefined to bisect. */
	shiftFor?(chance: number): number;
	/** The same by the engine's own search; null when no shift in the growth range gives it. */
	solve?: (chance: number) => number | null;
	/** P(met) alone, faster than `chances` where the engine can. */
	metChance?: (shifts: readonly number[]) => number;
}

/** How a target's chances are computed: exactly (no spread), in closed form, or by draws. */
export type EngineChoice = 'deterministic' | 'analytic' | 'monte_carlo';

/** Bisection stops when the bracket on ln(1 + growth) is this narrow. */
export const SOLVE_TOLERANCE = 1e-8;
export const LOG_MIN = Math.log1p(MIN_GROWTH);
export const LOG_MAX = Math.log1p(MAX_GROWTH);
