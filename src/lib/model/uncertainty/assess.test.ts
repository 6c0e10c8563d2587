// assessTarget through evaluateScenario: probabilities with growth ranges, zero-width ranges,
// hard cases that must never give NaN, and the two uncertainty models.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { observations, plan } from '../data';
import { type Evaluation } from '../evaluate';
import { evaluateScenario } from '../scenarioEvaluation';
import {
	DRIVER_IDS,
	emptyScenario,
	type DriverId,
	type GrowthRange,
	type Scenario,
	type UncertaintySettings
} from '../types';
import { rangeCentre } from '../ranges';
import { isOnTrack } from '../verdict';
import { settings, evaluate, targetOf, PLAN_VIEW, nonFinite } from './fixtures';
import { PARAMETERS } from '../parameters';
const { min: MIN_GROWTH, max: MAX_GROWTH } = PARAMETERS.growth.hard;
const MAX_DRAWS = PARAMETERS.draws.hard.max;

describe('evaluateScenario with growth ranges', () => {
	it('uses the range’s centre as the point growth when none is given', () => {
		const e = evaluate({ growthRange: { tech_contracts: { low: 0.05, high: 0.09 } } });
		const d = e.drivers.tech_contracts;
		expect(d.growthSource).toBe('range');
		expect(d.growth).toBe(rangeCentre({ low: 0.05, high: 0.09 }));
		expect(d.range).toMatchObject({ low: 0.05, high: 0.09, source: 'scenario' });
		expect(targetOf(e, 'tech_contracts').projected).toBeCloseTo(9153 * 1.0698130678, 5);
		expect(e.issues).toEqual([]);
	});

	it('keeps a point growth the user gives beside a range for the point verdict', () => {
		const e = evaluate({
			growth: { tech_contracts: 0.01 },
			growthRange: { tech_contracts: { low: 0.05, high: 0.09 } }
		});
		expect(e.drivers.tech_contracts.growth).toBe(0.01);
		expect(e.drivers.tech_contracts.growthSource).toBe('user');
		expect(e.drivers.tech_contracts.range?.source).toBe('scenario');
	});

	it.each<[string, unknown, string]>([
		['a reversed range', { low: 0.09, high: 0.05 }, 'reversed_range'],
		['NaN', { low: Number.NaN, high: 0.05 }, 'invalid_range'],
		['a range below −99 %', { low: -2, high: 0.05 }, 'invalid_range'],
		['a range above +1000 %', { low: 0.05, high: 11 }, 'invalid_range'],
		['not a range', 0.05, 'invalid_range']
	])('reports %s as %s and uses the default range and growth', (_, range, reason) => {
		const e = evaluate({
			growthRange: { tech_contracts: range as GrowthRange },
			uncertainty: settings()
		});
		expect(e.issues).toEqual([
			{ field: 'growthRange.tech_contracts', value: expect.any(String), reason }
		]);
		const defaults = evaluate({ uncertainty: settings() });
		expect(e.drivers.tech_contracts.range).toEqual(defaults.drivers.tech_contracts.range);
		expect(e.drivers.tech_contracts.growthSource).toBe('default');
		expect(nonFinite(e)).toEqual([]);
	});

	it('names a reversed range low..high in the issue', () => {
		const e = evaluate({ growthRange: { gdp: { low: 0.09, high: 0.05 } } });
		expect(e.issues).toEqual([
			{ field: 'growthRange.gdp', value: '0.09..0.05', reason: 'reversed_range' }
		]);
	});

	it('reports a range for an unknown driver', () => {
		const e = evaluate({
			growthRange: { gold: { low: 0, high: 0.1 } } as Partial<Record<DriverId, GrowthRange>>
		});
		expect(e.issues).toEqual([
			{ field: 'growthRange.gold', value: '0..0.1', reason: 'unknown_driver' }
		]);
	});

	it.each<[string, Partial<UncertaintySettings>, string, keyof UncertaintySettings]>([
		['an unknown model', { model: 'sometimes' as 'yearly' }, 'invalid_model', 'model'],
		['a negative seed', { seed: -1 }, 'invalid_seed', 'seed'],
		['a fractional seed', { seed: 1.5 }, 'invalid_seed', 'seed'],
		['a seed past 2³² − 1', { seed: 2 ** 32 }, 'invalid_seed', 'seed'],
		['too few draws', { draws: 999 }, 'invalid_draws', 'draws'],
		['too many draws', { draws: MAX_DRAWS + 1 }, 'invalid_draws', 'draws'],
		['a correlation above 1', { correlation: 1.5 }, 'invalid_correlation', 'correlation'],
		['a NaN correlation', { correlation: Number.NaN }, 'invalid_correlation', 'correlation']
	])('reports %s and uses the default', (_, u, reason, field) => {
		const e = evaluate({ ...PLAN_VIEW, uncertainty: settings(u) });
		expect(e.issues).toEqual([
			{ field: `uncertainty.${field}`, value: expect.any(String), reason }
		]);
		expect(e.uncertainty).toEqual(settings());
		expect(nonFinite(e)).toEqual([]);
	});

	it('reads a scenario saved before ranges existed (no growthRange, no uncertainty)', () => {
		const old = { ...emptyScenario() } as Partial<Scenario>;
		delete old.growthRange;
		delete old.uncertainty;
		const e = evaluateScenario(plan, observations, old as Scenario);
		expect(e.issues).toEqual([]);
		expect(e.uncertainty).toBeNull();
	});

	it('computes no probabilities without uncertainty settings, but the sensitivity', () => {
		const e = evaluate(PLAN_VIEW);
		expect(e.uncertainty).toBeNull();
		for (const t of e.targets) {
			expect(t.uncertainty).toBeNull();
			if (t.kind !== 'qualitative') expect(t.sensitivity.length).toBeGreaterThan(0);
			for (const s of t.sensitivity)
				expect([s.down?.probability, s.up?.probability]).toEqual([null, null]);
		}
	});
});

