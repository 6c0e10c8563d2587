// The real outcome as the answer: a challenge set "as of" a past year. Students see only the
// figures for years up to that year and forecast the target-year value; the reveal sets their
// forecasts beside the model's projection as of that year (default assumptions) and the value
// published since. Built on the hindcast (model/hindcast.ts): the same two evaluations (as of the
// year, and with every figure), the same published outcome, the same chart data for the figures
// and their sources. Never compares across a change of statistical basis without saying so.
// Pure: no DOM, no clock.
import { targetChartData, type ChartPoint, type SourcedObservation } from '../charts/chartData';
import type { Evaluation, TargetResult } from '../model/evaluate';
import { hindcast, latestPublished, outcomeOf, type YearValue } from '../model/hindcast';
import type { ObservationsFile, Plan, TargetId } from '../model/types';
import { answerFor, questionUnit, type Answer } from './classroom';

/** A change of statistical basis between the last figure known as of the year and the outcome. */
export interface BasisChange {
	knownYear: number;
	knownBases: string[];
	outcomeBases: string[];
}

export interface PublishedOutcome {
	/** In the target's unit (a fraction for average growth). */
	value: number;
	year: number;
	/** For average growth: the window of yearly rates the value averages. */
	window: { from: number; to: number } | null;
	/** The published figures behind the value, each once. */
	sources: SourcedObservation[];
	bases: string[];
	/** Null when the outcome is on the basis of the figures known then (or the target averages rates). */
	basisChange: BasisChange | null;
}

export interface RealOutcome {
	id: TargetId;
	asOf: number;
	targetYear: number;
	/** The unit a forecast is in: the target's unit ('rate', a fraction, for average growth). */
	unit: string;
	/** The target as the model saw it as of the year (its goal, its path). */
	then: TargetResult;
	/** The figures for years up to the as-of year: all that students are shown. */
	known: ChartPoint[];
	/** The model's projection as of the year at the default assumptions, or why there is none. */
	projection: Answer;
	/** The published target-year value, or null while it is not published. */
	outcome: PublishedOutcome | null;
	/** The latest published figure with every figure to date (said when there is no outcome). */
	latest: YearValue | null;
}

function uniqueSources(points: readonly ChartPoint[]): SourcedObservation[] {
	const seen = new Set<object>();
	return points
		.flatMap((p) => p.sources)
		.filter((s) => !seen.has(s.observation) && !!seen.add(s.observation));
}

const sameBases = (a: readonly string[], b: readonly string[]) =>
	a.length === b.length && [...a].sort().join('|') === [...b].sort().join('|');

function publishedOutcome(
	now: TargetResult,
	known: readonly ChartPoint[],
	nowHistory: readonly ChartPoint[],
	targetYear: number
): PublishedOutcome | null {
	const value = outcomeOf(now, targetYear);
	if (value === null) return null;
	const window = now.kind === 'average_growth' ? now.window : null;
	const behind = window
		? nowHistory.filter((p) => p.year >= window.from && p.year <= window.to)
		: nowHistory.filter((p) => p.year === targetYear);
	const bases = [...new Set(behind.flatMap((p) => p.bases))];
	const last = known.at(-1);
	// Yearly rates are each published on their own basis: their average crosses no break
	// (as in the hindcast and the plan's own average). A level or a ratio may.
	const basisChange =
		!window && last && !sameBases(last.bases, bases)
			? { knownYear: last.year, knownBases: last.bases, outcomeBases: bases }
			: null;
	return { value, year: targetYear, window, sources: uniqueSources(behind), bases, basisChange };
}

function historyOf(
	result: TargetResult,
	evaluation: Evaluation,
	plan: Plan,
	data: ObservationsFile
) {
	return targetChartData({ result, evaluation, baseline: null, plan, data }).history;
}

/**
 * Each target of the plan (numeric or not) as a real-outcome question set as of `asOf`: what
 * students may see, the model's projection then, and the published outcome if there is one.
 */
export function realOutcomes(
	plan: Plan,
	data: ObservationsFile,
	asOf: number
): Map<TargetId, RealOutcome> {
	const { then, now } = hindcast(plan, data, asOf);
	const out = new Map<TargetId, RealOutcome>();
	for (const result of then.targets) {
		const current = now.targets.find((t) => t.id === result.id)!;
		const known = historyOf(result, then, plan, data).filter((p) => p.year <= asOf);
		const nowHistory = historyOf(current, now, plan, data);
		out.set(result.id, {
			id: result.id,
			asOf,
			targetYear: plan.targetYear,
			unit: questionUnit(result.spec, 'projected'),
			then: result,
			known,
			projection: answerFor(result, 'projected'),
			outcome: publishedOutcome(current, known, nowHistory, plan.targetYear),
			latest: latestPublished(current)
		});
	}
	return out;
}

/** Smaller errors than this share of the outcome (or this much, near 0) count as equal. */
const EPSILON = 1e-9;

export interface ForecastScore {
	guess: number;
	/** guess − outcome, in the question's unit. */
	error: number;
	/** Strictly closer to the outcome than the model's projection; null without a projection. */
	closer: boolean | null;
}

export interface ClassScore {
	forecasts: ForecastScore[];
	/** The mean of |guess − outcome|; null without a forecast. */
	meanAbsoluteError: number | null;
	/** projection − outcome; null without a projection. */
	modelError: number | null;
	/** How many forecasts were strictly closer than the model; null without a projection. */
	closer: number | null;
}

/** Every forecast's error against the outcome, their mean absolute error, and the model's. */
export function scoreForecasts(
	guesses: readonly number[],
	outcome: number,
	projection: Answer
): ClassScore {
	const modelError = projection.ok ? projection.value - outcome : null;
	const tie = EPSILON * Math.max(1, Math.abs(outcome));
	const forecasts = guesses.map((guess): ForecastScore => {
		const error = guess - outcome;
		return {
			guess,
			error,
			closer: modelError === null ? null : Math.abs(error) < Math.abs(modelError) - tie
		};
	});
	const total = forecasts.reduce((sum, f) => sum + Math.abs(f.error), 0);
	return {
		forecasts,
		meanAbsoluteError: forecasts.length === 0 ? null : total / forecasts.length,
		modelError,
		closer: modelError === null ? null : forecasts.filter((f) => f.closer).length
	};
}

/** A question's score, or null while its outcome is not published. */
export function scoreQuestion(o: RealOutcome, guesses: readonly number[]): ClassScore | null {
	return o.outcome ? scoreForecasts(guesses, o.outcome.value, o.projection) : null;
}

export interface RealSummary {
	questions: number;
	revealed: number;
	/** Revealed questions with a published outcome: the ones scored. */
	scored: number;
	/** Forecasts scored on questions where the model made a projection. */
	compared: number;
	closer: number;
}

/** The page's summary: per question, whether it is revealed and its score (null: no outcome). */
export function summariseReal(
	questions: readonly { revealed: boolean; score: ClassScore | null }[]
): RealSummary {
	const revealed = questions.filter((q) => q.revealed);
	const scored = revealed.flatMap((q) => (q.score ? [q.score] : []));
	const compared = scored.filter((s) => s.closer !== null);
	return {
		questions: questions.length,
		revealed: revealed.length,
		scored: scored.length,
		compared: compared.reduce((n, s) => n + s.forecasts.length, 0),
		closer: compared.reduce((n, s) => n + (s.closer ?? 0), 0)
	};
}
