// Turns an evaluation into what the command line prints: an aligned table with notes in one
// language, or one JSON object with unrounded values. Formatting only: the cells are the app's
// own card texts (targetView), the numbers go through the app's formatters, and verdicts are
// never recomputed here.
import { driverName, targetView, type TargetView } from '../lib/view/targetView';
import { cliMessages } from '../lib/i18n/cliMessages';
import {
	formatChance,
	formatNumber,
	formatRate,
	formatTarget,
	formatValue
} from '../lib/i18n/format';
import { messages } from '../lib/i18n/messages';
import type { TargetConfidence } from '../lib/model/confidence';
import {
	progressMethods,
	type AnticipatedProgress,
	type Method,
	type ProgressGap,
	type RatioProgress
} from '../lib/model/progress';
import type { DataUpdateEntry } from '../lib/model/dataUpdate';
import type { DenominatorUnused, EmploymentDenominatorUse } from '../lib/model/denominator';
import type { DriverResult, Evaluation, ScenarioIssue, TargetResult } from '../lib/model/evaluate';
import type {
	DriverId,
	EmploymentDenominatorId,
	GapSpec,
	Lang,
	Plan,
	UncertaintySettings
} from '../lib/model/types';
import {
	UNCERTAINTY_MODELS,
	type NeededGrowth,
	type Sensitivity,
	type TargetCorrelation
} from '../lib/model/uncertainty';
import type { IgnoredPart } from '../lib/scenario/link';
import { ignoredText, issueText } from './messages';
import {
	gapNote,
	gapRow,
	inPlanOrder,
	jsonPackFields,
	packNote,
	usesTolerance,
	type JsonPackFields
} from './planReport';

const DASH = '—';
/** The example growth offered when a driver needs one. */
const EXAMPLE_GROWTH = 0.01;

const driverUnit = (plan: Plan, id: DriverId) => plan.drivers.find((d) => d.id === id)?.unit ?? '';

function formatChances(t: TargetResult, lang: Lang): string {
	const u = t.uncertainty;
	if (!u) return DASH;
	const met = formatChance(u.probability, lang);
	const within =
		u.probabilityWithinTolerance === u.probability
			? ''
			: cliMessages[lang].bracket('', formatChance(u.probabilityWithinTolerance, lang));
	return `${met}${within}${u.method === 'monte_carlo' ? '†' : ''}`;
}

function tableRow(
	t: TargetResult,
	view: TargetView,
	plan: Plan,
	lang: Lang,
	chances: boolean
): string[] {
	// An average-growth target starts from its driver's level, in the driver's unit.
	const baseUnit = t.kind === 'average_growth' ? driverUnit(plan, t.spec.numerator) : t.unit;
	const base =
		t.baseYear === null || t.baseValue === null
			? DASH
			: `${t.baseYear}: ${formatValue(t.baseValue, baseUnit, lang)}`;
	return [
		view.name,
		base,
		view.assumedText,
		view.projectedText,
		view.targetText,
		view.verdictText,
		...(chances ? [formatChances(t, lang)] : []),
		view.marginText,
		view.requiredText
	];
}

/** Columns of CJK and full-width characters take two cells in a terminal. */
function isWide(codePoint: number): boolean {
	return (
		(codePoint >= 0x1100 && codePoint <= 0x115f) ||
		(codePoint >= 0x2e80 && codePoint <= 0xa4cf) ||
		(codePoint >= 0xac00 && codePoint <= 0xd7a3) ||
		(codePoint >= 0xf900 && codePoint <= 0xfaff) ||
		(codePoint >= 0xfe30 && codePoint <= 0xfe4f) ||
		(codePoint >= 0xff00 && codePoint <= 0xff60) ||
		(codePoint >= 0xffe0 && codePoint <= 0xffe6) ||
		(codePoint >= 0x20000 && codePoint <= 0x3fffd)
	);
}

/** The number of terminal columns a string takes. */
export function displayWidth(text: string): number {
	let width = 0;
	for (const ch of text) width += isWide(ch.codePointAt(0) ?? 0) ? 2 : 1;
	return width;
}

/** Lays out rows in columns two spaces apart; `right` marks the right-aligned columns. */
export function alignColumns(rows: readonly string[][], right: readonly boolean[]): string[] {
	const widths: number[] = [];
	for (const row of rows)
		row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, displayWidth(cell))));
	return rows.map((row) =>
		row
			.map((cell, i) => {
				const pad = ' '.repeat((widths[i] ?? 0) - displayWidth(cell));
				return right[i] ? pad + cell : cell + pad;
			})
			.join('  ')
			.trimEnd()
	);
}

