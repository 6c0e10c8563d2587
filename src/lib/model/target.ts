// One target evaluated under a scenario's settled values and its drivers' projections: the
// indicator year by year, the projected value, the verdict and margin, the required growth (and
// its ratchet over past years) and the first year the target is met; for average-growth targets
// the window's rates and their compound average. Pure; probabilities are added later
// (evaluate.ts passes each result to the probability engine when one is loaded).
import type {
	AverageDetail,
	DriverResult,
	PathPoint,
	SettledScenario,
	TargetResult,
	ValueKind
} from './evaluate';
import {
	arithmeticAverage,
	compound,
	compoundAverage,
	requiredGrowthRate,
	requiredRateForAverage,
	solveMonotone,
	type Solution
} from './growth';
import { indicatorValue, targetFormula } from './indicator';
import { yearlyGrowth } from './series';
import type { DriverId, TargetSpec } from './types';
import { verdictFor } from './verdict';
import { targetConfidence } from './confidence';

/** The latest year a "first year met" search looks at. */
export const SEARCH_HORIZON_YEAR = 2050;

const valueAt = (driver: DriverResult, year: number) => driver.path.find((p) => p.year === year);

/** A driver's value in a year past the target year, at its constant growth (for first-year-met). */
function extendedValue(driver: DriverResult, year: number, targetYear: number): number | null {
	const point = valueAt(driver, year);
	if (point) return point.value;
	if (year <= targetYear || driver.targetYearValue === null || driver.growth === null) return null;
	return compound(driver.targetYearValue, driver.growth, year - targetYear);
}

function solutionRate(s: Solution): number | null {
	return s.kind === 'rate' ? s.rate : null;
}

/** What every step of one target's evaluation reads. */
interface TargetInput {
	spec: TargetSpec;
	targetYear: number;
	num: DriverResult;
	den: DriverResult | null;
	/** The drivers the indicator reads: the numerator, then the denominator. */
	used: DriverResult[];
	/** The tolerance of an "about" or average-growth target; null for others. */
	tolerance: number | null;
	/** The indicator in a year (past the target year too, with `extended`), or null. */
	evaluateAt: (year: number, extended?: boolean) => number | null;
}

/** Evaluates one target (see the module header); the probabilities are left empty. */
export function evaluateTarget(
	spec: TargetSpec,
	targetYear: number,
	drivers: Record<DriverId, DriverResult>,
	settings: SettledScenario
): TargetResult {
	const num = drivers[spec.numerator];
	const den = spec.denominator ? drivers[spec.denominator] : null;
	const used = [num, ...(den ? [den] : [])];
	const usesTolerance = spec.comparator === 'about' || spec.comparator === 'average_growth';
	const tolerance = usesTolerance ? settings.tolerance : null;
	// The indicator, year by year, wherever every driver it reads has a value; a count is whole.
	const evaluateAt = (year: number, extended = false): number | null => {
		const value = indicatorValue(spec, (id) => {
			const d = drivers[id];
			return extended ? extendedValue(d, year, targetYear) : (valueAt(d, year)?.value ?? null);
		});
		return spec.integer && value !== null ? Math.round(value) : value;
	};
	const input: TargetInput = { spec, targetYear, num, den, used, tolerance, evaluateAt };
	const result = emptyResult(input);
	// A scenario's window overrides the target's own, which overrides the plan's default.
	const window =
		!settings.averageWindowSet && spec.averageWindow ? spec.averageWindow : settings.averageWindow;
	if (spec.kind === 'average_growth') evaluateAverage(input, result, window);
	else evaluateIndicator(input, result);
	return withVerdict(input, result, settings.tolerance);
}

/** The result before evaluation: the target's spec and drivers, nothing projected yet. */
function emptyResult({ spec, num, used, tolerance }: TargetInput): TargetResult {
	const driverSummary: TargetResult['drivers'] = {};
	for (const d of used)
		driverSummary[d.id] = {
			baseYear: d.baseYear,
			baseValue: d.baseValue,
			growth: d.growth,
			targetYearValue: d.targetYearValue
		};
	return {
		id: spec.id,
		spec,
		kind: spec.kind,
		unit: spec.unit,
		comparator: spec.comparator,
		target: spec.target,
		tolerance,
		baseYear: num.baseYear,
		baseValue: num.baseValue,
		assumedGrowth: num.growth,
		projected: null,
		verdict: 'needs_assumption',
		margin: null,
		marginRelative: null,
		requiredGrowth: null,
		requiredGrowthNote: null,
		requiredGrowthWithinTolerance: null,
		firstYearMet: null,
		ratchet: [],
		window: null,
		average: null,
		indicatorPath: [],
		drivers: driverSummary,
		missing: [],
		uncertainty: null,
		sensitivity: [],
		confidence: { grade: 'low', reasons: [] }
	};
}

