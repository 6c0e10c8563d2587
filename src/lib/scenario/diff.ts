// "What changed": every assumption in a scenario that differs from the defaults, with the old
// and the new value, for the changes list and (later) for comparing scenarios.
import type { Evaluation } from '../model/evaluate';
import { DEFAULT_UNCERTAINTY } from '../model/ranges';
import { growthLiveYears } from '../model/reach';
import type {
	DriverId,
	EmploymentDenominatorId,
	GrowthRange,
	Plan,
	Scenario,
	UncertaintySettings
} from '../model/types';

export type Change =
	| { kind: 'growth'; driver: DriverId; from: number | null; to: number }
	| { kind: 'yearly'; driver: DriverId; year: number; from: number | null; to: number }
	| { kind: 'user_value'; driver: DriverId; year: number; to: number }
	| { kind: 'tolerance'; from: number; to: number }
	| { kind: 'average_window'; from: { from: number; to: number }; to: { from: number; to: number } }
	| { kind: 'growth_window'; from: number; to: number }
	| { kind: 'as_of'; from: number; to: number }
	| { kind: 'range'; driver: DriverId; from: GrowthRange | null; to: GrowthRange }
	| { kind: 'uncertainty_model'; to: UncertaintySettings['model'] | null }
	| { kind: 'uncertainty_seed'; from: number; to: number }
	| { kind: 'uncertainty_draws'; from: number; to: number }
	| { kind: 'uncertainty_correlation'; to: number }
	/** An alternative employment figure chosen instead of published employment only. */
	| { kind: 'employment_denominator'; to: EmploymentDenominatorId };

/**
 * Lists the scenario's departures from the defaults. `baseline` is the evaluation at default
 * assumptions (same as-of year), used for the "from" values of growth rates. A range equal to
 * the default range is no departure and is left out.
 */
export function changesFromDefaults(
	plan: Plan,
	s: Scenario,
	baseline: Evaluation,
	defaultAsOf: number
): Change[] {
	const out: Change[] = [];
	if (s.asOf !== null && s.asOf !== defaultAsOf)
		out.push({ kind: 'as_of', from: defaultAsOf, to: s.asOf });
	for (const d of plan.drivers) {
		const g = s.growth[d.id];
		const base = baseline.drivers[d.id].growth;
		if (g !== undefined) out.push({ kind: 'growth', driver: d.id, from: base, to: g });
		for (const [year, rate] of Object.entries(s.yearlyGrowth[d.id] ?? {}))
			out.push({ kind: 'yearly', driver: d.id, year: Number(year), from: g ?? base, to: rate });
		for (const [year, value] of Object.entries(s.userValues[d.id] ?? {}))
			out.push({ kind: 'user_value', driver: d.id, year: Number(year), to: value });
		const range = s.growthRange?.[d.id];
		const defaultRange = baseline.drivers[d.id].range;
		if (range && !sameRange(range, defaultRange))
			out.push({
				kind: 'range',
				driver: d.id,
				from: defaultRange ? { low: defaultRange.low, high: defaultRange.high } : null,
				to: range
			});
	}
	if (s.employmentDenominator)
		out.push({ kind: 'employment_denominator', to: s.employmentDenominator });
	const u = s.uncertainty ?? null;
	if (u !== null) {
		out.push({ kind: 'uncertainty_model', to: u.model });
		const d = DEFAULT_UNCERTAINTY;
		if (u.seed !== d.seed) out.push({ kind: 'uncertainty_seed', from: d.seed, to: u.seed });
		if (u.draws !== d.draws) out.push({ kind: 'uncertainty_draws', from: d.draws, to: u.draws });
		if (u.correlation !== null) out.push({ kind: 'uncertainty_correlation', to: u.correlation });
	}
	if (s.tolerance !== null && s.tolerance !== plan.defaults.tolerance)
		out.push({ kind: 'tolerance', from: plan.defaults.tolerance, to: s.tolerance });
	const w = s.averageWindow;
	const dw = plan.defaults.averageWindow;
	if (w !== null && (w.from !== dw.from || w.to !== dw.to))
		out.push({ kind: 'average_window', from: dw, to: w });
	if (s.growthWindowYears !== null && s.growthWindowYears !== plan.defaults.growthWindowYears)
		out.push({
			kind: 'growth_window',
			from: plan.defaults.growthWindowYears,
			to: s.growthWindowYears
		});
	return out;
}

/** True when a range equals the default one at link precision (a toggle on, left as it was). */
function sameRange(a: GrowthRange, b: GrowthRange | null): boolean {
	const near = (x: number, y: number) => Math.abs(x - y) < 5e-7;
	return b !== null && near(a.low, b.low) && near(a.high, b.high);
}

/**
 * The changes that can move a result: changesFromDefaults without a growth, range or per-year
 * rate the as-of makes inert (every year a target reads is published: model/reach.ts). What the
 * "What changed" list and the card show.
 */
export function effectiveChanges(
	plan: Plan,
	s: Scenario,
	baseline: Evaluation,
	defaultAsOf: number
): Change[] {
	const window = s.averageWindow ?? plan.defaults.averageWindow;
	const live = (driver: DriverId) =>
		growthLiveYears(plan, driver, baseline.drivers[driver].baseYear, window);
	return changesFromDefaults(plan, s, baseline, defaultAsOf).filter((c) => {
		if (c.kind === 'growth' || c.kind === 'range') return live(c.driver).length > 0;
		if (c.kind === 'yearly') return live(c.driver).includes(c.year);
		return true;
	});
}
