// How likely is each target: a driver's growth given as a range (a 90 % interval) becomes a
// lognormal spread of its value in the target year; from it come the probability that each
// target is met, the central growth needed for a given chance, and how margin and probability
// move for ±1 pp on each driver. Closed forms where the indicator's log is normal; seeded Monte
// Carlo otherwise. Pure: the seed comes in with the settings; no clock, no Math.random.
//
// The model. A range [a, b] for a driver's yearly growth g is read as a 90 % interval of
// ln(1 + g) ~ Normal(m, s²): m = (ln(1+a) + ln(1+b)) / 2, s = (ln(1+b) − ln(1+a)) / (2 · Z90).
// Over the n projected years that use the driver's constant growth (years with a per-year
// override keep their rate), ln V = ln V₀ + Σ ln(1 + overrides) + n·m + ε, ε ~ Normal(0, σ²),
// σ = n·s when one rate holds for every year (`persistent`) or √n·s when each year draws its own
// (`yearly`).
import type { DriverResult, TargetResult } from './evaluate';
import { compileTree, type CompiledFormula } from './formulaTree';
import { compound, compoundAverage, isValidGrowth } from './growth';
import { PARAMETERS } from './parameters';
import { normalCdf, normalDraws, normalQuantile, streamSeed } from './random';
import { yearlyGrowth } from './series';
import {
	TARGET_IDS,
	type DriverId,
	type TargetId,
	type TargetSpec,
	type UncertaintyModel,
	type UncertaintySettings
} from './types';
import { verdictFor, type Verdict } from './verdict';
import { logSpread, MIN_HISTORY_RATES, Z90, type DriverRange } from './ranges';

export * from './ranges';

/** The chances the needed central growth is solved for. */
export const CHANCES = [0.5, 0.8, 0.95] as const;
/** The step of the sensitivity analysis: one percentage point of yearly growth. */
export const SENSITIVITY_STEP = 0.01;
/** Bisection stops when the bracket on ln(1 + growth) is this narrow. */
const SOLVE_TOLERANCE = 1e-8;

/** The yearly log growth of the run of known years that ends at the base year: the latest basis. */
function latestBasisLogRates(driver: DriverResult): Map<number, number> {
	const out = new Map<number, number>();
	const base = driver.history.base;
	if (!base) return out;
	for (let year = base.year; ; year--) {
		const g = yearlyGrowth(driver.history, year);
		if (g === null || g <= -1) break;
		out.set(year, Math.log1p(g));
	}
	return out;
}

export interface HistoricalCorrelation {
	value: number;
	years: number[];
}

/**
 * The correlation of two drivers' yearly ln(1 + g) over the years both have inside their latest
 * basis (the unbroken run of known yearly growths ending at each base year). Null when fewer
 * than MIN_HISTORY_RATES years are shared or either series does not vary.
 */
export function historicalCorrelation(
	a: DriverResult,
	b: DriverResult
): HistoricalCorrelation | null {
	const ra = latestBasisLogRates(a);
	const rb = latestBasisLogRates(b);
	const years = [...ra.keys()].filter((y) => rb.has(y)).sort((x, y) => x - y);
	if (years.length < MIN_HISTORY_RATES) return null;
	const xs = years.map((y) => ra.get(y)!);
	const ys = years.map((y) => rb.get(y)!);
	const mx = xs.reduce((s, v) => s + v, 0) / xs.length;
	const my = ys.reduce((s, v) => s + v, 0) / ys.length;
	let sxy = 0;
	let sxx = 0;
	let syy = 0;
	for (let i = 0; i < xs.length; i++) {
		sxy += (xs[i]! - mx) * (ys[i]! - my);
		sxx += (xs[i]! - mx) ** 2;
		syy += (ys[i]! - my) ** 2;
	}
	if (!(sxx > 0 && syy > 0)) return null;
	return { value: Math.max(-1, Math.min(1, sxy / Math.sqrt(sxx * syy))), years };
}

export interface TargetCorrelation {
	/** Correlation of the yearly ln(1 + g) of the numerator and the denominator. */
	value: number;
	/** `scenario`: the user's setting; `history`: computed; `none`: not computable, so 0. */
	source: 'scenario' | 'history' | 'none';
	/** The years a `history` value was computed from. */
	years: number[];
	drivers: [DriverId, DriverId];
}

export interface NeededGrowth {
	chance: number;
	/** The central growth of the target's driver (a ratio's numerator), range width held; null with a note when none. */
	growth: number | null;
	note: 'no_years_left' | 'out_of_range' | null;
}

export interface TargetUncertainty {
	model: UncertaintyModel;
	/** `analytic`: a closed form (or no spread at all); `monte_carlo`: `draws` seeded draws. */
	method: 'analytic' | 'monte_carlo';
	/** The probability that the target is met in the target year. */
	probability: number;
	/** The probability that it is met or within its tolerance band; equal to `probability` without a band. */
	probabilityWithinTolerance: number;
	/** Monte Carlo standard error of `probability`, √(p(1 − p)/draws); null for closed forms. */
	standardError: number | null;
	draws: number | null;
	seed: number | null;
	/** For a target over two drivers: the correlation used between their growths. */
	correlation: TargetCorrelation | null;
	/** The central growth needed for each of CHANCES (empty when not solved). */
	neededGrowth: NeededGrowth[];
}

export interface SensitivityStep {
	/** The driver's point growth after the step. */
	growth: number;
	projected: number | null;
	margin: number | null;
	marginChange: number | null;
	verdict: Verdict;
	/** The probability with the driver's range moved by the same step, width held; null without probabilities. */
	probability: number | null;
	probabilityChange: number | null;
}

