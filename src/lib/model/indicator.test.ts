import { describe, expect, it } from 'vitest';
import { observations, plan } from './data';
import { evaluateProjections } from './evaluate';
import { compileTree } from './formulaTree';
import { indicatorValue, laterIndicatorValues, targetDrivers, targetFormula } from './indicator';
import { emptyScenario, type DriverId, type TargetId, type TargetSpec } from './types';

const spec = (id: TargetId): TargetSpec => plan.targets.find((t) => t.id === id)!;
const values =
	(given: Partial<Record<DriverId, number>>) =>
	(id: DriverId): number | null =>
		given[id] ?? null;

describe('targetFormula', () => {
	it('compiles each target spec once and hands every reader the same formula', () => {
		const rd = spec('rd_intensity');
		expect(targetFormula(rd)).toBe(targetFormula(rd));
		expect(targetFormula(rd).text).toBe(rd.formula);
	});

	it('computes what compiling the spec afresh computes', () => {
		for (const t of plan.targets) {
			const scope = Object.fromEntries(targetDrivers(t).map((id, k) => [id, 100 + 7 * k]));
			expect(targetFormula(t).evaluate(scope)).toBe(compileTree(t.formula, t.tree).evaluate(scope));
		}
	});
});

describe('targetDrivers', () => {
	it('lists the numerator, then the denominator of a ratio', () => {
		expect(targetDrivers(spec('rd_intensity'))).toEqual(['rd_spend', 'gdp']);
		expect(targetDrivers(spec('tech_contracts'))).toEqual(['tech_contracts']);
	});
});

describe('indicatorValue', () => {
	it('evaluates a ratio from its drivers’ values (R&D intensity in %)', () => {
		// 2,843.3 / 41,610.9 × 100 = 6.8330…
		const value = indicatorValue(spec('rd_intensity'), values({ rd_spend: 2843.3, gdp: 41610.9 }));
		expect(value).toBeCloseTo((2843.3 / 41610.9) * 100, 12);
	});

	it('gives null when a driver has no value', () => {
		expect(indicatorValue(spec('rd_intensity'), values({ rd_spend: 2843.3 }))).toBeNull();
	});

	it('gives null, never Infinity or NaN, for a zero denominator', () => {
		expect(indicatorValue(spec('rd_intensity'), values({ rd_spend: 1, gdp: 0 }))).toBeNull();
		expect(indicatorValue(spec('rd_intensity'), values({ rd_spend: 0, gdp: 0 }))).toBeNull();
	});
});

describe('laterIndicatorValues', () => {
	const asOf = 2019;
	const evaluation = evaluateProjections(plan, observations, { ...emptyScenario(), asOf });

	it('computes a ratio in each later year where both drivers were published', () => {
		const { drivers } = evaluation;
		const rd = drivers.rd_spend.history.laterActuals;
		const gdp = drivers.gdp.history.laterActuals;
		const both = rd.filter((p) => gdp.some((q) => q.year === p.year));
		expect(both.length).toBeGreaterThan(0);
		const later = laterIndicatorValues(spec('rd_intensity'), drivers);
		expect(later.map((v) => v.year)).toEqual(both.map((p) => p.year));
		for (const v of later) {
			const r = rd.find((p) => p.year === v.year)!;
			const g = gdp.find((p) => p.year === v.year)!;
			expect(v.year).toBeGreaterThan(asOf);
			expect(v.value).toBeCloseTo((r.value / g.value) * 100, 10);
			expect(v.parts.map((x) => x.driver)).toEqual(['rd_spend', 'gdp']);
			expect(v.parts.map((x) => x.point)).toEqual([r, g]);
		}
	});

	it('is empty when nothing was published after the as-of year', () => {
		const latest = evaluateProjections(plan, observations, emptyScenario());
		const afterAll = latest.drivers.rd_spend.history.laterActuals;
		expect(afterAll).toEqual([]);
		expect(laterIndicatorValues(spec('rd_intensity'), latest.drivers)).toEqual([]);
	});
});
