// The chart's fan: the indicator's 50 % and 90 % intervals in each projected year, in closed form
// (a power law of lognormal drivers; the yearly rate for average-growth targets). Pure.
import type { DriverResult, TargetResult } from '../evaluate';
import { compound } from '../growth';
import { targetDrivers, targetFormula } from '../indicator';
import { logSpread, Z90 } from '../ranges';
import type { DriverId, UncertaintySettings } from '../types';
import { historicalCorrelation } from './correlation';

/** Φ⁻¹(0.75): a 50 % interval spans Z50 standard deviations either side of its centre. */
export const Z50 = 0.6744897501960817;

/** The spread of a target's indicator in one projected year: ln X ~ Normal(logMean, logSd²). */
export interface YearSpread {
	year: number;
	logMean: number;
	logSd: number;
	/** The indicator's median (exp logMean; for average-growth targets, the yearly rate's median). */
	median: number;
	/** The 50 % and 90 % intervals of the indicator (for average-growth targets, of the yearly rate). */
	q50: [number, number];
	q90: [number, number];
}

/** A driver's value in `year` with every open year at its range's centre, and its open years so far. */
function valueAtYear(
	driver: DriverResult,
	centre: number,
	year: number
): { value: number; open: number[] } | null {
	if (driver.baseValue === null || driver.baseYear === null) return null;
	if (year <= driver.baseYear) {
		const p = driver.path.find((x) => x.year === year);
		return p ? { value: p.value, open: [] } : null;
	}
	let value = driver.baseValue;
	const open: number[] = [];
	for (const r of driver.yearlyRates) {
		if (r.year > year) break;
		if (!r.overridden) open.push(r.year);
		value = compound(value, r.overridden ? r.rate : centre, 1);
	}
	return Number.isFinite(value) && value > 0 ? { value, open } : null;
}

/**
 * The indicator's spread in each projected year up to the target year, analytically, for the
 * chart's fan: for a power-law indicator (levels and ratios) ln X_t = ln c + Σ eₖ ln Vₖ,t with
 * ln Vₖ,t ~ Normal(ln Vₖ,₀ + Σ overrides + nₖ,t·mₖ, σₖ,t²), σₖ,t = logSpread(sₖ, nₖ,t, model), the
 * two drivers of a ratio correlated as in assessTarget (ρ, or ρ × shared open years / √(n₁n₂)
 * for `yearly`). For average-growth targets: each projected year's rate, exp(m ± z·s) − 1.
 * Quantiles are exp(logMean ± z·logSd). Empty when the target has no numeric projection or its
 * formula is not a power law; pure and deterministic (Monte Carlo targets get the same closed form).
 */
export function projectionSpread(
	target: TargetResult,
	drivers: Record<DriverId, DriverResult>,
	settings: UncertaintySettings
): YearSpread[] {
	if (target.kind === 'qualitative' || target.projected === null) return [];
	const spec = target.spec;
	const quantiles = (year: number, logMean: number, logSd: number, shift = 0): YearSpread => {
		const q = (z: number) => Math.exp(logMean + z * logSd) - shift;
		return {
			year,
			logMean,
			logSd,
			median: q(0),
			q50: [q(-Z50), q(Z50)],
			q90: [q(-Z90), q(Z90)]
		};
	};
	const projectedYears = target.indicatorPath
		.filter((p) => p.kind === 'projected')
		.map((p) => p.year);
	if (target.kind === 'average_growth') {
		const driver = drivers[spec.numerator];
		const range = driver.range;
		if (!range) return [];
		return driver.yearlyRates.map((r) =>
			r.overridden
				? quantiles(r.year, Math.log1p(r.rate), 0, 1)
				: quantiles(r.year, range.logMean, range.logSd, 1)
		);
	}
	const ids = targetDrivers(spec);
	const formula = targetFormula(spec);
	const power = formula.powerLaw;
	if (!power || ids.some((id) => drivers[id].range === null)) return [];
	const ranges = ids.map((id) => drivers[id].range!);
	let rho = 0;
	if (ids.length === 2) {
		if (settings.correlation !== null) rho = settings.correlation;
		else rho = historicalCorrelation(drivers[ids[0]!], drivers[ids[1]!])?.value ?? 0;
	}
	const out: YearSpread[] = [];
	for (const year of projectedYears) {
		const at = ids.map((id, k) => valueAtYear(drivers[id], ranges[k]!.centre, year));
		if (at.some((a) => a === null)) continue;
		const e = ids.map((id) => power.exponents[id] ?? 0);
		const sig = at.map((a, k) => logSpread(ranges[k]!.logSd, a!.open.length, settings.model));
		const logMean =
			Math.log(power.coefficient) + at.reduce((s, a, k) => s + e[k]! * Math.log(a!.value), 0);
		let variance = sig.reduce((s, v, k) => s + (e[k]! * v) ** 2, 0);
		if (ids.length === 2) {
			const [n1, n2] = [at[0]!.open.length, at[1]!.open.length];
			const shared = at[0]!.open.filter((y) => at[1]!.open.includes(y)).length;
			const r =
				settings.model === 'persistent' ? rho : n1 && n2 ? (rho * shared) / Math.sqrt(n1 * n2) : 0;
			variance += 2 * e[0]! * e[1]! * r * sig[0]! * sig[1]!;
		}
		out.push(quantiles(year, logMean, Math.sqrt(Math.max(0, variance))));
	}
	return out;
}
