import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import vintage202611Json from '../../../seeds/vintages/2026-11.json';
import { observations, plan } from './data';
import { validateObservations } from './schema';
import { defaultAsOf, type Evaluation, type TargetResult } from './evaluate';
import { evaluateScenario } from './scenarioEvaluation';
import { PARAMETERS } from './parameters';
import { DRIVER_IDS, emptyScenario, type DriverId, type Scenario, type TargetId } from './types';
import type { Verdict } from './verdict';

const { min: MIN_GROWTH, max: MAX_GROWTH } = PARAMETERS.growth.hard;
const MIN_AS_OF = PARAMETERS.asOf.hard.min;

const evaluate = (scenario: Partial<Scenario> = {}): Evaluation =>
	evaluateScenario(plan, observations, { ...emptyScenario(), ...scenario });
const vintage202611 = validateObservations(vintage202611Json, 'seeds/vintages/2026-11.json');
const targetOf = (evaluation: Evaluation, id: TargetId): TargetResult =>
	evaluation.targets.find((t) => t.id === id)!;
const pathValue = (evaluation: Evaluation, driver: DriverId, year: number) =>
	evaluation.drivers[driver].path.find((p) => p.year === year);

// Default (trailing, 5-year) growth of each driver, computed by hand from the published figures.
const gRdSpend = (3278.4 / 2233.6) ** (1 / 5) - 1; // 2019 → 2024
const gBasic = (472.3 / 277.8) ** (1 / 5) - 1; // 2018 → 2023
const gPersonnel = (402152 / 267338) ** (1 / 5) - 1; // 2018 → 2023
const gTechContracts = (9153 / 5695.3) ** (1 / 5) - 1; // 2019 → 2024
const gZgc = (87000 / 58841.9) ** (1 / 5) - 1; // 2018 → 2023, bridging the gaps
const gDigital = (1.131 * 1.044 * 1.085 * 1.077 * 1.087) ** (1 / 5) - 1; // published rates
const GDP_2025 = 52073.4; // published: no projection needed
const rdSpend2025 = 3278.4 * (1 + gRdSpend);
const basic2025 = 472.3 * (1 + gBasic) ** 2;
const personnel2025 = 402152 * (1 + gPersonnel) ** 2;

const RANK: Partial<Record<Verdict, number>> = { not_met: 0, within_tolerance: 1, met: 2 };

