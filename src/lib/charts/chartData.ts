// What a target's chart shows, as plain data: every point with its kind, basis, confidence and
// sources, the target and its band, basis breaks and the ratchet. The chart geometry and the data
// table both read this one structure, so the table lists exactly the numbers the chart draws.
// Pure: no DOM, no formatting, no clock.
import {
	type Comparator,
	type Confidence,
	type DriverId,
	type DriverResult,
	type Evaluation,
	type HistoryPoint,
	type Observation,
	type ObservationsFile,
	type Plan,
	type TargetId,
	type TargetKind,
	type TargetResult,
	type Text
} from '../model';
import { laterIndicatorValues } from '../model/indicator';
import { preferredByYear } from '../model/series';
import { projectionSpread } from '../model/uncertainty/spread';

/** How a chart point came to be; `later` = published after the as-of year (not used). */
export type MarkKind = 'published' | 'derived' | 'user' | 'projected' | 'later';

/** The ways a derived point was computed, for the table's explanation. */
export type Derivation =
	{ kind: 'ratio' } | { kind: 'chained'; fromYear: number } | { kind: 'level_ratio' };

export interface SourcedObservation {
	/** The driver the observation belongs to; null for a target's own published series. */
	driver: DriverId | null;
	/** The unit of the observation's value (a growth rate's series is in %). */
	unit: string;
	observation: Observation;
}

export interface ChartPoint {
	year: number;
	/** In the chart's unit: the target's unit, or a fraction for growth rates. */
	value: number;
	kind: MarkKind;
	/** Statistical bases behind the value (two for a ratio whose parts differ). */
	bases: string[];
	/** The lowest confidence among the observations behind the value; null when none. */
	confidence: Confidence | null;
	lowConfidence: boolean;
	/** True when a figure behind it was entered by the user from a publication (a data update). */
	userSupplied: boolean;
	sources: SourcedObservation[];
	alternatives: SourcedObservation[];
	derivation: Derivation | null;
}

export interface PublishedSeries {
	id: string;
	name: Text;
	points: ChartPoint[];
}

export interface BasisBreak {
	/** Stable key for keyed rendering and tests: `<driver>:<fromYear>-<toYear>`. */
	key: string;
	driver: DriverId;
	fromYear: number;
	toYear: number;
	fromBasis: string;
	toBasis: string;
	/** Where the marker sits on the year axis: halfway between the two points. */
	year: number;
}

export interface TargetChartData {
	id: TargetId;
	name: Text;
	kind: TargetKind;
	comparator: Comparator;
	/** The unit of every value in the chart ('rate' = a fraction shown as %). */
	unit: string;
	/** The drivers the indicator is computed from, and a ratio's scale (100 for %). */
	numerator: DriverId;
	denominator: DriverId | null;
	scale: number;
	asOf: number;
	targetYear: number;
	/** Actual indicator values up to the as-of year. */
	history: ChartPoint[];
	/** Projected values; the projection line starts at the last history point. */
	projection: ChartPoint[];
	/** The projection at default assumptions, starting at its own last actual point. */
	baseline: { year: number; value: number }[];
	/** True when the default projection differs from the scenario's. */
	baselineDiffers: boolean;
	later: ChartPoint[];
	published: PublishedSeries[];
	target: { value: number; band: { low: number; high: number } | null } | null;
	window: { from: number; to: number; average: number | null; arithmetic: number | null } | null;
	breaks: BasisBreak[];
	ratchet: { year: number; value: number }[];
	/** The span of years on the chart, always reaching the target year. */
	years: [number, number];
	/**
	 * With an uncertainty model on: the 50 % and 90 % intervals of the indicator in each projected
	 * year (model/uncertainty.ts projectionSpread), starting at zero width on the last actual.
	 */
	fan: FanPoint[];
}

export interface FanPoint {
	year: number;
	median: number;
	q50: [number, number];
	q90: [number, number];
}

