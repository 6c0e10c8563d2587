import { describe, expect, it } from 'vitest';
import { observations, plan } from '../data';
import { evaluateScenario } from '../scenarioEvaluation';
import { normalCdf } from '../random';
import { emptyScenario, type Scenario, type UncertaintySettings } from '../types';
import { DEFAULT_UNCERTAINTY, Z90 } from '../ranges';
import { assessTarget } from './assess';
import { projectionSpread, Z50 } from './spread';

const settings = (u: Partial<UncertaintySettings> = {}): UncertaintySettings => ({
	...DEFAULT_UNCERTAINTY,
	...u
});
const evaluate = (s: Partial<Scenario> = {}) =>
	evaluateScenario(plan, observations, { ...emptyScenario(), ...s });

describe('projectionSpread', () => {
	it('gives a level target at its target year the probability assessTarget computes in closed form', () => {
		for (const model of ['persistent', 'yearly'] as const) {
			const e = evaluate({
				growthRange: { tech_contracts: { low: 0.05, high: 0.15 } },
				uncertainty: settings({ model })
			});
			const t = e.targets.find((x) => x.id === 'tech_contracts')!;
			const last = projectionSpread(t, e.drivers, settings({ model })).at(-1)!;
			expect(last.year).toBe(plan.targetYear);
			const p = normalCdf((last.logMean - Math.log(t.target!)) / last.logSd);
			expect(p).toBeCloseTo(t.uncertainty!.probability, 10);
		}
	});

	it('gives a ratio the closed-form probability of its power law, correlation included', () => {
		const s = settings({ correlation: 0.5, model: 'yearly' });
		const e = evaluate({ uncertainty: s });
		const t = e.targets.find((x) => x.id === 'rd_intensity')!;
		const analytic = assessTarget(t, e.drivers, s, { method: 'analytic' }).uncertainty!;
		const last = projectionSpread(t, e.drivers, s).at(-1)!;
		const tail = normalCdf((last.logMean - Math.log(t.target!)) / last.logSd);
		expect(tail).toBeCloseTo(analytic.probability, 8);
	});

	it('widens year by year and nests the 50 % band inside the 90 % band around the median', () => {
		const e = evaluate({ asOf: 2021, uncertainty: settings() });
		const t = e.targets.find((x) => x.id === 'tech_contracts')!;
		const spread = projectionSpread(t, e.drivers, settings());
		expect(spread.length).toBeGreaterThan(0);
		for (let i = 1; i < spread.length; i++)
			expect(spread[i]!.logSd).toBeGreaterThanOrEqual(spread[i - 1]!.logSd);
		for (const y of spread) {
			expect(y.q90[0]).toBeLessThanOrEqual(y.q50[0]);
			expect(y.q50[0]).toBeLessThanOrEqual(y.median);
			expect(y.median).toBeLessThanOrEqual(y.q50[1]);
			expect(y.q50[1]).toBeLessThanOrEqual(y.q90[1]);
			expect(Math.log(y.q90[1] / y.median)).toBeCloseTo(Z90 * y.logSd, 10);
			expect(Math.log(y.q50[1] / y.median)).toBeCloseTo(Z50 * y.logSd, 10);
		}
	});

	it('gives an average-growth target each projected year’s rate interval', () => {
		const e = evaluate({ asOf: 2022, uncertainty: settings() });
		const t = e.targets.find((x) => x.kind === 'average_growth')!;
		const spread = projectionSpread(t, e.drivers, settings());
		expect(spread.length).toBeGreaterThan(0);
		const range = e.drivers[t.spec.numerator].range!;
		for (const y of spread) {
			expect(y.q90[0]).toBeCloseTo(range.low, 10);
			expect(y.q90[1]).toBeCloseTo(range.high, 10);
		}
	});

	it('is empty for a qualitative target', () => {
		const e = evaluate({ uncertainty: settings() });
		const t = e.targets.find((x) => x.kind === 'qualitative')!;
		expect(projectionSpread(t, e.drivers, settings())).toEqual([]);
	});
});
