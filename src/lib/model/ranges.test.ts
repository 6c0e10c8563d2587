// The reading of a growth range: its lognormal parameters, its centre, its problems, the
// uncertainty models and the default range from history.
import { describe, expect, it } from 'vitest';
import { PARAMETERS } from './parameters';

const { min: MIN_GROWTH, max: MAX_GROWTH } = PARAMETERS.growth.hard;
import { normalCdf } from './random';
import {
	defaultRange,
	FALLBACK_LOG_HALF_WIDTH,
	logNormalParameters,
	logSpread,
	rangeCentre,
	rangeProblem,
	UNCERTAINTY_MODELS,
	Z90
} from './ranges';
import { evaluate } from './uncertainty/fixtures';

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
