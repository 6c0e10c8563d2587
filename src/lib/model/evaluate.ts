// Evaluates a scenario against the plan: each driver's history and projection, each target's
// projected value, verdict, margin, required growth, first year met and ratchet, and (with
// uncertainty settings) the probability of meeting it and its sensitivity. Pure: the plan,
// the data and the scenario come in; a plain result object goes out. Invalid scenario values are
// not thrown: they are reported in `issues` and the default is used instead.
import { compileTree, type CompiledFormula } from './formulaTree';
import {
	arithmeticAverage,
	compound,
	compoundAverage,
	isValidGrowth,
	requiredGrowthRate,
	requiredRateForAverage,
	solveMonotone,
	type Solution
} from './growth';
import {
	driverHistory,
	latestDataYear,
	trailingGrowth,
	yearlyGrowth,
	type DriverHistory,
	type TrailingGrowth
} from './series';
import {
	DRIVER_IDS,
	type Comparator,
	type DriverId,
	type ObservationsFile,
	type Plan,
	type Scenario,
	type TargetId,
	type TargetKind,
	type TargetSpec,
	type GrowthRange,
	type UncertaintySettings,
	UNCERTAINTY_MODEL_IDS
} from './types';
import {
	DEFAULT_UNCERTAINTY,
	defaultRange,
	MAX_DRAWS,
	MAX_SEED,
	MIN_DRAWS,
	rangeCentre,
	rangeProblem,
	scenarioRange,
	type DriverRange
} from './ranges';
import type { Sensitivity, TargetUncertainty } from './uncertainty';
import { targetConfidence, type TargetConfidence } from './confidence';
import { verdictFor, type Verdict } from './verdict';

/** The latest year a "first year met" search looks at. */
export const SEARCH_HORIZON_YEAR = 2050;
/** The earliest as-of year the model accepts. */
export const MIN_AS_OF = 2016;

export type ValueKind = 'published' | 'derived' | 'user' | 'projected';

export interface PathPoint {
	year: number;
	value: number;
	kind: ValueKind;
}

export interface DriverResult {
	id: DriverId;
	history: DriverHistory;
	baseYear: number | null;
	baseValue: number | null;
	/** The default (trailing) growth and how it was found. */
	defaultGrowth: TrailingGrowth;
	/**
	 * The constant growth in use, or null when none is known (the user must supply one). With a
	 * range and no point growth from the user, the range's centre (`range`).
	 */
	growth: number | null;
	growthSource: 'user' | 'range' | 'default' | 'none';
	/** The growth range in use: the user's, or the default around `growth`; null without a growth. */
	range: DriverRange | null;
	/** Per-year rates in use for projected years (overrides, or the constant growth). */
	yearlyRates: { year: number; rate: number; overridden: boolean }[];
	/** History up to the as-of year, then the projection up to the target year. */
	path: PathPoint[];
	value2025: number | null;
}

export interface AverageDetail {
	rates: { year: number; rate: number | null; kind: 'actual' | 'projected' | 'missing' }[];
	compound: number | null;
	arithmetic: number | null;
}

