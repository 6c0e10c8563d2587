// One target's uncertainty assessed: which engine computes its chances, its probabilities, the
// needed central growth for each of CHANCES and its sensitivity to each driver. Pure; the seed
// comes in with the settings.
import type { DriverResult, TargetResult } from '../evaluate';
import { targetDrivers, targetFormula } from '../indicator';
import {
	TARGET_IDS,
	type DriverId,
	type TargetId,
	type UncertaintyModel,
	type UncertaintySettings
} from '../types';
import {
	analyticAverageEngine,
	analyticFormulaEngine,
	deterministicAverageEngine,
	deterministicFormulaEngine
} from './analytic';
import { correlationFor, shockCorrelation, type TargetCorrelation } from './correlation';
import type { Engine, EngineChoice } from './engine';
import { goalOf, type Goal } from './goal';
import { averageLaw, driverLaw, type AverageLaw, type DriverLaw, type FormulaLaw } from './laws';
import {
	monteCarloAverageEngine,
	monteCarloFormulaEngine,
	type TextEvaluation
} from './monteCarlo';
import { targetSensitivity, type Sensitivity } from './sensitivity';
import { CHANCES, neededGrowth, type NeededGrowth } from './solver';

export interface TargetUncertainty {
	model: UncertaintyModel;
	/** `analytic`: a closed form (or no spread at all); `monte_carlo`: `draws` seeded draws. */
	method: 'analytic' | 'monte_carlo';
	/** The probability that the target is met in the target year. */
	probability: number;
	/** The probability that it is met or within its tolerance band; equal to `probability` without a band. */
	probabilityWithinTolerance: number;
	/** Monte Carlo standard error of `probability`, √(p(1 − p)/draws); null for closed forms. */
	standardError: number | null;
	draws: number | null;
	seed: number | null;
	/** For a target over two drivers: the correlation used between their growths. */
	correlation: TargetCorrelation | null;
	/** The central growth needed for each of CHANCES (empty when not solved). */
	neededGrowth: NeededGrowth[];
}

export interface AssessOptions {
	/**
	 * `auto` (the app's choice): closed forms for level and average-growth targets, Monte Carlo
	 * for ratios; `analytic`: closed forms wherever the formula is a power law (ratios included),
	 * Monte Carlo elsewhere; `monte_carlo`: draws for every target.
	 */
	method?: 'auto' | 'analytic' | 'monte_carlo';
	/**
	 * `compiled`: the formula over columns of draws; a function: called with the formula's text
	 * and one draw's values for every draw — the slow baseline for benchmarks only (formula.ts's
	 * evaluateFormulaText; passed in so that the app never loads the parser for it).
	 */
	formulaEvaluation?: 'compiled' | TextEvaluation;
	/** Solve the needed central growth for CHANCES (default true). */
	solve?: boolean;
	/** Compute the sensitivity to each driver (default true). */
	sensitivity?: boolean;
}

export interface TargetAssessment {
	uncertainty: TargetUncertainty | null;
	sensitivity: Sensitivity[];
}

/**
 * Everything about one target's uncertainty: the probability that it is met in the target year
 * (and met or within tolerance), the central growth of its driver needed for each of CHANCES,
 * and its sensitivity to ±SENSITIVITY_STEP on each driver it reads. With `settings` null only
 * the point part of the sensitivity is computed. Targets without a numeric verdict get nothing.
 *
 * Level and average-growth targets have closed forms: P = Φ((ln V₀ + Σ overrides + n·m − ln T)/σ),
 * and likewise for ln Π(1 + g) over the average's window against N·ln(1 + T). Ratios are drawn
 * (`auto`): `draws` draws from stream (index of the target in TARGET_IDS) of `seed`, the
 * numerator and the denominator correlated by `correlation` (default: historical, else 0).
 * When nothing is uncertain (all spreads 0) the result is the point verdict as 0 or 1.
 *
 * The needed central growth moves the centre of the driver's range (in ln(1 + g)) with its width
 * held: in closed form where the probability has one; for drawn targets on the draws' own
 * estimate with common random numbers — read off the draws' crossings when the formula is a power
 * law, bisected otherwise. The sensitivity moves one driver's point growth (margin, verdict) and
 * its range's centre (probability) by ±1 pp. Never throws for the plan's formulas; never NaN.
 */
export function assessTarget(
	target: TargetResult,
	drivers: Record<DriverId, DriverResult>,
	settings: UncertaintySettings | null,
	options: AssessOptions = {}
): TargetAssessment {
	const goal = goalOf(target);
	if (!goal || !hasNumericVerdict(target)) return { uncertainty: null, sensitivity: [] };
	const formula = targetFormula(target.spec);
	const chances = settings ? chancesOf(target, drivers, settings, goal, options) : null;
	const engine = chances?.engine ?? null;
	const base = engine?.chances([]);
	const uncertainty =
		engine && base && settings && chances
			? uncertaintyOf(engine, base, settings, chances, options.solve !== false)
			: null;
	const sensitivity =
		options.sensitivity === false
			? []
			: targetSensitivity(
					target,
					drivers,
					formula,
					goal.target,
					engine && base && chances ? { engine, base, laws: chances.laws } : null
				);
	return { uncertainty, sensitivity };
}