/** How a target moves for ±SENSITIVITY_STEP on one driver's growth (one bar of a tornado chart). */
export interface Sensitivity {
	driver: DriverId;
	role: 'numerator' | 'denominator';
	/** Projected years the driver's constant growth applies to; 0 when its target-year value is known. */
	openYears: number;
	/** The point growth the steps start from. */
	growth: number;
	down: SensitivityStep | null;
	up: SensitivityStep | null;
	/** True when −1 pp or +1 pp changes the point verdict. */
	flipsVerdict: boolean;
}

export interface AssessOptions {
	/**
	 * `auto` (the app's choice): closed forms for level and average-growth targets, Monte Carlo
	 * for ratios; `analytic`: closed forms wherever the formula is a power law (ratios included),
	 * Monte Carlo elsewhere; `monte_carlo`: draws for every target.
	 */
	method?: 'auto' | 'analytic' | 'monte_carlo';
	/**
	 * `compiled`: the formula over columns of draws; a function: called with the formula's text
	 * and one draw's values for every draw — the slow baseline for benchmarks only (formula.ts's
	 * evaluateFormulaText; passed in so that the app never loads the parser for it).
	 */
	formulaEvaluation?: 'compiled' | ((text: string, scope: Record<string, number>) => number);
	/** Solve the needed central growth for CHANCES (default true). */
	solve?: boolean;
	/** Compute the sensitivity to each driver (default true). */
	sensitivity?: boolean;
}

export interface TargetAssessment {
	uncertainty: TargetUncertainty | null;
	sensitivity: Sensitivity[];
}

// ---- Internals --------------------------------------------------------------------------------

/** What counts as meeting a target: a direction, the target and the lower edge of its band. */
interface Goal {
	direction: 1 | -1;
	strict: boolean;
	target: number;
	band: number;
}

function goalOf(t: TargetResult): Goal | null {
	const target = t.target;
	if (target === null || !Number.isFinite(target)) return null;
	switch (t.comparator) {
		case 'exceeds':
			return { direction: 1, strict: true, target, band: target };
		case 'at_least':
			return { direction: 1, strict: false, target, band: target };
		case 'rank_at_most':
			return { direction: -1, strict: false, target, band: target };
		case 'about':
		case 'average_growth':
			return {
				direction: 1,
				strict: false,
				target,
				band: target - Math.max(0, t.tolerance ?? 0) * Math.abs(target)
			};
		default:
			return null;
	}
}

/** The same comparisons as verdictFor, on one value. */
function meets(value: number, goal: Goal): { met: boolean; within: boolean } {
	if (goal.direction === -1) return { met: value <= goal.target, within: value <= goal.band };
	return {
		met: goal.strict ? value > goal.target : value >= goal.target,
		within: value >= goal.band
	};
}

function countMet(values: Float64Array, goal: Goal): { met: number; within: number } {
	const { target, band } = goal;
	let met = 0;
	let within = 0;
	const n = values.length;
	if (goal.direction === -1) {
		for (let i = 0; i < n; i++) {
			const v = values[i]!;
			if (v <= target) met++;
			if (v <= band) within++;
		}
	} else if (goal.strict) {
		for (let i = 0; i < n; i++) {
			const v = values[i]!;
			if (v > target) met++;
			if (v >= band) within++;
		}
	} else {
		for (let i = 0; i < n; i++) {
			const v = values[i]!;
			if (v >= target) met++;
			if (v >= band) within++;
		}
	}
	return { met, within };
}

/** P(L ≥ threshold) (direction 1) or P(L ≤ threshold) (−1) for L ~ Normal(mean, sd²). */
function normalTail(mean: number, sd: number, threshold: number, direction: 1 | -1): number {
	if (threshold === -Infinity) return direction === 1 ? 1 : 0;
	if (sd === 0) return (direction === 1 ? mean >= threshold : mean <= threshold) ? 1 : 0;
	return normalCdf((direction * (mean - threshold)) / sd);
}

/** A driver as a random variable: its target-year value at the range's centre and its spread. */
interface DriverLaw {
	driver: DriverResult;
	range: DriverRange;
	/** Projected years at the constant growth (no per-year override). */
	openYears: number;
	/** The target-year value with every open year at the range's centre. */
	median: number;
	sigma: number;
}

function driverLaw(driver: DriverResult, model: UncertaintyModel): DriverLaw | null {
	const range = driver.range;
	if (!range || driver.baseValue === null || driver.value2025 === null) return null;
	let median = driver.baseValue;
	let openYears = 0;
	for (const r of driver.yearlyRates) {
		if (!r.overridden) openYears++;
		median = compound(median, r.overridden ? r.rate : range.centre, 1);
	}
	if (!(median > 0) || !Number.isFinite(median)) return null;
	return { driver, range, openYears, median, sigma: logSpread(range.logSd, openYears, model) };
}

/** How one target's chances are computed: at shifted log-mean growths of its drivers. */
interface Engine {
	method: 'analytic' | 'monte_carlo';
	draws: number | null;
	/** P(met) and P(met or within) with driver k's ln(1 + growth) centre moved by shifts[k]. */
	chances(shifts: readonly number[]): { met: number; within: number };
	/** The shift of the first driver that gives `chance`, in closed form; undefined to bisect. */
	shiftFor?(chance: number): number;
	/** The same by the engine's own search; null when no shift in the growth range gives it. */
	solve?: (chance: number) => number | null;
	/** P(met) alone, faster than `chances` where the engine can. */
	metChance?: (shifts: readonly number[]) => number;
}

const formulas = new WeakMap<TargetSpec, CompiledFormula>();

function formulaOf(spec: TargetSpec): CompiledFormula {
	let f = formulas.get(spec);
	if (!f) {
		f = compileTree(spec.formula, spec.tree);
		formulas.set(spec, f);
	}
	return f;
}

const normalCache = new Map<string, Float64Array>();
const NORMAL_CACHE_SIZE = 32;