/** An average-growth target: the window's rates, their averages and the growth still required. */
function evaluateAverage(
	{ spec, num, tolerance }: TargetInput,
	result: TargetResult,
	window: { from: number; to: number }
): void {
	const target = spec.target;
	result.window = window;
	const rates: AverageDetail['rates'] = [];
	const baseYear = num.baseYear ?? -Infinity;
	for (let year = window.from; year <= window.to; year++) {
		if (year <= baseYear) {
			const g = yearlyGrowth(num.history, year);
			rates.push({ year, rate: g, kind: g === null ? 'missing' : 'actual' });
		} else {
			const r = num.yearlyRates.find((x) => x.year === year)?.rate ?? null;
			rates.push({ year, rate: r, kind: r === null ? 'missing' : 'projected' });
		}
	}
	const complete = rates.every((r) => r.rate !== null);
	const values = rates.map((r) => r.rate ?? 0);
	result.average = {
		rates,
		compound: complete ? compoundAverage(values) : null,
		arithmetic: complete ? arithmeticAverage(values) : null
	};
	result.projected = result.average.compound;
	result.indicatorPath = growthPath(num);
	const actual = rates.filter((r) => r.kind === 'actual').map((r) => r.rate as number);
	const gaps = rates.filter((r) => r.kind === 'missing' && r.year <= baseYear);
	const open = rates.filter((r) => r.kind !== 'actual').length;
	if (gaps.length === 0 && target !== null) {
		const solved = requiredRateForAverage(actual, open, target);
		result.requiredGrowth = solutionRate(solved);
		result.requiredGrowthNote = solved.kind === 'unreachable' ? solved.reason : null;
		if (tolerance !== null)
			result.requiredGrowthWithinTolerance = solutionRate(
				requiredRateForAverage(actual, open, target - tolerance * Math.abs(target))
			);
		for (let y = window.from - 1; y < Math.min(baseYear, window.to); y++) {
			const knownThen = rates.filter((r) => r.year <= y).map((r) => r.rate as number);
			result.ratchet.push({
				year: y,
				requiredGrowth: solutionRate(requiredRateForAverage(knownThen, window.to - y, target))
			});
		}
	} else if (gaps.length > 0) result.requiredGrowthNote = 'missing_assumption';
}

/** The driver's yearly growth rates along its path: history, then the rates in use. */
function growthPath(num: DriverResult): PathPoint[] {
	const path: PathPoint[] = [];
	for (const p of num.path) {
		const g =
			p.kind === 'projected'
				? (num.yearlyRates.find((x) => x.year === p.year)?.rate ?? null)
				: yearlyGrowth(num.history, p.year);
		if (g !== null) path.push({ year: p.year, value: g, kind: p.kind });
	}
	return path;
}

/** A level, ratio or qualitative target: its indicator path, projection and required growth. */
function evaluateIndicator(input: TargetInput, result: TargetResult): void {
	const { spec, targetYear, evaluateAt } = input;
	const target = spec.target;
	result.indicatorPath = indicatorPath(input);
	result.projected = evaluateAt(targetYear);
	if (spec.kind === 'ratio') {
		const lastActual = result.indicatorPath.filter((p) => p.kind !== 'projected').at(-1);
		result.baseYear = lastActual?.year ?? null;
		result.baseValue = lastActual?.value ?? null;
	}
	if (target !== null && spec.kind !== 'qualitative') {
		requiredGrowth(input, result, target);
		result.firstYearMet = firstYearMet(input, result.indicatorPath, target);
	} else result.requiredGrowthNote = 'not_applicable';
}