describe('evaluateScenario with the default assumptions', () => {
	const result = evaluate();

	it('uses the latest data year, the plan’s tolerance and its windows', () => {
		expect(result.asOf).toBe(2025);
		expect(defaultAsOf(plan, observations)).toBe(2025);
		expect(result.targetYear).toBe(2025);
		expect(result.tolerance).toBe(0.05);
		expect(result.growthWindowYears).toBe(5);
		expect(result.averageWindow).toEqual({ from: 2021, to: 2025 });
		expect(result.issues).toEqual([]);
		expect(result.targets.map((t) => t.id)).toEqual(plan.targets.map((t) => t.id));
	});

	it('rd_intensity: 3278.4 × (3278.4/2233.6)^(1/5) / 52073.4 × 100 ≈ 6.80 % is met', () => {
		const t = targetOf(result, 'rd_intensity');
		expect(t.projected).toBeCloseTo(((3278.4 * (3278.4 / 2233.6) ** (1 / 5)) / 52073.4) * 100, 9);
		expect(t.projected).toBeCloseTo(6.798, 3);
		expect(t.verdict).toBe('met');
		expect(t.tolerance).toBe(0.05);
		expect(t.baseYear).toBe(2024);
		expect(t.baseValue).toBeCloseTo((3278.4 / 49843.1) * 100, 9);
		expect(t.assumedGrowth).toBeCloseTo(gRdSpend, 12);
		// R&D spending in 2025 that gives exactly 6 % of the published 2025 GDP.
		expect(t.requiredGrowth).toBeCloseTo((0.06 * GDP_2025) / 3278.4 - 1, 9);
		expect(t.requiredGrowthWithinTolerance).toBeCloseTo((0.057 * GDP_2025) / 3278.4 - 1, 9);
		expect(t.margin).toBeCloseTo(t.projected! - 6, 12);
		expect(t.marginRelative).toBeCloseTo((t.projected! - 6) / 6, 12);
		expect(t.missing).toEqual([]);
	});

	it('basic_research_share: 472.3 × (1+g)² / (3278.4 × (1+g′)) × 100 ≈ 16.5 % is within tolerance', () => {
		const t = targetOf(result, 'basic_research_share');
		expect(t.projected).toBeCloseTo((basic2025 / rdSpend2025) * 100, 9);
		expect(t.projected).toBeCloseTo(16.498, 3);
		expect(t.verdict).toBe('within_tolerance');
		expect(t.baseYear).toBe(2023);
		expect(t.baseValue).toBeCloseTo((472.3 / 2947.1) * 100, 9);
		expect(t.requiredGrowth).toBeCloseTo(((0.17 * rdSpend2025) / 472.3) ** 0.5 - 1, 9);
		expect(t.requiredGrowthWithinTolerance).toBeCloseTo(
			((0.17 * 0.95 * rdSpend2025) / 472.3) ** 0.5 - 1,
			9
		);
	});

	it('rd_personnel_density needs an employment growth: employed has one published level', () => {
		const t = targetOf(result, 'rd_personnel_density');
		expect(t.verdict).toBe('needs_assumption');
		expect(t.projected).toBeNull();
		expect(t.missing).toEqual(['employed']);
		expect(t.requiredGrowth).toBeNull();
		expect(t.requiredGrowthNote).toBe('missing_assumption');
		expect(t.margin).toBeNull();
		// The only year with both figures: 2016 personnel over 2016 employed.
		expect(t.baseYear).toBe(2016);
		expect(t.baseValue).toBeCloseTo(253337 / 1220.1, 9);
		expect(result.drivers.employed.growthSource).toBe('none');
	});

	it('hightech_va: 14900 × 1.064 exceeds 12000', () => {
		const t = targetOf(result, 'hightech_va');
		expect(t.projected).toBeCloseTo(14900 * 1.064, 9);
		expect(t.verdict).toBe('met');
		expect(t.tolerance).toBeNull();
		expect(t.requiredGrowth).toBeCloseTo(12000 / 14900 - 1, 12);
		expect(t.requiredGrowthWithinTolerance).toBeNull();
		expect(t.firstYearMet).toEqual({ year: 2024, actual: true });
	});

	it('digital_economy_growth: the compound mean of 13.1, 4.4, 8.5, 7.7, 8.7 % is met', () => {
		const t = targetOf(result, 'digital_economy_growth');
		expect(t.window).toEqual({ from: 2021, to: 2025 });
		expect(t.projected).toBeCloseTo(gDigital, 12);
		expect(t.average!.compound).toBeCloseTo(0.0844, 4);
		expect(t.average!.arithmetic).toBeCloseTo(0.0848, 12);
		expect(t.average!.rates.map((r) => r.kind)).toEqual(Array(5).fill('actual'));
		expect(t.average!.rates.map((r) => r.rate)).toEqual([
			expect.closeTo(0.131, 12),
			expect.closeTo(0.044, 12),
			expect.closeTo(0.085, 12),
			expect.closeTo(0.077, 12),
			expect.closeTo(0.087, 12)
		]);
		expect(t.verdict).toBe('met');
		expect(t.requiredGrowth).toBeNull();
		expect(t.requiredGrowthNote).toBe('no_years_left');
		expect(t.margin).toBeCloseTo(gDigital - 0.075, 12);
	});

	it('digital_economy_growth over 2022–2025 (about 7.3 %) is within tolerance, not met', () => {
		const t = targetOf(
			evaluate({ averageWindow: { from: 2022, to: 2025 } }),
			'digital_economy_growth'
		);
		expect(t.projected).toBeCloseTo((1.044 * 1.085 * 1.077 * 1.087) ** (1 / 4) - 1, 12);
		expect(t.average!.arithmetic).toBeCloseTo(0.07325, 12);
		expect(t.verdict).toBe('within_tolerance');
		expect(
			targetOf(
				evaluate({ averageWindow: { from: 2022, to: 2025 }, tolerance: 0 }),
				'digital_economy_growth'
			).verdict
		).toBe('not_met');
	});

	it('tech_contracts: 9153 × (9153/5695.3)^(1/5) exceeds 8000, first passed in 2023', () => {
		const t = targetOf(result, 'tech_contracts');
		expect(t.projected).toBeCloseTo(9153 * (1 + gTechContracts), 9);
		expect(t.verdict).toBe('met');
		expect(t.requiredGrowth).toBeCloseTo(8000 / 9153 - 1, 12);
		expect(t.margin).toBeCloseTo(9153 * (1 + gTechContracts) - 8000, 9);
		expect(t.firstYearMet).toEqual({ year: 2023, actual: true });
		expect(t.ratchet.find((r) => r.year === 2023)!.requiredGrowth).toBeCloseTo(
			(8000 / 8536.9) ** (1 / 2) - 1,
			12
		);
		expect(t.ratchet.find((r) => r.year === 2015)!.requiredGrowth).toBeCloseTo(
			(8000 / 3452.6) ** (1 / 10) - 1,
			12
		);
	});

	it.each([
		{ id: 'zgc_revenue', projected: 87000 * (1 + gZgc) ** 2 },
		{ id: 'unicorns', projected: 78 }
	] satisfies { id: TargetId; projected: number }[])(
		'$id is tracked without a numeric verdict',
		({ id, projected }) => {
			const t = targetOf(result, id);
			expect(t.verdict).toBe('no_numeric_target');
			expect(t.projected).toBeCloseTo(projected, 6);
			expect(t.requiredGrowth).toBeNull();
			expect(t.requiredGrowthNote).toBe('not_applicable');
			expect(t.margin).toBeNull();
			expect(t.firstYearMet).toBeNull();
		}
	);

	it('basic_research_share is first met in 2027 if both spends keep their trailing growth', () => {
		const share = (year: number) =>
			((472.3 * (1 + gBasic) ** (year - 2023)) / (3278.4 * (1 + gRdSpend) ** (year - 2024))) * 100;
		expect(share(2026)).toBeLessThan(17);
		expect(share(2027)).toBeGreaterThanOrEqual(17);
		expect(targetOf(result, 'basic_research_share').firstYearMet).toEqual({
			year: 2027,
			actual: false
		});
	});

	it('marks each driver’s path as history, then projection', () => {
		expect(pathValue(result, 'rd_spend', 2024)).toEqual({
			year: 2024,
			value: 3278.4,
			kind: 'published'
		});
		expect(pathValue(result, 'rd_spend', 2025)!.kind).toBe('projected');
		expect(pathValue(result, 'rd_spend', 2025)!.value).toBeCloseTo(rdSpend2025, 9);
		expect(pathValue(result, 'digital_va', 2025)!.kind).toBe('derived');
		expect(pathValue(result, 'gdp', 2025)).toEqual({
			year: 2025,
			value: GDP_2025,
			kind: 'published'
		});
		expect(result.drivers.gdp.targetYearValue).toBe(GDP_2025);
		expect(result.drivers.gdp.yearlyRates).toEqual([]);
	});

	it('is deterministic: the same scenario gives the same result', () => {
		expect(evaluate()).toEqual(result);
	});
});