/** Standard normal draws for one stream of one seed, remembered so that a slider drag reuses them. */
function standardNormals(seed: number, stream: number, count: number): Float64Array {
	const key = `${seed}:${stream}:${count}`;
	let z = normalCache.get(key);
	if (!z) {
		z = normalDraws(streamSeed(seed, stream), count);
		normalCache.set(key, z);
		if (normalCache.size > NORMAL_CACHE_SIZE) normalCache.delete(normalCache.keys().next().value!);
	}
	return z;
}

interface FormulaLaw {
	formula: CompiledFormula;
	drivers: DriverLaw[];
	/** Correlation of the two drivers' shocks ε (for the yearly model, scaled by shared years). */
	shockCorrelation: number;
}

function formulaEngine(
	law: FormulaLaw,
	goal: Goal,
	settings: UncertaintySettings,
	stream: number,
	choice: 'deterministic' | 'analytic' | 'monte_carlo',
	text: ((text: string, scope: Record<string, number>) => number) | null
): Engine {
	const { formula, drivers } = law;
	const medianAt = (k: number, shift: number) =>
		shift === 0 ? drivers[k]!.median : drivers[k]!.median * Math.exp(drivers[k]!.openYears * shift);

	if (choice === 'deterministic')
		return {
			method: 'analytic',
			draws: null,
			chances(shifts) {
				const scope: Record<string, number> = {};
				drivers.forEach((d, k) => (scope[d.driver.id] = medianAt(k, shifts[k] ?? 0)));
				const v = formula.evaluate(scope);
				const m = Number.isFinite(v) ? meets(v, goal) : { met: false, within: false };
				return { met: m.met ? 1 : 0, within: m.within ? 1 : 0 };
			}
		};

	if (choice === 'analytic') {
		// ln X = ln c + Σ eₖ ln Vₖ is normal: mean μ, spread σ.
		const power = formula.powerLaw!;
		const e = drivers.map((d) => power.exponents[d.driver.id] ?? 0);
		const mu0 =
			Math.log(power.coefficient) + drivers.reduce((s, d, k) => s + e[k]! * Math.log(d.median), 0);
		let variance = drivers.reduce((s, d, k) => s + (e[k]! * d.sigma) ** 2, 0);
		if (drivers.length === 2)
			variance += 2 * e[0]! * e[1]! * law.shockCorrelation * drivers[0]!.sigma * drivers[1]!.sigma;
		const sigma = Math.sqrt(Math.max(0, variance));
		const lnTarget = goal.target > 0 ? Math.log(goal.target) : -Infinity;
		const lnBand = goal.band > 0 ? Math.log(goal.band) : -Infinity;
		const slope = e[0]! * drivers[0]!.openYears;
		return {
			method: 'analytic',
			draws: null,
			chances(shifts) {
				const mu = mu0 + drivers.reduce((s, d, k) => s + e[k]! * d.openYears * (shifts[k] ?? 0), 0);
				return {
					met: normalTail(mu, sigma, lnTarget, goal.direction),
					within: normalTail(mu, sigma, lnBand, goal.direction)
				};
			},
			shiftFor(chance) {
				// Solve Φ(direction·(μ − ln T)/σ) = chance for the numerator's shift.
				const mu = lnTarget + goal.direction * sigma * normalQuantile(chance);
				return slope === 0 || lnTarget === -Infinity ? NaN : (mu - mu0) / slope;
			}
		};
	}

	// Monte Carlo: Vₖ = medianₖ × exp(εₖ), ε correlated by a 2 × 2 Cholesky factor.
	const n = settings.draws;
	const units = shockUnits(settings, stream, drivers, law.shockCorrelation);
	const scaled = drivers.map(() => new Float64Array(n));
	const columns: Record<string, Float64Array> = {};
	drivers.forEach((d, k) => (columns[d.driver.id] = scaled[k]!));
	const out = new Float64Array(n);
	const scope: Record<string, number> = {};
	let solver: ((chance: number) => number | null) | null = null;
	const chances = (shifts: readonly number[]) => {
		drivers.forEach((_, k) => {
			const m = medianAt(k, shifts[k] ?? 0);
			const u = units[k]!;
			const s = scaled[k]!;
			for (let i = 0; i < n; i++) s[i] = m * u[i]!;
		});
		if (text)
			for (let i = 0; i < n; i++) {
				drivers.forEach((d, k) => (scope[d.driver.id] = scaled[k]![i]!));
				out[i] = text(formula.text, scope);
			}
		else formula.evaluateColumns(columns, out);
		const { met, within } = countMet(out, goal);
		return { met: met / n, within: within / n };
	};
	let crossings: Crossings | null | undefined;
	const crossingsNow = () =>
		crossings === undefined ? (crossings = crossingsOf(law, goal, units, n)) : crossings;
	return {
		method: 'monte_carlo',
		draws: n,
		chances,
		solve: text
			? undefined
			: (chance) => {
					const c = crossingsNow();
					return c
						? solveByCrossings(c, chance)
						: (solver ??= bisectionSolver(law, goal, units, n))(chance);
				},
		metChance: text
			? undefined
			: (shifts) => {
					const c = crossingsNow();
					return c ? metByCrossings(c, shifts) : chances(shifts).met;
				}
	};
}

const unitCache = new Map<string, Float64Array[]>();
const UNIT_CACHE_SIZE = 16;

/**
 * exp(εₖ) per draw for each driver: ε₀ = σ₀z₀, ε₁ = σ₁(ρz₀ + √(1 − ρ²)z₁), from the stream's
 * standard normals. Remembered by seed, stream, draws, spreads and ρ: moving a point growth
 * changes none of them, so a slider drag only rescales.
 */
