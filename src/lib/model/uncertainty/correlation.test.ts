// The historical correlation of two drivers' yearly log growth.
import { describe, expect, it } from 'vitest';
import { historicalCorrelation } from './correlation';
import { evaluate } from './fixtures';

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
