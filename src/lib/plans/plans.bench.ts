// `npm run bench`: the figures issue 7 budgets, for every built-in plan: one full recompute of
// every target (1 ms), its probabilities in closed form (1 ms) and by Monte Carlo with 10,000
// draws (16 ms), and a link of that plan decoded and encoded (0.2 ms). tests/scripts/bench-budgets.mjs
// prints each beside its budget; the default plan's own benches sit beside the model's.
import { bench, describe } from 'vitest';
import { DEFAULT_UNCERTAINTY } from '../model/ranges';
import { evaluateScenario } from '../model/scenarioEvaluation';
import { assessTargets } from '../model/uncertainty/assess';
import { emptyScenario, type UncertaintySettings } from '../model/types';
import { decodeLink, encodeLink } from '../scenario/link';
import { PLAN_CATALOG } from './catalog';
import { loadPlan } from './planModels';

const settings: UncertaintySettings = {
	model: 'persistent',
	seed: DEFAULT_UNCERTAINTY.seed,
	draws: DEFAULT_UNCERTAINTY.draws,
	correlation: null
};
const probabilitiesOnly = { solve: false, sensitivity: false } as const;
const plans = await Promise.all(PLAN_CATALOG.map((choice) => loadPlan(choice.id)));

for (const loaded of plans) {
	if (!loaded) throw new Error('a plan of the catalog did not load');
	const { plan, observations } = loaded.model;
	// As the plan saw it, three years before its target year (data to then): every driver has years
	// left, so the probabilities have spreads to integrate (a 2025 plan read today has none).
	const scenario = { ...emptyScenario(), asOf: plan.targetYear - 3 };
	const evaluation = evaluateScenario(plan, observations, scenario);
	// A typical link of the plan: two drivers moved, a tolerance, a language and a target shown.
	const [a, b] = plan.drivers;
	const link =
		`#v=3&p=${loaded.id}&g.${a!.id}=0.05&g.${(b ?? a)!.id}=0.06&tol=0.05&asof=${scenario.asOf}&lang=en` +
		`&view=${plan.targets[0]!.id}&d=${observations.vintage}`;
	const options = {
		plan,
		data: observations,
		driverIds: plan.drivers.map((d) => d.id),
		targetIds: plan.targets.map((t) => t.id),
		planId: loaded.id,
		...(loaded.pack ? { knownDataVersions: [observations.vintage] } : {})
	};
	const ignored = decodeLink(link, options).ignored;
	if (ignored.length > 0) throw new Error(`${link} is not read whole: ${JSON.stringify(ignored)}`);
	describe(`plan ${loaded.id}`, () => {
		bench(`plan ${loaded.id}: recompute of all targets`, () => {
			evaluateScenario(plan, observations, scenario);
		});
		bench(`plan ${loaded.id}: closed forms`, () => {
			assessTargets(evaluation, settings, { ...probabilitiesOnly, method: 'analytic' });
		});
		bench(`plan ${loaded.id}: Monte Carlo, 10,000 draws`, () => {
			assessTargets(evaluation, settings, { ...probabilitiesOnly, method: 'monte_carlo' });
		});
		bench(`plan ${loaded.id}: link decode + encode`, () => {
			encodeLink(decodeLink(link, options).state);
		});
	});
}
