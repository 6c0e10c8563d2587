// Growth ranges: the settings of the probability calculation and what a driver's 90 % range
// means (its lognormal parameters, its centre, the default range from history). The projection
// needs these on every page; the probability engine that uses them (uncertainty.ts) loads only
// where probabilities or sensitivities are shown. Pure, like the rest of the model.
import type { DriverResult } from './evaluate';
import { isValidGrowth } from './growth';
import { PARAMETERS } from './parameters';
import { yearlyGrowth } from './series';
import type { GrowthRange, Text, UncertaintyModel, UncertaintySettings } from './types';

/** Φ⁻¹(0.95): a 90 % interval spans Z90 standard deviations either side of its centre. */
export const Z90 = 1.6448536269514722;
export const DEFAULT_MODEL: UncertaintyModel = 'persistent';
/** The settings `unc=persistent` alone stands for: the parameter table's defaults. */
export const DEFAULT_UNCERTAINTY: UncertaintySettings = {
	model: DEFAULT_MODEL,
	seed: PARAMETERS.seed.default,
	draws: PARAMETERS.draws.default,
	correlation: null
};
/** Fewest yearly rates a default width or a historical correlation is computed from. */
export const MIN_HISTORY_RATES = 3;
/**
 * The default range's half-width in ln(1 + g) when history gives fewer than MIN_HISTORY_RATES
 * yearly rates: ±0.03, about ±3 percentage points around the centre.
 */
export const FALLBACK_LOG_HALF_WIDTH = 0.03;

/** One sentence per uncertainty model, in both languages, for the UI and the command line. */
export const UNCERTAINTY_MODELS: Record<UncertaintyModel, Text> = {
	persistent: {
		en: 'Persistent: one growth rate, drawn once from the range, holds for every remaining year, so a good or bad draw compounds and the spread of the 2025 value grows in proportion to the years left.',
		zh: '持续型：从区间中抽取一次的同一个增速适用于剩余每一年，抽得好坏都会逐年累积，2025 年数值的离散程度与剩余年数成正比。'
	},
	yearly: {
		en: 'Yearly: each remaining year draws its own growth rate from the range, independently, so good and bad years partly cancel and the spread grows with the square root of the years left.',
		zh: '逐年型：剩余每一年各自独立地从区间中抽取增速，好年景与坏年景部分抵消，离散程度随剩余年数的平方根增长。'
	}
};

/** ln(1 + g) ~ Normal(logMean, logSd²) for a range read as a 90 % interval. */
export function logNormalParameters(range: GrowthRange): { logMean: number; logSd: number } {
	const low = Math.log1p(range.low);
	const high = Math.log1p(range.high);
	return { logMean: (low + high) / 2, logSd: (high - low) / (2 * Z90) };
}

/**
 * The range's centre, √((1 + low)(1 + high)) − 1: the median growth, used as the point growth
 * when none is given. It sits a little below the midpoint (5 %–9 % → 6.98 %); a zero-width range
 * gives its own value exactly.
 */
export function rangeCentre(range: GrowthRange): number {
	if (range.low === range.high) return range.low;
	return Math.sqrt((1 + range.low) * (1 + range.high)) - 1;
}

/** σ of ln V after `years` years with yearly log-growth spread `logSd` under `model`. */
export function logSpread(logSd: number, years: number, model: UncertaintyModel): number {
	return model === 'persistent' ? years * logSd : Math.sqrt(years) * logSd;
}

export type RangeProblem = 'invalid_range' | 'reversed_range';

/**
 * Why a range cannot be used, or null: `invalid_range` when low or high is not a number in the
 * model's growth range (MIN_GROWTH to MAX_GROWTH), `reversed_range` when low > high.
 */
export function rangeProblem(range: unknown): RangeProblem | null {
	if (typeof range !== 'object' || range === null) return 'invalid_range';
	const { low, high } = range as Record<string, unknown>;
	if (typeof low !== 'number' || typeof high !== 'number') return 'invalid_range';
	if (!isValidGrowth(low) || !isValidGrowth(high)) return 'invalid_range';
	return low > high ? 'reversed_range' : null;
}

/** A driver's growth range in use, with its lognormal parameters. */
export interface DriverRange extends GrowthRange {
	/** The median growth: the range's centre, or the point growth a default range is built on. */
	centre: number;
	logMean: number;
	logSd: number;
	/** `scenario`: given by the user; `history`: the default from yearly rates; `fixed`: the default without enough history. */
	source: 'scenario' | 'history' | 'fixed';
	/** The years whose yearly growth gave a `history` width. */
	years: number[];
}

/** A user's range (already checked) as a DriverRange. */
export function scenarioRange(range: GrowthRange): DriverRange {
	return {
		low: range.low,
		high: range.high,
		centre: rangeCentre(range),
		...logNormalParameters(range),
		source: 'scenario',
		years: []
	};
}

/** Yearly log growth rates ln(1 + g) in the given years where the driver's history has them. */
export function logRates(driver: DriverResult, years: Iterable<number>): Map<number, number> {
	const out = new Map<number, number>();
	for (const year of years) {
		const g = yearlyGrowth(driver.history, year);
		if (g !== null && g > -1) out.set(year, Math.log1p(g));
	}
	return out;
}

export function sampleSd(values: readonly number[]): number {
	const mean = values.reduce((a, b) => a + b, 0) / values.length;
	const squares = values.reduce((a, v) => a + (v - mean) ** 2, 0);
	return Math.sqrt(squares / (values.length - 1));
}

/**
 * A driver's default range, centred (in ln(1 + g)) on its point growth in use. Its width comes
 * from the driver's year-to-year variation in its default-growth window (inside the latest
 * basis): s = the sample standard deviation of the yearly ln(1 + g) for the years after the
 * window's first year up to the base year, when at least MIN_HISTORY_RATES are known; otherwise
 * s = FALLBACK_LOG_HALF_WIDTH / Z90. The range is exp(ln(1 + g) ± Z90·s) − 1. Null when the
 * driver has no point growth.
 */
export function defaultRange(driver: DriverResult): DriverRange | null {
	if (driver.growth === null) return null;
	const trailing = driver.defaultGrowth;
	const years: number[] = [];
	if (trailing.kind === 'compound')
		for (let y = trailing.from + 1; y <= trailing.to; y++) years.push(y);
	const rates = logRates(driver, years);
	const history = rates.size >= MIN_HISTORY_RATES;
	const logSd = history ? sampleSd([...rates.values()]) : FALLBACK_LOG_HALF_WIDTH / Z90;
	const logMean = Math.log1p(driver.growth);
	return {
		low: Math.expm1(logMean - Z90 * logSd),
		high: Math.expm1(logMean + Z90 * logSd),
		centre: driver.growth,
		logMean,
		logSd,
		source: history ? 'history' : 'fixed',
		years: history ? [...rates.keys()] : []
	};
}
