import { describe, expect, it } from 'vitest';
import { observations, plan } from '../model/data';
import { emptyScenario, evaluateScenario, type Scenario } from '../model';
import { tornadoGeometry, tornadoTable } from './tornado';

const evaluate = (s: Partial<Scenario> = {}) =>
	evaluateScenario(plan, observations, { ...emptyScenario(), ...s });

describe('tornadoGeometry', () => {
	it('draws one row per driver, −1 pp left of zero and +1 pp right of it for a rising margin', () => {
		const t = evaluate({ asOf: 2022 }).targets.find((x) => x.id === 'tech_contracts')!;
		const g = tornadoGeometry(t, plan, 600, 'en');
		expect(g.rows).toHaveLength(1);
		const row = g.rows[0]!;
		expect(row.down.x + row.down.width).toBeCloseTo(g.zeroX, 6);
		expect(row.up.x).toBeCloseTo(g.zeroX, 6);
		expect(row.up.width).toBeGreaterThan(0);
		expect(Math.max(row.down.width, row.up.width)).toBeCloseTo(g.zeroX - 8, 6);
	});

	it('gives a ratio a bar for the numerator and one for the denominator', () => {
		const t = evaluate().targets.find((x) => x.id === 'rd_intensity')!;
		const rows = tornadoGeometry(t, plan, 600, 'zh').rows;
		expect(rows.map((r) => r.driver)).toEqual(['rd_spend', 'gdp']);
	});

	it('is empty for a qualitative target', () => {
		const t = evaluate().targets.find((x) => x.kind === 'qualitative')!;
		expect(tornadoGeometry(t, plan, 600, 'en').rows).toEqual([]);
	});
});

describe('tornadoTable', () => {
	it('marks the assumption that flips the verdict in words', () => {
		const e = evaluate();
		const t = e.targets.find((x) => x.id === 'tech_contracts')!;
		const required = t.requiredGrowth!;
		const flipped = evaluate({ growth: { tech_contracts: required + 0.002 } }).targets.find(
			(x) => x.id === 'tech_contracts'
		)!;
		expect(flipped.sensitivity[0]!.flipsVerdict).toBe(true);
		expect(tornadoTable(flipped, plan, 'en')[0]!.flips).toMatch(/flips the verdict/);
		expect(tornadoTable(t, plan, 'en')[0]!.flips).toBe('no');
	});
});
