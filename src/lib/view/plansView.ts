// /plans as words and rows: every plan's verdict counts, each shared indicator's places with their
// ratio-method standing (and the bars of its chart), each place's periods side by side. Pure.
import { formatRate, formatNumber, formatTarget, formatValue } from '../i18n/format';
import { messages } from '../i18n/messages';
import { plansMessages } from '../i18n/plansMessages';
import { progressMessages } from '../i18n/progressMessages';
import type { TargetResult } from '../model/evaluate';
import type { RatioCategory } from '../model/progress';
import type { Lang } from '../model/types';
import type { Verdict } from '../model/verdict';
import {
	acrossPeriods,
	acrossPlaces,
	type PeriodChange,
	type PlanOverview,
	type SharedIndicator
} from '../plans/compare';

const VERDICT_ORDER: Verdict[] = [
	'met',
	'within_tolerance',
	'not_met',
	'needs_assumption',
	'gap',
	'no_numeric_target'
];

export interface OverviewRow {
	id: string;
	title: string;
	place: string;
	targetYear: number;
	verdicts: { verdict: Verdict; label: string }[];
	sourceUrl: string;
	/** The file a reader's plan was loaded from; absent for a built-in plan. */
	userFile?: string;
}

export function overviewRows(overviews: readonly PlanOverview[], lang: Lang): OverviewRow[] {
	const t = messages[lang];
	const m = plansMessages[lang];
	return overviews.map((o) => ({
		id: o.pack.id,
		title: o.pack.shortTitle[lang],
		place: o.pack.place?.name[lang] ?? m.none,
		targetYear: o.plan.targetYear,
		verdicts: VERDICT_ORDER.filter((v) => o.counts[v]).map((v) => ({
			verdict: v,
			label: m.verdictCount(t.verdict[v], o.counts[v]!)
		})),
		sourceUrl: o.pack.sourceUrl
	}));
}

/** A target's number as its plan states it, with the comparator: “≈ 6%”, “> 26,000 companies”. */
export function goalText(result: TargetResult, lang: Lang): string {
	if (result.target === null) return plansMessages[lang].none;
	const sign = { exceeds: '> ', at_least: '≥ ', about: '≈ ', rank_at_most: '≤ ' } as Record<
		string,
		string
	>;
	const value =
		result.kind === 'average_growth'
			? formatRate(result.target, lang)
			: formatTarget(result.target, result.unit, lang);
	return `${sign[result.comparator] ?? ''}${value}`;
}

export interface PlaceView {
	planId: string;
	place: string;
	goal: string;
	latest: string;
	category: RatioCategory | null;
	/** The category in a word or two; “—” when the method cannot be computed. */
	categoryText: string;
	/** The category and ratio, or why the method cannot be computed. */
	standing: string;
	ratio: number | null;
	verdict: Verdict;
	verdictText: string;
}

export interface IndicatorView {
	id: string;
	/** The id of its block on the page and of its part in a /plans link (plansAddress.ts). */
	anchor: string;
	caption: string;
	targetYear: number;
	/** The plans shown, by their short titles in the reader's language, each once. */
	plans: string[];
	rows: PlaceView[];
}

const plansOf = (overviews: readonly PlanOverview[], lang: Lang) => [
	...new Set(overviews.map((o) => o.pack.shortTitle[lang]))
];

function placeView(row: SharedIndicator['rows'][number], lang: Lang): PlaceView {
	const p = progressMessages[lang];
	const m = plansMessages[lang];
	const { overview, result, methods } = row;
	const r = methods.ratio.ok ? methods.ratio.value : null;
	const latest = r
		? m.latestValue(
				result.kind === 'average_growth'
					? formatRate(r.latestValue, lang)
					: formatValue(r.latestValue, result.unit, lang),
				r.latestYear
			)
		: m.none;
	return {
		planId: overview.pack.id,
		place: overview.pack.place?.name[lang] ?? overview.pack.shortTitle[lang],
		goal: goalText(result, lang),
		latest,
		category: r?.category ?? null,
		categoryText: r ? p.category[r.category] : m.none,
		standing: methods.ratio.ok
			? `${p.category[methods.ratio.value.category]}${
					r!.ratio === null ? '' : `${messages[lang].colon}${formatNumber(r!.ratio, lang, 2)}`
				}`
			: p.gap[methods.ratio.reason],
		ratio: r?.ratio ?? null,
		verdict: result.verdict,
		verdictText: messages[lang].verdict[result.verdict]
	};
}

export function indicatorViews(overviews: readonly PlanOverview[], lang: Lang): IndicatorView[] {
	const m = plansMessages[lang];
	return acrossPlaces(overviews).map((g) => ({
		id: g.id,
		anchor: `ind-${g.id}-${g.targetYear}`,
		caption: m.indicatorCaption(g.name[lang], g.targetYear),
		targetYear: g.targetYear,
		plans: plansOf(
			g.rows.map((r) => r.overview),
			lang
		),
		rows: g.rows.map((row) => placeView(row, lang))
	}));
}

/** The largest ratio a chart shows; beyond it a bar stops at the edge, marked as cut. */
export const RATIO_SCALE_MAX = 2;

/**
 * Horizontal positions (0…1) of a ratio scale showing 0, the thresholds and every ratio up to
 * RATIO_SCALE_MAX (the table gives the exact figures).
 */
