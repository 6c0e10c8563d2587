// Evaluates a scenario against the plan: each driver's history and projection, each target's
// projected value, verdict, margin, required growth, first year met and ratchet, and (with
// uncertainty settings) the probability of meeting it and its sensitivity. Pure: the plan,
// the data and the scenario come in; a plain result object goes out. Invalid scenario values are
// not thrown: they are reported in `issues` and the default is used instead. Each target's own
// evaluation (path, verdict, required growth) is in target.ts.
import { compound, isValidGrowth, type Solution } from './growth';
import {
	driverHistory,
	latestDataYear,
	trailingGrowth,
	type DriverHistory,
	type TrailingGrowth
} from './series';
import {
	type Comparator,
	type DriverId,
	type ObservationsFile,
	type Plan,
	type Scenario,
	type TargetId,
	type TargetKind,
	type TargetSpec,
	type GapSpec,
	type GrowthRange,
	type UncertaintySettings,
	UNCERTAINTY_MODEL_IDS,
	EMPLOYMENT_DENOMINATOR_IDS,
	type EmploymentDenominatorId
} from './types';
import { withEmploymentDenominator, type EmploymentDenominatorUse } from './denominator';
import {
	DEFAULT_UNCERTAINTY,
	defaultRange,
	rangeCentre,
	rangeProblem,
	scenarioRange,
	type DriverRange
} from './ranges';
import { accepts, PARAMETERS as P } from './parameters';
import type { Sensitivity, TargetUncertainty } from './uncertainty';
import type { TargetConfidence } from './confidence';
import { evaluateTarget } from './target';
import type { Verdict } from './verdict';

export { SEARCH_HORIZON_YEAR } from './target';

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
	/** The projected value in the target year (2025 for this plan), or null without a growth. */
	targetYearValue: number | null;
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
				targetYearValue: number | null;
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
	| 'invalid_correlation'
	| 'invalid_denominator';

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
	/** The alternative employment figure chosen and whether it is in use; null when none is chosen. */
	employmentDenominator: EmploymentDenominatorUse | null;
	drivers: Record<DriverId, DriverResult>;
	targets: TargetResult[];
	/** The plan's targets without data (a pack's gaps), never evaluated; [] for seeds/plan.json. */
	gaps: GapSpec[];
	issues: ScenarioIssue[];
}

interface Context {
	plan: Plan;
	data: ObservationsFile;
	defaultAsOf: number;
}

const contexts = new WeakMap<Plan, Context>();

/** The default as-of year, found once per plan and data. */
export function prepare(plan: Plan, data: ObservationsFile): Context {
	const cached = contexts.get(plan);
	if (cached && cached.data === data) return cached;
	const seriesIds = plan.drivers.flatMap((d) => [
		d.series,
		...(d.ratesSeries ? [d.ratesSeries] : [])
	]);
	const context = {
		plan,
		data,
		defaultAsOf: Math.min(plan.targetYear, latestDataYear(data, seriesIds))
	};
	contexts.set(plan, context);
	return context;
}

/** The as-of year used when the scenario does not set one: the latest year with data. */
export function defaultAsOf(plan: Plan, data: ObservationsFile): number {
	return prepare(plan, data).defaultAsOf;
}

/** A scenario's values after the checks: what the evaluation uses, and the issues found. */
export type SettledScenario = ReturnType<typeof settle>;

/** Checks a scenario's values (parameters.ts's bounds); returns the usable settings and the issues. */
function settle(context: Context, scenario: Scenario) {
	const { plan } = context;
	const isYear = yearCheck(plan);
	const issues: ScenarioIssue[] = [];
	const known = new Set<string>(plan.drivers.map((d) => d.id));
	let asOf = context.defaultAsOf;
	if (scenario.asOf !== null) {
		if (accepts(P.asOf, scenario.asOf, plan.targetYear)) asOf = scenario.asOf;
		else issues.push({ field: 'asOf', value: String(scenario.asOf), reason: 'invalid_as_of' });
	}
	let tolerance = plan.defaults.tolerance;
	if (scenario.tolerance !== null) {
		if (accepts(P.tolerance, scenario.tolerance)) tolerance = scenario.tolerance;
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
		if (accepts(P.growthWindow, w)) growthWindowYears = w;
		else issues.push({ field: 'growthWindowYears', value: String(w), reason: 'invalid_window' });
	}
	let averageWindow = plan.defaults.averageWindow;
	/** True when the scenario's window is in use: it then overrides a target's own window. */
	let averageWindowSet = false;
	if (scenario.averageWindow !== null) {
		const { from, to } = scenario.averageWindow;
		if (isYear(from) && isYear(to) && from <= to) {
			averageWindow = { from, to };
			averageWindowSet = true;
		} else
			issues.push({ field: 'averageWindow', value: `${from}..${to}`, reason: 'invalid_window' });
	}
	const denominator = settleDenominator(context, scenario, asOf, issues);
	const growth = settleGrowth(scenario, known, issues);
	const yearly = settleYearlyGrowth(plan, scenario, known, issues);
	const userValues = settleUserValues(denominator.context, scenario, known, issues);
	const ranges = settleRanges(scenario, known, issues);
	const uncertainty = settleUncertainty(scenario.uncertainty ?? null, issues);
	return {
		asOf,
		tolerance,
		growthWindowYears,
		averageWindow,
		averageWindowSet,
		growth,
		yearly,
		userValues,
		ranges,
		uncertainty,
		employmentDenominator: denominator.use,
		/** The plan and data the drivers read: with the chosen alternative employment figure. */
		context: denominator.context,
		issues
	};
}

