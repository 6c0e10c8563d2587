// The compare page as text and rows: its columns (one per compared scenario, evaluated), the
// verdict table, the overlaid charts, the table of differing assumptions and every message, in
// the reader's language. Pure, so it is unit-tested and the e2e test can compute what must show.
import { basisBreaks, type BasisBreak } from '$lib/charts/chartData';
import { changeLines } from '$lib/view/changesView';
import { targetText, targetView } from '$lib/view/targetView';
import { denominatorMessages } from '$lib/i18n/denominatorMessages';
import type { CompareMessages } from '$lib/i18n/compareMessages';
import { formatNumber, formatRate, formatValue } from '$lib/i18n/format';
import type { Messages } from '$lib/i18n/messages';
import {
	DEFAULT_UNCERTAINTY,
	emptyScenario,
	evaluateScenario,
	type Evaluation,
	type Lang,
	type ObservationsFile,
	type Plan,
	type Scenario,
	type TargetId
} from '$lib/model';
import type { Verdict } from '$lib/model/verdict';
import {
	inputDifferences,
	MAX_COMPARED,
	type CompareItem,
	type DroppedComparison
} from '$lib/scenario/compare';
import { changesFromDefaults, type Change } from '$lib/scenario/diff';
import { planChoice } from '$lib/plans/catalog';
import {
	decodeLink,
	encodeLink,
	linkPlanId,
	type DecodedLink,
	type DecodeOptions,
	type IgnoredPart
} from '$lib/scenario/link';
import {
	MAX_FILE_BYTES,
	MAX_NAME_LENGTH,
	MAX_SAVED,
	type SavedFileProblem,
	type SavedScenario
} from '$lib/scenario/savedFile';
import { BACKUP_KEY, type LoadProblem, type NameProblem } from '$lib/state/saved';
import { OVERLAY_SIZE, overlayChart, type OverlayGeometry } from './overlay';

/** A scenario, what its link ignored, and its evaluation with the defaults at its as-of year. */
export interface EvaluatedScenario {
	scenario: Scenario;
	/** The name the link carries (`n=`), if any. */
	name?: string;
	ignored: IgnoredPart[];
	evaluation: Evaluation;
	baseline: Evaluation;
}

export interface CompareColumn extends EvaluatedScenario {
	key: string;
	item: CompareItem;
	label: string;
	/** The scenario's link (scenario only: no language or view), as compare links carry it. */
	link: string;
}

/** The link of a scenario alone (no language, no view), with its name when it has one. */
export function scenarioLink(
	scenario: Scenario,
	dataVersion: string,
	name?: string,
	plan?: string
): string {
	return encodeLink({ scenario, lang: null, view: null, dataVersion, name, plan });
}

/** Reads a link and evaluates its scenario (and the defaults at its as-of year). */
export function evaluateLink(text: string, options: DecodeOptions): EvaluatedScenario {
	const { plan, data } = options;
	const { state, ignored } = decodeLink(text, options);
	const scenario = state.scenario;
	return {
		scenario,
		...(state.name === undefined ? {} : { name: state.name }),
		ignored,
		evaluation: evaluateScenario(plan, data, scenario),
		baseline: evaluateScenario(plan, data, { ...emptyScenario(), asOf: scenario.asOf })
	};
}

export interface ColumnContext {
	data: ObservationsFile;
	/** The plan compared (its link id): every column is a scenario of it. */
	plan: string;
	current: Omit<EvaluatedScenario, 'ignored'>;
	saved: readonly SavedScenario[];
	cm: CompareMessages;
	/** evaluateLink, or a cached equivalent. */
	evaluate: (link: string) => EvaluatedScenario;
}

