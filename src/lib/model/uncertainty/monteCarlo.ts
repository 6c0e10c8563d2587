// The Monte Carlo engines: seeded draws of a target's drivers (correlated for a ratio) run through
// its compiled formula as columns, or of an average-growth window's log growth; the chances are
// the share of draws that meet the target. Common random numbers: every shift reuses the draws.
import { bisectionSolver } from './bisection';
import { crossingsOf, metByCrossings, solveByCrossings, type Crossings } from './crossings';
import { shockUnits, standardNormals } from './draws';
import type { Engine } from './engine';
import { countMet, type Goal } from './goal';
import { averageLogLaw, medianAt, type AverageLaw, type FormulaLaw } from './laws';
import type { UncertaintySettings } from '../types';

/** The slow baseline for benchmarks: the formula's text evaluated for one draw's values. */
export type TextEvaluation = (text: string, scope: Record<string, number>) => number;

/**
 * Vₖ = medianₖ × exp(εₖ), ε correlated by a 2 × 2 Cholesky factor, over `settings.draws` draws of
 * stream `stream`. Solves by crossings for power laws, by bisection otherwise; with `text` (the
 * benchmarks' baseline) it evaluates the formula's text per draw and offers no solver.
 */
export function monteCarloFormulaEngine(
	law: FormulaLaw,
	goal: Goal,
	settings: UncertaintySettings,
	stream: number,
	text: TextEvaluation | null
): Engine {
	const { formula, drivers } = law;
	const n = settings.draws;
	const units = shockUnits(settings, stream, drivers, law.shockCorrelation);
	const scaled = drivers.map(() => new Float64Array(n));
	const columns: Record<string, Float64Array> = {};
	drivers.forEach((d, k) => (columns[d.driver.id] = scaled[k]!));
	const out = new Float64Array(n);
	const scope: Record<string, number> = {};
	let solver: ((chance: number) => number | null) | null = null;
	const chances = (shifts: readonly number[]) => {
		drivers.forEach((d, k) => {
			const m = medianAt(d, shifts[k] ?? 0);
			const u = units[k]!;
			const s = scaled[k]!;
			for (let i = 0; i < n; i++) s[i] = m * u[i]!;
		});
		if (text)
			for (let i = 0; i < n; i++) {
				drivers.forEach((d, k) => (scope[d.driver.id] = scaled[k]![i]!));
				out[i] = text(formula.text, scope);
			}
		else formula.evaluateColumns(columns, out);
		const { met, within } = countMet(out, goal);
		return { met: met / n, within: within / n };
	};
	let crossings: Crossings | null | undefined;
	const crossingsNow = () =>
		crossings === undefined ? (crossings = crossingsOf(law, goal, units, n)) : crossings;
	return {
		method: 'monte_carlo',
		draws: n,
		chances,
		solve: text
			? undefined
			: (chance) => {
					const c = crossingsNow();
					return c
						? solveByCrossings(c, chance)
						: (solver ??= bisectionSolver(law, goal, units, n))(chance);
				},
		metChance: text
			? undefined
			: (shifts) => {
					const c = crossingsNow();
					return c ? metByCrossings(c, shifts) : chances(shifts).met;
				}
	};
}

/** An average-growth window's log growth drawn from stream `stream`, against N·ln(1 + target). */
export function monteCarloAverageEngine(
	law: AverageLaw,
	goal: Goal,
	settings: UncertaintySettings,
	stream: number
): Engine {
	const { lnTarget, lnBand, meanAt } = averageLogLaw(law, goal);
	const n = settings.draws;
	const z = standardNormals(settings.seed, stream, n);
	const logs = new Float64Array(n);
	return {
		method: 'monte_carlo',
		draws: n,
		chances(shifts) {
			const mean = meanAt(shifts[0] ?? 0);
			for (let i = 0; i < n; i++) logs[i] = mean + law.sigma * z[i]!;
			const { met, within } = countMet(logs, { ...goal, target: lnTarget, band: lnBand });
			return { met: met / n, within: within / n };
		}
	};
}
