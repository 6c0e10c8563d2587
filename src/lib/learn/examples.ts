// The live worked examples of the /learn page, derived from an evaluation and the data: compound
// growth and its inverse, averages over a window, a ratio with a moving denominator, and series
// broken by census revisions. Pure and unformatted: every number comes from the model's result or
// the seeds (never a constant); rounding and units happen at the edge (i18n/format.ts).
// Relative imports only, so the browser tests can compute what the page must show.
import type { AverageDetail, Evaluation, TargetResult, ValueKind } from '../model/evaluate';
import { compound, compoundAverage } from '../model/growth';
import { preferredByYear, yearlyGrowth, type DriverHistory, type PointKind } from '../model/series';
import type { Comparator, DriverId, ObservationsFile, TargetId } from '../model/types';
import { verdictFor, type Verdict } from '../model/verdict';

const findTarget = (evaluation: Evaluation, id: TargetId): TargetResult | null =>
	evaluation.targets.find((t) => t.id === id) ?? null;

/** The constant yearly growth that links two values `years` apart: (to / from)^(1 / years) − 1. */
export function impliedGrowth(from: number, to: number, years: number): number | null {
	if (!(from > 0) || !(to > 0) || !(years > 0) || !Number.isFinite(from + to + years)) return null;
	return (to / from) ** (1 / years) - 1;
}

/** Years for a value to double at a constant growth g: ln 2 / ln(1 + g); null unless g > 0. */
export function doublingYears(growth: number): number | null {
	return growth > 0 && Number.isFinite(growth) ? Math.LN2 / Math.log1p(growth) : null;
}

/** The rule of 70's estimate of the doubling time: 70 / (g in percent); null unless g > 0. */
export function ruleOf70Years(growth: number): number | null {
	return growth > 0 && Number.isFinite(growth) ? 70 / (growth * 100) : null;
}

// ---------------------------------------------------------------------------------------------
// Compound growth and its inverse

export interface CompoundExample {
	targetId: TargetId;
	driverId: DriverId;
	unit: string;
	comparator: Comparator;
	target: number | null;
	tolerance: number;
	targetYear: number;
	/** V₀: the driver's latest value (published, derived or entered) and its year. */
	baseYear: number;
	baseValue: number;
	/** g: the constant growth in use, and where it came from. */
	growth: number;
	growthSource: Evaluation['drivers'][DriverId]['growthSource'];
	/** n = target year − base year. */
	years: number;
	/** V₀ (1 + g)^n, computed here. */
	recomputed: number;
	/** The model's own 2025 value for the driver. */
	projected: number;
	/** True when year-by-year overrides make the model's path differ from one constant growth. */
	overridden: boolean;
	verdict: Verdict;
	/** The inverse on the target: the constant growth from V₀ that just reaches the target. */
	requiredGrowth: number | null;
	/** The inverse on history: the growth linking an earlier published value to V₀. */
	inverse: {
		fromYear: number;
		fromValue: number;
		toYear: number;
		toValue: number;
		years: number;
		rate: number;
		/** True when this is exactly the model's default growth for the driver. */
		isDefaultGrowth: boolean;
	} | null;
}

/**
 * A level target's compound-growth example: its driver's base value, the growth in use and the
 * 2025 value, checked against V₀ (1 + g)^n; and the inverse, both on history (the trailing growth
 * window) and on the target (the required growth). Null when the target is not a level target or
 * its driver has no base or no growth.
 */
