// A target's indicator computed from its drivers' values: the one cache of compiled target
// formulas (the evaluation, the probability engine and the charts all read it) and the
// indicator's value from given values, such as figures published after the as-of year.
// Pure: compiling is deterministic, so the cache only saves time.
import type { DriverResult } from './evaluate';
import { compileTree, type CompiledFormula } from './formulaTree';
import type { HistoryPoint } from './series';
import type { DriverId, TargetSpec } from './types';

const formulas = new WeakMap<TargetSpec, CompiledFormula>();

/** The target's formula, compiled once per target spec. */
export function targetFormula(spec: TargetSpec): CompiledFormula {
	let f = formulas.get(spec);
	if (!f) {
		f = compileTree(spec.formula, spec.tree);
		formulas.set(spec, f);
	}
	return f;
}

/** The drivers a target reads: its numerator, then its denominator if it has one. */
export function targetDrivers(spec: TargetSpec): DriverId[] {
	return [spec.numerator, ...(spec.denominator ? [spec.denominator] : [])];
}

/**
 * The indicator from its drivers' values (`valueOf` gives each driver's, or null when it has
 * none). Null when a driver has no value or the formula gives no finite number (a zero
 * denominator); never NaN.
 */
export function indicatorValue(
	spec: TargetSpec,
	valueOf: (driver: DriverId) => number | null
): number | null {
	const scope: Record<string, number> = {};
	for (const id of targetDrivers(spec)) {
		const v = valueOf(id);
		if (v === null) return null;
		scope[id] = v;
	}
	const value = targetFormula(spec).evaluate(scope);
	return Number.isFinite(value) ? value : null;
}

/** The indicator in a year after the as-of year, from the drivers' figures published then. */
export interface LaterIndicatorValue {
	year: number;
	value: number;
	/** The published point of each driver the value was computed from, numerator first. */
	parts: { driver: DriverId; point: HistoryPoint }[];
}

/**
 * The indicator in each year after the as-of year in which every driver the target reads has a
 * published figure (the numerator's later years, in its order), for checking the projection
 * against what came later. Years whose formula gives no finite number are left out.
 */
export function laterIndicatorValues(
	spec: TargetSpec,
	drivers: Record<DriverId, DriverResult>
): LaterIndicatorValue[] {
	const ids = targetDrivers(spec);
	const out: LaterIndicatorValue[] = [];
	for (const p of drivers[spec.numerator].history.laterActuals) {
		const parts = ids.map((driver) => ({
			driver,
			point: drivers[driver].history.laterActuals.find((x) => x.year === p.year)
		}));
		if (parts.some((x) => !x.point)) continue;
		const value = indicatorValue(spec, (id) => parts.find((x) => x.driver === id)!.point!.value);
		if (value === null) continue;
		out.push({
			year: p.year,
			value,
			parts: parts.map((x) => ({ driver: x.driver, point: x.point! }))
		});
	}
	return out;
}
