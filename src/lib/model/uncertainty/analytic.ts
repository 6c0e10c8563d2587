// The closed-form engines: a target's chances when nothing is uncertain (its point verdict as 0
// or 1) and when its indicator's log is normal — a power law of lognormal drivers (levels, and
// ratios on request) or an average-growth window's log growth. Pure; no draws.
import { compoundAverage } from '../growth';
import { normalQuantile } from '../random';
import type { Engine } from './engine';
import { meets, normalTail, type Goal } from './goal';
import { averageLogLaw, medianAt, type AverageLaw, type FormulaLaw } from './laws';

/** No spread: the formula at the drivers' medians, met (1) or not (0). */
export function deterministicFormulaEngine(law: FormulaLaw, goal: Goal): Engine {
	const { formula, drivers } = law;
	return {
		method: 'analytic',
		draws: null,
		chances(shifts) {
			const scope: Record<string, number> = {};
			drivers.forEach((d, k) => (scope[d.driver.id] = medianAt(d, shifts[k] ?? 0)));
			const v = formula.evaluate(scope);
			const m = Number.isFinite(v) ? meets(v, goal) : { met: false, within: false };
			return { met: m.met ? 1 : 0, within: m.within ? 1 : 0 };
		}
	};
}

/** A power-law formula: ln X = ln c + Σ eₖ ln Vₖ is normal, so its tail is Φ of a z-score. */
export function analyticFormulaEngine(law: FormulaLaw, goal: Goal): Engine {
	const { formula, drivers } = law;
	// ln X = ln c + Σ eₖ ln Vₖ is normal: mean μ, spread σ.
	const power = formula.powerLaw!;
	const e = drivers.map((d) => power.exponents[d.driver.id] ?? 0);
	const mu0 =
		Math.log(power.coefficient) + drivers.reduce((s, d, k) => s + e[k]! * Math.log(d.median), 0);
	let variance = drivers.reduce((s, d, k) => s + (e[k]! * d.sigma) ** 2, 0);
	if (drivers.length === 2)
		variance += 2 * e[0]! * e[1]! * law.shockCorrelation * drivers[0]!.sigma * drivers[1]!.sigma;
	const sigma = Math.sqrt(Math.max(0, variance));
	const lnTarget = goal.target > 0 ? Math.log(goal.target) : -Infinity;
	const lnBand = goal.band > 0 ? Math.log(goal.band) : -Infinity;
	const slope = e[0]! * drivers[0]!.openYears;
	return {
		method: 'analytic',
		draws: null,
		chances(shifts) {
			const mu = mu0 + drivers.reduce((s, d, k) => s + e[k]! * d.openYears * (shifts[k] ?? 0), 0);
			return {
				met: normalTail(mu, sigma, lnTarget, goal.direction),
				within: normalTail(mu, sigma, lnBand, goal.direction)
			};
		},
		shiftFor(chance) {
			// Solve Φ(direction·(μ − ln T)/σ) = chance for the numerator's shift.
			const mu = lnTarget + goal.direction * sigma * normalQuantile(chance);
			return slope === 0 || lnTarget === -Infinity ? NaN : (mu - mu0) / slope;
		}
	};
}

/** No spread: the window's compound average with its open years at the centre, met or not. */
export function deterministicAverageEngine(law: AverageLaw, goal: Goal): Engine {
	const { range } = law.driver;
	return {
		method: 'analytic',
		draws: null,
		chances(shifts) {
			const shift = shifts[0] ?? 0;
			const g = shift === 0 ? range.centre : Math.expm1(range.logMean + shift);
			const average = compoundAverage(law.rates.map((r) => r ?? g));
			const m = average === null ? { met: false, within: false } : meets(average, goal);
			return { met: m.met ? 1 : 0, within: m.within ? 1 : 0 };
		}
	};
}

/** An average-growth window: its log growth is normal against N·ln(1 + target). */
export function analyticAverageEngine(law: AverageLaw, goal: Goal): Engine {
	const { lnTarget, lnBand, meanAt } = averageLogLaw(law, goal);
	return {
		method: 'analytic',
		draws: null,
		chances(shifts) {
			const mean = meanAt(shifts[0] ?? 0);
			return {
				met: normalTail(mean, law.sigma, lnTarget, 1),
				within: normalTail(mean, law.sigma, lnBand, 1)
			};
		},
		shiftFor(chance) {
			if (lnTarget === -Infinity || law.open === 0) return NaN;
			return (lnTarget + law.sigma * normalQuantile(chance) - meanAt(0)) / law.open;
		}
	};
}
