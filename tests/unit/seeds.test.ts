// Cross-module checks of the seed data: the plan's targets as DATA.md lists them, the plan's
// formulas against the drivers, and the model's computed indicators against the published ones.
import { describe, expect, it } from 'vitest';
import { observations, plan } from '$lib/model/data';
import { compileFormula } from '$lib/model/formula';
import {
	DRIVER_IDS,
	driverHistory,
	emptyScenario,
	evaluateScenario,
	preferredByYear,
	yearlyGrowth,
	type Comparator,
	type TargetId
} from '$lib/model';

const chosen = (series: string) =>
	new Map(
		[...preferredByYear(observations.series[series]!.observations)].map(([year, c]) => [
			year,
			c.chosen
		])
	);

describe('the plan’s targets', () => {
	it.each([
		{ id: 'rd_intensity', comparator: 'about', target: 6 },
		{ id: 'basic_research_share', comparator: 'about', target: 17 },
		{ id: 'rd_personnel_density', comparator: 'about', target: 260 },
		{ id: 'hightech_va', comparator: 'exceeds', target: 12000 },
		{ id: 'digital_economy_growth', comparator: 'about', target: 0.075 },
		{ id: 'tech_contracts', comparator: 'exceeds', target: 8000 },
		{ id: 'zgc_revenue', comparator: 'qualitative', target: null },
		{ id: 'unicorns', comparator: 'qualitative', target: null }
	] satisfies { id: TargetId; comparator: Comparator; target: number | null }[])(
		'$id is $comparator $target, as the plan text says',
		({ id, comparator, target }) => {
			const spec = plan.targets.find((t) => t.id === id)!;
			expect(spec.comparator).toBe(comparator);
			expect(spec.target).toBe(target);
		}
	);

	it('every formula compiles against the drivers and reads its numerator', () => {
		for (const spec of plan.targets) {
			const formula = compileFormula(spec.formula, DRIVER_IDS);
			expect(formula.variables[0]).toBe(spec.numerator);
		}
	});

	it('rates are fractions and years are integers in the plan defaults', () => {
		expect(plan.defaults.tolerance).toBeLessThan(1);
		expect(Number.isInteger(plan.defaults.averageWindow.from)).toBe(true);
		expect(plan.targets.find((t) => t.id === 'digital_economy_growth')!.target).toBeLessThan(1);
	});
});

describe('the seed data and its traps', () => {
	it('keeps GDP’s census bases: c4 for 2019–2022, c5 for 2023–2025 (2023 revised by the census)', () => {
		const gdp = chosen('gdp');
		for (const year of [2019, 2020, 2021, 2022]) expect(gdp.get(year)!.basis).toBe('c4');
		for (const year of [2023, 2024, 2025]) expect(gdp.get(year)!.basis).toBe('c5');
		const firstPublished2023 = observations.series.gdp!.observations.find(
			(o) => o.year === 2023 && o.basis === 'c4'
		);
		expect(firstPublished2023?.value).toBe(43760.7);
	});

	it('no driver computes a growth rate across a basis break without a published rate', () => {
		for (const spec of plan.drivers) {
			const h = driverHistory(spec, observations, 2025);
			for (const p of h.points) {
				const before = h.points.find((q) => q.year === p.year - 1);
				if (before && before.basis !== p.basis && !h.rates.has(p.year))
					expect(yearlyGrowth(h, p.year)).toBeNull();
			}
		}
		expect.hasAssertions();
	});

	it('keeps conflicting values with their sources rather than dropping them', () => {
		const years = observations.series.rd_intensity!.observations.filter((o) => o.year === 2016);
		expect(years.map((o) => o.value).sort()).toEqual([5.78, 5.94, 5.96]);
		expect(new Set(years.map((o) => o.source.url)).size).toBeGreaterThan(1);
	});

	it('DATA.md’s hand checks hold: basic share 2023 = 472.3 / 2947.1 ≈ 16.0 %', () => {
		expect(
			(chosen('basic_spend').get(2023)!.value / chosen('rd_spend').get(2023)!.value) * 100
		).toBeCloseTo(16.03, 2);
	});

	it('DATA.md’s hand checks hold: technology contracts first passed 8000 in 2023', () => {
		const passed = [...chosen('tech_contracts')].filter(([, o]) => o.value > 8000).map(([y]) => y);
		expect(passed[0]).toBe(2023);
	});

	it('DATA.md’s hand checks hold: the 2018 density of 216 implies about 1238 万 employed', () => {
		expect(
			chosen('rd_personnel').get(2018)!.value / chosen('rd_personnel_density').get(2018)!.value
		).toBeCloseTo(1237.7, 1);
	});

	it('R&D intensity as published stayed at or above 6 % from 2018 to 2024', () => {
		const intensity = chosen('rd_intensity');
		for (let year = 2018; year <= 2024; year++)
			expect(intensity.get(year)!.value).toBeGreaterThanOrEqual(6);
	});
});

describe('the model’s indicators agree with the published ones', () => {
	const result = evaluateScenario(plan, observations, emptyScenario());
	const indicator = (id: TargetId) =>
		new Map(result.targets.find((t) => t.id === id)!.indicatorPath.map((p) => [p.year, p]));

	it.each([
		{ id: 'rd_intensity', series: 'rd_intensity', within: 0.02, years: 10 },
		{ id: 'basic_research_share', series: 'basic_research_share', within: 0.06, years: 5 }
	] satisfies { id: TargetId; series: string; within: number; years: number }[])(
		'$id computed from its drivers matches the published ratio to within $within points in $years years',
		({ id, series, within, years }) => {
			const computed = indicator(id);
			let compared = 0;
			// Where GDP was revised by the 5th census, the published ratio to match is the revised one.
			const revised =
				`${series}_revised` in observations.series ? chosen(`${series}_revised`) : new Map();
			for (const [year, firstPublished] of chosen(series)) {
				const published = revised.get(year)?.basis === 'c5' ? revised.get(year)! : firstPublished;
				const point = computed.get(year);
				if (!point || point.kind === 'projected' || published.confidence === 'low') continue;
				expect(Math.abs(point.value - published.value)).toBeLessThanOrEqual(within);
				compared++;
			}
			expect(compared).toBe(years);
		}
	);
});
