// The words of a target chart: its axis unit, the labels on the target rule and the averaging
// window, and the one-sentence summary that screen readers get as the chart's accessible name.
// Numbers are formatted only through i18n/format.ts.
import { chartMessages } from '../i18n/chartMessages';
import { formatRate, formatTarget, formatValue } from '../i18n/format';
import { messages } from '../i18n/messages';
import type { Lang, Plan, Text } from '../model/types';
import type { TargetChartData } from './chartData';

export interface ChartLabels {
	/** The unit of the value axis, shown above it. */
	unit: string;
	/** The label on the target rule, e.g. "target about 6%"; null without a target. */
	targetRule: string | null;
	/** The same, short: the target value alone, for narrow charts. */
	targetRuleShort: string | null;
	window: string | null;
	average: string | null;
	ratchetTitle: string;
	breakLabel: string;
	/** One sentence summarising the chart: its accessible name. */
	summary: string;
}

/** The target as the plan states it, with its comparator: "about 6%", "6%左右", "more than …". */
export function targetPhrase(data: TargetChartData, lang: Lang): string | null {
	if (!data.target) return null;
	const value = formatTarget(data.target.value, data.unit, lang);
	const word = messages[lang].comparator[data.comparator];
	if (!word) return value;
	const after = data.comparator === 'about' || data.comparator === 'average_growth';
	return lang === 'zh' && after ? `${value}${word}` : `${word} ${value}`;
}

const join = (parts: string[], lang: Lang) => parts.join(lang === 'zh' ? '；' : '; ');

/** Labels and the accessible summary of a chart, in the reader's language. */
export function chartLabels(data: TargetChartData, lang: Lang): ChartLabels {
	const name = data.name[lang];
	const m = chartMessages[lang];
	const fmt = (v: number) => formatValue(v, data.unit, lang);
	const target = targetPhrase(data, lang);
	const parts: string[] = [];
	const actual = [...data.history].sort((a, b) => a.year - b.year);
	const first = actual[0];
	const last = actual.at(-1);
	if (first && last) {
		parts.push(m.summary.span(first.year, last.year));
		parts.push(m.summary.latest(fmt(last.value), last.year));
	}
	const end = data.projection.at(-1);
	if (end) parts.push(m.summary.projected(fmt(end.value), end.year));
	else if (data.kind !== 'qualitative' && (!last || last.year < data.targetYear))
		parts.push(m.summary.noProjection);
	if (data.window?.average != null)
		parts.push(
			m.summary.average(formatRate(data.window.average, lang), data.window.from, data.window.to)
		);
	parts.push(target ? m.summary.target(target) : m.summary.noTarget);
	if (data.breaks.length > 0) parts.push(m.summary.breaks(data.breaks.length));
	const low = [...data.history, ...data.later].filter((p) => p.lowConfidence).length;
	if (low > 0) parts.push(m.summary.lowConfidence(low));
	return {
		unit: m.axisUnit[data.unit] ?? data.unit,
		targetRule: target ? m.targetRuleLabel(target) : null,
		targetRuleShort: data.target ? formatTarget(data.target.value, data.unit, lang) : null,
		window: data.window ? m.windowLabel(data.window.from, data.window.to) : null,
		average:
			data.window?.average != null ? m.averageLabel(formatRate(data.window.average, lang)) : null,
		ratchetTitle: data.kind === 'average_growth' ? m.ratchetTitleAverage : m.ratchetTitle,
		breakLabel: m.basisBreakShort,
		summary: lang === 'zh' ? `${name}：${join(parts, lang)}。` : `${name}: ${join(parts, lang)}.`
	};
}

/**
 * One sentence per basis break the chart marks, naming the driver, the two years and the two
 * bases in the reader's language.
 */
export function basisBreakNotes(
	data: TargetChartData,
	plan: Plan,
	bases: Record<string, Text>,
	lang: Lang
): { key: string; text: string }[] {
	const m = chartMessages[lang];
	const basis = (id: string) => bases[id]?.[lang] ?? id;
	return data.breaks.map((b) => ({
		key: b.key,
		text: m.basisBreak(
			plan.drivers.find((d) => d.id === b.driver)?.name[lang] ?? b.driver,
			b.fromYear,
			b.toYear,
			basis(b.fromBasis),
			basis(b.toBasis)
		)
	}));
}
