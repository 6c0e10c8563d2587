import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { observations, plan } from '../model/data';
import { compound } from '../model/growth';
import { evaluateScenario } from '../model/scenarioEvaluation';
import { emptyScenario, type Scenario } from '../model/types';
import {
	averageExample,
	basisRows,
	breakExample,
	compoundExample,
	doublingYears,
	impliedGrowth,
	playground,
	playgroundDefaults,
	publishedValue,
	ratioExample,
	ruleOf70Years
} from './examples';

const evaluate = (scenario: Partial<Scenario> = {}) =>
	evaluateScenario(plan, observations, { ...emptyScenario(), ...scenario });
const defaults = evaluate();
const SEED = { seed: 7, numRuns: 300 };

// Hand-computed from seeds/observations.json (the figures are copied here on purpose: the tests
// check the functions against arithmetic done outside them).
const TECH_2019 = 5695.3;
const TECH_2024 = 9153;
const DIGITAL_RATES = [0.131, 0.044, 0.085, 0.077, 0.087];
const RD_2024 = 3278.4;
const GDP_2023 = 47353.7; // on the 5th-census basis
const GDP_2024 = 49843.1;
const GDP_2025 = 52073.4;

describe('impliedGrowth, doublingYears and ruleOf70Years', () => {
	it('impliedGrowth undoes compound for any positive value, rate and span', () => {
		fc.assert(
			fc.property(
				fc.double({ min: 1e-3, max: 1e9, noNaN: true }),
				fc.double({ min: -0.9, max: 2, noNaN: true }),
				fc.integer({ min: 1, max: 40 }),
				(v0, g, n) => {
					expect(impliedGrowth(v0, compound(v0, g, n), n)!).toBeCloseTo(g, 9);
				}
			),
			SEED
		);
	});

	it.each([
		{ from: 0, to: 1, years: 1 },
		{ from: 1, to: -1, years: 1 },
		{ from: 1, to: 2, years: 0 },
		{ from: Number.NaN, to: 2, years: 1 }
	])('impliedGrowth($from, $to, $years) is null', ({ from, to, years }) => {
		expect(impliedGrowth(from, to, years)).toBeNull();
	});

	it('doublingYears is ln 2 / ln(1 + g) and the rule of 70 is 70 / (100 g)', () => {
		expect(doublingYears(0.05)!).toBeCloseTo(14.2067, 4);
		expect(ruleOf70Years(0.05)!).toBeCloseTo(14, 12);
		expect(doublingYears(0.07)!).toBeCloseTo(10.2448, 4);
		expect(ruleOf70Years(0.07)!).toBeCloseTo(10, 12);
	});

	it('a value at zero or negative growth never doubles', () => {
		for (const g of [0, -0.1]) {
			expect(doublingYears(g)).toBeNull();
			expect(ruleOf70Years(g)).toBeNull();
		}
	});
});

describe('compoundExample', () => {
	const example = compoundExample(defaults, 'tech_contracts')!;

	it('starts technology contracts from the 2024 figure and projects one year to 2025', () => {
		expect(example.baseYear).toBe(2024);
		expect(example.baseValue).toBe(TECH_2024);
		expect(example.years).toBe(1);
	});

	it('finds the default growth as the compound growth from 2019 to 2024', () => {
		const hand = (TECH_2024 / TECH_2019) ** (1 / 5) - 1;
		expect(hand).toBeCloseTo(0.0995358, 6);
		expect(example.growth).toBeCloseTo(hand, 12);
		expect(example.inverse).toMatchObject({ fromYear: 2019, toYear: 2024, years: 5 });
		expect(example.inverse!.rate).toBeCloseTo(hand, 12);
		expect(example.inverse!.isDefaultGrowth).toBe(true);
	});

	it('recomputes the model 2025 value as V0 (1 + g)^n', () => {
		expect(example.recomputed).toBeCloseTo(TECH_2024 * (1 + example.growth), 9);
		expect(example.recomputed).toBeCloseTo(example.projected, 9);
		expect(example.projected).toBeCloseTo(10064.05, 1);
		expect(example.overridden).toBe(false);
	});

	it('gives the growth that just reaches the target as the inverse on the target', () => {
		expect(example.requiredGrowth!).toBeCloseTo(8000 / TECH_2024 - 1, 12);
		expect(example.verdict).toBe('met');
	});

	it('follows the scenario: a user growth replaces the default', () => {
		const e = compoundExample(evaluate({ growth: { tech_contracts: 0.02 } }), 'tech_contracts')!;
		expect(e.growthSource).toBe('user');
		expect(e.projected).toBeCloseTo(TECH_2024 * 1.02, 9);
	});

	it('reports year-by-year overrides, where the model path is not one constant growth', () => {
		const e = compoundExample(
			evaluate({ asOf: 2023, yearlyGrowth: { tech_contracts: { 2025: 0.3 } } }),
			'tech_contracts'
		)!;
		expect(e.overridden).toBe(true);
		expect(e.recomputed).not.toBeCloseTo(e.projected, 3);
	});

	it('is null for a target that is not a level', () => {
		expect(compoundExample(defaults, 'rd_intensity')).toBeNull();
	});
});