/** One column per compared item, in selection order; saved ones that are gone are left out. */
export function buildColumns(
	selection: readonly CompareItem[],
	context: ColumnContext
): CompareColumn[] {
	const { cm, current, data, plan } = context;
	let pasted = 0;
	return selection.flatMap((item): CompareColumn[] => {
		switch (item.kind) {
			case 'current':
				return [
					{
						...current,
						ignored: [],
						key: 'current',
						item,
						label: cm.currentScenario,
						link: scenarioLink(current.scenario, data.vintage, undefined, plan)
					}
				];
			case 'saved': {
				const entry = context.saved.find((s) => s.id === item.id);
				// A scenario saved under another plan is not compared under this one.
				if (!entry || linkPlanId(entry.link) !== plan) return [];
				const evaluated = context.evaluate(entry.link);
				return [
					{
						...evaluated,
						key: `saved:${entry.id}`,
						item,
						label: entry.name,
						link: scenarioLink(evaluated.scenario, data.vintage, entry.name, plan)
					}
				];
			}
			case 'link': {
				if (linkPlanId(item.link) !== plan) return [];
				const evaluated = context.evaluate(item.link);
				// Only unnamed links are numbered: "Link 1" is the first link without a name.
				if (evaluated.name === undefined) pasted++;
				return [
					{
						...evaluated,
						key: `link:${item.link}`,
						item,
						label: evaluated.name ?? cm.pastedLabel(pasted),
						link: scenarioLink(evaluated.scenario, data.vintage, evaluated.name, plan)
					}
				];
			}
		}
	});
}

export interface VerdictCell {
	key: string;
	verdict: Verdict;
	verdictText: string;
	projectedText: string;
	requiredText: string;
}

export interface VerdictRow {
	id: TargetId;
	name: string;
	targetText: string;
	cells: VerdictCell[];
}

/** Rows = the plan's targets, cells = each column's verdict, projection and required growth. */
export function verdictRows(
	columns: readonly CompareColumn[],
	plan: Plan,
	t: Messages,
	lang: Lang
): VerdictRow[] {
	return plan.targets.map((spec) => {
		const first = columns[0]?.evaluation.targets.find((r) => r.id === spec.id);
		return {
			id: spec.id,
			name: spec.name[lang],
			targetText: first ? targetText(first, t, lang) : '',
			cells: columns.map((column) => {
				const result = column.evaluation.targets.find((r) => r.id === spec.id)!;
				const view = targetView(result, column.evaluation, plan, t, lang);
				return {
					key: column.key,
					verdict: result.verdict,
					verdictText: view.verdictText,
					projectedText: view.projectedText,
					requiredText: result.kind === 'qualitative' ? '' : view.requiredText
				};
			})
		};
	});
}

export interface ChartRow {
	id: TargetId;
	name: string;
	geometry: OverlayGeometry;
	/** What the chart shows, in words: each scenario's value in the target year, and the target. */
	summary: string;
}

/** The basis breaks of a target's drivers in any compared scenario (their data may differ). */
export function overlayBreaks(
	columns: readonly CompareColumn[],
	spec: Plan['targets'][number]
): BasisBreak[] {
	const ids = [spec.numerator, ...(spec.denominator ? [spec.denominator] : [])];
	const all = columns.flatMap((c) => basisBreaks(ids.map((id) => c.evaluation.drivers[id])));
	return [...new Map(all.map((b) => [b.key, b])).values()];
}

/** One small chart per target with a line per column. */
export function chartRows(
	columns: readonly CompareColumn[],
	plan: Plan,
	t: Messages,
	cm: CompareMessages,
	lang: Lang
): ChartRow[] {
	return plan.targets.map((spec) => {
		const results = columns.map((c) => c.evaluation.targets.find((r) => r.id === spec.id)!);
		const unit = results[0]?.unit ?? spec.unit;
		const geometry = overlayChart(
			results.map((r, i) => ({ key: columns[i]!.key, path: r.indicatorPath })),
			spec.target,
			unit,
			lang,
			OVERLAY_SIZE,
			overlayBreaks(columns, spec)
		);
		const parts = results.map((r, i) => {
			const label = columns[i]!.label;
			const last = r.indicatorPath.at(-1);
			return last
				? cm.seriesValue(label, formatValue(last.value, unit, lang), last.year)
				: cm.seriesNone(label);
		});
		if (results[0] && results[0].target !== null)
			parts.push(cm.targetValue(targetText(results[0], t, lang)));
		return {
			id: spec.id,
			name: spec.name[lang],
			geometry,
			summary: cm.chartSummary(spec.name[lang], parts.join(cm.sentenceSeparator))
		};
	});
}

