import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Comparator } from './types';
import { isOnTrack, verdictFor, type Verdict } from './verdict';

/** Verdicts ordered from worst to best, for monotonicity checks. */
const RANK: Partial<Record<Verdict, number>> = { not_met: 0, within_tolerance: 1, met: 2 };

describe('verdictFor', () => {
	it.each([
		{ comparator: 'exceeds', value: 12000.01, target: 12000, expected: 'met' },
		{ comparator: 'exceeds', value: 12000, target: 12000, expected: 'not_met' },
		{ comparator: 'exceeds', value: 11999.99, target: 12000, expected: 'not_met' },
		{ comparator: 'at_least', value: 8000, target: 8000, expected: 'met' },
		{ comparator: 'at_least', value: 8000.5, target: 8000, expected: 'met' },
		{ comparator: 'at_least', value: 7999.5, target: 8000, expected: 'not_met' },
		{ comparator: 'rank_at_most', value: 1, target: 3, expected: 'met' },
		{ comparator: 'rank_at_most', value: 3, target: 3, expected: 'met' },
		{ comparator: 'rank_at_most', value: 4, target: 3, expected: 'not_met' },
		{ comparator: 'about', value: 6.8, target: 6, expected: 'met' },
		{ comparator: 'about', value: 6, target: 6, expected: 'met' },
		{ comparator: 'about', value: 5.99, target: 6, expected: 'within_tolerance' },
		{ comparator: 'about', value: 5.71, target: 6, expected: 'within_tolerance' },
		{ comparator: 'about', value: 5.6, target: 6, expected: 'not_met' },
		{ comparator: 'average_growth', value: 0.0844, target: 0.075, expected: 'met' },
		{ comparator: 'average_growth', value: 0.073, target: 0.075, expected: 'within_tolerance' },
		{ comparator: 'average_growth', value: 0.07, target: 0.075, expected: 'not_met' }
	] satisfies { comparator: Comparator; value: number; target: number; expected: Verdict }[])(
		'$comparator: $value against $target is $expected (tolerance 5 %)',
		({ comparator, value, target, expected }) => {
			expect(verdictFor(value, comparator, target, 0.05)).toBe(expected);
		}
	);

	it('about counts the lower edge of the tolerance band as within tolerance', () => {
		// 8 − 0.25 × 8 = 6 exactly, so the edge is representable.
		expect(verdictFor(6, 'about', 8, 0.25)).toBe('within_tolerance');
		expect(verdictFor(5.999999, 'about', 8, 0.25)).toBe('not_met');
	});

	it('about measures the tolerance relative to the size of a negative target', () => {
		expect(verdictFor(-10.5, 'about', -10, 0.1)).toBe('within_tolerance');
		expect(verdictFor(-11.5, 'about', -10, 0.1)).toBe('not_met');
		expect(verdictFor(-9, 'about', -10, 0.1)).toBe('met');
	});

	it.each([
		{ tolerance: 0, expected: 'not_met' },
		{ tolerance: -0.5, expected: 'not_met' },
		{ tolerance: 0.01, expected: 'within_tolerance' }
	])(
		'about with tolerance $tolerance gives $expected just below the target',
		({ tolerance, expected }) => {
			expect(verdictFor(16.9, 'about', 17, tolerance)).toBe(expected);
		}
	);

	it('ignores the tolerance for strict comparators', () => {
		expect(verdictFor(7999, 'exceeds', 8000, 0.5)).toBe('not_met');
		expect(verdictFor(7999, 'at_least', 8000, 0.5)).toBe('not_met');
		expect(verdictFor(4, 'rank_at_most', 3, 0.5)).toBe('not_met');
	});

	it.each([null, 1, Number.NaN, Number.POSITIVE_INFINITY])(
		'qualitative gives no_numeric_target for the value %s',
		(value) => {
			expect(verdictFor(value, 'qualitative', null, 0.05)).toBe('no_numeric_target');
			expect(verdictFor(value, 'qualitative', 100, 0.05)).toBe('no_numeric_target');
		}
	);

	it.each([
		{ value: null, target: 6 },
		{ value: Number.NaN, target: 6 },
		{ value: Number.POSITIVE_INFINITY, target: 6 },
		{ value: Number.NEGATIVE_INFINITY, target: 6 },
		{ value: 6, target: null },
		{ value: 6, target: Number.NaN },
		{ value: 6, target: Number.POSITIVE_INFINITY }
	])('gives needs_assumption for value $value and target $target', ({ value, target }) => {
		for (const comparator of [
			'exceeds',
			'at_least',
			'about',
			'average_growth',
			'rank_at_most'
		] as const)
			expect(verdictFor(value, comparator, target, 0.05)).toBe('needs_assumption');
	});

	it('is monotone in the value: a larger value never gives a worse verdict', () => {
		fc.assert(
			fc.property(
				fc.constantFrom<Comparator>('exceeds', 'at_least', 'about', 'average_growth'),
				fc.double({ min: -1e6, max: 1e6, noNaN: true }),
				fc.double({ min: -1e6, max: 1e6, noNaN: true }),
				fc.double({ min: -1e6, max: 1e6, noNaN: true }),
				fc.double({ min: -0.2, max: 1, noNaN: true }),
				(comparator, a, b, target, tolerance) => {
					const [low, high] = a <= b ? [a, b] : [b, a];
					const worse = RANK[verdictFor(low, comparator, target, tolerance)]!;
					const better = RANK[verdictFor(high, comparator, target, tolerance)]!;
					expect(better).toBeGreaterThanOrEqual(worse);
				}
			),
			{ seed: 42, numRuns: 1000 }
		);
	});

	it('is monotone the other way for ranks: a smaller rank never gives a worse verdict', () => {
		fc.assert(
			fc.property(
				fc.integer({ min: 1, max: 50 }),
				fc.integer({ min: 1, max: 50 }),
				fc.integer({ min: 1, max: 50 }),
				(a, b, target) => {
					const [better, worse] = a <= b ? [a, b] : [b, a];
					expect(RANK[verdictFor(better, 'rank_at_most', target, 0)]!).toBeGreaterThanOrEqual(
						RANK[verdictFor(worse, 'rank_at_most', target, 0)]!
					);
				}
			),
			{ seed: 42, numRuns: 500 }
		);
	});

	it('a wider tolerance never gives a worse verdict', () => {
		fc.assert(
			fc.property(
				fc.double({ min: 0, max: 1e4, noNaN: true }),
				fc.double({ min: 1, max: 1e4, noNaN: true }),
				fc.double({ min: 0, max: 0.5, noNaN: true }),
				fc.double({ min: 0, max: 0.5, noNaN: true }),
				(value, target, t1, t2) => {
					const [narrow, wide] = t1 <= t2 ? [t1, t2] : [t2, t1];
					expect(RANK[verdictFor(value, 'about', target, wide)]!).toBeGreaterThanOrEqual(
						RANK[verdictFor(value, 'about', target, narrow)]!
					);
				}
			),
			{ seed: 42, numRuns: 500 }
		);
	});
});

describe('isOnTrack', () => {
	it.each([
		{ verdict: 'met', onTrack: true },
		{ verdict: 'within_tolerance', onTrack: true },
		{ verdict: 'not_met', onTrack: false },
		{ verdict: 'needs_assumption', onTrack: false },
		{ verdict: 'no_numeric_target', onTrack: false }
	] satisfies { verdict: Verdict; onTrack: boolean }[])(
		'isOnTrack($verdict) is $onTrack',
		({ verdict, onTrack }) => {
			expect(isOnTrack(verdict)).toBe(onTrack);
		}
	);
});