function driverPhrase(t: TargetResult, id: DriverId, plan: Plan, targetYear: number, lang: Lang) {
	const w = cliMessages[lang];
	const d = t.drivers[id];
	if (!d || d.baseYear === null || d.baseValue === null)
		return w.missingDriver(driverName(plan, id, lang), id, null);
	const unit = driverUnit(plan, id);
	const at = w.driverAt(id, formatValue(d.baseValue, unit, lang), d.baseYear);
	if (d.baseYear >= targetYear) return at + w.driverActual;
	if (d.growth === null || d.targetYearValue === null) return at + w.driverNoGrowth;
	return (
		at +
		w.driverProjected(
			formatRate(d.growth, lang),
			formatValue(d.targetYearValue, unit, lang),
			targetYear
		)
	);
}

/**
 * The note under the table for one target, or null when the row says it all. An "about" target's
 * note ends with where its tolerance band starts (the card's words).
 */
function targetNote(
	t: TargetResult,
	view: TargetView,
	evaluation: Evaluation,
	plan: Plan,
	lang: Lang
): string | null {
	const w = cliMessages[lang];
	const app = messages[lang];
	const { targetYear } = evaluation;
	const name = t.spec.name[lang];
	const bound =
		(t.requiredGrowthWithinTolerance === null
			? ''
			: w.toleranceBound(formatRate(t.requiredGrowthWithinTolerance, lang))) +
		(view.bandText === '' ? '' : app.semicolon + view.bandText);
	let body: string;
	if (t.verdict === 'needs_assumption') {
		const baseYear = t.drivers[t.spec.numerator]?.baseYear ?? null;
		const gaps = (t.average?.rates ?? [])
			.filter((r) => r.kind === 'missing' && baseYear !== null && r.year <= baseYear)
			.map((r) => r.year);
		if (gaps.length > 0) body = name + w.colon + w.gapNote(gaps);
		else {
			const missing = t.missing.map((id) =>
				w.missingDriver(driverName(plan, id, lang), id, t.drivers[id]?.baseYear ?? null)
			);
			// Only a driver with data can be projected from an assumed growth.
			const growable = t.missing.filter((id) => (t.drivers[id]?.baseYear ?? null) !== null);
			const example =
				growable.length === 0 ? null : growable.map((id) => `${id}=${EXAMPLE_GROWTH}`).join('&');
			body = name + w.colon + w.missingNote(targetYear, missing, example);
		}
	} else if (t.kind === 'ratio') {
		const ids = Object.keys(t.drivers) as DriverId[];
		const phrases = ids.map((id) => driverPhrase(t, id, plan, targetYear, lang));
		body = `${name} ${w.ratioNote(t.spec.formula, phrases, t.spec.numerator)}${bound}`;
	} else if (t.kind === 'average_growth' && t.average && t.window) {
		const yearly = t.average.rates.map((r) =>
			w.yearRate(r.year, formatRate(r.rate, lang), r.kind === 'projected')
		);
		const averages = w.list([
			`${app.compoundAverage} ${formatRate(t.average.compound, lang)}`,
			`${app.arithmeticMean} ${formatRate(t.average.arithmetic, lang)}`
		]);
		const anyProjected = t.average.rates.some((r) => r.kind === 'projected');
		body =
			name +
			w.colon +
			w.averageNote(t.window.from, t.window.to, averages, w.list(yearly), anyProjected) +
			bound;
	} else if (t.kind === 'qualitative') {
		const value = t.projected === null ? null : formatValue(t.projected, t.unit, lang);
		body = name + w.colon + w.qualitativeNote(value, targetYear, t.spec.why?.[lang] ?? '');
	} else if (bound !== '') body = name + w.colon + bound.replace(/^[;；]\s*/, '');
	else return null;
	return /[.。]$/.test(body.trim()) ? body.trim() : w.sentence([body.trim()]);
}

/** The note on a target's chances: the growth each chance needs and any verdict-flipping driver. */
function chanceNote(t: TargetResult, lang: Lang): string | null {
	const u = t.uncertainty;
	if (!u) return null;
	const w = cliMessages[lang];
	const solved = u.neededGrowth.filter((n) => n.growth !== null);
	const needed =
		solved.length === 0
			? ''
			: w.neededGrowth(
					solved.map((n) => formatRate(n.chance, lang, 0)),
					solved.map((n) => formatRate(n.growth, lang))
				);
	const flips = t.sensitivity.filter((s) => s.flipsVerdict).map((s) => s.driver);
	const parts = [needed, ...(flips.length > 0 ? [w.flips(flips)] : [])].filter((p) => p !== '');
	if (parts.length === 0) return null;
	return w.sentence([t.spec.name[lang] + w.colon + w.chanceNote(parts[0]!, parts.slice(1))]);
}