export interface InputCell {
	text: string;
	/** True when the scenario leaves this setting at its default (the value follows the data). */
	isDefault: boolean;
}

export interface InputRow {
	key: string;
	label: string;
	cells: InputCell[];
}

/** Rows = every assumption that differs between any two columns; cells = each column's value. */
export function inputRows(
	columns: readonly CompareColumn[],
	plan: Plan,
	defaultAsOf: number,
	t: Messages,
	cm: CompareMessages,
	lang: Lang
): InputRow[] {
	const changes = columns.map((c) =>
		changesFromDefaults(plan, c.scenario, c.baseline, defaultAsOf)
	);
	return inputDifferences(plan, changes).map(({ key, cells }) => {
		const sample = cells.find((c): c is Change => c !== null)!;
		return {
			key,
			label: changeLines([sample], plan, t, lang)[0]!.label,
			cells: cells.map((change, i) =>
				change === null
					? defaultCell(sample, columns[i]!.evaluation, t, cm, lang)
					: { text: changeLines([change], plan, t, lang)[0]!.to, isDefault: false }
			)
		};
	});
}

/** What a column that leaves `sample`'s setting alone uses instead. */
function defaultCell(
	sample: Change,
	evaluation: Evaluation,
	t: Messages,
	cm: CompareMessages,
	lang: Lang
): InputCell {
	const byDefault = (text: string): InputCell => ({ text: cm.defaultCell(text), isDefault: true });
	switch (sample.kind) {
		case 'growth':
			return byDefault(formatRate(evaluation.drivers[sample.driver].growth, lang));
		case 'yearly': {
			// Not overridden for that year: the driver's constant rate applies (if the year is projected).
			const rate = evaluation.drivers[sample.driver].yearlyRates.find(
				(r) => r.year === sample.year
			);
			return { text: rate ? formatRate(rate.rate, lang) : t.noneValue, isDefault: false };
		}
		case 'user_value':
			return { text: t.noneValue, isDefault: false };
		case 'tolerance':
			return byDefault(formatRate(evaluation.tolerance, lang));
		case 'average_window':
			return byDefault(`${evaluation.averageWindow.from}–${evaluation.averageWindow.to}`);
		case 'growth_window':
			return byDefault(String(evaluation.growthWindowYears));
		case 'as_of':
			return byDefault(String(evaluation.asOf));
		case 'range': {
			const range = evaluation.drivers[sample.driver].range;
			return byDefault(
				range ? t.rangeText(formatRate(range.low, lang), formatRate(range.high, lang)) : t.noneValue
			);
		}
		case 'uncertainty_model':
			return byDefault(t.uncertaintyOff);
		case 'uncertainty_seed':
			return byDefault(String(DEFAULT_UNCERTAINTY.seed));
		case 'uncertainty_draws':
			return byDefault(formatNumber(DEFAULT_UNCERTAINTY.draws, lang));
		case 'uncertainty_correlation':
			return byDefault(t.correlationFromHistory);
		case 'employment_denominator':
			return byDefault(denominatorMessages[lang].option.default);
	}
}

/** The last action's outcome, shown in the page's status line. */
export type Status =
	| { kind: 'saved' | 'renamed' | 'deleted' | 'restored'; name: string }
	/** The scenario was deleted since this page last read the list (in another tab). */
	| { kind: 'gone'; name: string }
	| { kind: 'imported'; added: number; renamed: number }
	| { kind: 'exported'; count: number; file: string }
	| { kind: 'name'; problem: NameProblem }
	| { kind: 'full' }
	| { kind: 'import_failed'; problem: SavedFileProblem | { reason: 'full'; count: number } }
	| { kind: 'paste_empty' }
	/** A pasted link of another plan (its id): not added, scenarios are compared within one plan. */
	| { kind: 'paste_other_plan'; plan: string }
	| { kind: 'compare_full' }
	| { kind: 'copied' }
	| { kind: 'copy_failed' };

