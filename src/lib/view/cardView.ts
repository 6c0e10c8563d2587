// The one-page scenario card as text: the assumptions (what differs from the defaults, or the
// growth each driver uses when nothing does), one row per numeric target with the verdict the
// dashboard shows, and the date line. Pure: the date comes in as an argument (the card page
// takes it from the clock at render time); no DOM.
import { isSecondaryOnly } from '../model/confidence';
import type { CardMessages } from '../i18n/cardMessages';
import { formatNumber, formatRate } from '../i18n/format';
import type { Messages } from '../i18n/messages';
import type { Evaluation } from '../model/evaluate';
import { growthCounts } from '../model/reach';
import { SOURCE_KINDS, type Lang, type Plan, type Scenario, type SourceKind } from '../model/types';
import type { Verdict } from '../model/verdict';
import { changeLines } from './changesView';
import { driverName, targetView } from './targetView';
import { effectiveChanges } from '../scenario/diff';

/** At most this many assumption lines are listed, so that the card stays one page. */
export const MAX_CARD_ASSUMPTIONS = 12;

export interface CardLine {
	key: string;
	label: string;
	value: string;
}

export interface CardRow {
	id: string;
	name: string;
	verdict: Verdict;
	verdictText: string;
	projectedText: string;
	targetText: string;
	marginText: string;
	/** '' when probabilities are not computed. */
	probabilityText: string;
}

export interface CardView {
	/** True when the scenario differs from the defaults: the lines are its changes. */
	changed: boolean;
	assumptions: CardLine[];
	/** Assumption lines left out (past MAX_CARD_ASSUMPTIONS). */
	moreAssumptions: number;
	rows: CardRow[];
	/** True when the rows carry a probability. */
	probabilities: boolean;
}

export interface CardInput {
	plan: Plan;
	scenario: Scenario;
	evaluation: Evaluation;
	/** The evaluation at default assumptions, same as-of year (AppState.baseline). */
	baseline: Evaluation;
	defaultAsOf: number;
	t: Messages;
	m: CardMessages;
	lang: Lang;
}

export function cardView(input: CardInput): CardView {
	const { plan, scenario, evaluation, baseline, defaultAsOf, t, m, lang } = input;
	const changes = changeLines(
		effectiveChanges(plan, scenario, baseline, defaultAsOf),
		plan,
		t,
		lang
	);
	const all: CardLine[] =
		changes.length > 0
			? changes.map((c) => ({ key: c.key, label: c.label, value: `${c.from} → ${c.to}` }))
			: // A growth that changes nothing under the as-of (model/reach.ts) is not an assumption.
				plan.drivers
					.filter((d) => growthCounts(evaluation, plan, d.id))
					.map((d) => {
						const growth = evaluation.drivers[d.id].growth;
						return {
							key: d.id,
							label: driverName(plan, d.id, lang),
							value: growth === null ? m.noGrowth : m.driverGrowth(formatRate(growth, lang))
						};
					});
	const rows = evaluation.targets
		.filter((r) => r.kind !== 'qualitative')
		.map((r): CardRow => {
			const view = targetView(r, evaluation, plan, t, lang);
			return {
				id: r.id,
				name: view.name,
				verdict: r.verdict,
				verdictText: view.verdictText,
				projectedText: view.projectedText,
				targetText: view.targetText,
				marginText: view.marginText,
				probabilityText: view.probabilityText
			};
		});
	return {
		changed: changes.length > 0,
		assumptions: all.slice(0, MAX_CARD_ASSUMPTIONS),
		moreAssumptions: Math.max(0, all.length - MAX_CARD_ASSUMPTIONS),
		rows,
		probabilities: evaluation.uncertainty !== null
	};
}

/** A calendar date in the reader's language: "2 March 2026", "2026年3月2日". */
/**
 * The kinds of the sources behind the published figures the projections start from (each
 * driver's history up to the as-of year), and how many of those figures rest only on secondary
 * sources (no official release with a known address).
 */
export function cardSourceLine(evaluation: Evaluation, m: CardMessages, lang: Lang): string {
	const counts = new Map<SourceKind, number>();
	let secondary = 0;
	for (const driver of Object.values(evaluation.drivers))
		for (const p of driver.history.points) {
			if (p.kind !== 'published' || !p.observation) continue;
			const { kind } = p.observation.source;
			counts.set(kind, (counts.get(kind) ?? 0) + 1);
			if (isSecondaryOnly(p.observation)) secondary++;
		}
	const parts = SOURCE_KINDS.filter((k) => counts.has(k)).map((k) =>
		m.sourceKindCount(m.sourceKind[k], formatNumber(counts.get(k)!, lang))
	);
	return m.sourceLine(parts, formatNumber(secondary, lang));
}

export function cardDate(date: Date, lang: Lang): string {
	return new Intl.DateTimeFormat(lang === 'zh' ? 'zh-CN' : 'en-GB', {
		year: 'numeric',
		month: 'long',
		day: 'numeric'
	}).format(date);
}
