// The comparison as files: a CSV with one row per scenario and target in the reader's language
// (the verdict table's numbers at display precision), and the overlay charts as one finished
// figure (figure.ts) whose legend names each scenario with its line style. Pure: no DOM.
import type { LegendItem } from '$lib/charts/legend';
import { targetView } from '$lib/view/targetView';
import { gridCsv } from '$lib/export/csv';
import type { ChartMarkup, FigureText } from '$lib/export/figure';
import { exportMessages } from '$lib/i18n/exportMessages';
import type { Messages } from '$lib/i18n/messages';
import type { Lang, Plan } from '$lib/model';
import type { CompareColumn } from './compareView';
import { seriesStyle } from './overlay';

export interface CompareExportInput {
	columns: readonly Pick<CompareColumn, 'label' | 'evaluation'>[];
	plan: Plan;
	t: Messages;
	lang: Lang;
	dataVersion: string;
	/** The compare link (full address). */
	link: string;
}

/** One row per scenario and target, header first, as the verdict table shows them. */
export function compareRows(input: CompareExportInput): string[][] {
	const { columns, plan, t, lang } = input;
	const m = exportMessages[lang].summary;
	const year = columns[0]?.evaluation.targetYear ?? 2025;
	const rows: string[][] = [
		[m.scenario, m.target, m.goal, m.projected(year), m.verdict, m.margin, m.required, m.asOf]
	];
	for (const column of columns)
		for (const result of column.evaluation.targets) {
			const v = targetView(result, column.evaluation, plan, t, lang);
			rows.push([
				column.label,
				v.name,
				v.targetText,
				v.projectedText,
				v.verdictText,
				v.marginText,
				v.requiredText,
				String(column.evaluation.asOf)
			]);
		}
	rows.push([]);
	rows.push([m.vintage, input.dataVersion]);
	rows.push([m.link, input.link]);
	return rows;
}

export function compareCsv(input: CompareExportInput): string {
	return gridCsv(compareRows(input));
}

/** The overlay charts side by side (`perRow` to a row) as one chart markup, each with its caption. */
export function chartGrid(
	charts: readonly { caption: string; svg: string; width: number; height: number }[],
	perRow = 2
): ChartMarkup {
	const gap = 16;
	const captionHeight = 22;
	const cellWidth = Math.max(0, ...charts.map((c) => c.width));
	const cellHeight = Math.max(0, ...charts.map((c) => c.height)) + captionHeight;
	const rows = Math.ceil(charts.length / perRow);
	const width = Math.min(perRow, charts.length) * (cellWidth + gap) - gap;
	const height = rows * (cellHeight + gap) - gap;
	const escape = (s: string) =>
		s.replace(/[<>&"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;' })[c]!);
	const cells = charts.map((c, i) => {
		const x = (i % perRow) * (cellWidth + gap);
		const y = Math.floor(i / perRow) * (cellHeight + gap);
		return (
			`<text x="${x}" y="${y + 15}" font-size="13" font-weight="600" fill="#1a2230">${escape(c.caption)}</text>` +
			c.svg.replace(/^\s*<svg\b/, `<svg x="${x}" y="${y + captionHeight}"`)
		);
	});
	return {
		svg: `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">${cells.join('')}</svg>`,
		width,
		height
	};
}

/** The figure's words: title, the scenarios and data-as-of, a legend entry per scenario. */
export function compareFigureText(input: CompareExportInput): FigureText {
	const { columns, plan, lang } = input;
	const m = exportMessages[lang].figure;
	const legend: LegendItem[] = columns.map((c, i) => {
		const style = seriesStyle(i);
		return {
			key: `scenario-${i}`,
			label: c.label,
			swatch: {
				type: 'line',
				color: style.color,
				dash: style.dash,
				width: Math.max(2, style.width * 0.6)
			}
		};
	});
	const asOf = [...new Set(columns.map((c) => c.evaluation.asOf))].join(', ');
	return {
		lang,
		title: m.compareTitle(columns.length, plan.shortTitle[lang]),
		subtitle: m.compareSubtitle(
			columns.map((c) => c.label),
			asOf,
			input.dataVersion
		),
		unit: null,
		legend,
		source: m.compareSource,
		link: input.link,
		linkLabel: m.linkLabel
	};
}
