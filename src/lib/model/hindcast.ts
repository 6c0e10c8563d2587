// What actually happened: each target as the plan could see it (as of a vantage year, default
// assumptions) against the figures published since. Pure: it runs the model twice (as of the
// vantage year, and with all data) and compares; never compares across a basis break.
// Its words mean what they mean on the target pages: the latest published figure is the last
// actual point of the target's own indicator (the same series and conflict rule), and the first
// year met is the model's own first year met, counted only where it is a published figure.
import { evaluateProjections, type Evaluation, type TargetResult } from './evaluate';
import { compoundAverage } from './growth';
import { yearlyGrowth } from './series';
import {
	emptyScenario,
	type Comparator,
	type ObservationsFile,
	type Plan,
	type TargetId,
	type TargetKind
} from './types';
import { verdictFor, type Verdict } from './verdict';

/** A published figure of a target's indicator: a level, a ratio or (average growth) a yearly rate. */
export interface YearValue {
	year: number;
	value: number;
}

/**
 * Where a target stands in the published figures: `final` once the target year is published
 * (for average growth: every year of the window), otherwise as of the latest published year.
 * `verdict` is null when nothing can be judged yet (no figure, or an average still open).
 */
export interface Standing {
	final: boolean;
	year: number | null;
	verdict: Extract<Verdict, 'met' | 'within_tolerance' | 'not_met'> | null;
}

export interface HindcastRow {
	id: TargetId;
	kind: TargetKind;
	unit: string;
	comparator: Comparator;
	target: number | null;
	/** The last figure published by the vantage year: where that year's projection starts. */
	base: YearValue | null;
	/** The target-year value projected from the vantage year at default assumptions. */
	projected: number | null;
	/** The verdict that projection gave. */
	projectedVerdict: Verdict;
	/** The growth of the target's driver (numerator) that the vantage year said was needed. */
	requiredGrowth: number | null;
	/**
	 * The latest published figure of the indicator, with every figure published to date: the one
	 * the target page shows as its latest. `sinceVantage` when it was published after the vantage.
	 */
	latestPublished: (YearValue & { sinceVantage: boolean }) | null;
	/** What the vantage-year projection said for the latest published year (only a projected year). */
	projectedForLatestYear: number | null;
	/** Published minus projected for that year, in the target's unit. */
	errorAtLatestYear: number | null;
	/** The published value in the target year, or null while it is not yet published. */
	outcome: number | null;
	outcomeVerdict: Verdict | null;
	standing: Standing;
	/** True when the projection's verdict and the published standing disagree (met vs not met). */
	contradicted: boolean;
	/** The first year whose published figure met the target (any year); null when none has. */
	firstYearMet: number | null;
	/**
	 * The constant growth that took the driver from its vantage-year base to its latest published
	 * value: the setting that would have matched reality. Null across a basis break or without data.
	 */
	realisedGrowth: number | null;
	realisedGrowthNote: 'basis_break' | 'no_data' | null;
}

export interface Hindcast {
	vantageYear: number;
	/** The model as of the vantage year (what the chart projects) and with every figure published. */
	then: Evaluation;
	now: Evaluation;
	rows: HindcastRow[];
}

const isActual = (kind: string) => kind === 'published' || kind === 'derived';
const meets = (v: Verdict | null) => v === 'met' || v === 'within_tolerance';

/**
 * The latest published figure of a target's indicator: the last point of its path that is a
 * published or derived figure (never a projection, never a value the user entered).
 */
export function latestPublished(result: TargetResult): YearValue | null {
	const last = result.indicatorPath.filter((p) => isActual(p.kind)).at(-1);
	return last ? { year: last.year, value: last.value } : null;
}

/** The first year a published figure met the target: the model's first year met, if actual. */
export function firstPublishedYearMet(result: TargetResult): number | null {
	return result.firstYearMet?.actual ? result.firstYearMet.year : null;
}