export interface TargetResult {
	id: TargetId;
	spec: TargetSpec;
	kind: TargetKind;
	unit: string;
	comparator: Comparator;
	target: number | null;
	tolerance: number | null;
	baseYear: number | null;
	baseValue: number | null;
	assumedGrowth: number | null;
	projected: number | null;
	verdict: Verdict;
	margin: number | null;
	marginRelative: number | null;
	/** Constant growth of the target's driver (the numerator for ratios) that just meets the target. */
	requiredGrowth: number | null;
	requiredGrowthNote:
		| Extract<Solution, { kind: 'unreachable' }>['reason']
		| 'not_applicable'
		| 'missing_assumption'
		| null;
	/** The growth that just reaches the lower edge of the tolerance band (about-targets only). */
	requiredGrowthWithinTolerance: number | null;
	firstYearMet: { year: number; actual: boolean } | null;
	ratchet: { year: number; requiredGrowth: number | null }[];
	window: { from: number; to: number } | null;
	average: AverageDetail | null;
	/** The indicator by year: history, then projection (for ratios and levels); yearly rates for averages. */
	indicatorPath: PathPoint[];
	drivers: Partial<
		Record<
			DriverId,
			{
				baseYear: number | null;
				baseValue: number | null;
				growth: number | null;
				value2025: number | null;
			}
		>
	>;
	/** Drivers whose growth or data is missing, so no projection can be made. */
	missing: DriverId[];
	/** Probabilities and needed growth; null without uncertainty settings or a numeric verdict. */
	uncertainty: TargetUncertainty | null;
	/** How margin (and probability) move for ±1 pp on each driver the target reads. */
	sensitivity: Sensitivity[];
	/** How sure the verdict is, and why (confidence.ts). */
	confidence: TargetConfidence;
}

export type ScenarioIssueReason =
	| 'unknown_driver'
	| 'invalid_growth'
	| 'invalid_year'
	| 'invalid_value'
	| 'published_year'
	| 'invalid_tolerance'
	| 'invalid_window'
	| 'invalid_as_of'
	| 'default_out_of_range'
	| 'invalid_range'
	| 'reversed_range'
	| 'invalid_model'
	| 'invalid_seed'
	| 'invalid_draws'
	| 'invalid_correlation';

export interface ScenarioIssue {
	field: string;
	value: string;
	reason: ScenarioIssueReason;
}

export interface Evaluation {
	asOf: number;
	targetYear: number;
	tolerance: number;
	growthWindowYears: number;
	averageWindow: { from: number; to: number };
	/** The uncertainty settings in use; null when no probabilities were computed. */
	uncertainty: UncertaintySettings | null;
	drivers: Record<DriverId, DriverResult>;
	targets: TargetResult[];
	issues: ScenarioIssue[];
}

interface Context {
	plan: Plan;
	data: ObservationsFile;
	formulas: Map<TargetId, CompiledFormula>;
	defaultAsOf: number;
}

const contexts = new WeakMap<Plan, Context>();

/** Compiles the plan's formulas once per plan and data. */
export function prepare(plan: Plan, data: ObservationsFile): Context {
	const cached = contexts.get(plan);
	if (cached && cached.data === data) return cached;
	const formulas = new Map<TargetId, CompiledFormula>();
	for (const t of plan.targets) formulas.set(t.id, compileTree(t.formula, t.tree));
	const seriesIds = plan.drivers.flatMap((d) => [
		d.series,
		...(d.ratesSeries ? [d.ratesSeries] : [])
	]);
	const context = {
		plan,
		data,
		formulas,
		defaultAsOf: Math.min(plan.targetYear, latestDataYear(data, seriesIds))
	};
	contexts.set(plan, context);
	return context;
}

/** The as-of year used when the scenario does not set one: the latest year with data. */
export function defaultAsOf(plan: Plan, data: ObservationsFile): number {
	return prepare(plan, data).defaultAsOf;
}

const isYear = (y: number) => Number.isInteger(y) && y >= 1949 && y <= 2100;