/** Whether a status reports something that did not happen (an alert) or something done. */
export function isProblem(status: Status): boolean {
	return !['saved', 'renamed', 'deleted', 'restored', 'imported', 'exported', 'copied'].includes(
		status.kind
	);
}

export function statusText(status: Status, cm: CompareMessages, t: Messages, lang: Lang): string {
	const s = cm.status;
	switch (status.kind) {
		case 'saved':
		case 'renamed':
		case 'deleted':
		case 'restored':
		case 'gone':
			return s[status.kind](status.name);
		case 'imported':
			return s.imported(status.added, status.renamed);
		case 'exported':
			return s.exported(status.count, status.file);
		case 'name':
			return status.problem === 'empty' ? s.nameEmpty : s.nameTooLong(MAX_NAME_LENGTH);
		case 'full':
			return s.full(MAX_SAVED);
		case 'import_failed':
			return s.importFailed(fileProblemText(status.problem, cm, t, lang));
		case 'paste_empty':
			return s.pasteEmpty;
		case 'paste_other_plan':
			return s.pasteOtherPlan(planTitle(status.plan, cm));
		case 'compare_full':
			return s.compareFull(MAX_COMPARED);
		case 'copied':
			return s.copied;
		case 'copy_failed':
			return s.copyFailed;
	}
}

/** Ignored link parts quoted at most this many at a time in a message. */
const QUOTED_PARTS = 3;

/** What was wrong with a file (or a stored list), as a sentence ending in a full stop. */
export function fileProblemText(
	problem: SavedFileProblem | { reason: 'full'; count: number },
	cm: CompareMessages,
	t: Messages,
	lang: Lang
): string {
	const p = cm.fileProblem;
	switch (problem.reason) {
		case 'too_large':
			return p.too_large(formatSize(problem.bytes, lang), formatSize(MAX_FILE_BYTES, lang));
		case 'not_json':
		case 'wrong_format':
		case 'not_a_list':
			return p[problem.reason];
		case 'wrong_version':
			return p.wrong_version(problem.version);
		case 'too_many':
			return p.too_many(problem.count, MAX_SAVED);
		case 'bad_entry':
			return p.bad_entry(problem.index + 1, problem.field);
		case 'empty_name':
			return p.empty_name(problem.index + 1);
		case 'name_too_long':
			return p.name_too_long(problem.index + 1, problem.name, problem.length, MAX_NAME_LENGTH);
		case 'duplicate_id':
			return p.duplicate_id(problem.index + 1, problem.name);
		case 'bad_link': {
			const quoted = problem.ignored
				.slice(0, QUOTED_PARTS)
				.map((part) => cm.ignoredPart(part.part, t.ignoredReason[part.reason]));
			if (problem.ignored.length > QUOTED_PARTS) quoted.push('…');
			return p.bad_link(problem.index + 1, problem.name, quoted.join(cm.listSeparator));
		}
		case 'full':
			return p.full(problem.count, MAX_SAVED);
	}
}

/** Sentences (or clauses) joined into one: `a; b; c.` (at most QUOTED_PARTS, then `…`). */
function joinClauses(texts: readonly string[], cm: CompareMessages): string {
	const clauses = texts.slice(0, QUOTED_PARTS).map((text) => text.replace(/[.。]$/, ''));
	if (texts.length > QUOTED_PARTS) clauses.push('…');
	return `${clauses.join(cm.listSeparator)}${cm.fullStop}`;
}

/** What the reader must know about the list stored on this device, as one paragraph. */
export function storeProblemText(
	problem: LoadProblem,
	cm: CompareMessages,
	t: Messages,
	lang: Lang
): string {
	const s = cm.status;
	switch (problem.kind) {
		case 'storage':
			return s.storage[problem.reason];
		case 'unreadable':
			return s.unreadable(fileProblemText(problem.problem, cm, t, lang), BACKUP_KEY);
		case 'newer':
			return s.newer(problem.version);
		case 'skipped': {
			const what = problem.problems.map((p) => fileProblemText(p, cm, t, lang));
			return s.skipped(problem.problems.length, joinClauses(what, cm), BACKUP_KEY);
		}
		case 'renumbered':
			return s.renumbered(problem.entries.map((e) => `“${e.name}”`).join(cm.listSeparator));
		case 'over_limit':
			return s.overLimit(problem.count, MAX_SAVED);
		case 'backed_up':
			return s.backedUp(problem.key);
		case 'backup_failed':
			return s.backupFailed;
	}
}