describe('zero-width ranges', () => {
	const zeroWidth = (e: Evaluation) =>
		Object.fromEntries(
			DRIVER_IDS.filter((id) => e.drivers[id].growth !== null).map((id) => [
				id,
				{ low: e.drivers[id].growth!, high: e.drivers[id].growth! }
			])
		);

	it.each(['persistent', 'yearly'] as const)(
		'reduce to the point verdict, 0 or 1 (%s)',
		(model) => {
			for (const asOf of [null, 2016, 2019, 2022]) {
				const point = evaluate({ ...PLAN_VIEW, asOf });
				const e = evaluate({
					...PLAN_VIEW,
					asOf,
					growthRange: zeroWidth(point),
					uncertainty: settings({ model })
				});
				for (const t of e.targets) {
					expect(t.verdict).toBe(targetOf(point, t.id).verdict);
					if (!t.uncertainty) continue;
					expect(t.uncertainty.probability, t.id).toBe(t.verdict === 'met' ? 1 : 0);
					expect(t.uncertainty.probabilityWithinTolerance, t.id).toBe(isOnTrack(t.verdict) ? 1 : 0);
					expect(t.uncertainty.draws).toBeNull();
				}
			}
		}
	);

	it('reduce to the point verdict for any growths (property)', () => {
		fc.assert(
			fc.property(
				fc.record({
					tech_contracts: fc.double({ min: -0.3, max: 0.3, noNaN: true }),
					rd_spend: fc.double({ min: -0.3, max: 0.3, noNaN: true }),
					basic_spend: fc.double({ min: -0.3, max: 0.3, noNaN: true }),
					digital_va: fc.double({ min: -0.3, max: 0.3, noNaN: true })
				}),
				fc.constantFrom(2019, 2022),
				(growth, asOf) => {
					const growthRange = Object.fromEntries(
						Object.entries(growth).map(([id, g]) => [id, { low: g, high: g }])
					);
					const e = evaluate({ asOf, growth, growthRange, uncertainty: settings() });
					// The targets whose every driver has a zero-width range.
					for (const id of [
						'tech_contracts',
						'basic_research_share',
						'digital_economy_growth'
					] as const) {
						const t = targetOf(e, id);
						expect(t.uncertainty?.probability).toBe(t.verdict === 'met' ? 1 : 0);
						expect(t.uncertainty?.probabilityWithinTolerance).toBe(isOnTrack(t.verdict) ? 1 : 0);
					}
				}
			),
			{ seed: 5, numRuns: 60 }
		);
	});
});

describe('hard cases never give NaN', () => {
	it.each<[string, Partial<Record<DriverId, GrowthRange>>]>([
		[
			'negative growth',
			{ tech_contracts: { low: -0.2, high: -0.1 }, rd_spend: { low: -0.3, high: -0.25 } }
		],
		[
			'the model’s whole range',
			Object.fromEntries(DRIVER_IDS.map((id) => [id, { low: MIN_GROWTH, high: MAX_GROWTH }]))
		],
		[
			'a collapse',
			Object.fromEntries(DRIVER_IDS.map((id) => [id, { low: MIN_GROWTH, high: MIN_GROWTH }]))
		],
		[
			'a boom',
			Object.fromEntries(DRIVER_IDS.map((id) => [id, { low: MAX_GROWTH, high: MAX_GROWTH }]))
		]
	])('handles %s', (_, growthRange) => {
		for (const model of ['persistent', 'yearly'] as const)
			for (const asOf of [2016, 2022, null]) {
				const e = evaluate({
					...PLAN_VIEW,
					asOf,
					growthRange,
					uncertainty: settings({ model, draws: 1_000 })
				});
				expect(e.issues).toEqual([]);
				expect(nonFinite(e)).toEqual([]);
				for (const t of e.targets) {
					if (!t.uncertainty) continue;
					for (const p of [t.uncertainty.probability, t.uncertainty.probabilityWithinTolerance]) {
						expect(p).toBeGreaterThanOrEqual(0);
						expect(p).toBeLessThanOrEqual(1);
					}
					for (const n of t.uncertainty.neededGrowth)
						if (n.growth === null) expect(n.note).not.toBeNull();
						else expect(n.growth).toBeGreaterThanOrEqual(MIN_GROWTH);
				}
			}
	});
});

describe('models', () => {
	it('spread the yearly model less than the persistent one, so a target above its median is likelier', () => {
		const p = evaluate({ ...PLAN_VIEW, uncertainty: settings() });
		const y = evaluate({ ...PLAN_VIEW, uncertainty: settings({ model: 'yearly' }) });
		for (const id of ['hightech_va', 'digital_economy_growth'] as const) {
			const a = targetOf(p, id).uncertainty!.probability;
			const b = targetOf(y, id).uncertainty!.probability;
			expect(a).toBeGreaterThan(0.5);
			expect(b).toBeGreaterThan(a);
		}
	});
});