describe('evaluateScenario as of an earlier year', () => {
	const result = evaluate({ asOf: 2023 });

	it('high-tech as of 2023 needs an assumption but knows the growth required: ≈ 0.5232 %', () => {
		const t = targetOf(result, 'hightech_va');
		expect(t.verdict).toBe('needs_assumption');
		expect(t.projected).toBeNull();
		expect(t.missing).toEqual(['hightech_va']);
		expect(t.baseYear).toBe(2023);
		expect(t.baseValue).toBe(11875.4);
		expect(t.requiredGrowth).toBeCloseTo((12000 / 11875.4) ** (1 / 2) - 1, 12);
		expect(t.requiredGrowth).toBeCloseTo(0.005232, 6);
		expect(t.requiredGrowthNote).toBeNull();
	});

	it('keeps later actuals aside and projects over them', () => {
		// GDP as first published for 2023 (c4), as in the data vintage 2026-11; the 2026-12 data
		// holds the census-revised value, on a basis of its own (series.test.ts).
		const result = evaluateScenario(plan, vintage202611, { ...emptyScenario(), asOf: 2023 });
		const gdp = result.drivers.gdp;
		expect(gdp.baseYear).toBe(2023);
		expect(gdp.baseValue).toBe(43760.7);
		expect(gdp.history.laterActuals.map((p) => [p.year, p.value])).toEqual([
			[2024, 49843.1],
			[2025, 52073.4]
		]);
		const g = (43760.7 / 35371.3) ** (1 / 4) - 1;
		expect(gdp.growth).toBeCloseTo(g, 12);
		expect(pathValue(result, 'gdp', 2024)).toEqual({
			year: 2024,
			value: expect.closeTo(43760.7 * (1 + g), 9),
			kind: 'projected'
		});
		expect(gdp.targetYearValue).toBeCloseTo(43760.7 * (1 + g) ** 2, 9);
		expect(result.drivers.hightech_va.history.laterActuals.map((p) => p.value)).toEqual([14900]);
		expect(result.drivers.tech_contracts.history.laterActuals.map((p) => p.value)).toEqual([9153]);
	});

	it('tech_contracts as of 2023 uses its 2018–2023 growth and needs (8000/8536.9)^(1/2) − 1', () => {
		const t = targetOf(result, 'tech_contracts');
		expect(t.projected).toBeCloseTo(8536.9 * (8536.9 / 4957.8) ** (2 / 5), 9);
		expect(t.requiredGrowth).toBeCloseTo((8000 / 8536.9) ** (1 / 2) - 1, 12);
		expect(t.firstYearMet).toEqual({ year: 2023, actual: true });
	});

	it('digital_economy_growth as of 2023 projects two years and solves for the rest', () => {
		const t = targetOf(result, 'digital_economy_growth');
		const g = (1.131 * 1.044 * 1.085) ** (1 / 3) - 1;
		expect(t.average!.rates.map((r) => r.kind)).toEqual([
			'actual',
			'actual',
			'actual',
			'projected',
			'projected'
		]);
		expect(t.projected).toBeCloseTo(g, 12);
		expect(t.requiredGrowth).toBeCloseTo((1.075 ** 5 / (1.131 * 1.044 * 1.085)) ** (1 / 2) - 1, 12);
		expect(t.requiredGrowthWithinTolerance).toBeCloseTo(
			((1 + 0.075 * 0.95) ** 5 / (1.131 * 1.044 * 1.085)) ** (1 / 2) - 1,
			12
		);
		expect(t.ratchet.map((r) => r.year)).toEqual([2020, 2021, 2022]);
		expect(t.ratchet[0]!.requiredGrowth).toBeCloseTo(0.075, 12);
	});

	it('a digital-economy override for 2024 changes only that year’s rate in the average', () => {
		const t = targetOf(
			evaluate({ asOf: 2023, yearlyGrowth: { digital_va: { 2024: 0.2 } } }),
			'digital_economy_growth'
		);
		const g = (1.131 * 1.044 * 1.085) ** (1 / 3) - 1;
		expect(t.average!.rates[3]!.rate).toBe(0.2);
		expect(t.average!.rates[4]!.rate).toBeCloseTo(g, 12);
		expect(t.projected).toBeCloseTo((1.131 * 1.044 * 1.085 * 1.2 * (1 + g)) ** (1 / 5) - 1, 12);
	});
});

