// The hindcast page as text: one card per target (its standing, the figures then and since, and
// its chart) and the summary lines that name the targets at risk. Pure, so the unit tests and the
// browser tests can compute what the page must show. Relative imports only, for the same reason.
import { hindcastChartData, hindcastLegend, hindcastTable } from '../../lib/charts/hindcastChart';
import type { HindcastTable } from '../../lib/charts/hindcastChart';
import type { TargetChartData } from '../../lib/charts/chartData';
import type { LegendItem } from '../../lib/charts/legend';
import { targetPhrase } from '../../lib/charts/describe';
import { formatMargin, formatRate, formatValue } from '../../lib/i18n/format';
import { hindcastMessages } from '../../lib/i18n/hindcastMessages';
import { messages } from '../../lib/i18n/messages';
import type { Hindcast, HindcastRow, Standing } from '../../lib/model/hindcast';
import type { Lang, ObservationsFile, Plan, TargetId } from '../../lib/model/types';
import type { Verdict } from '../../lib/model/verdict';

export interface HindcastFigure {
	key: string;
	label: string;
	value: string;
	/** A short qualifier after the value (its year's status), or ''. */
	note: string;
}

export interface HindcastCard {
	id: TargetId;
	name: string;
	/** The verdict the badge shows, and its words; `needs_assumption` shows as "no figure". */
	standingVerdict: Verdict;
	standingText: string;
	/** True when the latest published figure (or the outcome) is below the goal. */
	miss: boolean;
	/** The sentence saying the projection was contradicted, or ''. */
	contradictedText: string;
	projectedVerdict: Verdict;
	projectedText: string;
	latestText: string;
	/** What the vantage year knew and projected. */
	then: HindcastFigure[];
	/** What has been published since. */
	since: HindcastFigure[];
	chart: TargetChartData | null;
	legend: LegendItem[];
	table: HindcastTable | null;
}

export interface HindcastView {
	atRiskText: string;
	contradictedText: string;
	cards: HindcastCard[];
}

function standingWords(s: Standing, lang: Lang): { verdict: Verdict; text: string } {
	const m = hindcastMessages[lang].standing;
	if (s.verdict === null)
		return { verdict: 'needs_assumption', text: s.year === null ? m.none : m.open };
	const year = s.year!;
	const text = s.final
		? { met: m.finalMet, within_tolerance: m.finalWithin, not_met: m.finalMissed }[s.verdict](year)
		: { met: m.met, within_tolerance: m.within, not_met: m.below }[s.verdict](year);
	return { verdict: s.verdict, text };
}

function figures(
	row: HindcastRow,
	goal: string | null,
	vantage: number,
	targetYear: number,
	lang: Lang
) {
	const m = hindcastMessages[lang];
	const value = (v: number | null) => formatValue(v, row.unit, lang);
	const then: HindcastFigure[] = [];
	const since: HindcastFigure[] = [];
	const add = (list: HindcastFigure[], key: string, label: string, text: string, note = '') =>
		list.push({ key, label, value: text, note });
	if (goal) add(then, 'goal', m.goal, goal);
	add(
		then,
		'base',
		m.base(vantage),
		row.base ? `${value(row.base.value)} (${row.base.year})` : m.noData
	);
	add(
		then,
		'required',
		m.required(vantage),
		row.requiredGrowth === null ? '—' : formatRate(row.requiredGrowth, lang)
	);
	const latest = row.latestPublished;
	add(
		since,
		'latest',
		row.kind === 'average_growth' ? m.latestYearly : m.latest,
		latest ? `${value(latest.value)} (${latest.year})` : m.noData,
		latest ? (latest.sinceVantage ? m.sinceVantage(vantage) : m.knownAtVantage(vantage)) : ''
	);
	if (latest && row.projectedForLatestYear !== null) {
		add(then, 'projected-then', m.projectedThen(latest.year), value(row.projectedForLatestYear));
		add(since, 'error', m.error, formatMargin(row.errorAtLatestYear, row.unit, lang));
	}
	if (row.kind !== 'average_growth')
		add(
			since,
			'first-met',
			m.firstMet,
			row.firstYearMet === null ? m.never : String(row.firstYearMet),
			row.firstYearMet !== null && row.firstYearMet <= vantage ? m.alreadyMet(vantage) : ''
		);
	add(
		since,
		'realised',
		m.realised,
		row.realisedGrowthNote === 'basis_break'
			? m.basisBreak
			: row.realisedGrowthNote === 'no_data'
				? m.noData
				: formatRate(row.realisedGrowth, lang)
	);
	add(
		since,
		'outcome',
		m.outcome(targetYear),
		row.outcome === null ? m.notYetPublished : value(row.outcome)
	);
	return { then, since };
}

/** Everything the hindcast page shows, in the reader's language. */
export function hindcastView(
	h: Hindcast,
	plan: Plan,
	data: ObservationsFile,
	lang: Lang
): HindcastView {
	const m = hindcastMessages[lang];
	const app = (v: Verdict) => messages[lang].verdict[v];
	const name = (id: TargetId) => plan.targets.find((t) => t.id === id)?.name[lang] ?? id;
	const cards = h.rows.map((row): HindcastCard => {
		const chart = hindcastChartData(h, row.id, plan, data);
		const standing = standingWords(row.standing, lang);
		const goal = chart ? targetPhrase(chart, lang) : null;
		return {
			id: row.id,
			name: name(row.id),
			standingVerdict: standing.verdict,
			standingText: standing.text,
			miss: row.standing.verdict === 'not_met',
			contradictedText: row.contradicted
				? m.contradicted(h.vantageYear, app(row.projectedVerdict), standing.text)
				: '',
			projectedVerdict: row.projectedVerdict,
			projectedText:
				row.projected === null ? m.noProjection : formatValue(row.projected, row.unit, lang),
			latestText: row.latestPublished
				? `${formatValue(row.latestPublished.value, row.unit, lang)} (${row.latestPublished.year})`
				: m.noData,
			...figures(row, goal, h.vantageYear, plan.targetYear, lang),
			chart,
			legend: chart ? hindcastLegend(chart, lang) : [],
			table: chart ? hindcastTable(chart, lang) : null
		};
	});
	const misses = cards.filter((c) => c.miss);
	return {
		atRiskText: m.atRisk(
			misses.length,
			cards.length,
			misses.map((c) => c.name).join(lang === 'zh' ? '、' : ', ')
		),
		contradictedText: m.contradictedCount(
			cards.filter((c) => c.contradictedText !== '').length,
			h.vantageYear
		),
		cards
	};
}
