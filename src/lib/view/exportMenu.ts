// What the export menu does when a button is pressed: builds the file, downloads it and says so
// in one sentence. The exports load only when first used. Browser only (downloads, File).
import type { DataUpdateEntry } from '../model/dataUpdate';
import type { ExportMessages } from '../i18n/exportMessages';
import type { TargetId } from '../model/types';
import type { ScenarioCsvInput } from '../export/csv';
import type { FigureInput } from './figureText';

/** The sentence the menu shows after an action; `error` for a refusal. */
export interface ExportStatus {
	text: string;
	error: boolean;
}

const exporter = () => import('../export');

/** The files' common name: `bj-targets-<target or scenario>-<data vintage>`. */
export const exportStem = (view: TargetId | null, vintage: string) =>
	`bj-targets-${view ?? 'scenario'}-${vintage}`;

export async function saveCsv(input: ScenarioCsvInput, stem: string, m: ExportMessages) {
	const { downloadText, scenarioCsv } = await exporter();
	downloadText(scenarioCsv(input), `${stem}.csv`, 'text/csv');
	return { text: m.downloaded, error: false };
}

export async function saveScenarioFile(
	link: string,
	vintage: string,
	stem: string,
	m: ExportMessages,
	dataUpdates: readonly DataUpdateEntry[] = []
) {
	const { downloadText, scenarioFileText } = await exporter();
	const text = scenarioFileText(link, vintage, new Date().toISOString(), [...dataUpdates]);
	downloadText(text, `${stem}.json`, 'application/json');
	return { text: m.downloaded, error: false };
}

/** What the figures and the summary are made from: the page's plan, data, scenario and results. */
export type ExportContext = Omit<FigureInput, 'target' | 'name' | 'link'>;

/** Saves the summary sheet: one row per target in the reader's language. */
export async function saveSummary(
	{ evaluation, plan, t, lang, data }: ExportContext,
	link: string,
	stem: string,
	m: ExportMessages
): Promise<ExportStatus> {
	const [{ downloadText }, { summaryCsv }] = await Promise.all([
		exporter(),
		import('./summaryCsv')
	]);
	const text = summaryCsv({ evaluation, plan, t, lang, dataVersion: data.vintage, link });
	downloadText(text, `${stem}-summary.csv`, 'text/csv');
	return { text: m.downloaded, error: false };
}

/**
 * Saves the chart on the page as a finished figure (title, scenario, data-as-of, legend, source
 * and link around it), as SVG or as PNG at twice its size; a missing chart or a failed drawing is
 * said.
 */
export async function saveFigure(
	svg: SVGSVGElement | null,
	context: ExportContext,
	figure: Pick<FigureInput, 'target' | 'name' | 'link'> & { format: 'svg' | 'png' },
	stem: string,
	m: ExportMessages
): Promise<ExportStatus> {
	const [{ chartFigure, downloadBlob, downloadText, svgPngBlob }, { chartFigureText }] =
		await Promise.all([exporter(), import('./figureText')]);
	if (!svg) return { text: m.imageFailed, error: true };
	try {
		// Read field by field: `context` may be the app's state object, whose fields are getters.
		const { plan, data, scenario, evaluation, baseline, defaultAsOf, t, lang } = context;
		const input = { plan, data, scenario, evaluation, baseline, defaultAsOf, t, lang, ...figure };
		const made = chartFigure(svg, chartFigureText(input));
		if (figure.format === 'svg') downloadText(made.svg, `${stem}.svg`, 'image/svg+xml');
		else downloadBlob(await svgPngBlob(made, 2), `${stem}.png`);
		return { text: m.downloaded, error: false };
	} catch {
		return { text: m.imageFailed, error: true };
	}
}

/** The link inside a scenario file (its size checked before it is read), or why there is none. */
export async function scenarioFileLink(
	file: File,
	m: ExportMessages
): Promise<
	| { ok: true; link: string; dataUpdates: unknown[] | undefined }
	| { ok: false; status: ExportStatus }
> {
	const { readScenarioFile } = await exporter();
	try {
		// The size is checked before the file is read.
		const parsed = await readScenarioFile(file);
		if (parsed.ok)
			return { ok: true, link: parsed.file.link, dataUpdates: parsed.file.dataUpdates };
		return { ok: false, status: { text: m.problem(parsed.problem), error: true } };
	} catch {
		return { ok: false, status: { text: m.readFailed, error: true } };
	}
}