export interface TableOptions {
	plan: Plan;
	lang: Lang;
	/** Scenario parts the parser set aside, listed on the last line. */
	ignored?: readonly IgnoredPart[];
	/** True when a growth range was given without a model and the default model is used. */
	modelByDefault?: boolean;
	/** True to name the plan under the title (its id, title, issue date and source). */
	planLine?: boolean;
}

/**
 * The evaluation as text: a title, one aligned row per target (base, assumed growth, projected
 * value, goal, verdict, margin, required growth), a legend, notes for ratios, averages,
 * qualitative targets and missing assumptions, and a last line listing ignored scenario parts
 * and the model's issues. Ends with a newline.
 */
export function formatTable(evaluation: Evaluation, options: TableOptions): string {
	const { plan, lang } = options;
	const w = cliMessages[lang];
	const app = messages[lang];
	const chances = evaluation.uncertainty !== null;
	const headers = [
		app.target,
		w.baseHeader,
		app.assumedGrowth,
		w.projectedHeader(evaluation.targetYear),
		w.goalHeader,
		w.verdictHeader,
		...(chances ? [app.probabilityLabel] : []),
		app.margin,
		app.requiredGrowth
	];
	const views = evaluation.targets.map((t) => targetView(t, evaluation, plan, app, lang));
	const rows = inPlanOrder(
		evaluation.targets.map((t, i) => tableRow(t, views[i]!, plan, lang, chances)),
		evaluation.gaps,
		(g) => gapRow(g, lang, chances)
	);
	const right = [false, true, true, true, false, false, ...(chances ? [true] : []), true, true];
	const [header, ...body] = alignColumns([headers, ...rows], right);
	const rule = '-'.repeat(Math.max(...[header ?? '', ...body].map(displayWidth)));
	const notes = inPlanOrder(
		evaluation.targets.map((t, i) => [
			targetNote(t, views[i]!, evaluation, plan, lang),
			packNote(t, lang),
			chanceNote(t, lang)
		]),
		evaluation.gaps,
		(g) => [gapNote(g, lang)]
	)
		.flat()
		.filter((n): n is string => n !== null);
	// A plan named with --plan: what its pack lists as unconfirmed (never as targets).
	if (options.planLine)
		for (const n of plan.notes ?? [])
			if (n.kind === 'unconfirmed') notes.push(w.unconfirmedPlanNote(n.text[lang]));
	const [aboutLegend, growthLegend] = w.legend(formatTarget(evaluation.tolerance, 'rate', lang));
	const u = evaluation.uncertainty;
	const monteCarlo = evaluation.targets.some((t) => t.uncertainty?.method === 'monte_carlo');
	const chanceLegend =
		u === null
			? []
			: [
					...(options.modelByDefault ? [w.modelByDefault(app.uncertaintyModel[u.model])] : []),
					...w.chanceLegend(
						UNCERTAINTY_MODELS[u.model][lang],
						monteCarlo ? w.monteCarlo(formatNumber(u.draws, lang), u.seed) : null,
						evaluation.targetYear
					)
				];
	const list = (items: string[]) => (items.length === 0 ? app.noneValue : w.list(items));
	const ignored = list((options.ignored ?? []).map((i) => ignoredText(i, lang)));
	const issues = list(evaluation.issues.map((i) => issueText(i, lang)));
	return [
		w.title(plan.shortTitle[lang], evaluation.asOf, evaluation.targetYear),
		...(options.planLine
			? [w.planLine(plan.id, plan.title[lang], plan.targetYear, plan.issued, plan.sourceUrl ?? '')]
			: []),
		'',
		header,
		rule,
		...body,
		'',
		usesTolerance(evaluation) ? aboutLegend : w.noToleranceLegend,
		growthLegend,
		...chanceLegend,
		'',
		w.notesHeading,
		...notes.map((n) => `- ${n}`),
		'',
		w.ignoredLine(ignored, issues),
		''
	].join('\n');
}

export interface JsonDriver {
	baseYear: number | null;
	baseValue: number | null;
	growth: number | null;
	/** The driver's projected value in the target year (the key predates 2030 plans: kept stable). */
	value2025: number | null;
}

