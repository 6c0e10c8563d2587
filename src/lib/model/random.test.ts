import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	createRandom,
	normalCdf,
	normalDraws,
	normalQuantile,
	splitMix32,
	streamSeed,
	xoshiro128ss
} from './random';

describe('xoshiro128ss', () => {
	it('gives the reference outputs of xoshiro128** from the state 1, 2, 3, 4', () => {
		// By hand: rotl(2 × 5, 7) × 9 = 11520; then s1 becomes 0, so 0; then rotl(1029 × 5, 7) × 9.
		const next = xoshiro128ss([1, 2, 3, 4]);
		expect([next(), next(), next(), next()]).toEqual([11520, 0, 5927040, 70819200]);
	});

	it('never returns anything but unsigned 32-bit integers', () => {
		const next = xoshiro128ss([0xdeadbeef, 0x12345678, 0x9abcdef0, 0x0fedcba9]);
		for (let i = 0; i < 1000; i++) {
			const x = next();
			expect(Number.isInteger(x) && x >= 0 && x < 2 ** 32).toBe(true);
		}
	});

	it('does not stay at zero from an all-zero state', () => {
		const next = xoshiro128ss([0, 0, 0, 0]);
		expect([next(), next(), next()].some((x) => x !== 0)).toBe(true);
	});
});

describe('createRandom', () => {
	it('gives the same sequence for the same seed, bit for bit', () => {
		const a = createRandom(42);
		const b = createRandom(42);
		for (let i = 0; i < 100; i++) expect(Object.is(a(), b())).toBe(true);
	});

	it('gives different sequences for different seeds', () => {
		const a = createRandom(1);
		const b = createRandom(2);
		expect(Array.from({ length: 5 }, a)).not.toEqual(Array.from({ length: 5 }, b));
	});

	it('stays in [0, 1) with a mean near 1/2', () => {
		const next = createRandom(7);
		let sum = 0;
		const n = 100_000;
		for (let i = 0; i < n; i++) {
			const u = next();
			expect(u >= 0 && u < 1).toBe(true);
			sum += u;
		}
		// Standard error of the mean: √(1/12 / n) ≈ 0.0009; allow four.
		expect(Math.abs(sum / n - 0.5)).toBeLessThan(4 * Math.sqrt(1 / 12 / n));
	});
});

describe('splitMix32 and streamSeed', () => {
	it('scramble to unsigned 32-bit integers', () => {
		for (const x of [0, 1, 2 ** 32 - 1, -1, 123456789]) {
			const y = splitMix32(x);
			expect(Number.isInteger(y) && y >= 0 && y < 2 ** 32).toBe(true);
		}
	});

	it('give each stream of one seed its own seed', () => {
		const seeds = new Set(Array.from({ length: 100 }, (_, stream) => streamSeed(2025, stream)));
		expect(seeds.size).toBe(100);
		expect(streamSeed(1, 0)).not.toBe(streamSeed(2, 0));
	});
});

describe('normalDraws', () => {
	const n = 200_000;
	const z = normalDraws(2025, n);

	it('gives standard normal draws: mean 0, variance 1, 95 % below Z90', () => {
		let sum = 0;
		let squares = 0;
		let below = 0;
		for (const x of z) {
			sum += x;
			squares += x * x;
			if (x < 1.6448536269514722) below++;
		}
		// Four standard errors: mean √(1/n), variance √(2/n), a proportion √(p(1 − p)/n).
		expect(Math.abs(sum / n)).toBeLessThan(4 * Math.sqrt(1 / n));
		expect(Math.abs(squares / n - 1)).toBeLessThan(4 * Math.sqrt(2 / n));
		expect(Math.abs(below / n - 0.95)).toBeLessThan(4 * Math.sqrt((0.95 * 0.05) / n));
	});

	it('reproduces a seed exactly, and a shorter request is a prefix of a longer one', () => {
		expect(normalDraws(2025, 1000)).toEqual(z.subarray(0, 1000));
		expect(normalDraws(2025, 999)).toEqual(z.subarray(0, 999));
		expect(normalDraws(2026, 10)).not.toEqual(z.subarray(0, 10));
	});

	it('gives an empty array for no draws', () => {
		expect(normalDraws(1, 0)).toHaveLength(0);
		expect(normalDraws(1, -5)).toHaveLength(0);
	});
});