function realised(
	then: Evaluation,
	now: Evaluation,
	target: TargetResult
): Pick<HindcastRow, 'realisedGrowth' | 'realisedGrowthNote'> {
	const id = target.spec.numerator;
	const base = then.drivers[id].history.base;
	if (!base) return { realisedGrowth: null, realisedGrowthNote: 'no_data' };
	if (target.kind === 'average_growth') {
		const rates: number[] = [];
		for (let year = base.year + 1; year <= now.targetYear; year++) {
			const g = yearlyGrowth(now.drivers[id].history, year);
			if (g === null) break;
			rates.push(g);
		}
		const rate = compoundAverage(rates);
		return rate === null
			? { realisedGrowth: null, realisedGrowthNote: 'no_data' }
			: { realisedGrowth: rate, realisedGrowthNote: null };
	}
	const latest = now.drivers[id].history.points
		.filter((p) => p.year > base.year && p.year <= now.targetYear && isActual(p.kind))
		.at(-1);
	if (!latest) return { realisedGrowth: null, realisedGrowthNote: 'no_data' };
	if (latest.basis !== base.basis)
		return { realisedGrowth: null, realisedGrowthNote: 'basis_break' };
	return {
		realisedGrowth: (latest.value / base.value) ** (1 / (latest.year - base.year)) - 1,
		realisedGrowthNote: null
	};
}

/**
 * The published value of a target's indicator in the target year (for average growth: the
 * compound average once every rate of the window is published); null while it is not published.
 */
export function outcomeOf(current: TargetResult, targetYear: number): number | null {
	if (current.kind === 'average_growth')
		return current.average?.rates.every((r) => r.kind === 'actual')
			? current.average.compound
			: null;
	const p = current.indicatorPath.find((x) => x.year === targetYear && isActual(x.kind));
	return p?.value ?? null;
}

function standingOf(
	current: TargetResult,
	outcome: number | null,
	outcomeVerdict: Verdict | null,
	latest: YearValue | null,
	tolerance: number,
	targetYear: number
): Standing {
	const judged = (v: Verdict | null): Standing['verdict'] =>
		v === 'met' || v === 'within_tolerance' || v === 'not_met' ? v : null;
	if (outcome !== null) return { final: true, year: targetYear, verdict: judged(outcomeVerdict) };
	// A yearly rate is not an average over the window: an open window is not judged yet.
	if (current.kind === 'average_growth' || !latest)
		return { final: false, year: latest?.year ?? null, verdict: null };
	return {
		final: false,
		year: latest.year,
		verdict: judged(verdictFor(latest.value, current.comparator, current.target, tolerance))
	};
}

/**
 * Compares each numeric target as projected from `vantageYear` (default assumptions) with what
 * was published afterwards. Qualitative targets are left out: they have no verdict to check.
 */
export function hindcast(plan: Plan, data: ObservationsFile, vantageYear: number): Hindcast {
	const then = evaluateProjections(plan, data, { ...emptyScenario(), asOf: vantageYear });
	const now = evaluateProjections(plan, data, emptyScenario());
	const rows: HindcastRow[] = [];
	for (const target of then.targets) {
		if (target.kind === 'qualitative') continue;
		const current = now.targets.find((t) => t.id === target.id)!;
		const base = latestPublished(target);
		const latest = latestPublished(current);
		const projectedThen =
			latest && base && latest.year > base.year
				? (target.indicatorPath.find((p) => p.year === latest.year && p.kind === 'projected')
						?.value ?? null)
				: null;
		const outcome = outcomeOf(current, plan.targetYear);
		const outcomeVerdict =
			outcome === null
				? null
				: verdictFor(outcome, target.comparator, target.target, now.tolerance);
		const standing = standingOf(
			current,
			outcome,
			outcomeVerdict,
			latest,
			now.tolerance,
			plan.targetYear
		);
		const projectedVerdict = target.verdict;
		const judgedThen = projectedVerdict !== 'needs_assumption';
		rows.push({
			id: target.id,
			kind: target.kind,
			unit: target.unit,
			comparator: target.comparator,
			target: target.target,
			base,
			projected: target.projected,
			projectedVerdict,
			requiredGrowth: target.requiredGrowth,
			latestPublished: latest ? { ...latest, sinceVantage: latest.year > vantageYear } : null,
			projectedForLatestYear: projectedThen,
			errorAtLatestYear: projectedThen === null || !latest ? null : latest.value - projectedThen,
			outcome,
			outcomeVerdict,
			standing,
			contradicted:
				judgedThen &&
				standing.verdict !== null &&
				meets(projectedVerdict) !== meets(standing.verdict),
			firstYearMet: target.kind === 'average_growth' ? null : firstPublishedYearMet(current),
			...realised(then, now, target)
		});
	}
	return { vantageYear, then, now, rows };
}