describe('playground', () => {
	const example = compoundExample(defaults, 'tech_contracts')!;

	it('compounds the base value at the entered growth for the entered years', () => {
		const r = playground(example, 5, 3);
		expect(r.ok).toBe(true);
		if (!r.ok) return;
		expect(r.growth).toBeCloseTo(0.05, 12);
		expect(r.value).toBeCloseTo(TECH_2024 * 1.05 ** 3, 9);
		expect(r.year).toBe(2027);
		expect(r.doubling!).toBeCloseTo(14.2067, 4);
		expect(r.ruleOf70!).toBeCloseTo(14, 12);
	});

	it('judges a target-year value against the target as the model does', () => {
		const down = playground(example, -20, 1);
		expect(down.ok && down.year).toBe(2025);
		expect(down.ok && down.verdict).toBe('not_met');
		const flat = playground(example, 0, 1);
		expect(flat.ok && flat.value).toBe(TECH_2024);
		expect(flat.ok && flat.verdict).toBe('met');
	});

	it('does not judge a value of another year against the 2025 target', () => {
		const later = playground(example, 5, 3);
		expect(later.ok && later.year).toBe(2027);
		expect(later.ok && later.verdict).toBeNull();
		const now = playground(example, 0, 0);
		expect(now.ok && now.verdict).toBeNull();
	});

	it('accepts the edges of the ranges', () => {
		expect(playground(example, -50, 0).ok).toBe(true);
		expect(playground(example, 100, 60).ok).toBe(true);
	});

	it.each([
		{ growth: null, years: 1, field: 'growth', reason: 'not_a_number' },
		{ growth: Number.NaN, years: 1, field: 'growth', reason: 'not_a_number' },
		{ growth: 200, years: 1, field: 'growth', reason: 'out_of_range' },
		{ growth: -60, years: 1, field: 'growth', reason: 'out_of_range' },
		{ growth: 5, years: null, field: 'years', reason: 'not_a_number' },
		{ growth: 5, years: 2.5, field: 'years', reason: 'not_a_number' },
		{ growth: 5, years: 61, field: 'years', reason: 'out_of_range' },
		{ growth: 5, years: -1, field: 'years', reason: 'out_of_range' }
	])('refuses growth $growth and years $years ($reason)', ({ growth, years, field, reason }) => {
		expect(playground(example, growth, years)).toEqual({ ok: false, field, reason });
	});

	it('starts from the example growth rounded to a tenth of a percent and its years', () => {
		expect(playgroundDefaults(example)).toEqual({ growthPercent: 10, years: 1 });
	});
});

describe('averageExample', () => {
	const example = averageExample(defaults, 'digital_economy_growth')!;

	it('lists the published digital-economy rates of 2021–2025', () => {
		expect(example.window).toEqual({ from: 2021, to: 2025 });
		expect(example.rates.map((r) => r.rate)).toEqual(
			DIGITAL_RATES.map((r) => expect.closeTo(r, 12))
		);
		expect(example.rates.every((r) => r.kind === 'actual')).toBe(true);
	});

	it('gives a compound average below the arithmetic mean', () => {
		expect(example.arithmetic!).toBeCloseTo(0.0848, 12);
		const product = DIGITAL_RATES.reduce((p, r) => p * (1 + r), 1);
		expect(example.compound!).toBeCloseTo(product ** (1 / 5) - 1, 12);
		expect(example.compound!).toBeCloseTo(0.0844452, 6);
		expect(example.gap!).toBeGreaterThan(0);
		expect(example.totalFactor!).toBeCloseTo(product, 12);
		expect(example.arithmeticFactor!).toBeGreaterThan(example.totalFactor!);
	});

	it('estimates the volatility drag from the variance of the rates', () => {
		expect(example.variance!).toBeCloseTo(0.00077296, 8);
		expect(example.approximateCompound!).toBeCloseTo(0.0848 - 0.00077296 / (2 * 1.0848), 10);
		expect(Math.abs(example.approximateCompound! - example.compound!)).toBeLessThan(5e-6);
	});

	it('shows that dropping 2021 from the window pulls the average under the target', () => {
		const later = [0.044, 0.085, 0.077, 0.087].reduce((p, r) => p * (1 + r), 1) ** 0.25 - 1;
		expect(example.laterWindow).toMatchObject({ from: 2022, to: 2025 });
		expect(example.laterWindow!.compound!).toBeCloseTo(later, 12);
		expect(example.laterWindow!.compound!).toBeCloseTo(0.07311, 4);
		expect(example.laterWindow!.verdict).toBe('within_tolerance');
		expect(example.verdict).toBe('met');
	});

	it('has no averages while a year of the window has no rate', () => {
		const e = averageExample(
			evaluate({ averageWindow: { from: 2019, to: 2025 } }),
			'digital_economy_growth'
		)!;
		expect(e.rates.some((r) => r.rate === null)).toBe(true);
		expect(e.compound).toBeNull();
		expect(e.variance).toBeNull();
		expect(e.laterWindow!.compound).toBeNull();
	});

	it('is null for a target without an average', () => {
		expect(averageExample(defaults, 'tech_contracts')).toBeNull();
	});
});