export function compoundExample(
	evaluation: Evaluation,
	targetId: TargetId
): CompoundExample | null {
	const result = findTarget(evaluation, targetId);
	if (!result || result.kind !== 'level') return null;
	const driver = evaluation.drivers[result.spec.numerator];
	const { baseYear, baseValue, growth, targetYearValue } = driver;
	if (baseYear === null || baseValue === null || growth === null || targetYearValue === null)
		return null;
	const years = evaluation.targetYear - baseYear;
	const recomputed = compound(baseValue, growth, years);
	let inverse: CompoundExample['inverse'] = null;
	const trailing = driver.defaultGrowth;
	if (trailing.kind === 'compound') {
		const from = driver.history.points.find((p) => p.year === trailing.from);
		const to = driver.history.points.find((p) => p.year === trailing.to);
		const span = trailing.to - trailing.from;
		const rate = from && to ? impliedGrowth(from.value, to.value, span) : null;
		if (from && to && rate !== null)
			inverse = {
				fromYear: from.year,
				fromValue: from.value,
				toYear: to.year,
				toValue: to.value,
				years: span,
				rate,
				isDefaultGrowth: Math.abs(rate - trailing.rate) < 1e-12
			};
	}
	return {
		targetId,
		driverId: driver.id,
		unit: result.unit,
		comparator: result.comparator,
		target: result.target,
		tolerance: evaluation.tolerance,
		targetYear: evaluation.targetYear,
		baseYear,
		baseValue,
		growth,
		growthSource: driver.growthSource,
		years,
		recomputed,
		projected: targetYearValue,
		overridden: driver.yearlyRates.some((r) => r.overridden),
		verdict: result.verdict,
		requiredGrowth: result.requiredGrowth,
		inverse
	};
}

/** What the reader may type into the compound-growth playground. */
export const PLAYGROUND_GROWTH = { min: -0.5, max: 1, step: 0.001 } as const;
export const PLAYGROUND_YEARS = { min: 0, max: 60 } as const;

export type PlaygroundResult =
	| {
			ok: true;
			growth: number;
			years: number;
			value: number;
			/** The year the value stands for: the base year plus n. */
			year: number;
			/**
			 * The value against the target, as the model would judge it; null unless the value
			 * stands for the target year (a 2027 value says nothing about a 2025 target).
			 */
			verdict: Verdict | null;
			doubling: number | null;
			ruleOf70: number | null;
	  }
	| { ok: false; field: 'growth' | 'years'; reason: 'not_a_number' | 'out_of_range' };

/**
 * The playground: V₀ (1 + g)^n for the growth (in percent) and years the reader entered, with the
 * doubling time (exact and by the rule of 70) and the verdict against the example's target. A
 * number field that holds no valid number gives null: that is `not_a_number`, as is a fractional
 * number of years.
 */
export function playground(
	example: CompoundExample,
	growthPercent: number | null,
	years: number | null
): PlaygroundResult {
	if (growthPercent === null || !Number.isFinite(growthPercent))
		return { ok: false, field: 'growth', reason: 'not_a_number' };
	const g = growthPercent / 100;
	if (g < PLAYGROUND_GROWTH.min - 1e-12 || g > PLAYGROUND_GROWTH.max + 1e-12)
		return { ok: false, field: 'growth', reason: 'out_of_range' };
	if (years === null || !Number.isInteger(years))
		return { ok: false, field: 'years', reason: 'not_a_number' };
	if (years < PLAYGROUND_YEARS.min || years > PLAYGROUND_YEARS.max)
		return { ok: false, field: 'years', reason: 'out_of_range' };
	const value = compound(example.baseValue, g, years);
	return {
		ok: true,
		growth: g,
		years,
		value,
		year: example.baseYear + years,
		verdict:
			example.baseYear + years === example.targetYear
				? verdictFor(value, example.comparator, example.target, example.tolerance)
				: null,
		doubling: doublingYears(g),
		ruleOf70: ruleOf70Years(g)
	};
}

/** The playground's starting entries: the example's growth in percent to a tenth, and its years. */
export function playgroundDefaults(example: CompoundExample): {
	growthPercent: number;
	years: number;
} {
	return { growthPercent: Math.round(example.growth * 1000) / 10, years: example.years };
}

// ---------------------------------------------------------------------------------------------
// Averages over a window

export interface AverageExample {
	targetId: TargetId;
	target: number | null;
	tolerance: number;
	window: { from: number; to: number };
	rates: AverageDetail['rates'];
	/** Null while any year of the window has no rate. */
	compound: number | null;
	arithmetic: number | null;
	/** A − G ≥ 0. */
	gap: number | null;
	/** The population variance of the yearly rates. */
	variance: number | null;
	/** The volatility-drag estimate of G: A − σ² / (2 (1 + A)). */
	approximateCompound: number | null;
	/** Π(1 + rᵢ) = (1 + G)^n: the window's total growth factor. */
	totalFactor: number | null;
	/** (1 + A)^n: what compounding the arithmetic mean would claim. */
	arithmeticFactor: number | null;
	verdict: Verdict;
	/** The same rates with the window's first year left out. */
	laterWindow: { from: number; to: number; compound: number | null; verdict: Verdict } | null;
}