function shockUnits(
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
 * crossing of each draw is exact. Null for other formulas (or a numerator with no years to move).
 */
interface Crossings {
	/** Per draw, in no particular order (selection reorders them). */
	shifts: Float64Array;
	/** Met above the crossing (true) or below it. */
	rising: boolean;
	/** d ln(value) / d shift for each driver: exponent × open years. */
	slopes: number[];
	lowest: number;
	highest: number;
}

function crossingsOf(
	law: FormulaLaw,
	goal: Goal,
	units: readonly Float64Array[],
	n: number
): Crossings | null {
	const { formula, drivers } = law;
	const powerLaw = formula.powerLaw;
	if (!powerLaw || !(goal.target > 0)) return null;
	const slopes = drivers.map((d) => (powerLaw.exponents[d.driver.id] ?? 0) * d.openYears);
	const slope = slopes[0]!;
	if (slope === 0) return null;
	// ln X(shift) = ln X(0) + slope·shift; met when direction·(ln X − ln T) ≥ 0 (> for exceeds).
	const columns: Record<string, Float64Array> = {};
	drivers.forEach((d, k) => (columns[d.driver.id] = scaledColumn(units[k]!, d.median)));
	const shifts = formula.evaluateColumns(columns, new Float64Array(n));
	const rising = goal.direction * slope > 0;
	const lnTarget = Math.log(goal.target);
	const never = rising ? Infinity : -Infinity;
	for (let i = 0; i < n; i++) {
		const x = shifts[i]!;
		shifts[i] = x > 0 && x < Infinity ? (lnTarget - Math.log(x)) / slope : never;
	}
	const m0 = drivers[0]!.range.logMean;
	return { shifts, rising, slopes, lowest: LOG_MIN - m0, highest: LOG_MAX - m0 };
}

/**
 * The numerator shift at which the draws' estimate first reaches `chance`: the ⌈chance·draws⌉-th
 * crossing (from below when rising, from above when falling) — the point bisection converges to,
 * found by selection. Null when it lies outside the growth range.
 */
function solveByCrossings(c: Crossings, chance: number): number | null {
	const n = c.shifts.length;
	const need = Math.max(1, Math.ceil(chance * n - 1e-9));
	// A hair past the crossing, so that rounding in the formula cannot leave that draw short.
	const shift = c.rising ? select(c.shifts, need - 1) + 1e-12 : select(c.shifts, n - need) - 1e-12;
	return Number.isFinite(shift) && shift >= c.lowest && shift <= c.highest ? shift : null;
}

function scaledColumn(units: Float64Array, scale: number): Float64Array {
	const out = new Float64Array(units.length);
	for (let i = 0; i < units.length; i++) out[i] = scale * units[i]!;
	return out;
}

/** P(met) with each driver shifted: an equivalent numerator shift, then a count of crossings. */
function metByCrossings(c: Crossings, shifts: readonly number[]): number {
	let at = 0;
	c.slopes.forEach((slope, k) => (at += slope * (shifts[k] ?? 0)));
	at /= c.slopes[0]!;
	const a = c.shifts;
	let met = 0;
	if (c.rising) for (let i = 0; i < a.length; i++) met += a[i]! <= at ? 1 : 0;
	else for (let i = 0; i < a.length; i++) met += a[i]! >= at ? 1 : 0;
	return met / a.length;
}

/** The k-th smallest value (from 0) of `a` by quickselect; reorders `a`. */
function select(a: Float64Array, k: number): number {
	let lo = 0;
	let hi = a.length - 1;
	while (lo < hi) {
		const x = a[lo]!;
		const y = a[(lo + hi) >>> 1]!;
		const z = a[hi]!;
		const pivot = x < y ? (y < z ? y : x < z ? z : x) : x < z ? x : y < z ? z : y;
		let i = lo;
		let j = hi;
		while (i <= j) {
			while (a[i]! < pivot) i++;
			while (a[j]! > pivot) j--;
			if (i <= j) {
				const t = a[i]!;
				a[i] = a[j]!;
				a[j] = t;
				i++;
				j--;
			}
		}
		if (k <= j) hi = j;
		else if (k >= i) lo = i;
		else break;
	}
	return a[k]!;
}

/**
 * The general Monte Carlo solver. With common random numbers each draw's "met" is monotone in
 * the shift (the formula is assumed monotone in its numerator, as the point solver assumes): an
 * exponential search from the current centre finds a bracket, then the bisection re-evaluates only
 * the draws still undecided inside it, so a solve costs a few passes over the draws instead of one
 * per bisection step.
 */
function bisectionSolver(
	law: FormulaLaw,
	goal: Goal,
	units: readonly Float64Array[],
	n: number
): (chance: number) => number | null {
	const { formula, drivers } = law;
	const d0 = drivers[0]!;
	const u0 = units[0]!;
	const denominator = drivers[1];
	// The other driver's values do not move with the numerator's shift.
	const fixed = denominator ? scaledColumn(units[1]!, denominator.median) : null;
	const numerator = new Float64Array(n);
	const gathered = new Float64Array(n);
	const full: Record<string, Float64Array> = { [d0.driver.id]: numerator };
	const subset: Record<string, Float64Array> = { [d0.driver.id]: numerator };
	if (denominator && fixed) {
		full[denominator.driver.id] = fixed;
		subset[denominator.driver.id] = gathered;
	}
	const values = new Float64Array(n);
	const met = new Uint8Array(n);
	const { direction, strict, target } = goal;
	/** Marks met[j] for draw idx[j] (j < m), or draw j when idx is null; returns the count. */
	const metAt = (shift: number, idx: Int32Array | null, m: number): number => {
		const scale = d0.median * Math.exp(d0.openYears * shift);
		if (idx === null) for (let i = 0; i < m; i++) numerator[i] = scale * u0[i]!;
		else {
			for (let j = 0; j < m; j++) numerator[j] = scale * u0[idx[j]!]!;
			if (fixed) for (let j = 0; j < m; j++) gathered[j] = fixed[idx[j]!]!;
		}
		const out = formula.evaluateColumns(idx === null ? full : subset, values.subarray(0, m));
		let count = 0;
		if (direction === -1) for (let j = 0; j < m; j++) count += met[j] = out[j]! <= target ? 1 : 0;
		else if (strict) for (let j = 0; j < m; j++) count += met[j] = out[j]! > target ? 1 : 0;
		else for (let j = 0; j < m; j++) count += met[j] = out[j]! >= target ? 1 : 0;
		return count;
	};
	const m0 = d0.range.logMean;
	const lowest = LOG_MIN - m0;
	const highest = LOG_MAX - m0;
	// A scale for the search: the spread of the shocks over the numerator's years.
	const width = Math.max(
		1e-3,
		Math.sqrt(drivers.reduce((s, d) => s + d.sigma ** 2, 0)) / Math.max(1, d0.openYears)
	);
	let ends: { rising: boolean; low: number; high: number; centre: number } | null = null;
	const undecided = new Int32Array(n);
	/** Collects the draws whose met flag equals `flag` (from a pass over all draws). */
	const collect = (flag: 0 | 1, into: Int32Array): number => {
		let size = 0;
		for (let i = 0; i < n; i++) if (met[i] === flag) into[size++] = i;
		return size;
	};
	return (chance) => {
		const need = Math.ceil(chance * n - 1e-9);
		if (!ends) {
			const low = metAt(lowest, null, n);
			const high = metAt(highest, null, n);
			ends = { rising: high >= low, low, high, centre: metAt(0, null, n) };
		}
		const { rising } = ends;
		const sign = rising ? 1 : -1;
		const start = rising ? lowest : highest;
		const end = rising ? highest : lowest;
		if ((rising ? ends.high : ends.low) < need || (rising ? ends.low : ends.high) >= need)
			return null;
		const inside = (x: number) => (rising ? x > start && x < end : x < start && x > end);
		// Exponential search from the centre: a (fewer than `need` met) … b (at least `need`).
		// The last probe's flags give the undecided draws on one side; one partial pass the other.
		let a = start;
		let b = end;
		let below: number;
		let size: number;
		if (ends.centre >= need) {
			b = 0;
			let found = false;
			for (let step = width; !found; step *= 4) {
				const x = -sign * step;
				if (!inside(x)) break;
				if (metAt(x, null, n) < need) {
					a = x;
					found = true;
				} else b = x;
			}
			if (!found) metAt(a, null, n);
			below = collectBelow();
			size = undecidedFromBelow();
		} else {
			a = 0;
			below = ends.centre;
			let found = false;
			for (let step = width; !found; step *= 4) {
				const x = sign * step;
				if (!inside(x)) break;
				if (metAt(x, null, n) >= need) {
					b = x;
					found = true;
				} else {
					a = x;
					below = -1;
				}
			}
			if (!found) metAt(b, null, n);
			// Met at b: the candidates; those also met at a are met throughout.
			const candidates = collect(1, undecided);
			const atA = metAt(a, undecided, candidates);
			if (below < 0) below = atA;
			size = 0;
			for (let j = 0; j < candidates; j++) if (!met[j]) undecided[size++] = undecided[j]!;
		}
		while (Math.abs(b - a) > SOLVE_TOLERANCE && size > 0) {
			const mid = (a + b) / 2;
			const hits = metAt(mid, undecided, size);
			const keepMet = below + hits >= need ? 1 : 0;
			let kept = 0;
			for (let j = 0; j < size; j++) if (met[j] === keepMet) undecided[kept++] = undecided[j]!;
			if (keepMet) b = mid;
			else {
				a = mid;
				below += hits;
			}
			size = kept;
		}
		return b;

		/** After a pass over all draws at a: how many are met there. */
		function collectBelow(): number {
			let count = 0;
			for (let i = 0; i < n; i++) count += met[i]!;
			return count;
		}
		/** From the draws not met at a (flags of the pass at a), those met at b. */
		function undecidedFromBelow(): number {
			const candidates = collect(0, undecided);
			metAt(b, undecided, candidates);
			let kept = 0;
			for (let j = 0; j < candidates; j++) if (met[j]) undecided[kept++] = undecided[j]!;
			return kept;
		}
	};
}

interface AverageLaw {
	driver: DriverLaw;
	/** Σ ln(1 + g) of the window's known and overridden years. */
	known: number;
	/** Window years at the driver's constant growth. */
	open: number;
	/** The window's length. */
	years: number;
	sigma: number;
	/** The window's rates with open years marked null, for the no-spread case. */
	rates: (number | null)[];
}

function averageEngine(
	law: AverageLaw,
	goal: Goal,
	settings: UncertaintySettings,
	stream: number,
	choice: 'deterministic' | 'analytic' | 'monte_carlo'
): Engine {
	const { range } = law.driver;
	// ln Π(1 + g) over the window ~ Normal(known + open·(m + shift), σ²); met when ≥ N·ln(1 + T).
	const threshold = (t: number) => (t > -1 ? law.years * Math.log1p(t) : -Infinity);
	const lnTarget = threshold(goal.target);
	const lnBand = threshold(goal.band);
	const meanAt = (shift: number) => law.known + law.open * (range.logMean + shift);

	if (choice === 'deterministic')
		return {
			method: 'analytic',
			draws: null,
			chances(shifts) {
				const shift = shifts[0] ?? 0;
				const g = shift === 0 ? range.centre : Math.expm1(range.logMean + shift);
				const average = compoundAverage(law.rates.map((r) => r ?? g));
				const m = average === null ? { met: false, within: false } : meets(average, goal);
				return { met: m.met ? 1 : 0, within: m.within ? 1 : 0 };
			}
		};

	if (choice === 'analytic')
		return {
			method: 'analytic',
			draws: null,
			chances(shifts) {
				const mean = meanAt(shifts[0] ?? 0);
				return {
					met: normalTail(mean, law.sigma, lnTarget, 1),
					within: normalTail(mean, law.sigma, lnBand, 1)
				};
			},
			shiftFor(chance) {
				if (lnTarget === -Infinity || law.open === 0) return NaN;
				return (lnTarget + law.sigma * normalQuantile(chance) - meanAt(0)) / law.open;
			}
		};

	const n = settings.draws;
	const z = standardNormals(settings.seed, stream, n);
	const logs = new Float64Array(n);
	return {
		method: 'monte_carlo',
		draws: n,
		chances(shifts) {
			const mean = meanAt(shifts[0] ?? 0);
			for (let i = 0; i < n; i++) logs[i] = mean + law.sigma * z[i]!;
			const { met, within } = countMet(logs, { ...goal, target: lnTarget, band: lnBand });
			return { met: met / n, within: within / n };
		}
	};
}

const { min: MIN_GROWTH, max: MAX_GROWTH } = PARAMETERS.growth.hard;
const LOG_MIN = Math.log1p(MIN_GROWTH);
const LOG_MAX = Math.log1p(MAX_GROWTH);

/**
 * The needed central growth of the first driver for `chance`, over its `openYears` uncertain
 * years: closed form, else bisection.
 */
function neededGrowth(
	engine: Engine,
	driver: DriverLaw,
	openYears: number,
	chance: number
): NeededGrowth {
	const fail = (note: NeededGrowth['note']): NeededGrowth => ({ chance, growth: null, note });
	if (openYears === 0) return fail('no_years_left');
	const m0 = driver.range.logMean;
	let shift = engine.shiftFor?.(chance);
	if (shift === undefined && engine.solve) {
		const solved = engine.solve(chance);
		if (solved === null) return fail('out_of_range');
		shift = solved;
	}
	if (shift === undefined) {
		// P̂ is a monotone step function of the shift (common random numbers): bisect for the
		// smallest shift that reaches `chance`.
		const at = (s: number) => engine.chances([s]).met;
		let lo = LOG_MIN - m0;
		let hi = LOG_MAX - m0;
		const rising = at(hi) >= at(lo);
		if (!rising) [lo, hi] = [hi, lo];
		if (at(hi) < chance || at(lo) >= chance) return fail('out_of_range');
		while (Math.abs(hi - lo) > SOLVE_TOLERANCE) {
			const mid = (lo + hi) / 2;
			if (at(mid) >= chance) hi = mid;
			else lo = mid;
		}
		shift = hi;
	}
	const growth = Math.expm1(m0 + shift);
	if (!Number.isFinite(growth) || growth < MIN_GROWTH - 1e-12 || growth > MAX_GROWTH + 1e-12)
		return fail('out_of_range');
	return { chance, growth: Math.min(MAX_GROWTH, Math.max(MIN_GROWTH, growth)), note: null };
}

/** A driver's target-year value with `growth` in every projected year without an override. */
function projectWith(driver: DriverResult, growth: number): number | null {
	if (driver.baseValue === null || driver.value2025 === null) return null;
	let value = driver.baseValue;
	for (const r of driver.yearlyRates) value = compound(value, r.overridden ? r.rate : growth, 1);
	return Number.isFinite(value) ? value : null;
}

/** The point projection of a target with one driver's constant growth replaced. */
function projectedWith(
	t: TargetResult,
	drivers: Record<DriverId, DriverResult>,
	formula: CompiledFormula,
	id: DriverId,
	growth: number
): number | null {
	if (t.kind === 'average_growth') {
		const driver = drivers[id];
		const overridden = new Set(driver.yearlyRates.filter((r) => r.overridden).map((r) => r.year));
		const rates = (t.average?.rates ?? []).map((r) =>
			r.kind === 'projected' && !overridden.has(r.year) ? growth : r.rate
		);
		if (rates.some((r) => r === null)) return null;
		return compoundAverage(rates as number[]);
	}
	const scope: Record<string, number> = {};
	for (const other of Object.keys(t.drivers) as DriverId[]) {
		const v = other === id ? projectWith(drivers[other], growth) : drivers[other].value2025;
		if (v === null) return null;
		scope[other] = v;
	}
	const value = formula.evaluate(scope);
	return Number.isFinite(value) ? value : null;
}

function correlationFor(
	num: DriverLaw,
	den: DriverLaw,
	settings: UncertaintySettings
): TargetCorrelation {
	const ids: [DriverId, DriverId] = [num.driver.id, den.driver.id];
	if (settings.correlation !== null)
		return { value: settings.correlation, source: 'scenario', years: [], drivers: ids };
	const history = historicalCorrelation(num.driver, den.driver);
	return history
		? { value: history.value, source: 'history', years: history.years, drivers: ids }
		: { value: 0, source: 'none', years: [], drivers: ids };
}

/** Correlation of the two drivers' total shocks: ρ (persistent), ρ × shared years / √(n₁n₂) (yearly). */
function shockCorrelation(
	num: DriverLaw,
	den: DriverLaw,
	rho: number,
	model: UncertaintyModel
): number {
	if (model === 'persistent') return rho;
	const open = (d: DriverResult) =>
		new Set(d.yearlyRates.filter((r) => !r.overridden).map((r) => r.year));
	const a = open(num.driver);
	const b = open(den.driver);
	const shared = [...a].filter((y) => b.has(y)).length;
	return a.size === 0 || b.size === 0 ? 0 : (rho * shared) / Math.sqrt(a.size * b.size);
}

/**
 * Everything about one target's uncertainty: the probability that it is met in the target year
 * (and met or within tolerance), the central growth of its driver needed for each of CHANCES,
 * and its sensitivity to ±SENSITIVITY_STEP on each driver it reads. With `settings` null only
 * the point part of the sensitivity is computed. Targets without a numeric verdict get nothing.
 *
 * Level and average-growth targets have closed forms: P = Φ((ln V₀ + Σ overrides + n·m − ln T)/σ),
 * and likewise for ln Π(1 + g) over the average's window against N·ln(1 + T). Ratios are drawn
 * (`auto`): `draws` draws from stream (index of the target in TARGET_IDS) of `seed`, the
 * numerator and the denominator correlated by `correlation` (default: historical, else 0).
 * When nothing is uncertain (all spreads 0) the result is the point verdict as 0 or 1.
 *
 * The needed central growth moves the centre of the driver's range (in ln(1 + g)) with its width
 * held: in closed form where the probability has one; for drawn targets on the draws' own
 * estimate with common random numbers — read off the draws' crossings when the formula is a power
 * law, bisected otherwise. The sensitivity moves one driver's point growth (margin, verdict) and
 * its range's centre (probability) by ±1 pp. Never throws for the plan's formulas; never NaN.
 */
export function assessTarget(
	target: TargetResult,
	drivers: Record<DriverId, DriverResult>,
	settings: UncertaintySettings | null,
	options: AssessOptions = {}
): TargetAssessment {
	const none: TargetAssessment = { uncertainty: null, sensitivity: [] };
	const goal = goalOf(target);
	if (
		!goal ||
		target.kind === 'qualitative' ||
		target.verdict === 'needs_assumption' ||
		target.verdict === 'no_numeric_target' ||
		target.projected === null ||
		target.margin === null
	)
		return none;
	const spec = target.spec;
	const ids: DriverId[] = [spec.numerator, ...(spec.denominator ? [spec.denominator] : [])];
	const formula = formulaOf(spec);
	const method = options.method ?? 'auto';

	let engine: Engine | null = null;
	let laws: DriverLaw[] = [];
	let openYears = 0;
	let correlation: TargetCorrelation | null = null;
	if (settings) {
		const found = (target.kind === 'average_growth' ? [spec.numerator] : ids).map((id) =>
			driverLaw(drivers[id], settings.model)
		);
		if (found.every((l) => l !== null)) {
			laws = found as DriverLaw[];
			const stream = TARGET_IDS.indexOf(target.id);
			if (target.kind === 'average_growth') {
				const law = averageLaw(target, laws[0]!, settings.model);
				openYears = law?.open ?? 0;
				if (law) {
					const choice =
						law.sigma === 0
							? 'deterministic'
							: method === 'monte_carlo'
								? 'monte_carlo'
								: 'analytic';
					engine = averageEngine(law, goal, settings, stream, choice);
				}
			} else {
				let shock = 0;
				openYears = laws[0]!.openYears;
				if (laws.length === 2) {
					correlation = correlationFor(laws[0]!, laws[1]!, settings);
					shock = shockCorrelation(laws[0]!, laws[1]!, correlation.value, settings.model);
				}
				const spread = laws.some((l) => l.sigma > 0);
				const closedForm =
					formula.powerLaw !== null &&
					(method === 'analytic' || (method === 'auto' && target.kind === 'level'));
				const choice = !spread ? 'deterministic' : closedForm ? 'analytic' : 'monte_carlo';
				engine = formulaEngine(
					{ formula, drivers: laws, shockCorrelation: shock },
					goal,
					settings,
					stream,
					choice,
					typeof options.formulaEvaluation === 'function' ? options.formulaEvaluation : null
				);
			}
		}
	}

	let uncertainty: TargetUncertainty | null = null;
	const base = engine?.chances([]);
	if (engine && base && settings) {
		const mc = engine.method === 'monte_carlo';
		uncertainty = {
			model: settings.model,
			method: engine.method,
			probability: base.met,
			probabilityWithinTolerance: base.within,
			standardError: mc ? Math.sqrt((base.met * (1 - base.met)) / engine.draws!) : null,
			draws: mc ? engine.draws : null,
			seed: mc ? settings.seed : null,
			correlation,
			neededGrowth:
				options.solve === false
					? []
					: CHANCES.map((c) => neededGrowth(engine, laws[0]!, openYears, c))
		};
	}

	const sensitivity: Sensitivity[] = [];
	if (options.sensitivity !== false) {
		const sensitive = target.kind === 'average_growth' ? [spec.numerator] : ids;
		sensitive.forEach((id, k) => {
			const driver = drivers[id];
			if (driver.growth === null) return;
			const step = (sign: 1 | -1): SensitivityStep | null => {
				const growth = driver.growth! + sign * SENSITIVITY_STEP;
				if (!isValidGrowth(growth)) return null;
				const projected = projectedWith(target, drivers, formula, id, growth);
				const margin = projected === null ? null : projected - goal.target;
				let probability: number | null = null;
				const law = laws[k];
				if (engine && base && law) {
					const centre = law.range.centre + sign * SENSITIVITY_STEP;
					if (centre > -1) {
						const shifts = laws.map((_, j) =>
							j === k ? Math.log1p(centre) - law.range.logMean : 0
						);
						probability = engine.metChance ? engine.metChance(shifts) : engine.chances(shifts).met;
					}
				}
				return {
					growth,
					projected,
					margin,
					marginChange: margin === null ? null : margin - target.margin!,
					verdict: verdictFor(projected, target.comparator, goal.target, target.tolerance ?? 0),
					probability,
					probabilityChange: probability === null || !base ? null : probability - base.met
				};
			};
			const down = step(-1);
			const up = step(1);
			sensitivity.push({
				driver: id,
				role: id === spec.numerator ? 'numerator' : 'denominator',
				openYears: driver.yearlyRates.filter((r) => !r.overridden).length,
				growth: driver.growth,
				down,
				up,
				flipsVerdict: [down, up].some((s) => s !== null && s.verdict !== target.verdict)
			});
		});
	}
	return { uncertainty, sensitivity };
}

function averageLaw(
	target: TargetResult,
	driver: DriverLaw,
	model: UncertaintyModel
): AverageLaw | null {
	const detail = target.average;
	if (!detail || detail.rates.some((r) => r.rate === null)) return null;
	const overridden = new Map(
		driver.driver.yearlyRates.filter((r) => r.overridden).map((r) => [r.year, r.rate])
	);
	let known = 0;
	let open = 0;
	const rates: (number | null)[] = [];
	for (const r of detail.rates) {
		if (r.kind === 'projected' && !overridden.has(r.year)) {
			open++;
			rates.push(null);
		} else {
			known += Math.log1p(r.rate!);
			rates.push(r.rate);
		}
	}
	if (!Number.isFinite(known)) return null;
	return {
		driver,
		known,
		open,
		years: detail.rates.length,
		sigma: logSpread(driver.range.logSd, open, model),
		rates
	};
}

/** assessTarget for every target of an evaluation, in its order. */
export function assessTargets(
	evaluation: { targets: readonly TargetResult[]; drivers: Record<DriverId, DriverResult> },
	settings: UncertaintySettings | null,
	options: AssessOptions = {}
): { id: TargetId; assessment: TargetAssessment }[] {
	return evaluation.targets.map((t) => ({
		id: t.id,
		assessment: assessTarget(t, evaluation.drivers, settings, options)
	}));
}

/** Φ⁻¹(0.75): a 50 % interval spans Z50 standard deviations either side of its centre. */
export const Z50 = 0.6744897501960817;

/** The spread of a target's indicator in one projected year: ln X ~ Normal(logMean, logSd²). */
export interface YearSpread {
	year: number;
	logMean: number;
	logSd: number;
	/** The indicator's median (exp logMean; for average-growth targets, the yearly rate's median). */
	median: number;
	/** The 50 % and 90 % intervals of the indicator (for average-growth targets, of the yearly rate). */
	q50: [number, number];
	q90: [number, number];
}

/** A driver's value in `year` with every open year at its range's centre, and its open years so far. */
function valueAtYear(
	driver: DriverResult,
	centre: number,
	year: number
): { value: number; open: number[] } | null {
	if (driver.baseValue === null || driver.baseYear === null) return null;
	if (year <= driver.baseYear) {
		const p = driver.path.find((x) => x.year === year);
		return p ? { value: p.value, open: [] } : null;
	}
	let value = driver.baseValue;
	const open: number[] = [];
	for (const r of driver.yearlyRates) {
		if (r.year > year) break;
		if (!r.overridden) open.push(r.year);
		value = compound(value, r.overridden ? r.rate : centre, 1);
	}
	return Number.isFinite(value) && value > 0 ? { value, open } : null;
}

/**
 * The indicator's spread in each projected year up to the target year, analytically, for the
 * chart's fan: for a power-law indicator (levels and ratios) ln X_t = ln c + Σ eₖ ln Vₖ,t with
 * ln Vₖ,t ~ Normal(ln Vₖ,₀ + Σ overrides + nₖ,t·mₖ, σₖ,t²), σₖ,t = logSpread(sₖ, nₖ,t, model), the
 * two drivers of a ratio correlated as in assessTarget (ρ, or ρ × shared open years / √(n₁n₂)
 * for `yearly`). For average-growth targets: each projected year's rate, exp(m ± z·s) − 1.
 * Quantiles are exp(logMean ± z·logSd). Empty when the target has no numeric projection or its
 * formula is not a power law; pure and deterministic (Monte Carlo targets get the same closed form).
 */
export function projectionSpread(
	target: TargetResult,
	drivers: Record<DriverId, DriverResult>,
	settings: UncertaintySettings
): YearSpread[] {
	if (target.kind === 'qualitative' || target.projected === null) return [];
	const spec = target.spec;
	const quantiles = (year: number, logMean: number, logSd: number, shift = 0): YearSpread => {
		const q = (z: number) => Math.exp(logMean + z * logSd) - shift;
		return {
			year,
			logMean,
			logSd,
			median: q(0),
			q50: [q(-Z50), q(Z50)],
			q90: [q(-Z90), q(Z90)]
		};
	};
	const projectedYears = target.indicatorPath
		.filter((p) => p.kind === 'projected')
		.map((p) => p.year);
	if (target.kind === 'average_growth') {
		const driver = drivers[spec.numerator];
		const range = driver.range;
		if (!range) return [];
		return driver.yearlyRates.map((r) =>
			r.overridden
				? quantiles(r.year, Math.log1p(r.rate), 0, 1)
				: quantiles(r.year, range.logMean, range.logSd, 1)
		);
	}
	const ids: DriverId[] = [spec.numerator, ...(spec.denominator ? [spec.denominator] : [])];
	const formula = formulaOf(spec);
	const power = formula.powerLaw;
	if (!power || ids.some((id) => drivers[id].range === null)) return [];
	const ranges = ids.map((id) => drivers[id].range!);
	let rho = 0;
	if (ids.length === 2) {
		if (settings.correlation !== null) rho = settings.correlation;
		else rho = historicalCorrelation(drivers[ids[0]!], drivers[ids[1]!])?.value ?? 0;
	}
	const out: YearSpread[] = [];
	for (const year of projectedYears) {
		const at = ids.map((id, k) => valueAtYear(drivers[id], ranges[k]!.centre, year));
		if (at.some((a) => a === null)) continue;
		const e = ids.map((id) => power.exponents[id] ?? 0);
		const sig = at.map((a, k) => logSpread(ranges[k]!.logSd, a!.open.length, settings.model));
		const logMean =
			Math.log(power.coefficient) + at.reduce((s, a, k) => s + e[k]! * Math.log(a!.value), 0);
		let variance = sig.reduce((s, v, k) => s + (e[k]! * v) ** 2, 0);
		if (ids.length === 2) {
			const [n1, n2] = [at[0]!.open.length, at[1]!.open.length];
			const shared = at[0]!.open.filter((y) => at[1]!.open.includes(y)).length;
			const r =
				settings.model === 'persistent' ? rho : n1 && n2 ? (rho * shared) / Math.sqrt(n1 * n2) : 0;
			variance += 2 * e[0]! * e[1]! * r * sig[0]! * sig[1]!;
		}
		out.push(quantiles(year, logMean, Math.sqrt(Math.max(0, variance))));
	}
	return out;
}
