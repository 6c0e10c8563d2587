// Seeded randomness and the standard normal distribution it is drawn from: a xoshiro128**
// generator, normal draws by Marsaglia's polar form of Box–Muller, and the normal CDF Φ and its
// inverse. Pure: every stream comes from a seed passed in; nothing here reads Math.random or the
// clock, so a seed gives the same numbers, bit for bit, on every run of the same JS engine.

const TWO_POW_32 = 4294967296;

/** SplitMix32: scrambles a 32-bit integer; used to turn one seed into a generator's state. */
export function splitMix32(x: number): number {
	let z = (x + 0x9e3779b9) | 0;
	z = Math.imul(z ^ (z >>> 16), 0x21f0aaad);
	z = Math.imul(z ^ (z >>> 15), 0x735a2d97);
	return (z ^ (z >>> 15)) >>> 0;
}

/**
 * Mixes a seed and a stream number into one 32-bit seed, so that independent streams (one per
 * target) come from one user seed. Both are read as unsigned 32-bit integers.
 */
export function streamSeed(seed: number, stream: number): number {
	return splitMix32((splitMix32(seed >>> 0) ^ Math.imul(stream >>> 0, 0x85ebca6b)) >>> 0);
}

/**
 * xoshiro128** (Blackman & Vigna) from an explicit 128-bit state of four 32-bit words (not all
 * zero). Returns unsigned 32-bit integers.
 */
export function xoshiro128ss(state: readonly [number, number, number, number]): () => number {
	let [a, b, c, d] = state.map((x) => x | 0) as [number, number, number, number];
	if ((a | b | c | d) === 0) a = 1;
	return () => {
		const product = Math.imul(b, 5);
		const result = Math.imul((product << 7) | (product >>> 25), 9) >>> 0;
		const t = b << 9;
		c ^= a;
		d ^= b;
		b ^= c;
		a ^= d;
		c ^= t;
		d = (d << 11) | (d >>> 21);
		return result;
	};
}

/**
 * A uniform generator on [0, 1) from a seed (any number; read as an unsigned 32-bit integer):
 * xoshiro128** with its state filled by SplitMix32. Each value has 32 random bits.
 */
export function createRandom(seed: number): () => number {
	let s = seed >>> 0;
	const words: number[] = [];
	for (let i = 0; i < 4; i++) {
		s = (s + 0x9e3779b9) >>> 0;
		words.push(splitMix32(s));
	}
	const next = xoshiro128ss(words as [number, number, number, number]);
	return () => next() / TWO_POW_32;
}

/**
 * `count` independent standard normal draws from a seed, by Marsaglia's polar method (Box–Muller
 * without trigonometry): pairs (u, v) uniform in the unit disc give u·f and v·f with
 * f = √(−2 ln s / s), s = u² + v².
 */
export function normalDraws(seed: number, count: number): Float64Array {
	const uniform = createRandom(seed);
	const out = new Float64Array(Math.max(0, Math.floor(count)));
	for (let i = 0; i < out.length;) {
		const u = 2 * uniform() - 1;
		const v = 2 * uniform() - 1;
		const s = u * u + v * v;
		if (s >= 1 || s === 0) continue;
		const f = Math.sqrt((-2 * Math.log(s)) / s);
		out[i++] = u * f;
		if (i < out.length) out[i++] = v * f;
	}
	return out;
}

const SQRT1_2 = Math.SQRT1_2;
const TWO_OVER_SQRT_PI = 2 / Math.sqrt(Math.PI);

/**
 * erfc(x) for x ≥ 0, to about 1e-15 relative: below 3 from the everywhere-positive series
 * erf(x) = 2/√π · e^(−x²) · Σ 2ⁿ x^(2n+1) / (1·3·…·(2n+1)) (no cancellation); from 3 on, the
 * continued fraction erfc(x) = e^(−x²)/√π · 1/(x + (1/2)/(x + 1/(x + (3/2)/(x + …)))), by the
 * modified Lentz method.
 */