describe('normalCdf', () => {
	// Reference values of Φ to 16 digits (R's pnorm, or Python's 0.5 · erfc(−z/√2)).
	it.each([
		[0, 0.5],
		[0.5, 0.6914624612740131],
		[1, 0.8413447460685429],
		[1.6448536269514722, 0.95],
		[1.96, 0.9750021048517795],
		[2, 0.9772498680518208],
		[3, 0.9986501019683699],
		[-1, 0.15865525393145707],
		[-2, 0.022750131948179212],
		[-2.9, 0.0018658133003840378],
		[-3, 0.0013498980316300946],
		[-4, 3.1671241833119863e-5],
		[-5, 2.866515718791939e-7],
		[-6, 9.865876450376981e-10],
		[-8, 6.220960574271785e-16],
		[-10, 7.61985302416047e-24]
	])('gives Φ(%f) = %f to better than 1e-7 (in fact 1e-13 absolute)', (z, p) => {
		expect(Math.abs(normalCdf(z) - p)).toBeLessThan(1e-13);
		// In the lower tail, also relative.
		if (p < 0.5) expect(Math.abs(normalCdf(z) - p) / p).toBeLessThan(1e-10);
	});

	it('is symmetric, increasing and bounded', () => {
		fc.assert(
			fc.property(
				fc.double({ min: -40, max: 40, noNaN: true }),
				fc.double({ min: 0, max: 5, noNaN: true }),
				(z, dz) => {
					expect(Math.abs(normalCdf(-z) - (1 - normalCdf(z)))).toBeLessThan(1e-15);
					expect(normalCdf(z + dz)).toBeGreaterThanOrEqual(normalCdf(z));
					expect(normalCdf(z)).toBeGreaterThanOrEqual(0);
					expect(normalCdf(z)).toBeLessThanOrEqual(1);
				}
			),
			{ seed: 11, numRuns: 500 }
		);
	});

	it('handles the infinities and NaN', () => {
		expect(normalCdf(Infinity)).toBe(1);
		expect(normalCdf(-Infinity)).toBe(0);
		expect(normalCdf(-1e308)).toBe(0);
		expect(normalCdf(NaN)).toBeNaN();
	});
});

describe('normalQuantile', () => {
	it.each([
		[0.5, 0],
		[0.8, 0.8416212335729143],
		[0.95, 1.6448536269514722],
		[0.975, 1.959963984540054],
		[0.999, 3.090232306167813],
		[0.001, -3.090232306167813],
		[0.02425, -1.9729610513118858],
		[1e-10, -6.361340902404056]
	])('gives Φ⁻¹(%f) = %f', (p, z) => {
		expect(normalQuantile(p)).toBeCloseTo(z, 12);
	});

	it('inverts normalCdf both ways', () => {
		fc.assert(
			fc.property(fc.double({ min: 1e-300, max: 1 - 1e-12, noNaN: true }), (p) => {
				expect(Math.abs(normalCdf(normalQuantile(p)) - p)).toBeLessThan(1e-14 + 1e-12 * p);
			}),
			{ seed: 12, numRuns: 500 }
		);
		// Above z ≈ 5, Φ(z) is 1 − ε with ε below 3e-7, and doubles near 1 keep too few of its digits.
		fc.assert(
			fc.property(fc.double({ min: -8, max: 5, noNaN: true }), (z) => {
				expect(normalQuantile(normalCdf(z))).toBeCloseTo(z, 6);
			}),
			{ seed: 13, numRuns: 500 }
		);
	});

	it('gives the infinities at 0 and 1, and NaN outside [0, 1]', () => {
		expect(normalQuantile(0)).toBe(-Infinity);
		expect(normalQuantile(1)).toBe(Infinity);
		expect(normalQuantile(-0.1)).toBeNaN();
		expect(normalQuantile(1.1)).toBeNaN();
		expect(normalQuantile(NaN)).toBeNaN();
	});
});
