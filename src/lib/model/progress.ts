// Two published yardsticks of progress beside the app's own verdict, per numeric target, from the
// published figures the evaluation sees (never the user's projection):
// - the ratio method of Statistics Canada's SDG progress measurement, which the Open SDG platform
//   implements: the observed compound growth from the baseline to the latest figure, divided by
//   the compound growth the target requires from the baseline; "target achieved" when the latest
//   figure already meets the target; thresholds 0.95, 0.6 and 0;
// - the anticipated-progress idea of UN ESCAP's SDG progress reports: continue the observed trend
//   to the target year and say how much of the required change it delivers. ESCAP's reports fit a
//   time-weighted regression to long series; with the handful of years a plan period offers, the
//   observed compound growth is the trend here (the page says so).
// Never across a statistical-basis break: the baseline moves to the first later year on the
// latest figure's basis, and says so; with none, the method says it cannot be computed. Pure.
import type { Evaluation, TargetResult } from './evaluate';
import { compoundAverage } from './growth';
import { targetDrivers } from './indicator';

export type RatioCategory =
	'achieved' | 'on_track' | 'acceleration_needed' | 'limited_progress' | 'moving_away';

/** Why a method cannot be computed for a target. */
export type ProgressGap =
	| 'no_baseline_year'
	| 'no_baseline'
	| 'no_latest'
	| 'basis_break'
	| 'no_required_change'
	| 'sign_change';

export interface RatioProgress {
	baseYear: number;
	/** The indicator in the baseline year; null for a growth target (its baseline is the window's start). */
	baseValue: number | null;
	latestYear: number;
	/** The latest figure (for a growth target: the average rate observed so far). */
	latestValue: number;
	/** Compound yearly growth from the baseline to the latest figure (for a growth target: the average rate observed). */
	observedGrowth: number;
	/** Compound yearly growth from the baseline that reaches the target in the target year (for a growth target: the target rate). */
	requiredGrowth: number;
	/** Observed over required, signed so that a move towards the target is positive; null when the baseline already met the target. */
	ratio: number | null;
	category: RatioCategory;
	/** Why the baseline is not the plan's baseline year: that year is unpublished, or on another basis. */
	baselineMoved: { from: number; reason: 'not_published' | 'basis_break' } | null;
}

export interface AnticipatedProgress {
	targetYear: number;
	/** The indicator in the target year if the observed trend continues. */
	anticipatedValue: number;
	/**
	 * The share of the change required from the baseline that the trend delivers (1 = all of it);
	 * null when the baseline already met the target, so no change was required.
	 */
	shareOfRequired: number | null;
	reaches: boolean;
}

export type Method<T> = { ok: true; value: T } | { ok: false; reason: ProgressGap };

export interface ProgressMethods {
	ratio: Method<RatioProgress>;
	anticipated: Method<AnticipatedProgress>;
}

/** Statistics Canada's thresholds on the ratio of observed to required growth. */
export const RATIO_THRESHOLDS = { onTrack: 0.95, acceleration: 0.6, limited: 0 } as const;

export function ratioCategory(ratio: number): Exclude<RatioCategory, 'achieved'> {
	if (ratio >= RATIO_THRESHOLDS.onTrack) return 'on_track';
	if (ratio >= RATIO_THRESHOLDS.acceleration) return 'acceleration_needed';
	if (ratio >= RATIO_THRESHOLDS.limited) return 'limited_progress';
	return 'moving_away';
}

const cagr = (to: number, from: number, years: number) => (to / from) ** (1 / years) - 1;
const isActual = (kind: string) => kind === 'published' || kind === 'derived';
const gap = (reason: ProgressGap): Method<never> => ({ ok: false, reason });

/**
 * +1 when more is better, −1 when less is (a rank). The method knows one-sided targets only: an
 * "about" target is read as "at least", as the plan's "about 6 %" is a level to reach or keep.
 */
function direction(result: TargetResult): 1 | -1 {
	return result.comparator === 'rank_at_most' ? -1 : 1;
}

/** The statistical basis of every driver the target reads in a year ('' where one has no point). */
function basisKey(evaluation: Evaluation, result: TargetResult, year: number): string {
	return targetDrivers(result.spec)
		.map((id) => evaluation.drivers[id].history.points.find((p) => p.year === year)?.basis ?? '')
		.join('|');
}