/**
 * The chosen alternative employment figure (denominator.ts): the context whose data holds it, and
 * what the choice came to. A value not in the list is an issue and no alternative is used.
 */
function settleDenominator(
	context: Context,
	scenario: Scenario,
	asOf: number,
	issues: ScenarioIssue[]
): { context: Context; use: EmploymentDenominatorUse | null } {
	const id = scenario.employmentDenominator ?? null;
	if (id === null) return { context, use: null };
	if (!(EMPLOYMENT_DENOMINATOR_IDS as readonly unknown[]).includes(id)) {
		issues.push({
			field: 'employmentDenominator',
			value: String(id),
			reason: 'invalid_denominator'
		});
		return { context, use: null };
	}
	const { data, use } = withEmploymentDenominator(
		context.data,
		id as EmploymentDenominatorId,
		asOf
	);
	return { context: data === context.data ? context : { ...context, data }, use };
}

type Known = ReadonlySet<string>;

/** A year a scenario may name: the parameter table's year bounds, up to the plan's target year. */
const yearCheck = (plan: Plan) => (y: number) => accepts(P.year, y, plan.targetYear);

/** The scenario's constant growths that are known drivers' valid growths. */
function settleGrowth(scenario: Scenario, known: Known, issues: ScenarioIssue[]) {
	const growth: Partial<Record<DriverId, number>> = {};
	for (const [id, g] of Object.entries(scenario.growth)) {
		if (!known.has(id))
			issues.push({ field: `growth.${id}`, value: String(g), reason: 'unknown_driver' });
		else if (typeof g !== 'number' || !isValidGrowth(g))
			issues.push({ field: `growth.${id}`, value: String(g), reason: 'invalid_growth' });
		else growth[id as DriverId] = g;
	}
	return growth;
}

/** The per-year growth overrides, by driver and year, for valid years up to the target year. */
function settleYearlyGrowth(plan: Plan, scenario: Scenario, known: Known, issues: ScenarioIssue[]) {
	const yearly: Partial<Record<DriverId, Map<number, number>>> = {};
	for (const [id, byYear] of Object.entries(scenario.yearlyGrowth)) {
		if (!known.has(id)) {
			issues.push({ field: `yearlyGrowth.${id}`, value: '', reason: 'unknown_driver' });
			continue;
		}
		const map = new Map<number, number>();
		for (const [y, g] of Object.entries(byYear ?? {})) {
			const year = Number(y);
			if (!yearCheck(plan)(year))
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
	return yearly;
}

/** Values the user entered for years without a published level or growth rate. */
function settleUserValues(
	context: Context,
	scenario: Scenario,
	known: Known,
	issues: ScenarioIssue[]
) {
	const { plan } = context;
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
			if (!yearCheck(plan)(year))
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
			else if (!accepts(P.userValue, value))
				issues.push({
					field: `userValues.${id}.${y}`,
					value: String(value),
					reason: 'invalid_value'
				});
			else out[year] = value;
		}
		userValues[id as DriverId] = out;
	}
	return userValues;
}

/** The growth ranges that are two numbers in order inside the growth range. */
function settleRanges(scenario: Scenario, known: Known, issues: ScenarioIssue[]) {
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
	return ranges;
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
	if (accepts(P.seed, u.seed)) out.seed = u.seed;
	else issues.push({ field: 'uncertainty.seed', value: String(u.seed), reason: 'invalid_seed' });
	if (accepts(P.draws, u.draws)) out.draws = u.draws;
	else issues.push({ field: 'uncertainty.draws', value: String(u.draws), reason: 'invalid_draws' });
	const rho = u.correlation ?? null;
	if (rho === null || accepts(P.correlation, rho)) out.correlation = rho;
	else
		issues.push({
			field: 'uncertainty.correlation',
			value: String(rho),
			reason: 'invalid_correlation'
		});
	return out;
}

function evaluateDriver(context: Context, id: DriverId, settings: SettledScenario): DriverResult {
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
	let targetYearValue: number | null = null;
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
			targetYearValue =
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
		targetYearValue
	};
	result.range = userRange ? scenarioRange(userRange) : defaultRange(result);
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
	for (const { id } of plan.drivers) drivers[id] = evaluateDriver(settings.context, id, settings);
	const targets = plan.targets.map((t) => evaluateTarget(t, plan.targetYear, drivers, settings));
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
		employmentDenominator: settings.employmentDenominator,
		drivers,
		targets,
		gaps: plan.gaps ?? [],
		issues: settings.issues
	};
}