/**
 * An average-growth target's window, its yearly rates and the two averages, with the volatility
 * drag that separates them and the average over a window one year shorter. Null for a target
 * without an average.
 */
export function averageExample(evaluation: Evaluation, targetId: TargetId): AverageExample | null {
	const result = findTarget(evaluation, targetId);
	if (!result?.average || !result.window) return null;
	const { rates, compound: g, arithmetic: a } = result.average;
	const values = rates.map((r) => r.rate);
	const complete = values.every((r): r is number => r !== null);
	let variance: number | null = null;
	let approximateCompound: number | null = null;
	let totalFactor: number | null = null;
	let arithmeticFactor: number | null = null;
	if (complete && a !== null && g !== null) {
		variance = values.reduce((s, r) => s + (r - a) ** 2, 0) / values.length;
		approximateCompound = a - variance / (2 * (1 + a));
		totalFactor = values.reduce((p, r) => p * (1 + r), 1);
		arithmeticFactor = (1 + a) ** values.length;
	}
	const tolerance = evaluation.tolerance;
	let laterWindow: AverageExample['laterWindow'] = null;
	if (rates.length >= 3) {
		const later = values.slice(1);
		const laterCompound = later.every((r): r is number => r !== null)
			? compoundAverage(later)
			: null;
		laterWindow = {
			from: result.window.from + 1,
			to: result.window.to,
			compound: laterCompound,
			verdict: verdictFor(laterCompound, result.comparator, result.target, tolerance)
		};
	}
	return {
		targetId,
		target: result.target,
		tolerance,
		window: result.window,
		rates,
		compound: g,
		arithmetic: a,
		gap: g !== null && a !== null ? a - g : null,
		variance,
		approximateCompound,
		totalFactor,
		arithmeticFactor,
		verdict: result.verdict,
		laterWindow
	};
}

// ---------------------------------------------------------------------------------------------
// Ratios with moving denominators

export interface RatioExample {
	targetId: TargetId;
	numerator: DriverId;
	denominator: DriverId;
	unit: string;
	scale: number;
	/** T. */
	target: number;
	targetYear: number;
	/** The numerator's base year (where the model's required growth starts) and n. */
	baseYear: number;
	years: number;
	numeratorBase: number;
	denominatorBase: number;
	/** R₀ = scale × X₀ / Y₀. */
	ratioBase: number;
	denominatorTarget: number;
	/** Whether the denominator's target-year value is published or projected. */
	denominatorTargetKind: ValueKind;
	/** g_d: the denominator's constant growth from the base year to the target year. */
	denominatorGrowth: number;
	/** X needed in the target year: T × Y_T / scale. */
	numeratorNeeded: number;
	/** (1 + g_d)(T / R₀)^(1/n) − 1. */
	requiredGrowth: number;
	/** The model's required growth for the target (null when it found none). */
	modelRequiredGrowth: number | null;
	/** |requiredGrowth − modelRequiredGrowth| < 1e-9. */
	agrees: boolean;
	/** The numerator's assumed growth and the ratio the model projects with it. */
	assumedGrowth: number | null;
	projected: number | null;
	verdict: Verdict;
}

/**
 * A ratio target's required numerator growth by the closed form
 * g_x = (1 + g_d)(T / R₀)^(1/n) − 1, with every input read from the evaluation, beside the
 * model's own `requiredGrowth` (which solves X₀ (1 + g)^n = T Y_T / scale directly). Null when the
 * target is not a ratio or a value it needs is missing.
 */
