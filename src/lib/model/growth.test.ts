import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	arithmeticAverage,
	compound,
	compoundAverage,
	isValidGrowth,
	requiredGrowthRate,
	requiredRateForAverage,
	solveMonotone,
	type Solution
} from './growth';
import { PARAMETERS } from './parameters';

const { min: MIN_GROWTH, max: MAX_GROWTH } = PARAMETERS.growth.hard;

const SEED = { seed: 42, numRuns: 500 };

/** The published yearly digital-economy growth rates, 2021–2025, as fractions. */
const DIGITAL_RATES = [0.131, 0.044, 0.085, 0.077, 0.087];

const rateOf = (s: Solution): number => {
	if (s.kind !== 'rate') throw new Error(`expected a rate, got ${JSON.stringify(s)}`);
	return s.rate;
};

/** A positive value spread evenly over orders of magnitude (1e-3 … 1e9). */
const positiveValue = fc.double({ min: -3, max: 9, noNaN: true }).map((e) => 10 ** e);

describe('compound', () => {
	it.each([
		{ value: 100, rate: 0.1, years: 1, expected: 110 },
		{ value: 100, rate: 0.1, years: 2, expected: 121 },
		{ value: 100, rate: -0.5, years: 3, expected: 12.5 },
		{ value: 100, rate: 0.25, years: 0, expected: 100 },
		{ value: 11875.4, rate: 0.064, years: 1, expected: 11875.4 * 1.064 }
	])('compound($value, $rate, $years) is $expected', ({ value, rate, years, expected }) => {
		expect(compound(value, rate, years)).toBeCloseTo(expected, 9);
	});

	it('compound over a fraction of a year interpolates geometrically', () => {
		expect(compound(100, 0.21, 0.5)).toBeCloseTo(110, 9);
	});

	it('compound never returns NaN for a valid growth, a finite value and whole years', () => {
		fc.assert(
			fc.property(
				fc.double({ noNaN: true, noDefaultInfinity: true }),
				fc.double({ min: MIN_GROWTH, max: MAX_GROWTH, noNaN: true }),
				fc.integer({ min: 0, max: 200 }),
				(value, rate, years) => {
					expect(Number.isNaN(compound(value, rate, years))).toBe(false);
				}
			),
			SEED
		);
	});
});

describe('isValidGrowth', () => {
	it.each([
		{ g: 0, valid: true },
		{ g: 0.075, valid: true },
		{ g: MIN_GROWTH, valid: true },
		{ g: MAX_GROWTH, valid: true },
		{ g: -1, valid: false },
		{ g: MAX_GROWTH + 1e-9, valid: false },
		{ g: Number.NaN, valid: false },
		{ g: Number.POSITIVE_INFINITY, valid: false },
		{ g: Number.NEGATIVE_INFINITY, valid: false },
		{ g: 1e308, valid: false }
	])('isValidGrowth($g) is $valid', ({ g, valid }) => {
		expect(isValidGrowth(g)).toBe(valid);
	});
});