/** Checks a scenario's values; returns the usable settings and the issues found. */
function settle(context: Context, scenario: Scenario) {
	const { plan } = context;
	const issues: ScenarioIssue[] = [];
	const known = new Set<string>(DRIVER_IDS);
	let asOf = context.defaultAsOf;
	if (scenario.asOf !== null) {
		if (isYear(scenario.asOf) && scenario.asOf >= MIN_AS_OF && scenario.asOf <= plan.targetYear)
			asOf = scenario.asOf;
		else issues.push({ field: 'asOf', value: String(scenario.asOf), reason: 'invalid_as_of' });
	}
	let tolerance = plan.defaults.tolerance;
	if (scenario.tolerance !== null) {
		if (Number.isFinite(scenario.tolerance) && scenario.tolerance >= 0 && scenario.tolerance <= 0.5)
			tolerance = scenario.tolerance;
		else
			issues.push({
				field: 'tolerance',
				value: String(scenario.tolerance),
				reason: 'invalid_tolerance'
			});
	}
	let growthWindowYears = plan.defaults.growthWindowYears;
	if (scenario.growthWindowYears !== null) {
		const w = scenario.growthWindowYears;
		if (Number.isInteger(w) && w >= 1 && w <= 15) growthWindowYears = w;
		else issues.push({ field: 'growthWindowYears', value: String(w), reason: 'invalid_window' });
	}
	let averageWindow = plan.defaults.averageWindow;
	if (scenario.averageWindow !== null) {
		const { from, to } = scenario.averageWindow;
		if (isYear(from) && isYear(to) && from <= to && from >= 2000 && to <= plan.targetYear)
			averageWindow = { from, to };
		else issues.push({ field: 'averageWindow', value: `${from}..${to}`, reason: 'invalid_window' });
	}
	const growth: Partial<Record<DriverId, number>> = {};
	for (const [id, g] of Object.entries(scenario.growth)) {
		if (!known.has(id))
			issues.push({ field: `growth.${id}`, value: String(g), reason: 'unknown_driver' });
		else if (typeof g !== 'number' || !isValidGrowth(g))
			issues.push({ field: `growth.${id}`, value: String(g), reason: 'invalid_growth' });
		else growth[id as DriverId] = g;
	}
	const yearly: Partial<Record<DriverId, Map<number, number>>> = {};
	for (const [id, byYear] of Object.entries(scenario.yearlyGrowth)) {
		if (!known.has(id)) {
			issues.push({ field: `yearlyGrowth.${id}`, value: '', reason: 'unknown_driver' });
			continue;
		}
		const map = new Map<number, number>();
		for (const [y, g] of Object.entries(byYear ?? {})) {
			const year = Number(y);
			if (!isYear(year) || year > plan.targetYear)
				issues.push({ field: `yearlyGrowth.${id}.${y}`, value: String(g), reason: 'invalid_year' });
			else if (typeof g !== 'number' || !isValidGrowth(g))
				issues.push({
					field: `yearlyGrowth.${id}.${y}`,
					value: String(g),
					reason: 'invalid_growth'
				});
			else map.set(year, g);
		}
		yearly[id as DriverId] = map;
	}
	const userValues: Partial<Record<DriverId, Record<number, number>>> = {};
	for (const [id, byYear] of Object.entries(scenario.userValues)) {
		if (!known.has(id)) {
			issues.push({ field: `userValues.${id}`, value: '', reason: 'unknown_driver' });
			continue;
		}
		const spec = plan.drivers.find((d) => d.id === id)!;
		// Years with a published level or a published growth rate are not the user's to fill.
		const published = new Set(
			[spec.series, ...(spec.ratesSeries ? [spec.ratesSeries] : [])].flatMap((sid) =>
				(context.data.series[sid]?.observations ?? []).map((o) => o.year)
			)
		);
		const out: Record<number, number> = {};
		for (const [y, value] of Object.entries(byYear ?? {})) {
			const year = Number(y);
			if (!isYear(year) || year > plan.targetYear)
				issues.push({
					field: `userValues.${id}.${y}`,
					value: String(value),
					reason: 'invalid_year'
				});
			else if (published.has(year))
				issues.push({
					field: `userValues.${id}.${y}`,
					value: String(value),
					reason: 'published_year'
				});
			else if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0 || value > 1e12)
				issues.push({
					field: `userValues.${id}.${y}`,
					value: String(value),
					reason: 'invalid_value'
				});
			else out[year] = value;
		}
		userValues[id as DriverId] = out;
	}
	const ranges: Partial<Record<DriverId, GrowthRange>> = {};
	// Read defensively: a scenario saved before ranges existed has neither field.
	for (const [id, range] of Object.entries(scenario.growthRange ?? {})) {
		const field = `growthRange.${id}`;
		const value = rangeText(range);
		const problem = rangeProblem(range);
		if (!known.has(id)) issues.push({ field, value, reason: 'unknown_driver' });
		else if (problem) issues.push({ field, value, reason: problem });
		else ranges[id as DriverId] = { low: range!.low, high: range!.high };
	}
	const uncertainty = settleUncertainty(scenario.uncertainty ?? null, issues);
	return {
		asOf,
		tolerance,
		growthWindowYears,
		averageWindow,
		growth,
		yearly,
		userValues,
		ranges,
		uncertainty,
		issues
	};
}

