// The seeded draws of the Monte Carlo engine: standard normals per seed and stream, and each
// driver's correlated shock factors exp(ε), both remembered so that a slider drag (which moves no
// seed, spread or correlation) reuses them. No Math.random: the seed comes with the settings.
import { normalDraws, streamSeed } from '../random';
import type { UncertaintySettings } from '../types';
import type { DriverLaw } from './laws';

const normalCache = new Map<string, Float64Array>();
const NORMAL_CACHE_SIZE = 32;

/** Standard normal draws for one stream of one seed, remembered so that a slider drag reuses them. */
export function standardNormals(seed: number, stream: number, count: number): Float64Array {
	const key = `${seed}:${stream}:${count}`;
	let z = normalCache.get(key);
	if (!z) {
		z = normalDraws(streamSeed(seed, stream), count);
		normalCache.set(key, z);
		if (normalCache.size > NORMAL_CACHE_SIZE) normalCache.delete(normalCache.keys().next().value!);
	}
	return z;
}

const unitCache = new Map<string, Float64Array[]>();
const UNIT_CACHE_SIZE = 16;

/**
 * exp(εₖ) per draw for each driver: ε₀ = σ₀z₀, ε₁ = σ₁(ρz₀ + √(1 − ρ²)z₁), from the stream's
 * standard normals. Remembered by seed, stream, draws, spreads and ρ: moving a point growth
 * changes none of them, so a slider drag only rescales.
 */
export function shockUnits(
	settings: UncertaintySettings,
	stream: number,
	drivers: readonly DriverLaw[],
	rho: number
): Float64Array[] {
	const n = settings.draws;
	const key = `${settings.seed}:${stream}:${n}:${rho}:${drivers.map((d) => d.sigma).join(':')}`;
	const cached = unitCache.get(key);
	if (cached) return cached;
	const z = standardNormals(settings.seed, stream, drivers.length * n);
	const units = drivers.map(() => new Float64Array(n));
	const s0 = drivers[0]!.sigma;
	for (let i = 0; i < n; i++) units[0]![i] = Math.exp(s0 * z[i]!);
	if (drivers.length === 2) {
		const s1 = drivers[1]!.sigma;
		const rest = Math.sqrt(Math.max(0, 1 - rho * rho));
		for (let i = 0; i < n; i++) units[1]![i] = Math.exp(s1 * (rho * z[i]! + rest * z[n + i]!));
	}
	unitCache.set(key, units);
	if (unitCache.size > UNIT_CACHE_SIZE) unitCache.delete(unitCache.keys().next().value!);
	return units;
}

/**
 * Where each draw starts meeting the target, as a shift of the numerator's ln(1 + growth) centre,
 * when the formula is a power law: then ln(value) moves linearly with any driver's shift, so the

/** `units` times `scale`, as a new column. */
export function scaledColumn(units: Float64Array, scale: number): Float64Array {
	const out = new Float64Array(units.length);
	for (let i = 0; i < units.length; i++) out[i] = scale * units[i]!;
	return out;
}