/** The compared links a compare link asked for and the page left out, each with its reason. */
export function droppedLines(dropped: readonly DroppedComparison[], cm: CompareMessages): string[] {
	return dropped.map((d) =>
		cm.ignoredPart(
			d.part,
			d.reason === 'too_many'
				? cm.droppedReason.too_many(MAX_COMPARED)
				: d.reason === 'other_plan'
					? cm.droppedReason.other_plan(planTitle(d.plan, cm))
					: cm.droppedReason[d.reason]
		)
	);
}

/** A size in bytes as megabytes: `1 MB`, `1.5 MB`. */
export function formatSize(bytes: number, lang: Lang): string {
	const mb = bytes / 1_000_000;
	const digits = Number.isInteger(Math.round(mb * 10) / 10) ? 0 : 1;
	return `${formatNumber(Math.round(mb * 10) / 10, lang, digits)} MB`;
}

const DATE_LOCALES: Record<Lang, string> = { zh: 'zh-CN', en: 'en-GB' };

/** When a scenario was saved, in the reader's language (and, unless given, time zone). */
export function formatSavedAt(iso: string, lang: Lang, timeZone?: string): string {
	const date = new Date(iso);
	if (Number.isNaN(date.getTime())) return iso;
	return new Intl.DateTimeFormat(DATE_LOCALES[lang], {
		dateStyle: 'medium',
		timeStyle: 'short',
		timeZone
	}).format(date);
}

/** `YYYY-MM-DD` of a date in its local time zone (for default names and file names). */
export function localDate(date: Date): string {
	const pad = (n: number) => String(n).padStart(2, '0');
	return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/**
 * Opening a saved scenario on the dashboard. `fragment`: as the layout would write it once the
 * scenario is the current one (the reader's language, no view, this build's data), so that
 * opening it in place adds one history entry, not two; `decoded` says what the stored link
 * ignored, for the page to report. `hrefFragment`: for a link opened elsewhere (a new tab), the
 * same fragment when nothing was ignored, else the stored link itself, so that the page it opens
 * lists the ignored parts instead of silently dropping them.
 */
export function openFragment(
	link: string,
	lang: Lang,
	options: DecodeOptions
): { fragment: string; hrefFragment: string; scenario: Scenario; decoded: DecodedLink } {
	const decoded = decodeLink(link, options);
	const { scenario } = decoded.state;
	const fragment = encodeLink({
		scenario,
		lang,
		view: null,
		dataVersion: options.data.vintage,
		plan: options.planId
	});
	const hrefFragment = decoded.ignored.length === 0 ? fragment : link.replace(/^#/, '');
	return { fragment, hrefFragment, scenario, decoded };
}

/**
 * The card of a saved scenario: its link in the reader's language with its name (`n=`), which the
 * card page takes as its title. A link with ignored parts is passed on as stored (plus the name),
 * so that the card's page lists what it ignored.
 */
export function cardFragment(
	entry: { name: string; link: string },
	lang: Lang,
	options: DecodeOptions
): string {
	const { state, ignored } = decodeLink(entry.link, options);
	if (ignored.length === 0)
		return encodeLink({
			...state,
			lang,
			view: null,
			dataVersion: options.data.vintage,
			name: entry.name,
			plan: options.planId
		});
	return `${entry.link.replace(/^#/, '')}&n=${encodeURIComponent(entry.name)}`;
}

/** A plan by its link id, as the reader reads it: its short title, else the id itself. */
export function planTitle(id: string, cm: CompareMessages): string {
	return planChoice(id)?.shortTitle[cm.lang] ?? id;
}
