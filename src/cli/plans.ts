// The evaluator's view of the built-in plan packs: the list (a table in the reader's language, or
// JSON) and one pack printed whole. Pure: the packs come in, text goes out.
import { cliMessages } from '../lib/i18n/cliMessages';
import type { Lang, Plan } from '../lib/model/types';
import type { PlanPack } from '../lib/plans/packs';
import { alignColumns } from './report';

/** One plan as `--list-plans --json` lists it. */
export interface PlanListEntry {
	id: string;
	title: { zh: string; en: string };
	targetYear: number;
	/** How many targets the plan has. */
	targets: number;
}

export function planListEntries(packs: readonly PlanPack[]): PlanListEntry[] {
	return packs.map((p) => ({
		id: p.id,
		title: { zh: p.title.zh, en: p.title.en },
		targetYear: p.targetYear,
		targets: p.targets.length
	}));
}

/** The plan named in the JSON report of an evaluation chosen with --plan. */
export function planSummary(plan: Plan): {
	id: string;
	title: { zh: string; en: string };
	targetYear: number;
} {
	return {
		id: plan.id,
		title: { zh: plan.title.zh, en: plan.title.en },
		targetYear: plan.targetYear
	};
}

/** The built-in plans as a text table, short titles in `lang`; `evaluable` is the plan the evaluator takes. */
export function formatPlanList(packs: readonly PlanPack[], lang: Lang, evaluable: string): string {
	const w = cliMessages[lang];
	const rows = [
		w.planListHeaders,
		...packs.map((p) => [p.id, String(p.targetYear), String(p.targets.length), p.shortTitle[lang]])
	];
	return [
		w.planListTitle(packs.length),
		...alignColumns(rows, [false, true, true, false]),
		'',
		w.planListFooter(evaluable),
		''
	].join('\n');
}

/** A pack as one JSON document, tab-indented as the seed files are; it validates as it is. */
export function exportPlanText(pack: PlanPack): string {
	return `${JSON.stringify(pack, null, '\t')}\n`;
}
