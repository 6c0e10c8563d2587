// `npm run bench`: how long one full recompute of every target takes (budget: 1 ms, issue 7).
import { bench, describe } from 'vitest';
import { observations, plan } from './data';
import { evaluateScenario } from './scenarioEvaluation';
import { emptyScenario } from './types';

const moved = { ...emptyScenario(), growth: { tech_contracts: 0.05, gdp: 0.052, rd_spend: 0.07 } };

describe('recompute of all targets', () => {
	bench('evaluateScenario, default assumptions', () => {
		evaluateScenario(plan, observations, emptyScenario());
	});
	bench('evaluateScenario, three drivers moved', () => {
		evaluateScenario(plan, observations, moved);
	});
	bench('evaluateScenario, as of 2022', () => {
		evaluateScenario(plan, observations, { ...emptyScenario(), asOf: 2022 });
	});
});