function erfcPositive(x: number): number {
	if (x < 3) {
		let term = x;
		let sum = x;
		const x2 = 2 * x * x;
		for (let n = 1; n < 200; n++) {
			term *= x2 / (2 * n + 1);
			sum += term;
			if (term < sum * 1e-17) break;
		}
		return 1 - TWO_OVER_SQRT_PI * Math.exp(-x * x) * sum;
	}
	const tiny = 1e-300;
	let f = x;
	let c = x;
	let d = 0;
	for (let n = 1; n < 200; n++) {
		const a = n / 2;
		d = x + a * d;
		d = d === 0 ? tiny : d;
		c = x + a / c;
		c = c === 0 ? tiny : c;
		d = 1 / d;
		const delta = c * d;
		f *= delta;
		if (Math.abs(delta - 1) < 1e-16) break;
	}
	return Math.exp(-x * x) / (f * Math.sqrt(Math.PI));
}

/**
 * Φ(z), the standard normal CDF, to about 1e-15 (absolute; relative in the lower tail):
 * Φ(z) = erfc(−z/√2)/2. Φ(−∞) = 0, Φ(∞) = 1; NaN gives NaN.
 */
export function normalCdf(z: number): number {
	if (Number.isNaN(z)) return NaN;
	if (z === Infinity) return 1;
	if (z === -Infinity) return 0;
	const x = Math.abs(z) * SQRT1_2;
	const tail = erfcPositive(x) / 2;
	return z < 0 ? tail : 1 - tail;
}

// Acklam's rational approximation (relative error below 1.15e-9), refined below.
const A = [
	-3.969683028665376e1, 2.209460984245205e2, -2.759285104469687e2, 1.38357751867269e2,
	-3.066479806614716e1, 2.506628277459239
];
const B = [
	-5.447609879822406e1, 1.615858368580409e2, -1.556989798598866e2, 6.680131188771972e1,
	-1.328068155288572e1
];
const C = [
	-7.784894002430293e-3, -3.223964580411365e-1, -2.400758277161838, -2.549732539343734,
	4.374664141464968, 2.938163982698783
];
const D = [7.784695709041462e-3, 3.224671290700398e-1, 2.445134137142996, 3.754408661907416];
const P_LOW = 0.02425;

function acklam(p: number): number {
	if (p < P_LOW) {
		const q = Math.sqrt(-2 * Math.log(p));
		return (
			(((((C[0]! * q + C[1]!) * q + C[2]!) * q + C[3]!) * q + C[4]!) * q + C[5]!) /
			((((D[0]! * q + D[1]!) * q + D[2]!) * q + D[3]!) * q + 1)
		);
	}
	if (p > 1 - P_LOW) return -acklam(1 - p);
	const q = p - 0.5;
	const r = q * q;
	return (
		((((((A[0]! * r + A[1]!) * r + A[2]!) * r + A[3]!) * r + A[4]!) * r + A[5]!) * q) /
		(((((B[0]! * r + B[1]!) * r + B[2]!) * r + B[3]!) * r + B[4]!) * r + 1)
	);
}

/**
 * Φ⁻¹(p), the standard normal quantile: Acklam's approximation, then one Halley step against
 * normalCdf, to about 1e-14. p = 0 gives −∞, p = 1 gives ∞; p outside [0, 1] or NaN gives NaN.
 */
export function normalQuantile(p: number): number {
	if (!(p >= 0 && p <= 1)) return NaN;
	if (p === 0) return -Infinity;
	if (p === 1) return Infinity;
	const x = acklam(p);
	// Halley's step on Φ(x) − p (the error e over the density φ(x)).
	const e = normalCdf(x) - p;
	const u = e * Math.sqrt(2 * Math.PI) * Math.exp((x * x) / 2);
	return x - u / (1 + (x * u) / 2);
}
