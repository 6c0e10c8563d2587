import { describe, expect, it } from 'vitest';
import { observations, plan } from './data';
import { evaluateProjections } from './evaluate';
import { growthCounts, growthLiveYears, latestAsOfThatCounts } from './reach';
import { emptyScenario, type Scenario } from './types';

const evaluate = (scenario: Partial<Scenario> = {}) =>
	evaluateProjections(plan, observations, { ...emptyScenario(), ...scenario });
const WINDOW = plan.defaults.averageWindow;

describe('growthCounts', () => {
	it('says GDP growth changes nothing with the latest data, where 2025 is published', () => {
		const latest = evaluate();
		expect(latest.drivers.gdp.baseYear).toBe(2025);
		expect(growthCounts(latest, plan, 'gdp')).toBe(false);
	});

	it('says GDP growth counts as of 2022, when 2023–2025 are projected', () => {
		expect(growthCounts(evaluate({ asOf: 2022 }), plan, 'gdp')).toBe(true);
	});

	it('says digital value added is inert once every year of the average window is published', () => {
		expect(growthCounts(evaluate(), plan, 'digital_va')).toBe(false);
		expect(growthCounts(evaluate({ asOf: 2024 }), plan, 'digital_va')).toBe(true);
	});

	it('is unchanged by the growth it judges: moving an inert growth leaves every result as it was', () => {
		const before = evaluate();
		const after = evaluate({ growth: { gdp: 0.055, digital_va: 0.2 } });
		for (const [i, t] of after.targets.entries()) {
			expect(t.projected).toBe(before.targets[i]!.projected);
			expect(t.requiredGrowth).toBe(before.targets[i]!.requiredGrowth);
		}
	});

	it('keeps counting a driver whose target year is still projected', () => {
		expect(growthCounts(evaluate(), plan, 'rd_spend')).toBe(true);
	});
});

describe('growthLiveYears', () => {
	it('lists the projected years a level target reads, up to the target year', () => {
		expect(growthLiveYears(plan, 'tech_contracts', 2023, WINDOW)).toEqual([2024, 2025]);
	});

	it('reads only the averaging window for an average-growth target', () => {
		expect(growthLiveYears(plan, 'digital_va', 2018, { from: 2021, to: 2023 })).toEqual([
			2021, 2022, 2023
		]);
		expect(growthLiveYears(plan, 'digital_va', 2023, { from: 2019, to: 2023 })).toEqual([]);
	});

	it('is empty without a figure to project from', () => {
		expect(growthLiveYears(plan, 'gdp', null, WINDOW)).toEqual([]);
	});
});

describe('latestAsOfThatCounts', () => {
	it('names the latest as-of year with a year left to project', () => {
		expect(latestAsOfThatCounts(plan, observations, 'gdp', 2025, WINDOW)).toBe(2024);
		expect(latestAsOfThatCounts(plan, observations, 'digital_va', 2025, WINDOW)).toBe(2024);
	});

	it('is the current as-of when the growth already counts', () => {
		expect(latestAsOfThatCounts(plan, observations, 'gdp', 2022, WINDOW)).toBe(2022);
	});

	it('is null when no as-of the table accepts leaves a year to project', () => {
		// A window that closed before the earliest as-of: its rates are published under every as-of.
		expect(
			latestAsOfThatCounts(plan, observations, 'digital_va', 2025, { from: 2010, to: 2012 })
		).toBe(null);
	});
});
