// `npm run bench`: the probabilities of every target — closed forms (µs) and Monte Carlo with
// 10,000 draws (ms) — each against the naive baseline that parses and evaluates the formula text
// with mathjs for every draw; and the whole recompute with probabilities, which must fit in one
// 60 Hz frame (16.7 ms). Benches in one describe block are compared ("x times faster").
import { bench, describe } from 'vitest';
import { observations, plan } from '../data';
import { evaluateScenario } from '../scenarioEvaluation';
import { evaluateFormulaText } from '../formula';
import { emptyScenario, type Scenario, type UncertaintySettings } from '../types';
import { DEFAULT_UNCERTAINTY } from '../ranges';
import { assessTargets } from './assess';

const settings: UncertaintySettings = {
	model: 'persistent',
	seed: DEFAULT_UNCERTAINTY.seed,
	draws: DEFAULT_UNCERTAINTY.draws,
	correlation: null
};
// As the plan saw it (data to 2022): every driver has years left, so every numeric target (six
// of eight; employment given a growth) has a spread to integrate.
const planView: Scenario = { ...emptyScenario(), asOf: 2022, growth: { employed: 0.01 } };
const evaluation = evaluateScenario(plan, observations, planView);
const probabilitiesOnly = { solve: false, sensitivity: false } as const;
// The baseline takes about a second a run: a few runs are enough to compare.
const NAIVE = { iterations: 3, time: 0, warmupIterations: 1, warmupTime: 0 };
const naive = () => {
	assessTargets(evaluation, settings, {
		...probabilitiesOnly,
		method: 'monte_carlo',
		formulaEvaluation: evaluateFormulaText
	});
};

describe('probabilities of all targets: closed forms', () => {
	bench('closed forms (ratios as lognormal power laws)', () => {
		assessTargets(evaluation, settings, { ...probabilitiesOnly, method: 'analytic' });
	});
	bench('naive: 10,000 draws, mathjs evaluate() of the formula text per draw', naive, NAIVE);
});

describe('probabilities of all targets: Monte Carlo, 10,000 draws', () => {
	bench('Monte Carlo, formulas compiled once and run over columns of draws', () => {
		assessTargets(evaluation, settings, { ...probabilitiesOnly, method: 'monte_carlo' });
	});
	let seed = 0;
	bench('Monte Carlo, a new seed every run (draws generated, nothing cached)', () => {
		assessTargets(
			evaluation,
			{ ...settings, seed: seed++ },
			{ ...probabilitiesOnly, method: 'monte_carlo' }
		);
	});
	bench('naive: 10,000 draws, mathjs evaluate() of the formula text per draw', naive, NAIVE);
});

describe('whole recompute with probabilities (one 60 Hz frame: 16.7 ms)', () => {
	bench('evaluateScenario, no probabilities', () => {
		evaluateScenario(plan, observations, planView);
	});
	bench('evaluateScenario, persistent model: probabilities, needed growth, sensitivity', () => {
		evaluateScenario(plan, observations, { ...planView, uncertainty: settings });
	});
	bench('evaluateScenario, yearly model: probabilities, needed growth, sensitivity', () => {
		evaluateScenario(plan, observations, {
			...planView,
			uncertainty: { ...settings, model: 'yearly' }
		});
	});
});