export interface JsonTarget extends JsonPackFields {
	/** A plan pack's target ids are any of its own (TargetId names the seed plan's). */
	id: TargetResult['id'] | string;
	/** `gap` for a target without data (a plan pack's): every number is then null. */
	kind: TargetResult['kind'] | 'gap';
	unit: string;
	comparator: TargetResult['comparator'];
	target: number | null;
	tolerance: number | null;
	baseYear: number | null;
	baseValue: number | null;
	assumedGrowth: number | null;
	projected: number | null;
	verdict: TargetResult['verdict'];
	margin: number | null;
	marginRelative: number | null;
	requiredGrowth: number | null;
	requiredGrowthWithinTolerance: number | null;
	firstYearMet: { year: number; actual: boolean } | null;
	window: { from: number; to: number } | null;
	average: {
		compound: number | null;
		arithmetic: number | null;
		rates: { year: number; rate: number | null; kind: 'actual' | 'projected' | 'missing' }[];
	} | null;
	missing: DriverId[];
	drivers: Partial<Record<DriverId, JsonDriver>>;
	/** P(met in the target year); null without a model or a numeric verdict. */
	probability: number | null;
	/** P(met or within tolerance); equal to probability for targets without a band. */
	probabilityWithinTolerance: number | null;
	model: UncertaintySettings['model'] | null;
	method: 'analytic' | 'monte_carlo' | null;
	/** Monte Carlo only (null for closed forms). */
	draws: number | null;
	seed: number | null;
	standardError: number | null;
	correlation: TargetCorrelation | null;
	neededGrowth: NeededGrowth[];
	sensitivity: Sensitivity[];
	/** How sure the verdict is: a grade and its reasons as codes with parameters; null for a gap. */
	confidence: TargetConfidence | null;
	/** Why a gap has no data (the pack's words); only on gaps. */
	gapReason?: { zh: string; en: string } | null;
	/**
	 * The published progress methods (model/progress.ts) from the published figures alone; each is
	 * its figures or `{ gap: reason }`; null for a target without a numeric goal. A gap with a
	 * numeric goal has no figure at all, so both say `{ gap: 'no_latest' }`.
	 */
	methods: JsonMethods | null;
}

type JsonMethod<T> = T | { gap: ProgressGap };
export interface JsonMethods {
	ratio: JsonMethod<RatioProgress>;
	anticipated: JsonMethod<AnticipatedProgress>;
}

function jsonMethods(evaluation: Evaluation, t: TargetResult, baselineYear: number | undefined) {
	const m = progressMethods(evaluation, t, baselineYear);
	if (!m) return null;
	const one = <T>(x: Method<T>): JsonMethod<T> =>
		x.ok ? structuredClone(x.value) : { gap: x.reason };
	return { ratio: one(m.ratio), anticipated: one(m.anticipated) };
}

export interface JsonReport {
	asOf: number;
	/** The relative tolerance of “about” targets; null when no target of the plan reads one. */
	tolerance: number | null;
	/** The uncertainty settings in use; null when no model was chosen. */
	uncertainty: UncertaintySettings | null;
	/**
	 * True when the scenario gave a growth range but named no model, so the default model
	 * (DEFAULT_UNCERTAINTY) was used; false when a model was named or none is in use.
	 */
	modelByDefault: boolean;
	/**
	 * The alternative employment figure chosen (`emp=`): its id, year, value in 万人, whether it is
	 * derived, and why it is not in use (null when it is); null when none is chosen.
	 */
	employmentDenominator: {
		id: EmploymentDenominatorId;
		year: number | null;
		value: number | null;
		derived: boolean;
		unused: DenominatorUnused | null;
	} | null;
	targets: JsonTarget[];
	ignored: IgnoredPart[];
	issues: ScenarioIssue[];
	/** The figures of the --data file, used as published data (user-supplied); [] without one. */
	dataUpdates: DataUpdateEntry[];
}

