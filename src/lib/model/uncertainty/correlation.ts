// How a ratio's two drivers move together: their historical correlation of yearly log growth, the
// correlation a target uses (the scenario's, else the historical one, else none) and the
// correlation of their total shocks under each uncertainty model. Pure.
import type { DriverResult } from '../evaluate';
import { MIN_HISTORY_RATES } from '../ranges';
import { yearlyGrowth } from '../series';
import type { DriverId, UncertaintyModel, UncertaintySettings } from '../types';
import type { DriverLaw } from './laws';

/** The yearly log growth of the run of known years that ends at the base year: the latest basis. */
function latestBasisLogRates(driver: DriverResult): Map<number, number> {
	const out = new Map<number, number>();
	const base = driver.history.base;
	if (!base) return out;
	for (let year = base.year; ; year--) {
		const g = yearlyGrowth(driver.history, year);
		if (g === null || g <= -1) break;
		out.set(year, Math.log1p(g));
	}
	return out;
}

export interface HistoricalCorrelation {
	value: number;
	years: number[];
}

/**
 * The correlation of two drivers' yearly ln(1 + g) over the years both have inside their latest
 * basis (the unbroken run of known yearly growths ending at each base year). Null when fewer
 * than MIN_HISTORY_RATES years are shared or either series does not vary.
 */
export function historicalCorrelation(
	a: DriverResult,
	b: DriverResult
): HistoricalCorrelation | null {
	const ra = latestBasisLogRates(a);
	const rb = latestBasisLogRates(b);
	const years = [...ra.keys()].filter((y) => rb.has(y)).sort((x, y) => x - y);
	if (years.length < MIN_HISTORY_RATES) return null;
	const xs = years.map((y) => ra.get(y)!);
	const ys = years.map((y) => rb.get(y)!);
	const mx = xs.reduce((s, v) => s + v, 0) / xs.length;
	const my = ys.reduce((s, v) => s + v, 0) / ys.length;
	let sxy = 0;
	let sxx = 0;
	let syy = 0;
	for (let i = 0; i < xs.length; i++) {
		sxy += (xs[i]! - mx) * (ys[i]! - my);
		sxx += (xs[i]! - mx) ** 2;
		syy += (ys[i]! - my) ** 2;
	}
	if (!(sxx > 0 && syy > 0)) return null;
	return { value: Math.max(-1, Math.min(1, sxy / Math.sqrt(sxx * syy))), years };
}

export interface TargetCorrelation {
	/** Correlation of the yearly ln(1 + g) of the numerator and the denominator. */
	value: number;
	/** `scenario`: the user's setting; `history`: computed; `none`: not computable, so 0. */
	source: 'scenario' | 'history' | 'none';
	/** The years a `history` value was computed from. */
	years: number[];
	drivers: [DriverId, DriverId];
}

/** The correlation a ratio uses: the scenario's, else the historical one, else 0. */
export function correlationFor(
	num: DriverLaw,
	den: DriverLaw,
	settings: UncertaintySettings
): TargetCorrelation {
	const ids: [DriverId, DriverId] = [num.driver.id, den.driver.id];
	if (settings.correlation !== null)
		return { value: settings.correlation, source: 'scenario', years: [], drivers: ids };
	const history = historicalCorrelation(num.driver, den.driver);
	return history
		? { value: history.value, source: 'history', years: history.years, drivers: ids }
		: { value: 0, source: 'none', years: [], drivers: ids };
}

/** Correlation of the two drivers' total shocks: ρ (persistent), ρ × shared years / √(n₁n₂) (yearly). */
export function shockCorrelation(
	num: DriverLaw,
	den: DriverLaw,
	rho: number,
	model: UncertaintyModel
): number {
	if (model === 'persistent') return rho;
	const open = (d: DriverResult) =>
		new Set(d.yearlyRates.filter((r) => !r.overridden).map((r) => r.year));
	const a = open(num.driver);
	const b = open(den.driver);
	const shared = [...a].filter((y) => b.has(y)).length;
	return a.size === 0 || b.size === 0 ? 0 : (rho * shared) / Math.sqrt(a.size * b.size);
}