describe('evaluateScenario with user assumptions', () => {
	it.each([
		{ employedGrowth: 0.01, verdict: 'met' },
		{ employedGrowth: 0.05, verdict: 'within_tolerance' },
		{ employedGrowth: 0.06, verdict: 'not_met' }
	] satisfies { employedGrowth: number; verdict: Verdict }[])(
		'rd_personnel_density becomes numeric with employed growing $employedGrowth a year: $verdict',
		({ employedGrowth, verdict }) => {
			const result = evaluate({ growth: { employed: employedGrowth } });
			const t = targetOf(result, 'rd_personnel_density');
			const employed2025 = 1220.1 * (1 + employedGrowth) ** 9;
			expect(t.projected).toBeCloseTo(personnel2025 / employed2025, 9);
			expect(t.verdict).toBe(verdict);
			expect(t.missing).toEqual([]);
			expect(t.requiredGrowth).toBeCloseTo(((260 * employed2025) / 402152) ** (1 / 2) - 1, 12);
			expect(result.drivers.employed.growthSource).toBe('user');
		}
	);

	it('a user value for employed persons gives them a default growth from 2016', () => {
		const result = evaluate({ userValues: { employed: { 2020: 1300 } } });
		const g = (1300 / 1220.1) ** (1 / 4) - 1;
		expect(result.drivers.employed.growth).toBeCloseTo(g, 12);
		expect(result.drivers.employed.growthSource).toBe('default');
		expect(pathValue(result, 'employed', 2020)!.kind).toBe('user');
		const t = targetOf(result, 'rd_personnel_density');
		expect(t.projected).toBeCloseTo(personnel2025 / (1300 * (1 + g) ** 5), 9);
		expect(t.indicatorPath.find((p) => p.year === 2020)).toEqual({
			year: 2020,
			value: expect.closeTo(336280 / 1300, 9),
			kind: 'user'
		});
	});

	it.each([
		{ growth: 0, projected: (3278.4 / 52073.4) * 100, verdict: 'met' },
		{ growth: -0.09, projected: ((3278.4 * 0.91) / 52073.4) * 100, verdict: 'within_tolerance' },
		{ growth: -0.2, projected: ((3278.4 * 0.8) / 52073.4) * 100, verdict: 'not_met' }
	] satisfies { growth: number; projected: number; verdict: Verdict }[])(
		'a user growth of $growth for R&D spending gives rd_intensity $verdict',
		({ growth, projected, verdict }) => {
			const t = targetOf(evaluate({ growth: { rd_spend: growth } }), 'rd_intensity');
			expect(t.assumedGrowth).toBe(growth);
			expect(t.projected).toBeCloseTo(projected, 9);
			expect(t.verdict).toBe(verdict);
		}
	);

	it('a per-year override changes only the rate of its year', () => {
		const before = evaluate();
		const after = evaluate({ yearlyGrowth: { basic_spend: { 2024: 0.3 } } });
		expect(after.drivers.basic_spend.yearlyRates).toEqual([
			{ year: 2024, rate: 0.3, overridden: true },
			{ year: 2025, rate: expect.closeTo(gBasic, 12), overridden: false }
		]);
		expect(pathValue(after, 'basic_spend', 2024)!.value).toBeCloseTo(472.3 * 1.3, 9);
		expect(pathValue(after, 'basic_spend', 2025)!.value).toBeCloseTo(472.3 * 1.3 * (1 + gBasic), 9);
		expect(after.drivers.basic_spend.growth).toBe(before.drivers.basic_spend.growth);
		expect(after.drivers.basic_spend.history).toEqual(before.drivers.basic_spend.history);
		for (const id of DRIVER_IDS.filter((d) => d !== 'basic_spend'))
			expect(after.drivers[id]).toEqual(before.drivers[id]);
		expect(targetOf(after, 'basic_research_share').projected).toBeCloseTo(
			((472.3 * 1.3 * (1 + gBasic)) / rdSpend2025) * 100,
			9
		);
	});

	it('an override for 2025 leaves the 2024 projection alone', () => {
		const after = evaluate({ yearlyGrowth: { basic_spend: { 2025: -0.5 } } });
		expect(pathValue(after, 'basic_spend', 2024)!.value).toBeCloseTo(472.3 * (1 + gBasic), 9);
		expect(after.drivers.basic_spend.targetYearValue).toBeCloseTo(472.3 * (1 + gBasic) * 0.5, 9);
	});

	it('an override for a year with data changes nothing', () => {
		expect(evaluate({ yearlyGrowth: { basic_spend: { 2020: 0.5 } } }).drivers).toEqual(
			evaluate().drivers
		);
	});

	it('overrides can stand in for a missing growth', () => {
		const t = targetOf(
			evaluate({ asOf: 2023, yearlyGrowth: { hightech_va: { 2024: 0.01, 2025: 0.02 } } }),
			'hightech_va'
		);
		expect(t.projected).toBeCloseTo(11875.4 * 1.01 * 1.02, 9);
		expect(t.verdict).toBe('met');
	});

	it.each([
		{ tolerance: 0.05, verdict: 'within_tolerance' },
		{ tolerance: 0.0296, verdict: 'within_tolerance' },
		{ tolerance: 0.0295, verdict: 'not_met' },
		{ tolerance: 0.02, verdict: 'not_met' },
		{ tolerance: 0, verdict: 'not_met' }
	] satisfies { tolerance: number; verdict: Verdict }[])(
		'basic_research_share with tolerance $tolerance is $verdict (short by ≈ 2.96 %)',
		({ tolerance, verdict }) => {
			const result = evaluate({ tolerance });
			expect((17 - (basic2025 / rdSpend2025) * 100) / 17).toBeCloseTo(0.02956, 5);
			expect(result.tolerance).toBe(tolerance);
			expect(targetOf(result, 'basic_research_share').verdict).toBe(verdict);
			expect(targetOf(result, 'basic_research_share').tolerance).toBe(tolerance);
		}
	);

	it('a shorter growth window changes the default growth', () => {
		const result = evaluate({ growthWindowYears: 2 });
		expect(result.growthWindowYears).toBe(2);
		expect(result.drivers.rd_spend.growth).toBeCloseTo((3278.4 / 2843.3) ** (1 / 2) - 1, 12);
	});
});

