// Plans side by side, each at its own defaults and against its own targets: an overview of every
// built-in plan (verdict counts, target year, source), the targets several places share in one
// period (each judged by the ratio method against its own goal, never ranked on raw levels),
// and one place's plan for a period beside its plan for the next (kept, raised, lowered, dropped
// or new; growth achieved beside growth required). Pure: packs in, rows out.
import type { Evaluation, TargetResult } from '../model/evaluate';
import { progressMethods, type ProgressMethods } from '../model/progress';
import { evaluateScenario } from '../model/scenarioEvaluation';
import { emptyScenario, type Plan, type Text } from '../model/types';
import type { Verdict } from '../model/verdict';
import type { PlanPack } from './packSchema';
import { toModel } from './toModel';

export interface PlanOverview {
	pack: PlanPack;
	plan: Plan;
	evaluation: Evaluation;
	/** How many targets have each verdict; gaps counted as `gap`. */
	counts: Partial<Record<Verdict, number>>;
}

export function planOverview(pack: PlanPack): PlanOverview {
	const { plan, observations } = toModel(pack);
	const evaluation = evaluateScenario(plan, observations, emptyScenario());
	const counts: Partial<Record<Verdict, number>> = {};
	for (const t of evaluation.targets) counts[t.verdict] = (counts[t.verdict] ?? 0) + 1;
	if (evaluation.gaps.length > 0) counts.gap = evaluation.gaps.length;
	return { pack, plan, evaluation, counts };
}

export interface PlaceRow {
	overview: PlanOverview;
	result: TargetResult;
	methods: ProgressMethods;
}

/** One indicator that several places target in the same period. */
export interface SharedIndicator {
	id: string;
	name: Text;
	targetYear: number;
	rows: PlaceRow[];
}

const placeOf = (o: PlanOverview) => o.pack.place?.id ?? o.pack.id;

/**
 * The numeric targets (same id, same target year) that plans of at least two places set, each row
 * judged against its own plan's target; in the packs' order.
 */
export function acrossPlaces(overviews: readonly PlanOverview[]): SharedIndicator[] {
	const groups = new Map<string, SharedIndicator>();
	for (const overview of overviews)
		for (const result of overview.evaluation.targets) {
			const methods = progressMethods(overview.evaluation, result, overview.plan.baselineYear);
			if (!methods) continue;
			const key = `${result.id}@${overview.plan.targetYear}`;
			const group = groups.get(key) ?? {
				id: result.id,
				name: result.spec.name,
				targetYear: overview.plan.targetYear,
				rows: []
			};
			group.rows.push({ overview, result, methods });
			groups.set(key, group);
		}
	return [...groups.values()].filter(
		(g) => new Set(g.rows.map((r) => placeOf(r.overview))).size > 1
	);
}

export type PeriodChange = 'kept' | 'raised' | 'lowered' | 'dropped' | 'new';

export interface PeriodRow {
	id: string;
	name: Text;
	change: PeriodChange;
	earlier: TargetResult | null;
	later: TargetResult | null;
	/** Compound yearly growth of the indicator over the earlier period, from published figures. */
	achievedGrowth: number | null;
	/** The years that growth spans (the baseline moves past a basis break, as in progress.ts). */
	achievedYears: { from: number; to: number } | null;
	/** Compound yearly growth the later target requires from the later plan's baseline. */
	requiredGrowth: number | null;
}

/** One place's plan for a period beside its plan for the next. */
export interface PeriodComparison {
	place: Text;
	earlier: PlanOverview;
	later: PlanOverview;
	rows: PeriodRow[];
}

function change(earlier: TargetResult | null, later: TargetResult | null): PeriodChange {
	if (!later) return 'dropped';
	if (!earlier) return 'new';
	if (earlier.target === null || later.target === null || earlier.target === later.target)
		return 'kept';
	return later.target > earlier.target ? 'raised' : 'lowered';
}

/**
 * The compound yearly growth a target requires from the published figure of its plan's baseline
 * year to the target year (a growth target: its rate); null without that figure.
 */
export function requiredFromBaseline(result: TargetResult, plan: Plan): number | null {
	if (result.target === null) return null;
	if (result.kind === 'average_growth') return result.target;
	const base = result.indicatorPath.find(
		(p) => p.year === plan.baselineYear && (p.kind === 'published' || p.kind === 'derived')
	);
	if (!base || base.value <= 0 || result.target <= 0) return null;
	return (result.target / base.value) ** (1 / (plan.targetYear - base.year)) - 1;
}

function periodRows(earlier: PlanOverview, later: PlanOverview): PeriodRow[] {
	const ids = [
		...earlier.evaluation.targets.map((t) => t.id as string),
		...later.evaluation.targets.map((t) => t.id as string)
	].filter((id, i, all) => all.indexOf(id) === i);
	return ids.map((id) => {
		const e = earlier.evaluation.targets.find((t) => t.id === id) ?? null;
		const l = later.evaluation.targets.find((t) => t.id === id) ?? null;
		const done = e && progressMethods(earlier.evaluation, e, earlier.plan.baselineYear);
		return {
			id,
			name: (l ?? e)!.spec.name,
			change: change(e, l),
			earlier: e,
			later: l,
			achievedGrowth: done?.ratio.ok ? done.ratio.value.observedGrowth : null,
			achievedYears: done?.ratio.ok
				? { from: done.ratio.value.baseYear, to: done.ratio.value.latestYear }
				: null,
			requiredGrowth: l ? requiredFromBaseline(l, later.plan) : null
		};
	});
}

/** Each place with plans for successive periods: every consecutive pair, earlier first. */
export function acrossPeriods(overviews: readonly PlanOverview[]): PeriodComparison[] {
	const byPlace = new Map<string, PlanOverview[]>();
	for (const o of overviews) {
		if (!o.pack.place) continue;
		byPlace.set(o.pack.place.id, [...(byPlace.get(o.pack.place.id) ?? []), o]);
	}
	const out: PeriodComparison[] = [];
	for (const plans of byPlace.values()) {
		const sorted = [...plans].sort((a, b) => a.plan.targetYear - b.plan.targetYear);
		sorted.slice(1).forEach((later, i) => {
			const earlier = sorted[i]!;
			out.push({
				place: later.pack.place!.name,
				earlier,
				later,
				rows: periodRows(earlier, later)
			});
		});
	}
	return out;
}
