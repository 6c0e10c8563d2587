// The summary sheet: one row per target in the reader's language — the target, the projected
// target-year value, the verdict, the margin and the growth still required, each exactly as the
// dashboard shows it (targetView, at display precision) — then the scenario's data-as-of,
// vintage and link. A separate file from the full data (csv.ts), which keeps its stable,
// documented machine columns and raw values for scripts; this one is for reading and pasting
// into a report. Pure: text out, no DOM, no clock.
import { targetView } from './targetView';
import { exportMessages } from '../i18n/exportMessages';
import type { Messages } from '../i18n/messages';
import type { Evaluation } from '../model/evaluate';
import type { Lang, Plan } from '../model/types';
import { BOM, csvCell } from '../export/csv';

export interface SummaryCsvInput {
	evaluation: Evaluation;
	plan: Plan;
	t: Messages;
	lang: Lang;
	dataVersion: string;
	/** The full link that opens the scenario. */
	link: string;
}

/** The summary's rows of cells (header first), before CSV quoting. */
export function summaryRows(input: SummaryCsvInput): string[][] {
	const { evaluation, plan, t, lang } = input;
	const m = exportMessages[lang].summary;
	const year = evaluation.targetYear;
	const rows: string[][] = [
		[m.target, m.goal, m.projected(year), m.verdict, m.margin, m.required, m.probability]
	];
	for (const result of evaluation.targets) {
		const view = targetView(result, evaluation, plan, t, lang);
		rows.push([
			view.name,
			view.targetText,
			view.projectedText,
			view.verdictText,
			view.marginText,
			view.requiredText,
			view.probabilityText
		]);
	}
	rows.push([]);
	rows.push([m.asOf, String(evaluation.asOf)]);
	rows.push([m.vintage, input.dataVersion]);
	rows.push([m.link, input.link]);
	return rows;
}

/** The summary file: byte-order mark, then the rows as CSV (CRLF line ends, cells quoted as needed). */
export function summaryCsv(input: SummaryCsvInput): string {
	return (
		BOM +
		summaryRows(input)
			.map((r) => r.map((c) => csvCell(c)).join(','))
			.join('\r\n') +
		'\r\n'
	);
}