describe('evaluateScenario with invalid input', () => {
	it.each([
		{ scenario: { asOf: 2015 }, field: 'asOf', reason: 'invalid_as_of' },
		{ scenario: { asOf: 2026 }, field: 'asOf', reason: 'invalid_as_of' },
		{ scenario: { asOf: 2020.5 }, field: 'asOf', reason: 'invalid_as_of' },
		{ scenario: { asOf: Number.NaN }, field: 'asOf', reason: 'invalid_as_of' },
		{ scenario: { tolerance: -0.1 }, field: 'tolerance', reason: 'invalid_tolerance' },
		{ scenario: { tolerance: 0.6 }, field: 'tolerance', reason: 'invalid_tolerance' },
		{
			scenario: { tolerance: Number.POSITIVE_INFINITY },
			field: 'tolerance',
			reason: 'invalid_tolerance'
		},
		{ scenario: { growthWindowYears: 0 }, field: 'growthWindowYears', reason: 'invalid_window' },
		{ scenario: { growthWindowYears: 2.5 }, field: 'growthWindowYears', reason: 'invalid_window' },
		{
			scenario: { averageWindow: { from: 2025, to: 2021 } },
			field: 'averageWindow',
			reason: 'invalid_window'
		},
		{
			scenario: { averageWindow: { from: 2021, to: 2026 } },
			field: 'averageWindow',
			reason: 'invalid_window'
		},
		{ scenario: { growth: { gdp: Number.NaN } }, field: 'growth.gdp', reason: 'invalid_growth' },
		{ scenario: { growth: { gdp: -1 } }, field: 'growth.gdp', reason: 'invalid_growth' },
		{ scenario: { growth: { gdp: 1e308 } }, field: 'growth.gdp', reason: 'invalid_growth' },
		{ scenario: { growth: { gpd: 0.05 } }, field: 'growth.gpd', reason: 'unknown_driver' },
		{
			scenario: { yearlyGrowth: { gdp: { 2030: 0.05 } } },
			field: 'yearlyGrowth.gdp.2030',
			reason: 'invalid_year'
		},
		{
			scenario: { yearlyGrowth: { gdp: { 2025: Number.NEGATIVE_INFINITY } } },
			field: 'yearlyGrowth.gdp.2025',
			reason: 'invalid_growth'
		},
		{
			scenario: { yearlyGrowth: { gpd: { 2025: 0.05 } } },
			field: 'yearlyGrowth.gpd',
			reason: 'unknown_driver'
		},
		{
			scenario: { userValues: { employed: { 2020: 0 } } },
			field: 'userValues.employed.2020',
			reason: 'invalid_value'
		},
		{
			scenario: { userValues: { employed: { 2020: -5 } } },
			field: 'userValues.employed.2020',
			reason: 'invalid_value'
		},
		{
			scenario: { userValues: { employed: { 2020: 1e308 } } },
			field: 'userValues.employed.2020',
			reason: 'invalid_value'
		},
		{
			scenario: { userValues: { employed: { 2016: 1300 } } },
			field: 'userValues.employed.2016',
			reason: 'published_year'
		},
		{
			scenario: { userValues: { employed: { 1900: 1300 } } },
			field: 'userValues.employed.1900',
			reason: 'invalid_year'
		},
		{
			scenario: { userValues: { staff: { 2020: 1300 } } },
			field: 'userValues.staff',
			reason: 'unknown_driver'
		}
	])('reports $field ($reason) and falls back to the default', ({ scenario, field, reason }) => {
		const result = evaluate(scenario as Partial<Scenario>);
		expect(result.issues).toEqual([{ field, value: expect.any(String), reason }]);
		const defaults = evaluate();
		expect(result.asOf).toBe(defaults.asOf);
		expect(result.tolerance).toBe(defaults.tolerance);
		expect(result.growthWindowYears).toBe(defaults.growthWindowYears);
		expect(result.averageWindow).toEqual(defaults.averageWindow);
		expect(result.targets.map((t) => t.verdict)).toEqual(defaults.targets.map((t) => t.verdict));
	});

	// Regression: entered values (finite, positive, ≤ 1e12) can imply an absurd default growth
	// (1e-300 → 1e12 overflows); it must be reported, not projected.
	it('keeps every number finite for extreme user values, and reports the absurd default growth they imply', () => {
		const { min, max } = PARAMETERS.userValue.hard;
		const result = evaluate({ userValues: { employed: { 2024: min, 2025: max } } });
		expect(result.issues).toEqual([
			{ field: 'growth.employed', value: String(max / min - 1), reason: 'default_out_of_range' }
		]);
		expect(nonFiniteNumbers(result)).toEqual([]);
		// Below the table's smallest value (one link decimal) the model refuses the entry itself.
		expect(evaluate({ userValues: { employed: { 2024: 1e-300 } } }).issues).toEqual([
			{ field: 'userValues.employed.2024', value: '1e-300', reason: 'invalid_value' }
		]);
	});
});