export interface TargetChartInput {
	result: TargetResult;
	evaluation: Evaluation;
	/** The evaluation at default assumptions (same as-of), for the thin baseline projection. */
	baseline: Evaluation | null;
	plan: Plan;
	data: ObservationsFile;
}

const CONFIDENCE_ORDER: Confidence[] = ['low', 'low-medium', 'medium', 'medium-high', 'high'];

/** Low-confidence figures ('low', 'low-medium') are drawn hollow. */
export function isLowConfidence(confidence: Confidence | null): boolean {
	return confidence === 'low' || confidence === 'low-medium';
}

function lowest(observations: readonly Observation[]): Confidence | null {
	let best: number | null = null;
	for (const o of observations) {
		const rank = CONFIDENCE_ORDER.indexOf(o.confidence);
		best = best === null ? rank : Math.min(best, rank);
	}
	return best === null ? null : (CONFIDENCE_ORDER[best] ?? null);
}

function point(
	year: number,
	value: number,
	kind: MarkKind,
	bases: string[],
	sources: SourcedObservation[],
	alternatives: SourcedObservation[],
	derivation: Derivation | null
): ChartPoint {
	const confidence = lowest(sources.map((s) => s.observation));
	return {
		year,
		value,
		kind,
		bases: [...new Set(bases)],
		confidence,
		lowConfidence: isLowConfidence(confidence),
		userSupplied: sources.some((s) => s.observation.userSupplied === true),
		sources,
		alternatives,
		derivation
	};
}

/** The plan and data, and the units of each driver's level and growth-rate series. */
interface Context {
	plan: Plan;
	data: ObservationsFile;
	levelUnit: (driver: DriverId) => string;
	rateUnit: (driver: DriverId) => string;
}

function context(plan: Plan, data: ObservationsFile): Context {
	const spec = (id: DriverId) => plan.drivers.find((d) => d.id === id);
	return {
		plan,
		data,
		levelUnit: (id) => spec(id)?.unit ?? '',
		rateUnit: (id) => {
			const rates = spec(id)?.ratesSeries;
			return (rates && data.series[rates]?.unit) || '%';
		}
	};
}

const sourced = (
	driver: DriverId | null,
	unit: string,
	list: readonly Observation[] | undefined
): SourcedObservation[] => (list ?? []).map((observation) => ({ driver, unit, observation }));

/** The sources behind a driver's history point: its level, or the rate a derived level used. */
function pointSources(ctx: Context, driver: DriverId, p: HistoryPoint | undefined) {
	if (!p?.observation) return [];
	const unit = p.kind === 'derived' ? ctx.rateUnit(driver) : ctx.levelUnit(driver);
	return sourced(driver, unit, [p.observation]);
}

const pointAlternatives = (ctx: Context, driver: DriverId, p: HistoryPoint | undefined) =>
	sourced(driver, ctx.levelUnit(driver), p?.alternatives);

/** A driver's history point as a chart point (level and qualitative targets). */
function fromHistoryPoint(
	ctx: Context,
	driver: DriverId,
	p: HistoryPoint,
	value: number,
	kind: MarkKind
) {
	return point(
		p.year,
		value,
		kind,
		[p.basis],
		pointSources(ctx, driver, p),
		pointAlternatives(ctx, driver, p),
		p.kind === 'derived' ? { kind: 'chained', fromYear: p.derivedFrom ?? p.year - 1 } : null
	);
}

const historyAt = (d: DriverResult, year: number) => d.history.points.find((p) => p.year === year);

function ratioHistory(ctx: Context, result: TargetResult, used: DriverResult[]): ChartPoint[] {
	const out: ChartPoint[] = [];
	for (const p of result.indicatorPath) {
		if (p.kind === 'projected') continue;
		const parts = used.map((d) => ({ d, h: historyAt(d, p.year) }));
		const kind: MarkKind = parts.some((x) => x.h?.kind === 'user') ? 'user' : 'derived';
		out.push(
			point(
				p.year,
				p.value,
				kind,
				parts.flatMap((x) => (x.h ? [x.h.basis] : [])),
				parts.flatMap((x) => pointSources(ctx, x.d.id, x.h)),
				parts.flatMap((x) => pointAlternatives(ctx, x.d.id, x.h)),
				{ kind: 'ratio' }
			)
		);
	}
	return out;
}