function rangeText(range: unknown): string {
	if (typeof range !== 'object' || range === null) return String(range);
	const { low, high } = range as Record<string, unknown>;
	return `${String(low)}..${String(high)}`;
}

/** Checks the uncertainty settings field by field; an invalid field takes its default. */
function settleUncertainty(
	u: UncertaintySettings | null,
	issues: ScenarioIssue[]
): UncertaintySettings | null {
	if (u === null || typeof u !== 'object') return null;
	const out: UncertaintySettings = { ...DEFAULT_UNCERTAINTY };
	if ((UNCERTAINTY_MODEL_IDS as readonly unknown[]).includes(u.model)) out.model = u.model;
	else issues.push({ field: 'uncertainty.model', value: String(u.model), reason: 'invalid_model' });
	if (Number.isInteger(u.seed) && u.seed >= 0 && u.seed <= MAX_SEED) out.seed = u.seed;
	else issues.push({ field: 'uncertainty.seed', value: String(u.seed), reason: 'invalid_seed' });
	if (Number.isInteger(u.draws) && u.draws >= MIN_DRAWS && u.draws <= MAX_DRAWS)
		out.draws = u.draws;
	else issues.push({ field: 'uncertainty.draws', value: String(u.draws), reason: 'invalid_draws' });
	const rho = u.correlation ?? null;
	if (rho === null || (typeof rho === 'number' && rho >= -1 && rho <= 1)) out.correlation = rho;
	else
		issues.push({
			field: 'uncertainty.correlation',
			value: String(rho),
			reason: 'invalid_correlation'
		});
	return out;
}

function evaluateDriver(
	context: Context,
	id: DriverId,
	settings: ReturnType<typeof settle>
): DriverResult {
	const spec = context.plan.drivers.find((d) => d.id === id)!;
	const targetYear = context.plan.targetYear;
	const history = driverHistory(spec, context.data, settings.asOf, settings.userValues[id]);
	let defaultGrowth = trailingGrowth(history, settings.growthWindowYears);
	if (defaultGrowth.kind !== 'none' && !isValidGrowth(defaultGrowth.rate)) {
		// Only entered values can do this (published data stays in range): report, do not project.
		settings.issues.push({
			field: `growth.${id}`,
			value: String(defaultGrowth.rate),
			reason: 'default_out_of_range'
		});
		defaultGrowth = { kind: 'none' };
	}
	const userGrowth = settings.growth[id];
	const userRange = settings.ranges[id];
	const growth =
		userGrowth ??
		(userRange ? rangeCentre(userRange) : null) ??
		(defaultGrowth.kind === 'none' ? null : defaultGrowth.rate);
	const growthSource =
		userGrowth !== undefined ? 'user' : userRange ? 'range' : growth === null ? 'none' : 'default';
	const overrides = settings.yearly[id];
	const path: PathPoint[] = history.points.map((p) => ({
		year: p.year,
		value: p.value,
		kind: p.kind
	}));
	const yearlyRates: DriverResult['yearlyRates'] = [];
	const base = history.base;
	let value2025: number | null = null;
	if (base) {
		let value = base.value;
		let ok = true;
		for (let year = base.year + 1; year <= targetYear; year++) {
			const override = overrides?.get(year);
			const rate = override ?? growth;
			if (rate === null) {
				ok = false;
				break;
			}
			yearlyRates.push({ year, rate, overridden: override !== undefined });
			value = compound(value, rate, 1);
			path.push({ year, value, kind: 'projected' });
		}
		if (ok)
			value2025 =
				base.year <= targetYear ? (path.find((p) => p.year === targetYear)?.value ?? null) : null;
	}
	const result: DriverResult = {
		id,
		history,
		baseYear: base?.year ?? null,
		baseValue: base?.value ?? null,
		defaultGrowth,
		growth,
		growthSource,
		range: null,
		yearlyRates,
		path,
		value2025
	};
	result.range = userRange ? scenarioRange(userRange) : defaultRange(result);
	return result;
}