describe('ratioExample', () => {
	const example = ratioExample(defaults, 'rd_intensity')!;

	it('reads R0 from 2024 R&D spending and GDP', () => {
		expect(example.baseYear).toBe(2024);
		expect(example.years).toBe(1);
		expect(example.numeratorBase).toBe(RD_2024);
		expect(example.denominatorBase).toBe(GDP_2024);
		expect(example.ratioBase).toBeCloseTo((100 * RD_2024) / GDP_2024, 12);
		expect(example.ratioBase).toBeCloseTo(6.57744, 5);
	});

	it('takes the denominator growth from the published 2025 GDP', () => {
		expect(example.denominatorTarget).toBe(GDP_2025);
		expect(example.denominatorTargetKind).toBe('published');
		expect(example.denominatorGrowth).toBeCloseTo(GDP_2025 / GDP_2024 - 1, 12);
	});

	it('gives the closed-form required growth, equal to the model’s', () => {
		const hand = (6 * GDP_2025) / 100 / RD_2024 - 1;
		expect(hand).toBeCloseTo(-0.046973, 6);
		expect(example.requiredGrowth).toBeCloseTo(hand, 12);
		expect(example.numeratorNeeded).toBeCloseTo((6 * GDP_2025) / 100, 9);
		expect(example.agrees).toBe(true);
	});

	it.each<[string, Partial<Scenario>]>([
		// As of 2023, GDP's only figure on its basis is the census-revised 2023 one: no growth.
		['as of 2022', { asOf: 2022 }],
		['as of 2021 with 6 % GDP growth', { asOf: 2021, growth: { gdp: 0.06 } }],
		['with a GDP growth override for 2025', { asOf: 2022, yearlyGrowth: { gdp: { 2025: 0.1 } } }]
	])('agrees with the model’s required growth %s', (_, scenario) => {
		const e = ratioExample(evaluate(scenario), 'rd_intensity')!;
		expect(e.years).toBeGreaterThan(1);
		expect(e.requiredGrowth).toBeCloseTo(e.modelRequiredGrowth!, 9);
		expect(e.agrees).toBe(true);
	});

	it('is null where the denominator has no 2025 value or the target is not a ratio', () => {
		expect(ratioExample(defaults, 'rd_personnel_density')).toBeNull();
		expect(ratioExample(defaults, 'tech_contracts')).toBeNull();
	});
});

describe('basisRows and breakExample', () => {
	const gdp = breakExample(defaults, 'gdp');

	it('finds the two census breaks in Beijing GDP: 2018→2019 and 2022→2023 (2023 revised)', () => {
		expect(gdp.breaks.map((b) => [b.year, b.breakFrom, b.basis])).toEqual([
			[2019, 'c3', 'c4'],
			[2023, 'c4', 'c5']
		]);
		expect(gdp.breaks[0]!.levelRatio!).toBeCloseTo(35371.3 / 30320 - 1, 12);
		expect(gdp.breaks[1]!.levelRatio!).toBeCloseTo(GDP_2023 / 41610.9 - 1, 12);
	});

	it('computes no growth across a break and level-ratio growth inside a basis', () => {
		const byYear = new Map(gdp.rows.map((r) => [r.year, r]));
		expect(byYear.get(2019)!.growth).toBeNull();
		expect(byYear.get(2023)!.growth).toBeNull();
		expect(byYear.get(2024)!.growth!).toBeCloseTo(GDP_2024 / GDP_2023 - 1, 12);
		expect(byYear.get(2025)!.growth!).toBeCloseTo(GDP_2025 / GDP_2024 - 1, 12);
		expect(byYear.get(2025)!.growthSource).toBe('levels');
		expect(byYear.get(2015)!.growth).toBeNull();
	});

	it('starts the default GDP growth after the latest break', () => {
		expect(gdp.defaultGrowth).toMatchObject({ kind: 'compound', from: 2023, to: 2025 });
		expect(gdp.windowYears).toBe(5);
	});

	it('bridges the high-tech break with the published growth rate instead of the level ratio', () => {
		const rows = basisRows(defaults.drivers.hightech_va.history);
		const row = rows.find((r) => r.year === 2024)!;
		expect(row.breakFrom).toBe('c4');
		expect(row.levelRatio!).toBeCloseTo(14900 / 11875.4 - 1, 12);
		expect(row.growth!).toBeCloseTo(0.064, 12);
		expect(row.growthSource).toBe('published_rate');
	});

	it('does not call a gap between years a break', () => {
		const rows = basisRows(defaults.drivers.hightech_va.history);
		expect(rows.find((r) => r.year === 2023)!.breakFrom).toBeNull();
	});

	it('publishedValue reads the preferred observation of a series', () => {
		expect(publishedValue(observations, 'gdp_real_growth', 2024)).toEqual({
			value: 5.2,
			basis: 'real'
		});
		expect(publishedValue(observations, 'gdp_real_growth', 1990)).toBeNull();
		expect(publishedValue(observations, 'no_such_series', 2024)).toBeNull();
	});
});
