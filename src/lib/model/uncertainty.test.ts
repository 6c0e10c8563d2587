import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { observations, plan } from './data';
import { type Evaluation, type TargetResult } from './evaluate';
import { evaluateScenario } from './scenarioEvaluation';
import { PARAMETERS } from './parameters';
import { parseFormula } from './formula';
import { normalCdf } from './random';
import {
	DRIVER_IDS,
	emptyScenario,
	type DriverId,
	type GrowthRange,
	type Scenario,
	type TargetId,
	type UncertaintySettings
} from './types';
import {
	assessTarget,
	assessTargets,
	CHANCES,
	defaultRange,
	FALLBACK_LOG_HALF_WIDTH,
	historicalCorrelation,
	logNormalParameters,
	logSpread,
	rangeCentre,
	rangeProblem,
	UNCERTAINTY_MODELS,
	Z90
} from './uncertainty';
import { isOnTrack } from './verdict';

const { min: MIN_GROWTH, max: MAX_GROWTH } = PARAMETERS.growth.hard;
const [DEFAULT_DRAWS, DEFAULT_SEED] = [PARAMETERS.draws.default, PARAMETERS.seed.default];
const MAX_DRAWS = PARAMETERS.draws.hard.max;

const settings = (u: Partial<UncertaintySettings> = {}): UncertaintySettings => ({
	model: 'persistent',
	seed: DEFAULT_SEED,
	draws: DEFAULT_DRAWS,
	correlation: null,
	...u
});
const evaluate = (scenario: Partial<Scenario> = {}): Evaluation =>
	evaluateScenario(plan, observations, { ...emptyScenario(), ...scenario });
const targetOf = (e: Evaluation, id: TargetId): TargetResult => {
	const t = e.targets.find((x) => x.id === id);
	if (!t) throw new Error(`no target ${id}`);
	return t;
};
/** As the plan saw it: data to 2022, so every driver has years left to project. */
const PLAN_VIEW: Partial<Scenario> = { asOf: 2022, growth: { employed: 0.01 } };

/** Paths of numbers that are not finite, skipping `spec` and `history`. */
function nonFinite(value: unknown, path = '$', out: string[] = []): string[] {
	if (typeof value === 'number') {
		if (!Number.isFinite(value)) out.push(`${path} = ${value}`);
	} else if (Array.isArray(value)) value.forEach((v, i) => nonFinite(v, `${path}[${i}]`, out));
	else if (value !== null && typeof value === 'object')
		for (const [k, v] of Object.entries(value))
			if (k !== 'spec' && k !== 'history') nonFinite(v, `${path}.${k}`, out);
	return out;
}

describe('logNormalParameters and rangeCentre', () => {
	it('read 5 %–9 % as a 90 % interval of ln(1 + g)', () => {
		// m = (ln 1.05 + ln 1.09) / 2 = (0.0487901642 + 0.0861776962) / 2 = 0.0674839302
		// s = (ln 1.09 − ln 1.05) / (2 × 1.6448536) = 0.0373875321 / 3.2897073 = 0.0113650028
		const { logMean, logSd } = logNormalParameters({ low: 0.05, high: 0.09 });
		expect(logMean).toBeCloseTo(0.0674839302, 10);
		expect(logSd).toBeCloseTo(0.0113650028, 10);
		// The centre is the median growth: √(1.05 × 1.09) − 1 = √1.1445 − 1 = 0.0698130678.
		expect(rangeCentre({ low: 0.05, high: 0.09 })).toBeCloseTo(0.0698130678, 10);
		expect(Math.expm1(logMean)).toBeCloseTo(rangeCentre({ low: 0.05, high: 0.09 }), 14);
	});

	it('give a zero-width range its own value and no spread', () => {
		for (const g of [-0.05, 0, 0.07, 0.1 + 0.2]) {
			expect(rangeCentre({ low: g, high: g })).toBe(g);
			expect(logNormalParameters({ low: g, high: g }).logSd).toBe(0);
		}
	});

	it('spread over n years as n·s (persistent) or √n·s (yearly)', () => {
		expect(logSpread(0.02, 4, 'persistent')).toBeCloseTo(0.08, 15);
		expect(logSpread(0.02, 4, 'yearly')).toBeCloseTo(0.04, 15);
		expect(logSpread(0.02, 0, 'yearly')).toBe(0);
	});

	it('uses Z90 = Φ⁻¹(0.95)', () => {
		expect(normalCdf(Z90)).toBeCloseTo(0.95, 15);
	});
});