const valueAt = (driver: DriverResult, year: number) => driver.path.find((p) => p.year === year);

/** A driver's value in a year past the target year, at its constant growth (for first-year-met). */
function extendedValue(driver: DriverResult, year: number, targetYear: number): number | null {
	const point = valueAt(driver, year);
	if (point) return point.value;
	if (year <= targetYear || driver.value2025 === null || driver.growth === null) return null;
	return compound(driver.value2025, driver.growth, year - targetYear);
}

function solutionRate(s: Solution): number | null {
	return s.kind === 'rate' ? s.rate : null;
}

function evaluateTarget(
	context: Context,
	spec: TargetSpec,
	drivers: Record<DriverId, DriverResult>,
	settings: ReturnType<typeof settle>
): TargetResult {
	const { targetYear } = context.plan;
	const formula = context.formulas.get(spec.id)!;
	const num = drivers[spec.numerator];
	const den = spec.denominator ? drivers[spec.denominator] : null;
	const used = [num, ...(den ? [den] : [])];
	const usesTolerance = spec.comparator === 'about' || spec.comparator === 'average_growth';
	const tolerance = usesTolerance ? settings.tolerance : null;
	const target = spec.target;
	const driverSummary: TargetResult['drivers'] = {};
	for (const d of used)
		driverSummary[d.id] = {
			baseYear: d.baseYear,
			baseValue: d.baseValue,
			growth: d.growth,
			value2025: d.value2025
		};

	const result: TargetResult = {
		id: spec.id,
		spec,
		kind: spec.kind,
		unit: spec.unit,
		comparator: spec.comparator,
		target,
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

	// The indicator, year by year, wherever every driver it reads has a value.
	const evaluateAt = (year: number, extended = false): number | null => {
		const scope: Record<string, number> = {};
		for (const d of used) {
			const v = extended ? extendedValue(d, year, targetYear) : (valueAt(d, year)?.value ?? null);
			if (v === null) return null;
			scope[d.id] = v;
		}
		const value = formula.evaluate(scope);
		return Number.isFinite(value) ? value : null;
	};

	if (spec.kind === 'average_growth') {
		const window = settings.averageWindow;
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
		result.indicatorPath = [];
		for (const p of num.path) {
			const g =
				p.kind === 'projected'
					? (num.yearlyRates.find((x) => x.year === p.year)?.rate ?? null)
					: yearlyGrowth(num.history, p.year);
			if (g !== null) result.indicatorPath.push({ year: p.year, value: g, kind: p.kind });
		}
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
	} else {
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
			result.indicatorPath.push({ year, value, kind });
		}
		result.projected = evaluateAt(targetYear);
		if (spec.kind === 'ratio') {
			const lastActual = result.indicatorPath.filter((p) => p.kind !== 'projected').at(-1);
			result.baseYear = lastActual?.year ?? null;
			result.baseValue = lastActual?.value ?? null;
		}
		if (target !== null && spec.kind !== 'qualitative') {
			// The numerator's value in the target year that meets the target, given the other drivers.
			const denominator2025 = den ? den.value2025 : 1;
			const needed = (t: number) =>
				denominator2025 === null ? null : (t * denominator2025) / spec.scale;
			const solveFrom = (fromValue: number, fromYear: number, t: number): Solution => {
				const need = needed(t);
				if (need === null) return { kind: 'unreachable', reason: 'invalid_input' };
				if (spec.kind === 'level' || spec.kind === 'ratio')
					return requiredGrowthRate(fromValue, need, targetYear - fromYear);
				return solveMonotone((g) => evaluateTarget2025(fromValue, fromYear, g), t);
			};
			const evaluateTarget2025 = (fromValue: number, fromYear: number, g: number) => {
				const scope: Record<string, number> = {};
				for (const d of used)
					scope[d.id] =
						d === num ? compound(fromValue, g, targetYear - fromYear) : (d.value2025 ?? NaN);
				return formula.evaluate(scope);
			};
			if (
				num.baseYear !== null &&
				num.baseValue !== null &&
				(den === null || den.value2025 !== null)
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
			for (
				let year = result.indicatorPath[0]?.year ?? targetYear;
				year <= SEARCH_HORIZON_YEAR;
				year++
			) {
				const v = evaluateAt(year, true);
				if (v !== null && verdictFor(v, spec.comparator, target, 0) === 'met') {
					const actual = result.indicatorPath.some(
						(p) => p.year === year && p.kind !== 'projected'
					);
					result.firstYearMet = { year, actual };
					break;
				}
			}
		} else result.requiredGrowthNote = 'not_applicable';
	}

	result.missing = used.filter((d) => d.value2025 === null).map((d) => d.id);
	if (spec.kind === 'average_growth' && result.projected === null && result.missing.length === 0)
		result.missing = [num.id];
	result.verdict = verdictFor(result.projected, spec.comparator, target, settings.tolerance);
	if (result.projected !== null && target !== null && spec.kind !== 'qualitative') {
		result.margin = result.projected - target;
		result.marginRelative = target === 0 ? null : result.margin / Math.abs(target);
	}
	result.confidence = targetConfidence(result, used, targetYear);
	return result;
}

/**
 * Adds a target's probabilities and sensitivity to its result: uncertainty.ts's assessTarget.
 * Passed in, so that pages which show neither need not load the probability engine.
 */
export type Assessor = (
	target: TargetResult,
	drivers: Record<DriverId, DriverResult>,
	settings: UncertaintySettings | null
) => { uncertainty: TargetUncertainty | null; sensitivity: Sensitivity[] };

/**
 * Evaluates every target of the plan under a scenario. Never throws on scenario values: invalid
 * ones are listed in `issues` and replaced by defaults — a growth range that is not two numbers in
 * the growth range (`invalid_range`) or has low > high (`reversed_range`) by the driver's default
 * range; an invalid uncertainty field (`invalid_model`, `invalid_seed`, `invalid_draws`,
 * `invalid_correlation`) by its default. A driver with a range and no point growth is projected
 * at the range's centre. With an `assess` function (see scenarioEvaluation.ts, which passes
 * uncertainty.ts's), every target gets its sensitivity and, with `scenario.uncertainty` set, each
 * numeric target its probabilities; without one, `uncertainty` is null and `sensitivity` empty.
 */
export function evaluateProjections(
	plan: Plan,
	data: ObservationsFile,
	scenario: Scenario,
	assess?: Assessor
): Evaluation {
	const context = prepare(plan, data);
	const settings = settle(context, scenario);
	const drivers = {} as Record<DriverId, DriverResult>;
	for (const id of DRIVER_IDS) drivers[id] = evaluateDriver(context, id, settings);
	const targets = plan.targets.map((t) => evaluateTarget(context, t, drivers, settings));
	if (assess)
		for (const t of targets) {
			const { uncertainty, sensitivity } = assess(t, drivers, settings.uncertainty);
			t.uncertainty = uncertainty;
			t.sensitivity = sensitivity;
		}
	return {
		asOf: settings.asOf,
		targetYear: plan.targetYear,
		tolerance: settings.tolerance,
		growthWindowYears: settings.growthWindowYears,
		averageWindow: settings.averageWindow,
		uncertainty: settings.uncertainty,
		drivers,
		targets,
		issues: settings.issues
	};
}