describe('requiredGrowthRate', () => {
	it.each([
		{
			what: 'high-tech value added 2023 → 1.2 万亿 in 2025',
			from: 11875.4,
			to: 12000,
			years: 2,
			expected: (12000 / 11875.4) ** (1 / 2) - 1
		},
		{
			what: 'technology contracts 2024 → 8000 in 2025 (already passed: a fall is allowed)',
			from: 9153,
			to: 8000,
			years: 1,
			expected: 8000 / 9153 - 1
		},
		{ what: 'doubling in one year', from: 50, to: 100, years: 1, expected: 1 },
		{ what: 'no change', from: 42, to: 42, years: 7, expected: 0 },
		{ what: 'ten-fold in ten years', from: 1, to: 10, years: 10, expected: 10 ** 0.1 - 1 }
	])('returns the closed-form rate: $what', ({ from, to, years, expected }) => {
		expect(rateOf(requiredGrowthRate(from, to, years))).toBeCloseTo(expected, 12);
	});

	it('returns about 0.5232 % a year for high-tech value added from 2023 to 2025', () => {
		expect(rateOf(requiredGrowthRate(11875.4, 12000, 2))).toBeCloseTo(0.005232, 6);
	});

	it('returns about −12.6 % for technology contracts from 2024 to 2025', () => {
		expect(rateOf(requiredGrowthRate(9153, 8000, 1))).toBeCloseTo(-0.12597, 5);
	});

	it.each([
		{ from: 0, to: 100, years: 2, reason: 'non_positive_base' },
		{ from: -5, to: 100, years: 2, reason: 'non_positive_base' },
		{ from: 100, to: 0, years: 2, reason: 'non_positive_target' },
		{ from: 100, to: -1, years: 2, reason: 'non_positive_target' },
		{ from: 100, to: 200, years: 0, reason: 'no_years_left' },
		{ from: 100, to: 200, years: -3, reason: 'no_years_left' },
		{ from: Number.NaN, to: 200, years: 2, reason: 'invalid_input' },
		{ from: 100, to: Number.NaN, years: 2, reason: 'invalid_input' },
		{ from: 100, to: 200, years: Number.NaN, reason: 'invalid_input' },
		{ from: Number.POSITIVE_INFINITY, to: 200, years: 2, reason: 'invalid_input' },
		{ from: 100, to: Number.POSITIVE_INFINITY, years: 2, reason: 'invalid_input' },
		{ from: 100, to: Number.NEGATIVE_INFINITY, years: 2, reason: 'invalid_input' },
		{ from: 100, to: 200, years: Number.POSITIVE_INFINITY, reason: 'invalid_input' },
		{ from: Number.NEGATIVE_INFINITY, to: 200, years: 2, reason: 'invalid_input' },
		{ from: 1, to: 1e308, years: 1, reason: 'out_of_range' },
		{ from: 100, to: 1e308, years: 5, reason: 'out_of_range' },
		{ from: 1e308, to: 1, years: 1, reason: 'out_of_range' },
		{ from: 1000, to: 1, years: 1, reason: 'out_of_range' }
	])(
		'requiredGrowthRate($from, $to, $years) is unreachable: $reason',
		({ from, to, years, reason }) => {
			expect(requiredGrowthRate(from, to, years)).toEqual({ kind: 'unreachable', reason });
		}
	);

	it('accepts the edges of the growth range and rejects what lies beyond them', () => {
		expect(rateOf(requiredGrowthRate(1, 1 + MAX_GROWTH, 1))).toBeCloseTo(MAX_GROWTH, 12);
		expect(rateOf(requiredGrowthRate(100, 1, 1))).toBeCloseTo(-0.99, 12);
		expect(requiredGrowthRate(1, 1 + MAX_GROWTH + 0.01, 1)).toEqual({
			kind: 'unreachable',
			reason: 'out_of_range'
		});
	});

	it('returns a rate near zero over an enormous number of years', () => {
		expect(rateOf(requiredGrowthRate(100, 200, 1e308))).toBeCloseTo(0, 12);
	});

	// Regression: to / from overflows a double here; the rate is taken in logarithms.
	it('finds an in-range rate even when to / from overflows a double', () => {
		expect(rateOf(requiredGrowthRate(1e-200, 1e200, 400))).toBeCloseTo(9, 9);
	});

	it('returns the rate that projects exactly onto the target', () => {
		fc.assert(
			fc.property(
				positiveValue,
				positiveValue,
				fc.integer({ min: 1, max: 50 }),
				(from, to, years) => {
					const solution = requiredGrowthRate(from, to, years);
					if (solution.kind === 'rate') {
						expect(compound(from, solution.rate, years) / to).toBeCloseTo(1, 9);
					} else {
						// Only a rate outside the accepted range may be refused for such inputs.
						expect(solution.reason).toBe('out_of_range');
						const exact = (to / from) ** (1 / years) - 1;
						expect(exact < MIN_GROWTH || exact > MAX_GROWTH).toBe(true);
					}
				}
			),
			SEED
		);
	});

	it('never throws or returns NaN, whatever the input', () => {
		fc.assert(
			fc.property(fc.double(), fc.double(), fc.double(), (from, to, years) => {
				const solution = requiredGrowthRate(from, to, years);
				if (solution.kind === 'rate') {
					expect(Number.isFinite(solution.rate)).toBe(true);
					expect(isValidGrowth(solution.rate)).toBe(true);
				} else {
					expect(solution.reason).toEqual(expect.any(String));
				}
			}),
			{ seed: 42, numRuns: 1000 }
		);
	});
});