/** The indicator in every year its drivers have a value, marked by the least certain of them. */
function indicatorPath({ used, evaluateAt }: TargetInput): PathPoint[] {
	const path: PathPoint[] = [];
	const years = new Set<number>();
	for (const d of used) for (const p of d.path) years.add(p.year);
	for (const year of [...years].sort((a, b) => a - b)) {
		const value = evaluateAt(year);
		if (value === null) continue;
		const projected = used.some((d) => valueAt(d, year)?.kind === 'projected');
		const kinds = used.map((d) => valueAt(d, year)!.kind);
		const kind: ValueKind = projected
			? 'projected'
			: kinds.includes('user')
				? 'user'
				: kinds.includes('derived')
					? 'derived'
					: 'published';
		path.push({ year, value, kind });
	}
	return path;
}

/** The numerator's constant growth that meets the target (and its band), now and in past years. */
function requiredGrowth(input: TargetInput, result: TargetResult, target: number): void {
	const { spec, targetYear, num, den, used, tolerance } = input;
	const formula = targetFormula(spec);
	const evaluateTarget2025 = (fromValue: number, fromYear: number, g: number) => {
		const scope: Record<string, number> = {};
		for (const d of used)
			scope[d.id] =
				d === num ? compound(fromValue, g, targetYear - fromYear) : (d.targetYearValue ?? NaN);
		return formula.evaluate(scope);
	};
	// The numerator's value in the target year that meets the target, given the other drivers.
	const denominator2025 = den ? den.targetYearValue : 1;
	const needed = (t: number) =>
		denominator2025 === null ? null : (t * denominator2025) / spec.scale;
	const solveFrom = (fromValue: number, fromYear: number, t: number): Solution => {
		const need = needed(t);
		if (need === null) return { kind: 'unreachable', reason: 'invalid_input' };
		if (spec.kind === 'level' || spec.kind === 'ratio')
			return requiredGrowthRate(fromValue, need, targetYear - fromYear);
		return solveMonotone((g) => evaluateTarget2025(fromValue, fromYear, g), t);
	};
	if (
		num.baseYear !== null &&
		num.baseValue !== null &&
		(den === null || den.targetYearValue !== null)
	) {
		const solved = solveFrom(num.baseValue, num.baseYear, target);
		result.requiredGrowth = solutionRate(solved);
		result.requiredGrowthNote = solved.kind === 'unreachable' ? solved.reason : null;
		if (tolerance !== null)
			result.requiredGrowthWithinTolerance = solutionRate(
				solveFrom(num.baseValue, num.baseYear, target - tolerance * Math.abs(target))
			);
		for (const p of num.history.points)
			if (p.year >= targetYear - 10 && p.year < targetYear)
				result.ratchet.push({
					year: p.year,
					requiredGrowth: solutionRate(solveFrom(p.value, p.year, target))
				});
	} else result.requiredGrowthNote = 'missing_assumption';
}

/** The first year from the indicator's first until SEARCH_HORIZON_YEAR in which the target is met. */
function firstYearMet(
	{ spec, targetYear, evaluateAt }: TargetInput,
	path: readonly PathPoint[],
	target: number
): TargetResult['firstYearMet'] {
	for (let year = path[0]?.year ?? targetYear; year <= SEARCH_HORIZON_YEAR; year++) {
		const v = evaluateAt(year, true);
		if (v !== null && verdictFor(v, spec.comparator, target, 0) === 'met') {
			const actual = path.some((p) => p.year === year && p.kind !== 'projected');
			return { year, actual };
		}
	}
	return null;
}

/** Drivers without a target-year value, then the verdict and the margin. */
function withVerdict(
	{ spec, targetYear, num, used }: TargetInput,
	result: TargetResult,
	tolerance: number
): TargetResult {
	const target = spec.target;
	result.missing = used.filter((d) => d.targetYearValue === null).map((d) => d.id);
	if (spec.kind === 'average_growth' && result.projected === null && result.missing.length === 0)
		result.missing = [num.id];
	result.verdict = verdictFor(result.projected, spec.comparator, target, tolerance);
	if (result.projected !== null && target !== null && spec.kind !== 'qualitative') {
		result.margin = result.projected - target;
		result.marginRelative = target === 0 ? null : result.margin / Math.abs(target);
	}
	result.confidence = targetConfidence(result, used, targetYear);
	return result;
}
