// The random variables behind a target's chances: each driver's target-year value as a lognormal
// (its median at the range's centre and its log spread), a formula over such drivers, and an
// average-growth window's log growth. Built from a driver's range and the uncertainty model; pure.
import type { DriverResult, TargetResult } from '../evaluate';
import type { CompiledFormula } from '../formulaTree';
import { compound } from '../growth';
import { logSpread, type DriverRange } from '../ranges';
import type { UncertaintyModel } from '../types';
import type { Goal } from './goal';

/** A driver as a random variable: its target-year value at the range's centre and its spread. */
export interface DriverLaw {
	driver: DriverResult;
	range: DriverRange;
	/** Projected years at the constant growth (no per-year override). */
	openYears: number;
	/** The target-year value with every open year at the range's centre. */
	median: number;
	sigma: number;
}

export function driverLaw(driver: DriverResult, model: UncertaintyModel): DriverLaw | null {
	const range = driver.range;
	if (!range || driver.baseValue === null || driver.targetYearValue === null) return null;
	let median = driver.baseValue;
	let openYears = 0;
	for (const r of driver.yearlyRates) {
		if (!r.overridden) openYears++;
		median = compound(median, r.overridden ? r.rate : range.centre, 1);
	}
	if (!(median > 0) || !Number.isFinite(median)) return null;
	return { driver, range, openYears, median, sigma: logSpread(range.logSd, openYears, model) };
}

/** A driver's median target-year value with its centre's ln(1 + growth) moved by `shift`. */
export function medianAt(driver: DriverLaw, shift: number): number {
	return shift === 0 ? driver.median : driver.median * Math.exp(driver.openYears * shift);
}

/** A formula over one or two driver laws. */
export interface FormulaLaw {
	formula: CompiledFormula;
	drivers: DriverLaw[];
	/** Correlation of the two drivers' shocks ε (for the yearly model, scaled by shared years). */
	shockCorrelation: number;
}

/** An average-growth window as a random variable: the known part and the open years' spread. */
export interface AverageLaw {
	driver: DriverLaw;
	/** Σ ln(1 + g) of the window's known and overridden years. */
	known: number;
	/** Window years at the driver's constant growth. */
	open: number;
	/** The window's length. */
	years: number;
	sigma: number;
	/** The window's rates with open years marked null, for the no-spread case. */
	rates: (number | null)[];
}

/** The law of an average-growth target's window; null when a rate of the window is unknown. */
export function averageLaw(
	target: TargetResult,
	driver: DriverLaw,
	model: UncertaintyModel
): AverageLaw | null {
	const detail = target.average;
	if (!detail || detail.rates.some((r) => r.rate === null)) return null;
	const overridden = new Map(
		driver.driver.yearlyRates.filter((r) => r.overridden).map((r) => [r.year, r.rate])
	);
	let known = 0;
	let open = 0;
	const rates: (number | null)[] = [];
	for (const r of detail.rates) {
		if (r.kind === 'projected' && !overridden.has(r.year)) {
			open++;
			rates.push(null);
		} else {
			known += Math.log1p(r.rate!);
			rates.push(r.rate);
		}
	}
	if (!Number.isFinite(known)) return null;
	return {
		driver,
		known,
		open,
		years: detail.rates.length,
		sigma: logSpread(driver.range.logSd, open, model),
		rates
	};
}

/**
 * The window's log growth ln Π(1 + g) ~ Normal(known + open·(m + shift), σ²) and the goal on the
 * same scale: met when it is at least N·ln(1 + target) (−∞ for a target at or below −100 %).
 */
export function averageLogLaw(
	law: AverageLaw,
	goal: Goal
): { lnTarget: number; lnBand: number; meanAt: (shift: number) => number } {
	const { range } = law.driver;
	// ln Π(1 + g) over the window ~ Normal(known + open·(m + shift), σ²); met when ≥ N·ln(1 + T).
	const threshold = (t: number) => (t > -1 ? law.years * Math.log1p(t) : -Infinity);
	const lnTarget = threshold(goal.target);
	const lnBand = threshold(goal.band);
	const meanAt = (shift: number) => law.known + law.open * (range.logMean + shift);
	return { lnTarget, lnBand, meanAt };
}
