// The one table of adjustable assumptions: bounds, steps and defaults for every control. The
// sliders, the typed entry, the presets and (later) the link codec all read it.
import { DRIVER_IDS, type DriverId } from '../model/types';

export interface RateParameter {
	/** Slider and typed-entry bounds, as fractions. */
	min: number;
	max: number;
	/** Slider step, as a fraction (0.001 = 0.1 percentage point). */
	step: number;
}

const DEFAULT_GROWTH: RateParameter = { min: -0.2, max: 0.3, step: 0.001 };

/** Growth bounds per driver (a count like unicorns can fall faster than money aggregates). */
export const growthParameters: Record<DriverId, RateParameter> = Object.fromEntries(
	DRIVER_IDS.map((id) => [
		id,
		id === 'unicorns' ? { min: -0.5, max: 0.5, step: 0.001 } : DEFAULT_GROWTH
	])
) as Record<DriverId, RateParameter>;

export const toleranceParameter: RateParameter = { min: 0, max: 0.2, step: 0.005 };
export const growthWindowParameter = { min: 1, max: 10, step: 1 };
export const yearRange = { min: 2016, max: 2025 };

/** Clamps a rate into a parameter's range and rounds it to its step. */
export function snapRate(value: number, p: RateParameter): number {
	const clamped = Math.min(p.max, Math.max(p.min, value));
	const steps = Math.round((clamped - p.min) / p.step);
	return Number((p.min + steps * p.step).toFixed(6));
}
