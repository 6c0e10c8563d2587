// The hindcast's chart of one target, as plain data: the target chart as of the vantage year
// (history up to it, the projection made from it, the figures published since as later marks),
// without the panels that belong to the live scenario (ratchet, fan, default baseline); its
// legend in the hindcast's words; and the table behind it, year by year: published by then,
// projected then, published since and the difference. Pure: the page only renders these.
import { formatMargin, formatValue } from '../i18n/format';
import { hindcastMessages } from '../i18n/hindcastMessages';
import type { Hindcast } from '../model/hindcast';
import type { Lang, ObservationsFile, Plan, TargetId } from '../model/types';
import { targetChartData, type TargetChartData } from './chartData';
import { legendItems, type LegendItem } from './legend';

/** The chart data of one target as projected from the hindcast's vantage year; null if unknown. */
export function hindcastChartData(
	h: Hindcast,
	id: TargetId,
	plan: Plan,
	data: ObservationsFile
): TargetChartData | null {
	const result = h.then.targets.find((t) => t.id === id);
	if (!result) return null;
	const chart = targetChartData({ result, evaluation: h.then, baseline: null, plan, data });
	return { ...chart, ratchet: [], fan: [], baseline: [], baselineDiffers: false };
}

/** The chart's legend, with the projection and the later marks named as the hindcast sees them. */
export function hindcastLegend(chart: TargetChartData, lang: Lang): LegendItem[] {
	const m = hindcastMessages[lang].legend;
	return legendItems(chart, lang).map((item) =>
		item.key === 'projection'
			? { ...item, label: m.projection(chart.asOf) }
			: item.key === 'later'
				? { ...item, label: m.later(chart.asOf) }
				: item.key === 'history'
					? { ...item, label: m.history(chart.asOf) }
					: item
	);
}

export interface HindcastTableRow {
	year: number;
	/** Published by the vantage year (what the projection could see). */
	publishedThen: string;
	projectedThen: string;
	/** Published after the vantage year. */
	publishedSince: string;
	/** Published since minus projected then, signed; '' where either is missing. */
	difference: string;
	/** The published-since figure is below what was projected. */
	below: boolean;
	/** The target's own published series, one cell per series ('' where it has no figure). */
	series: string[];
}

export interface HindcastTable {
	seriesNames: string[];
	rows: HindcastTableRow[];
}

/** Every number the hindcast chart draws, by year, in the reader's language. */
export function hindcastTable(chart: TargetChartData, lang: Lang): HindcastTable {
	const fmt = (v: number | undefined) => (v === undefined ? '' : formatValue(v, chart.unit, lang));
	const byYear = (points: { year: number; value: number }[]) =>
		new Map(points.map((p) => [p.year, p.value]));
	const then = byYear(chart.history);
	const projected = byYear(chart.projection);
	const since = byYear(chart.later);
	const series = chart.published.map((s) => byYear(s.points));
	const years = new Set([...then.keys(), ...projected.keys(), ...since.keys()]);
	for (const s of series) for (const y of s.keys()) years.add(y);
	const rows = [...years]
		.sort((a, b) => a - b)
		.map((year): HindcastTableRow => {
			const p = projected.get(year);
			const s = since.get(year);
			const gap = p === undefined || s === undefined ? null : s - p;
			return {
				year,
				publishedThen: fmt(then.get(year)),
				projectedThen: fmt(p),
				publishedSince: fmt(s),
				difference: gap === null ? '' : formatMargin(gap, chart.unit, lang),
				below: gap !== null && gap < 0,
				series: series.map((m) => fmt(m.get(year)))
			};
		});
	return { seriesNames: chart.published.map((s) => s.name[lang]), rows };
}