describe('compoundAverage and arithmeticAverage', () => {
	it('compoundAverage of the 2021–2025 digital-economy rates is about 8.44 %', () => {
		const expected = (1.131 * 1.044 * 1.085 * 1.077 * 1.087) ** (1 / 5) - 1;
		expect(compoundAverage(DIGITAL_RATES)).toBeCloseTo(expected, 12);
		expect(compoundAverage(DIGITAL_RATES)).toBeCloseTo(0.0844, 4);
	});

	it('arithmeticAverage of the 2021–2025 digital-economy rates is 8.48 %', () => {
		expect(arithmeticAverage(DIGITAL_RATES)).toBeCloseTo(0.0848, 12);
	});

	it('compoundAverage over 2022–2025 is about 7.3 %, below the plan’s 7.5 %', () => {
		const rates = DIGITAL_RATES.slice(1);
		const expected = (1.044 * 1.085 * 1.077 * 1.087) ** (1 / 4) - 1;
		expect(compoundAverage(rates)).toBeCloseTo(expected, 12);
		expect(compoundAverage(rates)).toBeCloseTo(0.073, 3);
		expect(arithmeticAverage(rates)).toBeCloseTo(0.07325, 12);
	});

	it('compoundAverage is never above arithmeticAverage (AM–GM)', () => {
		fc.assert(
			fc.property(
				fc.array(fc.double({ min: -0.99, max: 10, noNaN: true }), { minLength: 1, maxLength: 12 }),
				(rates) => {
					const geometric = compoundAverage(rates)!;
					const arithmetic = arithmeticAverage(rates)!;
					expect(geometric).toBeLessThanOrEqual(arithmetic + 1e-9 * (1 + Math.abs(arithmetic)));
				}
			),
			SEED
		);
	});

	it('compoundAverage of a constant rate is that rate', () => {
		expect(compoundAverage([0.075, 0.075, 0.075])).toBeCloseTo(0.075, 12);
		expect(arithmeticAverage([0.075, 0.075, 0.075])).toBeCloseTo(0.075, 12);
	});

	it.each([
		{ what: 'an empty list', rates: [] },
		{ what: 'a rate of −100 %', rates: [0.1, -1] },
		{ what: 'a rate below −100 %', rates: [-1.5] },
		{ what: 'NaN', rates: [0.1, Number.NaN] },
		{ what: 'Infinity', rates: [Number.POSITIVE_INFINITY] }
	])('compoundAverage is null for $what', ({ rates }) => {
		expect(compoundAverage(rates)).toBeNull();
	});

	it.each([
		{ what: 'an empty list', rates: [] },
		{ what: 'NaN', rates: [0.1, Number.NaN] },
		{ what: '−Infinity', rates: [Number.NEGATIVE_INFINITY, 0.1] }
	])('arithmeticAverage is null for $what', ({ rates }) => {
		expect(arithmeticAverage(rates)).toBeNull();
	});

	it('neither average throws or returns NaN, whatever the rates', () => {
		fc.assert(
			fc.property(fc.array(fc.double(), { maxLength: 8 }), (rates) => {
				for (const average of [compoundAverage(rates), arithmeticAverage(rates)]) {
					expect(average === null || !Number.isNaN(average)).toBe(true);
				}
			}),
			{ seed: 42, numRuns: 1000 }
		);
	});
});

describe('requiredRateForAverage', () => {
	it('returns the rate for 2024–2025 that brings the 2021–2025 average to 7.5 %', () => {
		const known = DIGITAL_RATES.slice(0, 3);
		const expected = (1.075 ** 5 / (1.131 * 1.044 * 1.085)) ** (1 / 2) - 1;
		const rate = rateOf(requiredRateForAverage(known, 2, 0.075));
		expect(rate).toBeCloseTo(expected, 12);
		expect(compoundAverage([...known, rate, rate])).toBeCloseTo(0.075, 12);
	});

	it('with nothing known, is the target itself', () => {
		expect(rateOf(requiredRateForAverage([], 5, 0.075))).toBeCloseTo(0.075, 12);
	});

	it.each([
		{ what: 'no open years', known: [0.1], remaining: 0, target: 0.075, reason: 'no_years_left' },
		{
			what: 'negative open years',
			known: [0.1],
			remaining: -2,
			target: 0.075,
			reason: 'no_years_left'
		},
		{
			what: 'a NaN target',
			known: [0.1],
			remaining: 2,
			target: Number.NaN,
			reason: 'invalid_input'
		},
		{ what: 'a target of −100 %', known: [0.1], remaining: 2, target: -1, reason: 'invalid_input' },
		{
			what: 'an infinite target',
			known: [],
			remaining: 2,
			target: Infinity,
			reason: 'invalid_input'
		},
		{
			what: 'a known rate of −100 %',
			known: [-1],
			remaining: 2,
			target: 0.075,
			reason: 'invalid_input'
		},
		{
			what: 'a known NaN',
			known: [Number.NaN],
			remaining: 2,
			target: 0.075,
			reason: 'invalid_input'
		},
		{
			what: 'NaN open years',
			known: [0.1],
			remaining: Number.NaN,
			target: 0.075,
			reason: 'invalid_input'
		},
		{
			what: 'a hopeless catch-up',
			known: [-0.9, -0.9, -0.9, -0.9],
			remaining: 1,
			target: 0.5,
			reason: 'out_of_range'
		},
		{ what: 'a huge target', known: [], remaining: 1, target: 1e308, reason: 'out_of_range' }
	])('is unreachable for $what: $reason', ({ known, remaining, target, reason }) => {
		expect(requiredRateForAverage(known, remaining, target)).toEqual({
			kind: 'unreachable',
			reason
		});
	});

	it('returns the rate that makes the compound average exactly the target', () => {
		fc.assert(
			fc.property(
				fc.array(fc.double({ min: -0.5, max: 0.5, noNaN: true }), { maxLength: 6 }),
				fc.integer({ min: 1, max: 6 }),
				fc.double({ min: -0.2, max: 0.3, noNaN: true }),
				(known, remaining, target) => {
					const solution = requiredRateForAverage(known, remaining, target);
					if (solution.kind === 'rate') {
						const all = [...known, ...Array<number>(remaining).fill(solution.rate)];
						expect(compoundAverage(all)).toBeCloseTo(target, 9);
					} else {
						expect(solution.reason).toBe('out_of_range');
					}
				}
			),
			SEED
		);
	});

	it('never throws or returns NaN, whatever the input', () => {
		fc.assert(
			fc.property(
				fc.array(fc.double(), { maxLength: 6 }),
				fc.double(),
				fc.double(),
				(known, remaining, target) => {
					const solution = requiredRateForAverage(known, remaining, target);
					expect(solution.kind === 'unreachable' || Number.isFinite(solution.rate)).toBe(true);
				}
			),
			{ seed: 42, numRuns: 1000 }
		);
	});
});