export function ratioScale(ratios: readonly (number | null)[]) {
	const known = ratios.filter((r): r is number => r !== null);
	const lo = Math.max(-RATIO_SCALE_MAX, Math.min(0, ...known));
	const hi = Math.min(RATIO_SCALE_MAX, Math.max(1.5, ...known));
	const at = (x: number) => (Math.min(hi, Math.max(lo, x)) - lo) / (hi - lo);
	const cut = (x: number) => x > hi || x < lo;
	return { lo, hi, at, cut, thresholds: [0, 0.6, 0.95].map((x) => ({ value: x, at: at(x) })) };
}

export interface PeriodRowView {
	id: string;
	name: string;
	earlierGoal: string;
	laterGoal: string;
	change: PeriodChange;
	changeText: string;
	achieved: string;
	required: string;
	/** The same two rates as fractions, for the chart; null where the table says “—”. */
	achievedRate: number | null;
	requiredRate: number | null;
	/** What the next plan asks against what the last period delivered; null without both. */
	sentence: string | null;
}

export interface PeriodView {
	/** The id of its block on the page and of its part in a /plans link (plansAddress.ts). */
	anchor: string;
	caption: string;
	plans: string[];
	earlierYear: number;
	laterYear: number;
	rows: PeriodRowView[];
}

export function periodViews(overviews: readonly PlanOverview[], lang: Lang): PeriodView[] {
	const m = plansMessages[lang];
	return acrossPeriods(overviews).map((c) => {
		const from = c.earlier.plan.targetYear;
		const to = c.later.plan.targetYear;
		const laterBase = c.later.plan.baselineYear ?? from;
		return {
			anchor: `period-${c.later.pack.place!.id}-${from}-${to}`,
			caption: m.periodCaption(c.place[lang], from, to),
			plans: plansOf([c.earlier, c.later], lang),
			earlierYear: from,
			laterYear: to,
			rows: c.rows.map((r) => {
				const achieved =
					r.achievedGrowth === null || !r.achievedYears
						? null
						: m.yearsRate(
								formatRate(r.achievedGrowth, lang),
								r.achievedYears.from,
								r.achievedYears.to
							);
				const required =
					r.requiredGrowth === null
						? null
						: m.yearsRate(formatRate(r.requiredGrowth, lang), laterBase, to);
				return {
					id: r.id,
					name: r.name[lang],
					earlierGoal: r.earlier ? goalText(r.earlier, lang) : m.none,
					laterGoal: r.later ? goalText(r.later, lang) : m.none,
					change: r.change,
					changeText: m.changeName[r.change],
					achieved: achieved ?? m.none,
					required: required ?? m.none,
					achievedRate: achieved === null ? null : r.achievedGrowth,
					requiredRate: required === null ? null : r.requiredGrowth,
					sentence: achieved && required ? m.asks(r.name[lang], required, achieved) : null
				};
			})
		};
	});
}

/** The columns of the /plans CSV: ids, then names in the reader's language, then raw figures. */
export const PLANS_CSV_COLUMNS = [
	'section',
	'plan',
	'place',
	'target',
	'target_name',
	'target_year',
	'goal',
	'verdict',
	'count',
	'latest_year',
	'latest_value',
	'ratio_category',
	'ratio',
	'observed_growth',
	'required_growth',
	'change'
] as const;

type CsvCell = string | number | null;

/**
 * The page's three views as one CSV table (gridCsv): a row per plan and verdict count, a row per
 * place of each shared indicator, a row per indicator of each pair of periods. Raw figures, with
 * rates as fractions.
 */
export function plansCsvRows(overviews: readonly PlanOverview[], lang: Lang): CsvCell[][] {
	const rows: CsvCell[][] = [[...PLANS_CSV_COLUMNS]];
	const row = (cells: Partial<Record<(typeof PLANS_CSV_COLUMNS)[number], CsvCell>>) =>
		rows.push(PLANS_CSV_COLUMNS.map((c) => cells[c] ?? null));
	for (const o of overviews)
		for (const v of VERDICT_ORDER)
			if (o.counts[v])
				row({
					section: 'overview',
					plan: o.pack.id,
					place: o.pack.place?.name[lang] ?? null,
					target_year: o.plan.targetYear,
					verdict: v,
					count: o.counts[v]!
				});
	for (const g of acrossPlaces(overviews))
		for (const { overview, result, methods } of g.rows) {
			const r = methods.ratio.ok ? methods.ratio.value : null;
			row({
				section: 'places',
				plan: overview.pack.id,
				place: overview.pack.place?.name[lang] ?? null,
				target: g.id,
				target_name: g.name[lang],
				target_year: g.targetYear,
				goal: result.target,
				verdict: result.verdict,
				latest_year: r?.latestYear ?? null,
				latest_value: r?.latestValue ?? null,
				ratio_category: r?.category ?? (methods.ratio.ok ? null : methods.ratio.reason),
				ratio: r?.ratio ?? null,
				observed_growth: r?.observedGrowth ?? null,
				required_growth: r?.requiredGrowth ?? null
			});
		}
	for (const c of acrossPeriods(overviews))
		for (const r of c.rows)
			row({
				section: 'periods',
				plan: `${c.earlier.pack.id} → ${c.later.pack.id}`,
				place: c.place[lang],
				target: r.id,
				target_name: r.name[lang],
				target_year: c.later.plan.targetYear,
				goal: r.later?.target ?? null,
				observed_growth: r.achievedGrowth,
				required_growth: r.requiredGrowth,
				change: r.change
			});
	return rows;
}