/** Whether a target has a projection and a margin to be uncertain about. */
function hasNumericVerdict(target: TargetResult): boolean {
	return !(
		target.kind === 'qualitative' ||
		target.verdict === 'needs_assumption' ||
		target.verdict === 'no_numeric_target' ||
		target.projected === null ||
		target.margin === null
	);
}

/** How a target's chances are computed: the engine (null without one), its laws and open years. */
interface Chances {
	engine: Engine | null;
	/** One law per driver the engine moves (the numerator alone for average growth). */
	laws: DriverLaw[];
	/** The uncertain years of the first driver (of the window, for average growth). */
	openYears: number;
	correlation: TargetCorrelation | null;
}

/** The engine of one target under the settings; no engine when a driver has no law. */
function chancesOf(
	target: TargetResult,
	drivers: Record<DriverId, DriverResult>,
	settings: UncertaintySettings,
	goal: Goal,
	options: AssessOptions
): Chances {
	const spec = target.spec;
	const ids = targetDrivers(spec);
	const found = (target.kind === 'average_growth' ? [spec.numerator] : ids).map((id) =>
		driverLaw(drivers[id], settings.model)
	);
	if (!found.every((l) => l !== null))
		return { engine: null, laws: [], openYears: 0, correlation: null };
	const laws = found as DriverLaw[];
	// A plan pack's target has its place in its plan; the seed plan's, its place in TARGET_IDS.
	const stream = spec.stream ?? TARGET_IDS.indexOf(target.id);
	const method = options.method ?? 'auto';
	if (target.kind === 'average_growth') {
		const law = averageLaw(target, laws[0]!, settings.model);
		return {
			engine: law ? averageEngine(law, goal, settings, stream, averageChoice(law, method)) : null,
			laws,
			openYears: law?.open ?? 0,
			correlation: null
		};
	}
	let shock = 0;
	let correlation: TargetCorrelation | null = null;
	if (laws.length === 2) {
		correlation = correlationFor(laws[0]!, laws[1]!, settings);
		shock = shockCorrelation(laws[0]!, laws[1]!, correlation.value, settings.model);
	}
	const law: FormulaLaw = { formula: targetFormula(spec), drivers: laws, shockCorrelation: shock };
	const text = typeof options.formulaEvaluation === 'function' ? options.formulaEvaluation : null;
	const choice = formulaChoice(target, law, method);
	return {
		engine: formulaEngine(law, goal, settings, stream, choice, text),
		laws,
		openYears: laws[0]!.openYears,
		correlation
	};
}

/** Exact without spread; drawn on request; in closed form otherwise. */
function averageChoice(law: AverageLaw, method: AssessOptions['method']): EngineChoice {
	return law.sigma === 0 ? 'deterministic' : method === 'monte_carlo' ? 'monte_carlo' : 'analytic';
}

/** Exact without spread; closed form for power laws (levels, or every target by request); draws. */
function formulaChoice(
	target: TargetResult,
	law: FormulaLaw,
	method: AssessOptions['method']
): EngineChoice {
	const spread = law.drivers.some((l) => l.sigma > 0);
	const closedForm =
		law.formula.powerLaw !== null &&
		(method === 'analytic' || (method === 'auto' && target.kind === 'level'));
	return !spread ? 'deterministic' : closedForm ? 'analytic' : 'monte_carlo';
}

function formulaEngine(
	law: FormulaLaw,
	goal: Goal,
	settings: UncertaintySettings,
	stream: number,
	choice: EngineChoice,
	text: TextEvaluation | null
): Engine {
	if (choice === 'deterministic') return deterministicFormulaEngine(law, goal);
	if (choice === 'analytic') return analyticFormulaEngine(law, goal);
	return monteCarloFormulaEngine(law, goal, settings, stream, text);
}

function averageEngine(
	law: AverageLaw,
	goal: Goal,
	settings: UncertaintySettings,
	stream: number,
	choice: EngineChoice
): Engine {
	if (choice === 'deterministic') return deterministicAverageEngine(law, goal);
	if (choice === 'analytic') return analyticAverageEngine(law, goal);
	return monteCarloAverageEngine(law, goal, settings, stream);
}

/** The probabilities at the scenario's ranges and, when `solve`, the needed growth per chance. */
function uncertaintyOf(
	engine: Engine,
	base: { met: number; within: number },
	settings: UncertaintySettings,
	chances: Chances,
	solve: boolean
): TargetUncertainty {
	const mc = engine.method === 'monte_carlo';
	return {
		model: settings.model,
		method: engine.method,
		probability: base.met,
		probabilityWithinTolerance: base.within,
		standardError: mc ? Math.sqrt((base.met * (1 - base.met)) / engine.draws!) : null,
		draws: mc ? engine.draws : null,
		seed: mc ? settings.seed : null,
		correlation: chances.correlation,
		neededGrowth: solve
			? CHANCES.map((c) => neededGrowth(engine, chances.laws[0]!, chances.openYears, c))
			: []
	};
}

/** assessTarget for every target of an evaluation, in its order. */
export function assessTargets(
	evaluation: { targets: readonly TargetResult[]; drivers: Record<DriverId, DriverResult> },
	settings: UncertaintySettings | null,
	options: AssessOptions = {}
): { id: TargetId; assessment: TargetAssessment }[] {
	return evaluation.targets.map((t) => ({
		id: t.id,
		assessment: assessTarget(t, evaluation.drivers, settings, options)
	}));
}
