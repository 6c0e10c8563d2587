// How a target moves for ±1 pp on one driver's growth: its point projection, margin and verdict,
// and (with an engine) its probability with the driver's range moved by the same step. One bar of
// the tornado chart per driver. Pure.
import type { DriverResult, TargetResult } from '../evaluate';
import type { CompiledFormula } from '../formulaTree';
import { targetDrivers } from '../indicator';
import { compound, compoundAverage, isValidGrowth } from '../growth';
import type { DriverId } from '../types';
import { verdictFor, type Verdict } from '../verdict';
import type { Engine } from './engine';
import type { DriverLaw } from './laws';

/** The step of the sensitivity analysis: one percentage point of yearly growth. */
export const SENSITIVITY_STEP = 0.01;

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

/** A driver's target-year value with `growth` in every projected year without an override. */
function projectWith(driver: DriverResult, growth: number): number | null {
	if (driver.baseValue === null || driver.targetYearValue === null) return null;
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
		const v = other === id ? projectWith(drivers[other], growth) : drivers[other].targetYearValue;
		if (v === null) return null;
		scope[other] = v;
	}
	const value = formula.evaluate(scope);
	return Number.isFinite(value) ? value : null;
}

/** What the probability half of a sensitivity needs: the engine, its chances at the centre and its laws. */
export interface ChanceProbe {
	engine: Engine;
	base: { met: number; within: number };
	/** One law per driver the target's sensitivity moves, in the same order. */
	laws: DriverLaw[];
}

/**
 * A target's sensitivity to ±SENSITIVITY_STEP on each driver it reads (the numerator alone for
 * average growth), skipping drivers without a growth. Without a probe only the point part.
 */
export function targetSensitivity(
	target: TargetResult,
	drivers: Record<DriverId, DriverResult>,
	formula: CompiledFormula,
	goalTarget: number,
	probe: ChanceProbe | null
): Sensitivity[] {
	const spec = target.spec;
	const ids = targetDrivers(spec);
	const sensitive = target.kind === 'average_growth' ? [spec.numerator] : ids;
	const sensitivity: Sensitivity[] = [];
	const input: StepInput = { target, drivers, formula, goalTarget };
	sensitive.forEach((id, k) => {
		const driver = drivers[id];
		if (driver.growth === null) return;
		const step = (sign: 1 | -1) =>
			sensitivityStep(
				input,
				id,
				sign,
				probe && { probability: () => steppedProbability(probe, k, sign), base: probe.base.met }
			);
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
	return sensitivity;
}

/** What every step of one target reads. */
interface StepInput {
	target: TargetResult;
	drivers: Record<DriverId, DriverResult>;
	formula: CompiledFormula;
	goalTarget: number;
}

/**
 * One step of one driver: its point growth moved by sign × SENSITIVITY_STEP. With a probe, also
 * P(met) with the driver's range centre moved likewise (`probability`, called only for a valid
 * step). Null past the growth range.
 */
function sensitivityStep(
	{ target, drivers, formula, goalTarget }: StepInput,
	id: DriverId,
	sign: 1 | -1,
	probe: { probability: () => number | null; base: number } | null
): SensitivityStep | null {
	const growth = drivers[id].growth! + sign * SENSITIVITY_STEP;
	if (!isValidGrowth(growth)) return null;
	const projected = projectedWith(target, drivers, formula, id, growth);
	const margin = projected === null ? null : projected - goalTarget;
	const probability = probe ? probe.probability() : null;
	return {
		growth,
		projected,
		margin,
		marginChange: margin === null ? null : margin - target.margin!,
		verdict: verdictFor(projected, target.comparator, goalTarget, target.tolerance ?? 0),
		probability,
		probabilityChange: probability === null || !probe ? null : probability - probe.base
	};
}

/** P(met) with driver k's range centre moved by sign × SENSITIVITY_STEP, its width held. */
function steppedProbability(probe: ChanceProbe, k: number, sign: 1 | -1): number | null {
	const { engine, laws } = probe;
	const law = laws[k];
	if (!law) return null;
	const centre = law.range.centre + sign * SENSITIVITY_STEP;
	if (!(centre > -1)) return null;
	const shifts = laws.map((_, j) => (j === k ? Math.log1p(centre) - law.range.logMean : 0));
	return engine.metChance ? engine.metChance(shifts) : engine.chances(shifts).met;
}