export function ratioExample(evaluation: Evaluation, targetId: TargetId): RatioExample | null {
	const result = findTarget(evaluation, targetId);
	if (!result || result.kind !== 'ratio' || !result.spec.denominator || result.target === null)
		return null;
	const num = evaluation.drivers[result.spec.numerator];
	const den = evaluation.drivers[result.spec.denominator];
	const { baseYear, baseValue } = num;
	if (baseYear === null || baseValue === null || den.targetYearValue === null) return null;
	const years = evaluation.targetYear - baseYear;
	const denBase = den.path.find((p) => p.year === baseYear);
	const denTarget = den.path.find((p) => p.year === evaluation.targetYear);
	if (years <= 0 || !denBase || !denTarget || denBase.value <= 0) return null;
	const denominatorGrowth = impliedGrowth(denBase.value, den.targetYearValue, years);
	if (denominatorGrowth === null) return null;
	const { scale } = result.spec;
	const target = result.target;
	const ratioBase = (scale * baseValue) / denBase.value;
	const requiredGrowth = (1 + denominatorGrowth) * (target / ratioBase) ** (1 / years) - 1;
	const model = result.requiredGrowth;
	return {
		targetId,
		numerator: num.id,
		denominator: den.id,
		unit: result.unit,
		scale,
		target,
		targetYear: evaluation.targetYear,
		baseYear,
		years,
		numeratorBase: baseValue,
		denominatorBase: denBase.value,
		ratioBase,
		denominatorTarget: den.targetYearValue,
		denominatorTargetKind: denTarget.kind,
		denominatorGrowth,
		numeratorNeeded: (target * den.targetYearValue) / scale,
		requiredGrowth,
		modelRequiredGrowth: model,
		agrees: model !== null && Math.abs(model - requiredGrowth) < 1e-9,
		assumedGrowth: num.growth,
		projected: result.projected,
		verdict: result.verdict
	};
}

// ---------------------------------------------------------------------------------------------
// Statistical bases and their breaks

export interface BasisRow {
	year: number;
	value: number;
	basis: string;
	kind: PointKind;
	/** The growth the model computes for this year (from the year before); null where it cannot. */
	growth: number | null;
	growthSource: 'levels' | 'published_rate' | null;
	/** Set when the year before is on another basis: that basis. */
	breakFrom: string | null;
	/** At a break: this year's level over last year's, a ratio the model never uses as growth. */
	levelRatio: number | null;
}

/** A driver's history, year by year, with its bases, the growth the model computes and the breaks. */
export function basisRows(history: DriverHistory): BasisRow[] {
	return history.points.map((p, i) => {
		const before = history.points[i - 1];
		const consecutive = before !== undefined && before.year === p.year - 1;
		const isBreak = consecutive && before.basis !== p.basis;
		const growth = yearlyGrowth(history, p.year);
		return {
			year: p.year,
			value: p.value,
			basis: p.basis,
			kind: p.kind,
			growth,
			growthSource:
				growth === null ? null : history.rates.has(p.year) ? 'published_rate' : 'levels',
			breakFrom: isBreak ? before.basis : null,
			levelRatio: isBreak && before.value > 0 ? p.value / before.value - 1 : null
		};
	});
}

/** The value of a published series in a year (the preferred observation), or null. */
export function publishedValue(data: ObservationsFile, seriesId: string, year: number) {
	const chosen = preferredByYear(data.series[seriesId]?.observations ?? []).get(year)?.chosen;
	return chosen ? { value: chosen.value, basis: chosen.basis } : null;
}

export interface BreakExample {
	driverId: DriverId;
	rows: BasisRow[];
	/** The breaks between consecutive years, latest last. */
	breaks: BasisRow[];
	/** The driver's default growth and the years it spans (never across a break). */
	defaultGrowth: Evaluation['drivers'][DriverId]['defaultGrowth'];
	windowYears: number;
}

/** A driver's series with its basis breaks and the default growth the model derives from it. */
export function breakExample(evaluation: Evaluation, driverId: DriverId): BreakExample {
	const driver = evaluation.drivers[driverId];
	const rows = basisRows(driver.history);
	return {
		driverId,
		rows,
		breaks: rows.filter((r) => r.breakFrom !== null),
		defaultGrowth: driver.defaultGrowth,
		windowYears: evaluation.growthWindowYears
	};
}
