// The words of a finished chart figure (figure.ts): title, subtitle with the scenario and the
// data-as-of, unit, legend, the source line naming the sources behind the plotted series with
// their kind, and the link. Pure: everything comes in as arguments, in the reader's language.
import { chartOfTarget, type ChartPoint, type TargetChartData } from '../charts/chartData';
import { legendItems } from '../charts/legend';
import { changeLines } from './changesView';
import { chartMessages } from '../i18n/chartMessages';
import { exportMessages } from '../i18n/exportMessages';
import type { Messages } from '../i18n/messages';
import type { Evaluation } from '../model/evaluate';
import type { Lang, ObservationsFile, Plan, Scenario, SourceKind, TargetId } from '../model/types';
import { effectiveChanges } from '../scenario/diff';
import type { FigureText } from '../export/figure';

/** At most this many changed settings are named in the subtitle; the rest are counted. */
const MAX_SUBTITLE_CHANGES = 3;

export interface FigureInput {
	target: TargetId;
	plan: Plan;
	data: ObservationsFile;
	scenario: Scenario;
	evaluation: Evaluation;
	baseline: Evaluation;
	defaultAsOf: number;
	t: Messages;
	lang: Lang;
	/** The scenario's name; null when it has none. */
	name: string | null;
	/** The full link that opens the scenario (origin, path and fragment). */
	link: string;
}

/** Each publisher behind the chart's points, once, with the kind of its source, in order seen. */
export function chartSources(data: TargetChartData): { publisher: string; kind: SourceKind }[] {
	const out = new Map<string, SourceKind>();
	const points: ChartPoint[] = [
		...data.history,
		...data.later,
		...data.published.flatMap((s) => s.points)
	];
	for (const p of points)
		for (const s of p.sources) {
			const { publisher, kind } = s.observation.source;
			const name = publisher ?? s.observation.source.title;
			if (name && !out.has(name)) out.set(name, kind);
		}
	return [...out].map(([publisher, kind]) => ({ publisher, kind }));
}

/** The figure's words for one target's chart under a scenario. */
export function chartFigureText(input: FigureInput): FigureText {
	const { plan, data, scenario, evaluation, baseline, defaultAsOf, t, lang, name } = input;
	const m = exportMessages[lang].figure;
	const shown = chartOfTarget(input.target, { evaluation, baseline, plan, data });
	if (!shown) throw new Error(`invalid target: ${input.target}`);
	const { chart } = shown;
	const changes = changeLines(
		effectiveChanges(plan, scenario, baseline, defaultAsOf),
		plan,
		t,
		lang
	);
	const scenarioText =
		name !== null && name !== ''
			? m.named(name)
			: changes.length === 0
				? m.defaults
				: m.own(
						changes.slice(0, MAX_SUBTITLE_CHANGES).map((c) => `${c.label} ${c.to}`),
						Math.max(0, changes.length - MAX_SUBTITLE_CHANGES)
					);
	const kinds = new Set([...chart.history, ...chart.later].map((p) => p.kind));
	const unit = chartMessages[lang].axisUnit[chart.unit] ?? chart.unit;
	return {
		lang,
		title: m.title(chart.name[lang], chart.years[0], chart.years[1]),
		subtitle: m.subtitle(scenarioText, evaluation.asOf, data.vintage),
		unit: unit ? m.unit(unit) : null,
		legend: legendItems(chart, lang),
		source: m.source(
			chartSources(chart).map((s) => m.sourceItem(s.publisher, m.sourceKind[s.kind])),
			kinds.has('derived'),
			kinds.has('user'),
			chart.projection.length > 0
		),
		link: input.link,
		linkLabel: m.linkLabel
	};
}
