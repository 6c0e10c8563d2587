// The general Monte Carlo solver, for formulas that are not power laws: a bracketing search and a
// bisection over the draws (common random numbers), re-evaluating only the draws still undecided.
// Pure: the draws come in; the solver keeps its own work arrays between solves.
import { LOG_MAX, LOG_MIN, SOLVE_TOLERANCE } from './engine';
import { scaledColumn } from './draws';
import type { Goal } from './goal';
import type { FormulaLaw } from './laws';

/**
 * The general Monte Carlo solver. With common random numbers each draw's "met" is monotone in
 * the shift (the formula is assumed monotone in its numerator, as the point solver assumes): an
 * exponential search from the current centre finds a bracket, then the bisection re-evaluates only
 * the draws still undecided inside it, so a solve costs a few passes over the draws instead of one
 * per bisection step.
 */
export function bisectionSolver(
	law: FormulaLaw,
	goal: Goal,
	units: readonly Float64Array[],
	n: number
): (chance: number) => number | null {
	const { drivers } = law;
	const d0 = drivers[0]!;
	const passes = drawPasses(law, goal, units, n);
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
	return (chance) => {
		const need = Math.ceil(chance * n - 1e-9);
		if (!ends) {
			const low = passes.metAt(lowest, null, n);
			const high = passes.metAt(highest, null, n);
			ends = { rising: high >= low, low, high, centre: passes.metAt(0, null, n) };
		}
		const { rising } = ends;
		if ((rising ? ends.high : ends.low) < need || (rising ? ends.low : ends.high) >= need)
			return null;
		const search: Search = {
			passes,
			need,
			undecided,
			sign: rising ? 1 : -1,
			start: rising ? lowest : highest,
			end: rising ? highest : lowest,
			width
		};
		const bracket =
			ends.centre >= need ? bracketBelowCentre(search) : bracketAboveCentre(search, ends.centre);
		return narrow(search, bracket);
	};
}

/** Passes over the draws at a shift of the numerator, with the met flag of each draw visited. */
interface DrawPasses {
	/** Marks met[j] for draw idx[j] (j < m), or draw j when idx is null; returns the count. */
	metAt(shift: number, idx: Int32Array | null, m: number): number;
	/** The flags of the last pass, by position in that pass. */
	met: Uint8Array;
	/** Collects the draws whose met flag equals `flag` (from a pass over all draws). */
	collect(flag: 0 | 1, into: Int32Array): number;
}

function drawPasses(
	law: FormulaLaw,
	goal: Goal,
	units: readonly Float64Array[],
	n: number
): DrawPasses {
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
	const collect = (flag: 0 | 1, into: Int32Array): number => {
		let size = 0;
		for (let i = 0; i < n; i++) if (met[i] === flag) into[size++] = i;
		return size;
	};
	return { metAt, met, collect };
}

/** One solve's search: the passes, the draws needed, and the shifts from "never" to "always". */
interface Search {
	passes: DrawPasses;
	need: number;
	undecided: Int32Array;
	/** +1 when more draws are met at higher shifts. */
	sign: 1 | -1;
	start: number;
	end: number;
	width: number;
}

/**
 * A bracket: fewer than `need` draws met at a, at least `need` at b; `below` draws met at a, and
 * the first `size` entries of `undecided` are the draws met at b but not at a.
 */
interface Bracket {
	a: number;
	b: number;
	below: number;
	size: number;
}

const inside = (s: Search, x: number) =>
	s.sign === 1 ? x > s.start && x < s.end : x < s.start && x > s.end;

/**
 * Enough draws are met at the centre: an exponential search away from it for a shift where too
 * few are. The last probe's flags give the draws not met at a; one partial pass at b keeps those
 * met there.
 */
function bracketBelowCentre(s: Search): Bracket {
	const { passes, need, undecided } = s;
	let a = s.start;
	let b = 0;
	let found = false;
	for (let step = s.width; !found; step *= 4) {
		const x = -s.sign * step;
		if (!inside(s, x)) break;
		if (passes.metAt(x, null, undecided.length) < need) {
			a = x;
			found = true;
		} else b = x;
	}
	if (!found) passes.metAt(a, null, undecided.length);
	let below = 0;
	for (let i = 0; i < undecided.length; i++) below += passes.met[i]!;
	const candidates = passes.collect(0, undecided);
	passes.metAt(b, undecided, candidates);
	let size = 0;
	for (let j = 0; j < candidates; j++) if (passes.met[j]) undecided[size++] = undecided[j]!;
	return { a, b, below, size };
}

/**
 * Too few draws are met at the centre (`centre` of them): an exponential search away from it for
 * a shift where enough are. The draws met at b are the candidates; those also met at a are met
 * throughout.
 */
function bracketAboveCentre(s: Search, centre: number): Bracket {
	const { passes, need, undecided } = s;
	let a = 0;
	let b = s.end;
	let below = centre;
	let found = false;
	for (let step = s.width; !found; step *= 4) {
		const x = s.sign * step;
		if (!inside(s, x)) break;
		if (passes.metAt(x, null, undecided.length) >= need) {
			b = x;
			found = true;
		} else {
			a = x;
			below = -1;
		}
	}
	if (!found) passes.metAt(b, null, undecided.length);
	const candidates = passes.collect(1, undecided);
	const atA = passes.metAt(a, undecided, candidates);
	if (below < 0) below = atA;
	let size = 0;
	for (let j = 0; j < candidates; j++) if (!passes.met[j]) undecided[size++] = undecided[j]!;
	return { a, b, below, size };
}

/** Bisects the bracket, re-evaluating only the undecided draws, down to SOLVE_TOLERANCE. */
function narrow({ passes, need, undecided }: Search, bracket: Bracket): number {
	let { a, b, below, size } = bracket;
	while (Math.abs(b - a) > SOLVE_TOLERANCE && size > 0) {
		const mid = (a + b) / 2;
		const hits = passes.metAt(mid, undecided, size);
		const keepMet = below + hits >= need ? 1 : 0;
		let kept = 0;
		for (let j = 0; j < size; j++) if (passes.met[j] === keepMet) undecided[kept++] = undecided[j]!;
		if (keepMet) b = mid;
		else {
			a = mid;
			below += hits;
		}
		size = kept;
	}
	return b;
}