describe('rangeProblem', () => {
	it.each<[string, unknown, ReturnType<typeof rangeProblem>]>([
		['a usual range', { low: 0.05, high: 0.09 }, null],
		['a negative range', { low: -0.2, high: -0.1 }, null],
		['a zero-width range', { low: 0.05, high: 0.05 }, null],
		['the model’s whole range', { low: MIN_GROWTH, high: MAX_GROWTH }, null],
		['a reversed range', { low: 0.09, high: 0.05 }, 'reversed_range'],
		['NaN', { low: Number.NaN, high: 0.05 }, 'invalid_range'],
		['an infinite end', { low: 0, high: Infinity }, 'invalid_range'],
		['an end below −99 %', { low: -1, high: 0.05 }, 'invalid_range'],
		['an end above +1000 %', { low: 0, high: 10.5 }, 'invalid_range'],
		['a string', { low: '0.05', high: 0.09 }, 'invalid_range'],
		['null', null, 'invalid_range']
	])('finds %s %s', (_, range, problem) => {
		expect(rangeProblem(range)).toBe(problem);
	});
});

describe('UNCERTAINTY_MODELS', () => {
	it('explains each model in one sentence in both languages', () => {
		for (const model of ['persistent', 'yearly'] as const) {
			const { zh, en } = UNCERTAINTY_MODELS[model];
			expect(en).toMatch(/^[A-Z][^.]+\.$/);
			expect(zh).toMatch(/^[^。]+。$/);
		}
	});
});

describe('defaultRange', () => {
	it('takes the width from the yearly log growth in the default window', () => {
		// Technology contracts as of 2022, window 2017–2022 (one basis, "registered"):
		// ln(4957.8/4486.9) = 0.09980, ln(5695.3/4957.8) = 0.13868, ln(6316.16/5695.3) = 0.10347,
		// ln(7005.7/6316.16) = 0.10361, ln(7947.5/7005.7) = 0.12613; mean 0.11434,
		// sample sd √(Σ(x − mean)² / 4) = 0.0171473.
		const driver = evaluate({ asOf: 2022 }).drivers.tech_contracts;
		const range = defaultRange(driver)!;
		expect(range.source).toBe('history');
		expect(range.years).toEqual([2018, 2019, 2020, 2021, 2022]);
		expect(range.logSd).toBeCloseTo(0.0171472803, 9);
		expect(range.centre).toBe(driver.growth);
		expect(range.logMean).toBeCloseTo(Math.log1p(driver.growth!), 15);
		expect(range.low).toBeCloseTo(Math.expm1(range.logMean - Z90 * range.logSd), 15);
		expect(range.high).toBeCloseTo(Math.expm1(range.logMean + Z90 * range.logSd), 15);
		expect(driver.range).toEqual(range);
	});

	it('falls back to ±0.03 in ln(1 + g) with fewer than three yearly rates', () => {
		// High-tech value added as of 2022: 2014 and 2016 levels only, so no yearly rate at all.
		const driver = evaluate({ asOf: 2022 }).drivers.hightech_va;
		const range = defaultRange(driver)!;
		expect(range.source).toBe('fixed');
		expect(range.logSd).toBeCloseTo(FALLBACK_LOG_HALF_WIDTH / Z90, 15);
		expect(Math.log1p(range.high) - Math.log1p(range.low)).toBeCloseTo(0.06, 12);
	});

	it('centres on a point growth the user gives, and is null without any growth', () => {
		const e = evaluate({ growth: { tech_contracts: 0.02 } });
		expect(defaultRange(e.drivers.tech_contracts)!.centre).toBe(0.02);
		expect(defaultRange(evaluate().drivers.employed)).toBeNull();
		expect(evaluate().drivers.employed.range).toBeNull();
	});
});