describe('solveMonotone', () => {
	it('finds the growth at which an increasing function crosses the target', () => {
		const rate = rateOf(solveMonotone((g) => 11875.4 * (1 + g) ** 2, 12000));
		expect(rate).toBeCloseTo((12000 / 11875.4) ** 0.5 - 1, 9);
	});

	it('solves a ratio for its numerator’s growth, as the evaluation does', () => {
		const gdp2025 = 52073.4;
		const intensity = (g: number) => ((3278.4 * (1 + g)) / gdp2025) * 100;
		const rate = rateOf(solveMonotone(intensity, 6));
		expect(intensity(rate)).toBeCloseTo(6, 9);
		expect(rate).toBeCloseTo((0.06 * gdp2025) / 3278.4 - 1, 9);
	});

	it.each([
		{ what: 'a target below f(lo)', target: -1, reason: 'out_of_range' },
		{ what: 'a target above f(hi)', target: 1e6, reason: 'out_of_range' },
		{ what: 'a NaN target', target: Number.NaN, reason: 'invalid_input' },
		{ what: 'an infinite target', target: Number.POSITIVE_INFINITY, reason: 'invalid_input' }
	])('is unreachable for $what: $reason', ({ target, reason }) => {
		expect(solveMonotone((g) => 100 * (1 + g), target)).toEqual({ kind: 'unreachable', reason });
	});

	it('is unreachable with invalid_input when the function returns NaN', () => {
		expect(solveMonotone(() => Number.NaN, 1)).toEqual({
			kind: 'unreachable',
			reason: 'invalid_input'
		});
		expect(solveMonotone((g) => (g > 0.5 ? Number.NaN : g), 0.1, -0.9, 1)).toEqual({
			kind: 'unreachable',
			reason: 'invalid_input'
		});
	});

	it('respects a narrower bracket', () => {
		expect(solveMonotone((g) => g, 0.5, 0, 0.2)).toEqual({
			kind: 'unreachable',
			reason: 'out_of_range'
		});
		expect(rateOf(solveMonotone((g) => g, 0.1, 0, 0.2))).toBeCloseTo(0.1, 9);
	});

	it('agrees with the closed form of requiredGrowthRate', () => {
		fc.assert(
			fc.property(
				positiveValue,
				positiveValue,
				fc.integer({ min: 1, max: 30 }),
				(from, to, years) => {
					const closed = requiredGrowthRate(from, to, years);
					const solved = solveMonotone((g) => compound(from, g, years), to);
					expect(solved.kind).toBe(closed.kind);
					if (closed.kind === 'rate' && solved.kind === 'rate') {
						expect(solved.rate).toBeCloseTo(closed.rate, 7);
					}
				}
			),
			SEED
		);
	});

	it('never throws or returns NaN for any target', () => {
		fc.assert(
			fc.property(
				fc.double(),
				fc.double({ min: 0.001, max: 1e6, noNaN: true }),
				(target, scale) => {
					const solution = solveMonotone((g) => scale * (1 + g), target);
					expect(solution.kind === 'unreachable' || Number.isFinite(solution.rate)).toBe(true);
				}
			),
			{ seed: 42, numRuns: 1000 }
		);
	});
});