function levelHistory(ctx: Context, result: TargetResult, driver: DriverResult): ChartPoint[] {
	const out: ChartPoint[] = [];
	for (const p of result.indicatorPath) {
		if (p.kind === 'projected') continue;
		const h = historyAt(driver, p.year);
		if (h) out.push(fromHistoryPoint(ctx, driver.id, h, p.value, h.kind));
	}
	return out;
}

/** A driver's published growth rates, one per year by the model's rule, with the others. */
function publishedRates(ctx: Context, driver: DriverId) {
	const spec = ctx.plan.drivers.find((d) => d.id === driver);
	const series = spec?.ratesSeries ? ctx.data.series[spec.ratesSeries] : undefined;
	return preferredByYear(series?.observations ?? []);
}

function growthHistory(ctx: Context, result: TargetResult, driver: DriverResult): ChartPoint[] {
	const rates = publishedRates(ctx, driver.id);
	const rateUnit = ctx.rateUnit(driver.id);
	const out: ChartPoint[] = [];
	for (const p of result.indicatorPath) {
		if (p.kind === 'projected') continue;
		const published = driver.history.rates.get(p.year);
		if (published) {
			const o = published.observation;
			out.push(
				point(
					p.year,
					p.value,
					'published',
					[o.basis],
					sourced(driver.id, rateUnit, [o]),
					sourced(driver.id, rateUnit, rates.get(p.year)?.alternatives),
					null
				)
			);
			continue;
		}
		const now = historyAt(driver, p.year);
		const before = historyAt(driver, p.year - 1);
		const levels = [before, now].filter((x): x is HistoryPoint => x !== undefined);
		out.push(
			point(
				p.year,
				p.value,
				levels.some((x) => x.kind === 'user') ? 'user' : 'derived',
				levels.map((x) => x.basis),
				levels.flatMap((x) => pointSources(ctx, driver.id, x)),
				[],
				{ kind: 'level_ratio' }
			)
		);
	}
	return out;
}

const projected = (result: TargetResult): ChartPoint[] =>
	result.indicatorPath
		.filter((p) => p.kind === 'projected')
		.map((p) => point(p.year, p.value, 'projected', [], [], [], null));

/** Yearly growth rates published (or computable within one basis) after the as-of year. */
function laterGrowthRates(ctx: Context, num: DriverResult, asOf: number): ChartPoint[] {
	const rates = publishedRates(ctx, num.id);
	const rateUnit = ctx.rateUnit(num.id);
	const levels = [...num.history.points, ...num.history.laterActuals];
	const out: ChartPoint[] = [];
	const years = new Set([...rates.keys()].filter((y) => y > asOf));
	for (const p of num.history.laterActuals) years.add(p.year);
	for (const year of [...years].sort((a, b) => a - b)) {
		const rate = rates.get(year);
		if (rate) {
			out.push(
				point(
					year,
					rate.chosen.value / 100,
					'later',
					[rate.chosen.basis],
					sourced(num.id, rateUnit, [rate.chosen]),
					sourced(num.id, rateUnit, rate.alternatives),
					null
				)
			);
			continue;
		}
		const now = levels.find((p) => p.year === year);
		const before = levels.find((p) => p.year === year - 1);
		if (!now || !before || now.basis !== before.basis || before.value <= 0) continue;
		out.push(
			point(
				year,
				now.value / before.value - 1,
				'later',
				[now.basis],
				[before, now].flatMap((x) => pointSources(ctx, num.id, x)),
				[],
				{ kind: 'level_ratio' }
			)
		);
	}
	return out;
}