/** Paths of numbers in a result that are not finite (NaN or ±Infinity), skipping `spec` and `history`. */
function nonFiniteNumbers(value: unknown, path = 'result', out: string[] = []): string[] {
	if (typeof value === 'number') {
		if (!Number.isFinite(value)) out.push(`${path} = ${value}`);
	} else if (Array.isArray(value)) {
		value.forEach((v, i) => nonFiniteNumbers(v, `${path}[${i}]`, out));
	} else if (value !== null && typeof value === 'object') {
		for (const [key, v] of Object.entries(value))
			if (key !== 'spec' && key !== 'history') nonFiniteNumbers(v, `${path}.${key}`, out);
	}
	return out;
}

describe('evaluateScenario properties', () => {
	const NUMERIC_TARGETS = plan.targets.filter((t) => t.kind !== 'qualitative');
	const LEVEL_OR_RATIO = plan.targets.filter((t) => t.kind === 'level' || t.kind === 'ratio');
	const asOf = fc.option(fc.integer({ min: MIN_AS_OF, max: 2025 }), { nil: null });
	const growth = fc.double({ min: MIN_GROWTH, max: MAX_GROWTH, noNaN: true });
	const modestGrowth = fc.double({ min: -0.3, max: 0.5, noNaN: true });
	const growthByDriver = fc
		.array(fc.tuple(fc.constantFrom(...DRIVER_IDS), modestGrowth), { maxLength: DRIVER_IDS.length })
		.map((entries) => Object.fromEntries(entries) as Partial<Record<DriverId, number>>);

	it('(a) verdicts are monotone in growth: raising the numerator’s growth never makes things worse', () => {
		fc.assert(
			fc.property(
				fc.constantFrom(...NUMERIC_TARGETS),
				asOf,
				growthByDriver,
				fc.option(fc.double({ min: 0, max: 0.5, noNaN: true }), { nil: null }),
				growth,
				growth,
				(spec, asOfYear, others, tolerance, g1, g2) => {
					const [low, high] = g1 <= g2 ? [g1, g2] : [g2, g1];
					const at = (g: number) =>
						targetOf(
							evaluate({ asOf: asOfYear, tolerance, growth: { ...others, [spec.numerator]: g } }),
							spec.id
						);
					const slow = at(low);
					const fast = at(high);
					if (slow.verdict === 'needs_assumption') expect(fast.verdict).toBe('needs_assumption');
					else {
						expect(RANK[fast.verdict]!).toBeGreaterThanOrEqual(RANK[slow.verdict]!);
						expect(fast.projected!).toBeGreaterThanOrEqual(
							slow.projected! - 1e-12 * Math.abs(slow.projected!)
						);
					}
				}
			),
			{ seed: 42, numRuns: 400 }
		);
	});

	it('(b) setting the numerator’s growth to the required growth projects onto the target', () => {
		fc.assert(
			fc.property(
				fc.constantFrom(...LEVEL_OR_RATIO),
				asOf,
				growthByDriver,
				(spec, asOfYear, growthRates) => {
					const scenario = { asOf: asOfYear, growth: growthRates };
					const required = targetOf(evaluate(scenario), spec.id);
					if (required.requiredGrowth === null) {
						expect(required.requiredGrowthNote).not.toBeNull();
						return;
					}
					const solved = targetOf(
						evaluate({
							...scenario,
							growth: { ...growthRates, [spec.numerator]: required.requiredGrowth }
						}),
						spec.id
					);
					expect(solved.projected! / spec.target!).toBeCloseTo(1, 9);
				}
			),
			{ seed: 42, numRuns: 500 }
		);
	});

	it('(b) holds for every level and ratio target as of each year, with employment growing 1 %', () => {
		for (const year of [2016, 2018, 2020, 2022, 2023, 2024, 2025])
			for (const spec of LEVEL_OR_RATIO) {
				const scenario = { asOf: year, growth: { employed: 0.01 } };
				const required = targetOf(evaluate(scenario), spec.id);
				if (required.requiredGrowth === null) {
					expect(required.requiredGrowthNote).not.toBeNull();
					continue;
				}
				const solved = targetOf(
					evaluate({
						...scenario,
						growth: { ...scenario.growth, [spec.numerator]: required.requiredGrowth }
					}),
					spec.id
				);
				expect(solved.projected! / spec.target!).toBeCloseTo(1, 9);
			}
	});

	describe('(c) no scenario input throws or leaves a non-finite number', () => {
		const VALID_KEYS: string[] = [...DRIVER_IDS];
		const UNKNOWN_KEYS = ['foo', 'GDP', 'constructor', '__proto__', 'toString', ''];
		const BAD_NUMBERS = [Number.NaN, Infinity, -Infinity, -1, 1e308, -1e308, -5, 10.5, -0.995];
		const driverKey = fc.constantFrom(...VALID_KEYS, ...UNKNOWN_KEYS);
		type Tagged<T> = { value: T; ok: boolean };
		const tagged = <T>(ok: fc.Arbitrary<T>, bad: fc.Arbitrary<T>): fc.Arbitrary<Tagged<T>> =>
			fc.oneof(
				ok.map((value) => ({ value, ok: true })),
				bad.map((value) => ({ value, ok: false }))
			);

		const growthValue = tagged(growth, fc.constantFrom(...BAD_NUMBERS));
		const yearKey = tagged(
			fc.integer({ min: PARAMETERS.year.hard.min, max: 2025 }).map(String),
			fc.constantFrom(
				'1999',
				'1e308',
				'abc',
				'2030',
				'-1',
				'2020.5',
				'1800',
				'NaN',
				'Infinity',
				'',
				'99999'
			)
		);
		const userValue = tagged(
			fc.double({ min: 1, max: 1e6, noNaN: true }),
			fc.constantFrom(0, -0, -1, -1e308, Number.NaN, Infinity, -Infinity, 1e308, 2e12)
		);
		const byYear = <T>(value: fc.Arbitrary<Tagged<T>>) =>
			fc.uniqueArray(fc.tuple(yearKey, value), { selector: ([y]) => y.value, maxLength: 4 });

		const scenarioInput = fc.record({
			asOf: fc.oneof(
				fc.constant({ value: null, ok: true }),
				tagged<number | null>(
					fc.integer({ min: MIN_AS_OF, max: 2025 }),
					fc.constantFrom(Number.NaN, Infinity, -Infinity, 1e308, 2015, 2026, 2020.5, -2020, 0)
				)
			),
			tolerance: fc.oneof(
				fc.constant({ value: null, ok: true }),
				tagged<number | null>(
					fc.double({ min: 0, max: 0.5, noNaN: true }),
					fc.constantFrom(Number.NaN, Infinity, -Infinity, -0.01, 0.51, 1e308)
				)
			),
			growthWindowYears: fc.oneof(
				fc.constant({ value: null, ok: true }),
				tagged<number | null>(
					fc.integer({ min: 1, max: 15 }),
					fc.constantFrom(0, 16, 2.5, Number.NaN, Infinity, -1, 1e308)
				)
			),
			averageWindow: fc.oneof(
				fc.constant({ value: null, ok: true }),
				tagged<{ from: number; to: number } | null>(
					fc
						.tuple(fc.integer({ min: 2000, max: 2025 }), fc.integer({ min: 2000, max: 2025 }))
						.map(([a, b]) => ({ from: Math.min(a, b), to: Math.max(a, b) })),
					fc.constantFrom(
						{ from: 2023, to: 2021 },
						{ from: Number.NaN, to: 2025 },
						{ from: 1999, to: 2025 },
						{ from: 2021, to: 2026 },
						{ from: 2021.5, to: 2025 },
						{ from: -Infinity, to: Infinity }
					)
				)
			),
			growth: fc.uniqueArray(fc.tuple(driverKey, growthValue), {
				selector: ([k]) => k,
				maxLength: 5
			}),
			yearlyGrowth: fc.uniqueArray(fc.tuple(driverKey, byYear(growthValue)), {
				selector: ([k]) => k,
				maxLength: 3
			}),
			userValues: fc.uniqueArray(fc.tuple(driverKey, byYear(userValue)), {
				selector: ([k]) => k,
				maxLength: 3
			})
		});

		const isPublished = (driver: string, year: string) => {
			const spec = plan.drivers.find((d) => d.id === driver)!;
			return [spec.series, spec.ratesSeries ?? spec.series].some((series) =>
				observations.series[series]!.observations.some((o) => String(o.year) === year)
			);
		};

		it('every input is either used or reported in issues, and every number stays finite', () => {
			fc.assert(
				fc.property(scenarioInput, (input) => {
					const expected = new Set<string>();
					const known = (k: string) => VALID_KEYS.includes(k);
					for (const key of ['asOf', 'tolerance', 'growthWindowYears', 'averageWindow'] as const)
						if (!input[key].ok) expected.add(key);
					for (const [k, g] of input.growth) if (!known(k) || !g.ok) expected.add(`growth.${k}`);
					for (const [k, years] of input.yearlyGrowth) {
						if (!known(k)) expected.add(`yearlyGrowth.${k}`);
						else
							for (const [y, g] of years)
								if (!y.ok || !g.ok) expected.add(`yearlyGrowth.${k}.${y.value}`);
					}
					for (const [k, years] of input.userValues) {
						if (!known(k)) expected.add(`userValues.${k}`);
						else
							for (const [y, v] of years)
								if (!y.ok || !v.ok || isPublished(k, y.value))
									expected.add(`userValues.${k}.${y.value}`);
					}
					const scenario = {
						asOf: input.asOf.value,
						tolerance: input.tolerance.value,
						growthWindowYears: input.growthWindowYears.value,
						averageWindow: input.averageWindow.value,
						growth: Object.fromEntries(input.growth.map(([k, g]) => [k, g.value])),
						yearlyGrowth: Object.fromEntries(
							input.yearlyGrowth.map(([k, years]) => [
								k,
								Object.fromEntries(years.map(([y, g]) => [y.value, g.value]))
							])
						),
						userValues: Object.fromEntries(
							input.userValues.map(([k, years]) => [
								k,
								Object.fromEntries(years.map(([y, v]) => [y.value, v.value]))
							])
						)
					} as Scenario;
					const result = evaluateScenario(plan, observations, scenario);
					// Entered values that make a default growth absurd are reported too, under growth.<driver>.
					const reported = result.issues.filter((i) => i.reason !== 'default_out_of_range');
					expect(new Set(reported.map((i) => i.field))).toEqual(expected);
					expect(nonFiniteNumbers(result)).toEqual([]);
					expect(result.targets).toHaveLength(plan.targets.length);
				}),
				{ seed: 42, numRuns: 400 }
			);
		});

		it.each([
			{
				what: 'every driver at −99 % a year from 2016',
				scenario: { asOf: 2016, growth: Object.fromEntries(DRIVER_IDS.map((d) => [d, MIN_GROWTH])) }
			},
			{
				what: 'every driver at +1000 % a year from 2016',
				scenario: { asOf: 2016, growth: Object.fromEntries(DRIVER_IDS.map((d) => [d, MAX_GROWTH])) }
			},
			{
				what: 'a user value of 1e12 employed persons',
				scenario: { userValues: { employed: { 2025: 1e12 } } }
			},
			{
				what: 'a −99 % override in every year',
				scenario: {
					asOf: 2016,
					yearlyGrowth: Object.fromEntries(
						DRIVER_IDS.map((d) => [d, { 2017: MIN_GROWTH, 2020: MIN_GROWTH, 2025: MIN_GROWTH }])
					)
				}
			}
		])('stays finite with $what', ({ scenario }) => {
			const result = evaluate(scenario as Partial<Scenario>);
			expect(result.issues).toEqual([]);
			expect(nonFiniteNumbers(result)).toEqual([]);
		});
	});
});