describe('historicalCorrelation', () => {
	it('correlates basic research with R&D spending over their shared basis', () => {
		const e = evaluate({ asOf: 2022 });
		const c = historicalCorrelation(e.drivers.basic_spend, e.drivers.rd_spend)!;
		expect(c.years).toEqual([2016, 2017, 2018, 2019, 2020, 2021, 2022]);
		expect(c.value).toBeGreaterThan(0.9);
		expect(c.value).toBeLessThanOrEqual(1);
	});

	it('is null when the latest basis shares fewer than three years', () => {
		// GDP's latest basis (c5) starts in 2024: one yearly rate.
		const e = evaluate();
		expect(historicalCorrelation(e.drivers.rd_spend, e.drivers.gdp)).toBeNull();
		expect(historicalCorrelation(e.drivers.rd_personnel, e.drivers.employed)).toBeNull();
	});
});

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

describe('closed-form probabilities, checked by hand', () => {
	it('technology contracts from 9,153 (2024) with growth −15 % to −10 %', () => {
		// m = (ln 0.85 + ln 0.90)/2 = −0.1339397226, s = (ln 0.90 − ln 0.85)/(2 × 1.6448536) = 0.0173749241
		// One year to go, so σ = s under both models.
		// z = (ln 9153 + m − ln 8000)/s = (0.1346428 − 0.1339397)/0.0173749 = 0.0403127; Φ(z) = 0.5160781.
		for (const model of ['persistent', 'yearly'] as const) {
			const e = evaluate({
				growthRange: { tech_contracts: { low: -0.15, high: -0.1 } },
				uncertainty: settings({ model })
			});
			const u = targetOf(e, 'tech_contracts').uncertainty!;
			expect(u).toMatchObject({ method: 'analytic', draws: null, seed: null, model });
			expect(u.probability).toBeCloseTo(0.5160780865, 9);
			// "exceeds" has no tolerance band.
			expect(u.probabilityWithinTolerance).toBe(u.probability);
		}
	});

	it('high-tech value added as of 2022: nine years from 5,646.7 (2016) at the fallback width', () => {
		// g = √(5646.7/4738) − 1 = 9.1691 %; ln V = ln 5646.7 + 9 ln(1 + g) = ln 5646.7 + 4.5 ln(5646.7/4738)
		// ln V − ln 12000 = 0.0357175449; s = 0.03/1.6448536 = 0.0182387.
		// persistent: σ = 9s = 0.1641483, z = 0.2175931, Φ = 0.5861269
		// yearly:     σ = 3s = 0.0547161, z = 0.6527793, Φ = 0.7430507
		const p = evaluate({ ...PLAN_VIEW, uncertainty: settings() });
		const y = evaluate({ ...PLAN_VIEW, uncertainty: settings({ model: 'yearly' }) });
		expect(targetOf(p, 'hightech_va').uncertainty!.probability).toBeCloseTo(0.5861269141, 9);
		expect(targetOf(y, 'hightech_va').uncertainty!.probability).toBeCloseTo(0.7430507014, 9);
	});

	it('digital-economy average growth as of 2022: two actual years and three at 8.66 %', () => {
		// g = √(1.131 × 1.044) − 1; ln Π = ln 1.131 + ln 1.044 + 3 ln(1 + g) = 0.4154042165
		// met: ≥ 5 ln 1.075 = 0.3616033079; within tolerance: ≥ 5 ln(1.075 × … 7.125 %) = 0.3441309546
		// s = 0.03/1.6448536 (fallback: two yearly rates). persistent σ = 3s: Φ(0.0538009/0.0547161)
		// = 0.8372636 and Φ(0.0712733/0.0547161) = 0.9036445; yearly σ = √3·s: 0.9557234, 0.9879700.
		const cases = [
			['persistent', 0.8372635882, 0.9036444791],
			['yearly', 0.955723427, 0.9879700375]
		] as const;
		for (const [model, met, within] of cases) {
			const e = evaluate({ ...PLAN_VIEW, uncertainty: settings({ model }) });
			const u = targetOf(e, 'digital_economy_growth').uncertainty!;
			expect(u.method).toBe('analytic');
			expect(u.probability).toBeCloseTo(met, 9);
			expect(u.probabilityWithinTolerance).toBeCloseTo(within, 9);
		}
	});

	it('R&D intensity from 3,278.4 / 52,073.4 with R&D growth −15 % to −5 % (closed form)', () => {
		// GDP 2025 is published, so only R&D spending (one year) is uncertain.
		// m = (ln 0.85 + ln 0.95)/2 = −0.1069061119; s = (ln 0.95 − ln 0.85)/(2 × 1.6448536) = 0.0338101924
		// μ = ln(100 × 3278.4 / 52073.4) + m = 1.7329653108
		// P(≥ 6) = Φ((μ − ln 6)/s) = 0.0410219757; P(≥ 5.7) = Φ((μ − ln 5.7)/s) = 0.4122144884
		const e = evaluate({
			growthRange: { rd_spend: { low: -0.15, high: -0.05 } },
			uncertainty: settings()
		});
		const t = targetOf(e, 'rd_intensity');
		const closed = assessTarget(t, e.drivers, settings(), { method: 'analytic' }).uncertainty!;
		expect(closed.method).toBe('analytic');
		expect(closed.probability).toBeCloseTo(0.0410219757, 9);
		expect(closed.probabilityWithinTolerance).toBeCloseTo(0.4122144884, 9);
		// The app draws ratios: within four standard errors of the closed form.
		const drawn = t.uncertainty!;
		expect(drawn).toMatchObject({
			method: 'monte_carlo',
			draws: DEFAULT_DRAWS,
			seed: DEFAULT_SEED
		});
		expect(Math.abs(drawn.probability - closed.probability)).toBeLessThan(4 * drawn.standardError!);
		expect(drawn.correlation).toEqual({
			value: 0,
			source: 'none',
			years: [],
			drivers: ['rd_spend', 'gdp']
		});
	});
});