/** What was published after the as-of year: growth rates, a level's figures or a ratio's values. */
function laterActuals(ctx: Context, result: TargetResult, evaluation: Evaluation): ChartPoint[] {
	const num = evaluation.drivers[result.spec.numerator];
	if (result.kind === 'average_growth') return laterGrowthRates(ctx, num, evaluation.asOf);
	if (!result.spec.denominator)
		return num.history.laterActuals.map((p) => fromHistoryPoint(ctx, num.id, p, p.value, 'later'));
	return laterIndicatorValues(result.spec, evaluation.drivers).map(({ year, value, parts }) =>
		point(
			year,
			value,
			'later',
			parts.map((x) => x.point.basis),
			parts.flatMap((x) => pointSources(ctx, x.driver, x.point)),
			parts.flatMap((x) => pointAlternatives(ctx, x.driver, x.point)),
			{ kind: 'ratio' }
		)
	);
}

/** A ratio target's own published series (same unit as the target), one mark per year. */
function publishedSeries(
	result: TargetResult,
	data: ObservationsFile,
	asOf: number
): PublishedSeries[] {
	if (result.kind !== 'ratio') return [];
	const out: PublishedSeries[] = [];
	for (const id of result.spec.publishedSeries) {
		const series = data.series[id];
		if (!series || series.unit !== result.unit) continue;
		const points: ChartPoint[] = [];
		for (const [year, { chosen, alternatives }] of preferredByYear(series.observations))
			points.push(
				point(
					year,
					chosen.value,
					year <= asOf ? 'published' : 'later',
					[chosen.basis],
					sourced(null, series.unit, [chosen]),
					sourced(null, series.unit, alternatives),
					null
				)
			);
		out.push({ id, name: series.name, points });
	}
	return out;
}

const basisKey = (p: ChartPoint) => [...p.bases].sort().join('+');

/**
 * Whether the solid history line joins two consecutive points: only for consecutive years, and
 * for levels and ratios only on the same basis. Growth rates are each computed within one basis,
 * so a change of basis between two years' rates does not break their line.
 */
export function joinsHistory(data: Pick<TargetChartData, 'kind'>, a: ChartPoint, b: ChartPoint) {
	if (b.year - a.year !== 1) return false;
	return data.kind === 'average_growth' || basisKey(a) === basisKey(b);
}

/**
 * Basis breaks of the given drivers: every pair of consecutive points (history, then later
 * actuals) whose basis differs.
 */
export function basisBreaks(drivers: readonly DriverResult[]): BasisBreak[] {
	const out: BasisBreak[] = [];
	for (const d of drivers) {
		const points = [...d.history.points, ...d.history.laterActuals].sort((a, b) => a.year - b.year);
		for (let i = 1; i < points.length; i++) {
			const a = points[i - 1]!;
			const b = points[i]!;
			if (a.basis === b.basis) continue;
			out.push({
				key: `${d.id}:${a.year}-${b.year}`,
				driver: d.id,
				fromYear: a.year,
				toYear: b.year,
				fromBasis: a.basis,
				toBasis: b.basis,
				year: (a.year + b.year) / 2
			});
		}
	}
	return out.sort((a, b) => a.year - b.year || a.driver.localeCompare(b.driver));
}

function baselineLine(result: TargetResult | undefined): { year: number; value: number }[] {
	if (!result) return [];
	const path = result.indicatorPath;
	const first = path.findIndex((p) => p.kind === 'projected');
	if (first < 0) return [];
	return path.slice(Math.max(0, first - 1)).map((p) => ({ year: p.year, value: p.value }));
}

function sameLine(a: { year: number; value: number }[], b: { year: number; value: number }[]) {
	return (
		a.length === b.length &&
		a.every((p, i) => p.year === b[i]!.year && Math.abs(p.value - b[i]!.value) < 1e-9)
	);
}

