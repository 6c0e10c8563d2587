// What the uncertainty tests share: settings with defaults, the plan evaluated under a partial
// scenario, a target by id, the plan's own view (data to 2022) and a finder of non-finite numbers.
// For tests only; the app never imports it.
import { observations, plan } from '../data';
import type { Evaluation, TargetResult } from '../evaluate';
import { evaluateScenario } from '../scenarioEvaluation';
import { emptyScenario, type Scenario, type TargetId, type UncertaintySettings } from '../types';
import { PARAMETERS } from '../parameters';
const [DEFAULT_DRAWS, DEFAULT_SEED] = [PARAMETERS.draws.default, PARAMETERS.seed.default];

export const settings = (u: Partial<UncertaintySettings> = {}): UncertaintySettings => ({
	model: 'persistent',
	seed: DEFAULT_SEED,
	draws: DEFAULT_DRAWS,
	correlation: null,
	...u
});
export const evaluate = (scenario: Partial<Scenario> = {}): Evaluation =>
	evaluateScenario(plan, observations, { ...emptyScenario(), ...scenario });
export const targetOf = (e: Evaluation, id: TargetId): TargetResult => {
	const t = e.targets.find((x) => x.id === id);
	if (!t) throw new Error(`no target ${id}`);
	return t;
};
/** As the plan saw it: data to 2022, so every driver has years left to project. */
export const PLAN_VIEW: Partial<Scenario> = { asOf: 2022, growth: { employed: 0.01 } };

/** Paths of numbers that are not finite, skipping `spec` and `history`. */
export function nonFinite(value: unknown, path = '$', out: string[] = []): string[] {
	if (typeof value === 'number') {
		if (!Number.isFinite(value)) out.push(`${path} = ${value}`);
	} else if (Array.isArray(value)) value.forEach((v, i) => nonFinite(v, `${path}[${i}]`, out));
	else if (value !== null && typeof value === 'object')
		for (const [k, v] of Object.entries(value))
			if (k !== 'spec' && k !== 'history') nonFinite(v, `${path}.${k}`, out);
	return out;
}