function jsonTarget(
	t: TargetResult,
	evaluation: Evaluation,
	baselineYear: number | undefined
): JsonTarget {
	const u = t.uncertainty;
	const drivers: Partial<Record<DriverId, JsonDriver>> = {};
	for (const [id, d] of Object.entries(t.drivers) as [DriverId, DriverResult | undefined][])
		if (d)
			drivers[id] = {
				baseYear: d.baseYear ?? null,
				baseValue: d.baseValue ?? null,
				growth: d.growth ?? null,
				value2025: d.targetYearValue ?? null
			};
	return {
		id: t.id,
		kind: t.kind,
		unit: t.unit,
		comparator: t.comparator,
		target: t.target ?? null,
		tolerance: t.tolerance ?? null,
		baseYear: t.baseYear ?? null,
		baseValue: t.baseValue ?? null,
		assumedGrowth: t.assumedGrowth ?? null,
		projected: t.projected ?? null,
		verdict: t.verdict,
		margin: t.margin ?? null,
		marginRelative: t.marginRelative ?? null,
		requiredGrowth: t.requiredGrowth ?? null,
		requiredGrowthWithinTolerance: t.requiredGrowthWithinTolerance ?? null,
		firstYearMet: t.firstYearMet
			? { year: t.firstYearMet.year, actual: t.firstYearMet.actual }
			: null,
		window:
			t.kind === 'average_growth' && t.window ? { from: t.window.from, to: t.window.to } : null,
		average: t.average
			? {
					compound: t.average.compound ?? null,
					arithmetic: t.average.arithmetic ?? null,
					rates: t.average.rates.map((r) => ({ year: r.year, rate: r.rate ?? null, kind: r.kind }))
				}
			: null,
		missing: [...t.missing],
		drivers,
		probability: u?.probability ?? null,
		probabilityWithinTolerance: u?.probabilityWithinTolerance ?? null,
		model: u?.model ?? null,
		method: u?.method ?? null,
		draws: u?.draws ?? null,
		seed: u?.seed ?? null,
		standardError: u?.standardError ?? null,
		correlation: u?.correlation
			? { ...u.correlation, years: [...u.correlation.years], drivers: [...u.correlation.drivers] }
			: null,
		neededGrowth: (u?.neededGrowth ?? []).map((n) => ({ ...n })),
		sensitivity: t.sensitivity.map((s) => ({
			...s,
			down: s.down ? { ...s.down } : null,
			up: s.up ? { ...s.up } : null
		})),
		confidence: {
			grade: t.confidence.grade,
			reasons: t.confidence.reasons.map((r) => structuredClone(r))
		},
		methods: jsonMethods(evaluation, t, baselineYear),
		...jsonPackFields(t.spec)
	};
}

/** A numeric goal no published series follows: neither method has a figure to start from. */
const noFigures = (): JsonMethods => ({
	ratio: { gap: 'no_latest' },
	anticipated: { gap: 'no_latest' }
});

/** A gap as a JSON target: its goal and the gap verdict, every number null. */
function jsonGap(g: GapSpec): JsonTarget {
	return {
		id: g.id,
		kind: 'gap',
		unit: g.unit,
		comparator: g.comparator,
		target: g.target,
		tolerance: null,
		baseYear: null,
		baseValue: null,
		assumedGrowth: null,
		projected: null,
		verdict: 'gap',
		margin: null,
		marginRelative: null,
		requiredGrowth: null,
		requiredGrowthWithinTolerance: null,
		firstYearMet: null,
		window: null,
		average: null,
		missing: [],
		drivers: {},
		probability: null,
		probabilityWithinTolerance: null,
		model: null,
		method: null,
		draws: null,
		seed: null,
		standardError: null,
		correlation: null,
		neededGrowth: [],
		sensitivity: [],
		confidence: null,
		gapReason: g.reason,
		methods: g.target === null ? null : noFigures(),
		...(g.placement === undefined ? {} : { placement: g.placement }),
		...(g.caveats === undefined ? {} : { caveats: g.caveats })
	};
}

function jsonDenominator(
	use: EmploymentDenominatorUse | null
): JsonReport['employmentDenominator'] {
	if (use === null) return null;
	const alt = use.alternative;
	return {
		id: use.id,
		year: alt?.year ?? null,
		value: alt?.value ?? null,
		derived: alt?.derivedFrom !== undefined,
		unused: use.unused
	};
}

/**
 * The evaluation as one plain object for `--json`: unrounded values, and null (never a missing
 * field) wherever a value does not apply.
 */
export function toJsonReport(
	evaluation: Evaluation,
	ignored: readonly IgnoredPart[] = [],
	modelByDefault = false,
	dataUpdates: readonly DataUpdateEntry[] = [],
	/** The plan's baseline year, from which the progress methods measure. */
	baselineYear?: number
): JsonReport {
	return {
		asOf: evaluation.asOf,
		tolerance: usesTolerance(evaluation) ? evaluation.tolerance : null,
		uncertainty: evaluation.uncertainty ? { ...evaluation.uncertainty } : null,
		modelByDefault: modelByDefault && evaluation.uncertainty !== null,
		employmentDenominator: jsonDenominator(evaluation.employmentDenominator),
		targets: inPlanOrder(
			evaluation.targets.map((t) => jsonTarget(t, evaluation, baselineYear)),
			evaluation.gaps,
			jsonGap
		),
		ignored: ignored.map((i) => ({ part: i.part, reason: i.reason })),
		issues: evaluation.issues.map((i) => ({ field: i.field, value: i.value, reason: i.reason })),
		dataUpdates: dataUpdates.map((e) => structuredClone(e))
	};
}