/** Both methods for one target; null for a target without a numeric goal. */
export function progressMethods(
	evaluation: Evaluation,
	result: TargetResult,
	baselineYear: number | undefined
): ProgressMethods | null {
	if (result.target === null || result.kind === 'qualitative') return null;
	const ratio =
		result.kind === 'average_growth'
			? growthRatio(result, result.target)
			: levelRatio(evaluation, result, result.target, baselineYear);
	if (!ratio.ok) return { ratio, anticipated: ratio };
	return { ratio, anticipated: anticipate(result, ratio.value, evaluation.targetYear) };
}

/** A level or ratio target: compound growth from the baseline against the growth required. */
function levelRatio(
	evaluation: Evaluation,
	result: TargetResult,
	target: number,
	baselineYear: number | undefined
): Method<RatioProgress> {
	if (baselineYear === undefined) return gap('no_baseline_year');
	const actual = result.indicatorPath.filter((p) => isActual(p.kind));
	const latest = actual.at(-1);
	if (!latest) return gap('no_latest');
	const latestBasis = basisKey(evaluation, result, latest.year);
	const candidates = actual.filter((p) => p.year >= baselineYear && p.year < latest.year);
	if (candidates.length === 0) return gap('no_baseline');
	const base = candidates.find((p) => basisKey(evaluation, result, p.year) === latestBasis);
	if (!base) return gap('basis_break');
	if (base.value <= 0 || latest.value <= 0 || target <= 0) return gap('sign_change');
	const dir = direction(result);
	const observedGrowth = cagr(latest.value, base.value, latest.year - base.year);
	const requiredGrowth = cagr(target, base.value, evaluation.targetYear - base.year);
	const achieved = dir * (latest.value - target) >= 0;
	// A baseline that already met the target required no growth: no ratio to take. Having fallen
	// below the target since then is moving away from it.
	const metAtBaseline = dir * requiredGrowth <= 0;
	const ratio = metAtBaseline ? null : (dir * observedGrowth) / Math.abs(requiredGrowth);
	return {
		ok: true,
		value: {
			baseYear: base.year,
			baseValue: base.value,
			latestYear: latest.year,
			latestValue: latest.value,
			observedGrowth,
			requiredGrowth,
			ratio,
			category: achieved ? 'achieved' : ratio === null ? 'moving_away' : ratioCategory(ratio),
			baselineMoved:
				base !== candidates[0]
					? { from: baselineYear, reason: 'basis_break' }
					: base.year !== baselineYear
						? { from: baselineYear, reason: 'not_published' }
						: null
		}
	};
}

/** A growth-rate target: the average rate observed so far in the window against the target rate. */
function growthRatio(result: TargetResult, target: number): Method<RatioProgress> {
	const window = result.window;
	const rates = result.average?.rates ?? [];
	const observed: number[] = [];
	for (const r of rates) {
		if (r.kind !== 'actual' || r.rate === null) break;
		observed.push(r.rate);
	}
	const observedGrowth = compoundAverage(observed);
	if (!window || observedGrowth === null) return gap('no_latest');
	if (target === 0) return gap('no_required_change');
	const latestYear = window.from + observed.length - 1;
	const complete = latestYear >= window.to;
	const ratio = observedGrowth / Math.abs(target);
	return {
		ok: true,
		value: {
			baseYear: window.from - 1,
			baseValue: null,
			latestYear,
			latestValue: observedGrowth,
			observedGrowth,
			requiredGrowth: target,
			ratio,
			category: complete && observedGrowth >= target ? 'achieved' : ratioCategory(ratio),
			baselineMoved: null
		}
	};
}

/** The observed trend continued to the target year, against the change the target requires. */
function anticipate(
	result: TargetResult,
	r: RatioProgress,
	targetYear: number
): Method<AnticipatedProgress> {
	if (result.kind === 'average_growth') {
		const share = r.observedGrowth / r.requiredGrowth;
		return {
			ok: true,
			value: {
				targetYear,
				anticipatedValue: r.observedGrowth,
				shareOfRequired: share,
				reaches: r.observedGrowth >= r.requiredGrowth
			}
		};
	}
	const target = result.target!;
	if (r.baseValue === null) return gap('no_baseline');
	const anticipatedValue = r.latestValue * (1 + r.observedGrowth) ** (targetYear - r.latestYear);
	const dir = direction(result);
	const required = target - r.baseValue;
	return {
		ok: true,
		value: {
			targetYear,
			anticipatedValue,
			shareOfRequired: dir * required > 0 ? (anticipatedValue - r.baseValue) / required : null,
			reaches: dir * (anticipatedValue - target) >= 0
		}
	};
}
