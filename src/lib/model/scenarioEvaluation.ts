// The whole evaluation of a scenario: the projections and verdicts of evaluate.ts with the
// probabilities and sensitivities of uncertainty.ts. What the evaluator, the tests and every page
// but the first use; the app's state loads the probability engine after the first page shows.
import { evaluateProjections, type Evaluation } from './evaluate';
import type { ObservationsFile, Plan, Scenario } from './types';
import { assessTarget } from './uncertainty';

/**
 * Evaluates every target of the plan under a scenario, with each target's sensitivity and, when
 * `scenario.uncertainty` is set, its probabilities (see evaluateProjections and assessTarget).
 */
export function evaluateScenario(
	plan: Plan,
	data: ObservationsFile,
	scenario: Scenario
): Evaluation {
	return evaluateProjections(plan, data, scenario, assessTarget);
}