/** The fan: the model's per-year intervals, from the last actual point (no spread there). */
function fanOf(result: TargetResult, evaluation: Evaluation, history: ChartPoint[]): FanPoint[] {
	if (!evaluation.uncertainty) return [];
	const spread = projectionSpread(result, evaluation.drivers, evaluation.uncertainty);
	if (spread.length === 0) return [];
	const last = history.at(-1);
	const start: FanPoint[] =
		last && last.year < spread[0]!.year
			? [
					{
						year: last.year,
						median: last.value,
						q50: [last.value, last.value],
						q90: [last.value, last.value]
					}
				]
			: [];
	return [
		...start,
		...spread.map((s) => ({ year: s.year, median: s.median, q50: s.q50, q90: s.q90 }))
	];
}

/** Assembles everything a target's chart shows (and its data table lists). */
export function targetChartData(input: TargetChartInput): TargetChartData {
	const { result, evaluation, data } = input;
	const ctx = context(input.plan, data);
	const used = [
		result.spec.numerator,
		...(result.spec.denominator ? [result.spec.denominator] : [])
	].map((id) => evaluation.drivers[id]);
	const num = used[0]!;
	const history =
		result.kind === 'ratio'
			? ratioHistory(ctx, result, used)
			: result.kind === 'average_growth'
				? growthHistory(ctx, result, num)
				: levelHistory(ctx, result, num);
	const projection = projected(result);
	const scenarioLine = [...history.slice(-1), ...projection].map((p) => ({
		year: p.year,
		value: p.value
	}));
	const baseline = baselineLine(input.baseline?.targets.find((t) => t.id === result.id));
	const later = laterActuals(ctx, result, evaluation);
	const published = publishedSeries(result, data, evaluation.asOf);
	const target =
		result.target === null
			? null
			: {
					value: result.target,
					band:
						result.tolerance === null
							? null
							: {
									low: result.target - result.tolerance * Math.abs(result.target),
									high: result.target
								}
				};
	const window =
		result.window && result.average
			? {
					...result.window,
					average: result.average.compound,
					arithmetic: result.average.arithmetic
				}
			: null;
	const ratchet = result.ratchet.flatMap((r) =>
		r.requiredGrowth === null ? [] : [{ year: r.year, value: r.requiredGrowth }]
	);
	const allYears = [...history, ...projection, ...later, ...published.flatMap((s) => s.points)].map(
		(p) => p.year
	);
	allYears.push(
		...baseline.map((p) => p.year),
		...ratchet.map((r) => r.year),
		evaluation.targetYear
	);
	if (window) allYears.push(window.from, window.to);
	const years: [number, number] = [Math.min(...allYears), Math.max(...allYears)];
	const breaks = basisBreaks(used).filter((b) => b.year > years[0] && b.year < years[1]);
	return {
		fan: fanOf(result, evaluation, history),
		id: result.id,
		name: result.spec.name,
		kind: result.kind,
		comparator: result.comparator,
		unit: result.unit,
		numerator: result.spec.numerator,
		denominator: result.spec.denominator ?? null,
		scale: result.spec.scale,
		asOf: evaluation.asOf,
		targetYear: evaluation.targetYear,
		history,
		projection,
		baseline,
		baselineDiffers: baseline.length > 0 && !sameLine(baseline, scenarioLine),
		later,
		published,
		target,
		window,
		breaks,
		ratchet,
		years
	};
}

/**
 * One target's result and chart from the page's state, as the target page, the embed and the
 * exported figure show it; null when the evaluation has no such target.
 */
export function chartOfTarget(
	id: string,
	state: Omit<TargetChartInput, 'result'>
): { result: TargetResult; chart: TargetChartData } | null {
	const result = state.evaluation.targets.find((r) => r.id === id);
	if (!result) return null;
	// Read field by field: `state` may be the app's state object, whose fields are getters.
	const { evaluation, baseline, plan, data } = state;
	return { result, chart: targetChartData({ result, evaluation, baseline, plan, data }) };
}
