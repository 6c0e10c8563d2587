// The sensitivity to ±1 pp on each driver (sensitivity.ts), through assessTarget.
import { describe, expect, it } from 'vitest';
import { settings, evaluate, targetOf, PLAN_VIEW } from './fixtures';

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