describe('Monte Carlo', () => {
	const fourSe = (p: number, n: number) => 4 * Math.sqrt((p * (1 - p)) / n) + 1e-12;

	it.each(['persistent', 'yearly'] as const)(
		'agrees with the closed forms of every target within four standard errors (%s)',
		(model) => {
			const e = evaluate(PLAN_VIEW);
			const s = settings({ model });
			const closed = assessTargets(e, s, { method: 'analytic', solve: false });
			const drawn = assessTargets(e, s, { method: 'monte_carlo', solve: false });
			let compared = 0;
			closed.forEach(({ id, assessment }, i) => {
				const a = assessment.uncertainty;
				const b = drawn[i]!.assessment.uncertainty;
				if (!a || !b) return expect(b).toBe(a);
				expect(b.method, id).toBe('monte_carlo');
				expect(Math.abs(b.probability - a.probability), id).toBeLessThan(
					fourSe(a.probability, s.draws)
				);
				expect(
					Math.abs(b.probabilityWithinTolerance - a.probabilityWithinTolerance),
					id
				).toBeLessThan(fourSe(a.probabilityWithinTolerance, s.draws));
				compared++;
			});
			expect(compared).toBe(6);
		}
	);

	it('converges: the error shrinks like 1/√draws on a level target', () => {
		const e = evaluate({ ...PLAN_VIEW, uncertainty: settings() });
		const t = targetOf(e, 'hightech_va');
		const exact = t.uncertainty!.probability;
		for (const draws of [1_000, 10_000, MAX_DRAWS]) {
			const u = assessTarget(t, e.drivers, settings({ draws }), {
				method: 'monte_carlo',
				solve: false,
				sensitivity: false
			}).uncertainty!;
			expect(u.draws).toBe(draws);
			expect(u.standardError).toBeCloseTo(
				Math.sqrt((u.probability * (1 - u.probability)) / draws),
				15
			);
			expect(Math.abs(u.probability - exact)).toBeLessThan(fourSe(exact, draws));
		}
	});

	it('agrees with the closed form for correlated drivers', () => {
		for (const correlation of [-0.5, 0, 0.5, 0.95, 1]) {
			for (const model of ['persistent', 'yearly'] as const) {
				const e = evaluate(PLAN_VIEW);
				const s = settings({ model, correlation });
				for (const id of [
					'rd_intensity',
					'basic_research_share',
					'rd_personnel_density'
				] as const) {
					const t = targetOf(e, id);
					const closed = assessTarget(t, e.drivers, s, { method: 'analytic', solve: false });
					const drawn = assessTarget(t, e.drivers, s, { solve: false });
					const p = closed.uncertainty!.probability;
					expect(drawn.uncertainty!.correlation).toMatchObject({
						value: correlation,
						source: 'scenario'
					});
					expect(
						Math.abs(drawn.uncertainty!.probability - p),
						`${id} ${model} ρ=${correlation}`
					).toBeLessThan(fourSe(p, s.draws));
				}
			}
		}
	});

	it('takes the correlation from history where it can, else 0, and shows it', () => {
		const e = evaluate({ ...PLAN_VIEW, uncertainty: settings() });
		expect(targetOf(e, 'basic_research_share').uncertainty!.correlation).toMatchObject({
			source: 'history',
			drivers: ['basic_spend', 'rd_spend']
		});
		expect(targetOf(e, 'rd_intensity').uncertainty!.correlation).toMatchObject({
			source: 'history',
			years: [2020, 2021, 2022],
			drivers: ['rd_spend', 'gdp']
		});
		expect(targetOf(e, 'rd_personnel_density').uncertainty!.correlation).toMatchObject({
			value: 0,
			source: 'none'
		});
		expect(targetOf(e, 'hightech_va').uncertainty!.correlation).toBeNull();
	});

	it('reproduces a seeded run exactly, whatever ran before', () => {
		const scenario = { ...PLAN_VIEW, uncertainty: settings({ seed: 77 }) };
		const first = evaluate(scenario);
		// Enough other seeds to push the first one's draws out of every cache.
		for (let seed = 1000; seed < 1040; seed++)
			evaluate({ ...PLAN_VIEW, uncertainty: settings({ seed, draws: 1_000 }) });
		const again = evaluate(scenario);
		for (const id of ['rd_intensity', 'basic_research_share', 'rd_personnel_density'] as const) {
			const a = targetOf(first, id).uncertainty!;
			const b = targetOf(again, id).uncertainty!;
			expect(Object.is(a.probability, b.probability)).toBe(true);
			expect(b).toEqual(a);
			expect(targetOf(again, id).sensitivity).toEqual(targetOf(first, id).sensitivity);
		}
		const other = evaluate({ ...PLAN_VIEW, uncertainty: settings({ seed: 78 }) });
		expect(targetOf(other, 'basic_research_share').uncertainty!.probability).not.toBe(
			targetOf(first, 'basic_research_share').uncertainty!.probability
		);
	});

	it('gives each target its own stream: a target’s draws do not depend on the others', () => {
		const e = evaluate({ ...PLAN_VIEW, uncertainty: settings() });
		const t = targetOf(e, 'basic_research_share');
		const alone = assessTarget(t, e.drivers, settings());
		expect(alone.uncertainty).toEqual(t.uncertainty);
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

describe('neededGrowth', () => {
	it('gives, for a level target, the growth the point model requires at a 50 % chance', () => {
		const e = evaluate({ ...PLAN_VIEW, uncertainty: settings() });
		const t = targetOf(e, 'hightech_va');
		const [p50, p80, p95] = t.uncertainty!.neededGrowth;
		expect(p50!.chance).toBe(0.5);
		expect(p50!.growth).toBeCloseTo(t.requiredGrowth!, 10);
		expect(p80!.growth!).toBeGreaterThan(p50!.growth!);
		expect(p95!.growth!).toBeGreaterThan(p80!.growth!);
	});

	it.each(['persistent', 'yearly'] as const)(
		'gives growths that, range width held, give each chance (closed forms, %s)',
		(model) => {
			const e = evaluate({ ...PLAN_VIEW, uncertainty: settings({ model }) });
			for (const id of ['hightech_va', 'digital_economy_growth', 'tech_contracts'] as const) {
				const t = targetOf(e, id);
				const driver = t.spec.numerator;
				const half = Z90 * e.drivers[driver].range!.logSd;
				for (const need of t.uncertainty!.neededGrowth) {
					const m = Math.log1p(need.growth!);
					const moved = evaluate({
						...PLAN_VIEW,
						growthRange: { [driver]: { low: Math.expm1(m - half), high: Math.expm1(m + half) } },
						uncertainty: settings({ model })
					});
					expect(targetOf(moved, id).uncertainty!.probability).toBeCloseTo(need.chance, 6);
				}
			}
		}
	);

	it('finds, for a drawn ratio, the smallest growth whose estimate reaches each chance', () => {
		const e = evaluate({ ...PLAN_VIEW, uncertainty: settings() });
		const t = targetOf(e, 'basic_research_share');
		const closed = assessTarget(t, e.drivers, settings(), { method: 'analytic' }).uncertainty!;
		const law = e.drivers.basic_spend.range!;
		t.uncertainty!.neededGrowth.forEach((need, i) => {
			expect(need.chance).toBe(CHANCES[i]);
			// The closed form, at the drawn answer, is within a few standard errors of the chance.
			const shift = (g: number) => ({
				low: Math.expm1(Math.log1p(g) - Z90 * law.logSd),
				high: Math.expm1(Math.log1p(g) + Z90 * law.logSd)
			});
			const at = (g: number) =>
				targetOf(
					evaluate({
						...PLAN_VIEW,
						growthRange: { basic_spend: shift(g) },
						uncertainty: settings()
					}),
					'basic_research_share'
				).uncertainty!.probability;
			expect(at(need.growth!)).toBeGreaterThanOrEqual(need.chance);
			expect(at(need.growth! - 1e-6)).toBeLessThan(need.chance);
			expect(Math.abs(need.growth! - closed.neededGrowth[i]!.growth!)).toBeLessThan(0.005);
		});
	});

	it('bisects formulas that are not power laws, to the same answers', () => {
		// "+ 0" changes no value but hides the power law: the general solver must agree with the
		// crossings read off a power law, and the closed form falls back to drawing.
		const e = evaluate({ ...PLAN_VIEW, uncertainty: settings({ model: 'yearly' }) });
		for (const id of ['rd_intensity', 'basic_research_share', 'rd_personnel_density'] as const) {
			const t = targetOf(e, id);
			const formula = `${t.spec.formula} + 0`;
			const plain = {
				...t,
				spec: { ...t.spec, formula, tree: parseFormula(formula, DRIVER_IDS) }
			};
			const general = assessTarget(plain, e.drivers, settings({ model: 'yearly' }), {
				method: 'analytic'
			});
			expect(general.uncertainty!.method).toBe('monte_carlo');
			expect(general.uncertainty!.probability).toBe(t.uncertainty!.probability);
			general.uncertainty!.neededGrowth.forEach((need, i) =>
				expect(need.growth!, `${id} ${need.chance}`).toBeCloseTo(
					t.uncertainty!.neededGrowth[i]!.growth!,
					7
				)
			);
			expect(general.sensitivity).toEqual(t.sensitivity);
		}
	});

	it('says when no year is left to move, or no growth in range reaches the chance', () => {
		const e = evaluate({ uncertainty: settings() });
		// The digital economy's window is all actual as of 2025.
		expect(
			targetOf(e, 'digital_economy_growth').uncertainty!.neededGrowth.map((n) => n.note)
		).toEqual(['no_years_left', 'no_years_left', 'no_years_left']);
		// Basic research as of 2022 (16.55 %) against R&D spending growing +1000 % a year: even at
		// +1000 % itself, its share stays about where it is, below 17 %, at its median.
		const boom = evaluate({
			asOf: 2022,
			growthRange: { rd_spend: { low: MAX_GROWTH, high: MAX_GROWTH } },
			uncertainty: settings()
		});
		expect(
			targetOf(boom, 'basic_research_share').uncertainty!.neededGrowth.map((n) => n.note)
		).toEqual(['out_of_range', 'out_of_range', 'out_of_range']);
	});
});

describe('sensitivity', () => {
	it('moves a level target’s margin by the compounding of ±1 pp', () => {
		// High-tech value added as of 2022: 5,646.7 × (1 + g ± 0.01)^9 − 5,646.7 × (1 + g)^9.
		const e = evaluate({ ...PLAN_VIEW, uncertainty: settings() });
		const t = targetOf(e, 'hightech_va');
		const g = e.drivers.hightech_va.growth!;
		const [s] = t.sensitivity;
		expect(s).toMatchObject({ driver: 'hightech_va', role: 'numerator', openYears: 9, growth: g });
		expect(s!.up!.marginChange).toBeCloseTo(5646.7 * ((1 + g + 0.01) ** 9 - (1 + g) ** 9), 6);
		expect(s!.down!.marginChange).toBeCloseTo(5646.7 * ((1 + g - 0.01) ** 9 - (1 + g) ** 9), 6);
		// The margin is 436 on 12,000: −1 pp loses it.
		expect(s!.down!.verdict).toBe('not_met');
		expect(s!.flipsVerdict).toBe(true);
		expect(s!.up!.probabilityChange!).toBeGreaterThan(0);
		expect(s!.down!.probabilityChange!).toBeLessThan(0);
	});

	it('lists both drivers of a ratio, with opposite signs', () => {
		const e = evaluate({ ...PLAN_VIEW, uncertainty: settings() });
		const t = targetOf(e, 'basic_research_share');
		expect(t.sensitivity.map((s) => [s.driver, s.role])).toEqual([
			['basic_spend', 'numerator'],
			['rd_spend', 'denominator']
		]);
		const [num, den] = t.sensitivity;
		expect(num!.up!.marginChange!).toBeGreaterThan(0);
		expect(den!.up!.marginChange!).toBeLessThan(0);
		expect(num!.up!.probabilityChange!).toBeGreaterThan(0);
		expect(den!.up!.probabilityChange!).toBeLessThan(0);
		expect(num!.up!.projected).toBeCloseTo(t.projected! + num!.up!.marginChange!, 10);
	});

	it('shows no change for a driver whose target-year value is already known', () => {
		const e = evaluate({ uncertainty: settings() });
		const gdp = targetOf(e, 'rd_intensity').sensitivity.find((s) => s.driver === 'gdp')!;
		expect(gdp.openYears).toBe(0);
		expect(gdp.up!.marginChange).toBe(0);
		expect(gdp.up!.probabilityChange).toBe(0);
		expect(gdp.flipsVerdict).toBe(false);
	});

	it('is empty for targets without a numeric verdict', () => {
		const e = evaluate({ uncertainty: settings() });
		expect(targetOf(e, 'zgc_revenue').sensitivity).toEqual([]);
		expect(targetOf(e, 'rd_personnel_density').sensitivity).toEqual([]);
		expect(targetOf(e, 'rd_personnel_density').uncertainty).toBeNull();
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
