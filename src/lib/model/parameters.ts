// The one table of adjustable assumptions. For each: its link key, the hard bounds the model
// accepts, the control's comfortable range and step, its default, unit and the decimals written
// to links. The model's checks, the link codec, the controls, the presets, the command line and
// the README's key table all read it; no other file states a bound. Data and tiny pure helpers only.
import { EMPLOYMENT_DENOMINATOR_IDS, type DriverId } from './types';

/** A year bound tied to the plan: its target year, or the year before it. */
export type PlanYear = 'targetYear' | 'yearBeforeTarget';

export interface Bounds {
	min: number;
	max: number | PlanYear;
}

export type ParameterUnit =
	| 'rate' // a fraction: 0.05 = 5 %
	| 'years' // a count of years
	| 'year' // a calendar year
	| 'value' // in the driver's own unit
	| 'count'
	| 'coefficient'; // a correlation, −1 to 1

export interface Parameter {
	/** The link key; `<driver>` and `<year>` stand for a driver id and a year. Null: not in links. */
	key: string | null;
	/** What the model accepts; anything outside is refused with a reason, everywhere. */
	hard: Bounds;
	/** True when only whole numbers are accepted. */
	integer: boolean;
	/**
	 * The control's comfortable range and step: a slider's ends, or the span a list offers. A
	 * value inside `hard` but outside it is still applied, shown exactly in the typed entry and
	 * flagged beside the slider.
	 */
	control: Bounds & { step: number };
	/** The value when the scenario gives none, or where it comes from. */
	default: number | 'plan' | 'latest data year' | 'trend' | 'history';
	unit: ParameterUnit;
	/** Decimals written to links (and so the finest value a link can carry). */
	decimals: number;
}

const GROWTH_HARD = { min: -0.99, max: 10 };
const YEARS = { min: 2000, max: 'targetYear' } as const;
const AS_OF = { min: 2016, max: 'targetYear' } as const;

/** Every adjustable assumption, by name. */
export const PARAMETERS = {
	/** Constant yearly growth of a driver (also each end of a growth range `low..high`). */
	growth: {
		key: 'g.<driver>',
		hard: GROWTH_HARD,
		integer: false,
		control: { min: -0.2, max: 0.3, step: 0.001 },
		default: 'trend',
		unit: 'rate',
		decimals: 6
	},
	/** Growth in one year only. */
	yearlyGrowth: {
		key: 'y.<driver>.<year>',
		hard: GROWTH_HARD,
		integer: false,
		control: { min: -0.2, max: 0.3, step: 0.001 },
		default: 'trend',
		unit: 'rate',
		decimals: 6
	},
	/** A value entered for a year without a published figure; the smallest is one link decimal. */
	userValue: {
		key: 'u.<driver>.<year>',
		hard: { min: 0.0001, max: 1e12 },
		integer: false,
		control: { min: 0.0001, max: 1e12, step: 0.0001 },
		default: 'latest data year',
		unit: 'value',
		decimals: 4
	},
	/** The `<year>` of a per-year growth or an entered value, and each end of `win`. */
	year: {
		key: '<year>',
		hard: YEARS,
		integer: true,
		control: { ...YEARS, step: 1 },
		default: 'plan',
		unit: 'year',
		decimals: 0
	},
	tolerance: {
		key: 'tol',
		hard: { min: 0, max: 0.5 },
		integer: false,
		control: { min: 0, max: 0.2, step: 0.005 },
		default: 'plan',
		unit: 'rate',
		decimals: 6
	},
	/** Years of history behind each default growth; its list offers every accepted value. */
	growthWindow: {
		key: 'gw',
		hard: { min: 1, max: 15 },
		integer: true,
		control: { min: 1, max: 15, step: 1 },
		default: 'plan',
		unit: 'years',
		decimals: 0
	},
	/** The averaging window of average-growth targets, `from-to`; its lists offer the data's years. */
	averageWindow: {
		key: 'win',
		hard: YEARS,
		integer: true,
		control: { ...AS_OF, step: 1 },
		default: 'plan',
		unit: 'year',
		decimals: 0
	},
	asOf: {
		key: 'asof',
		hard: AS_OF,
		integer: true,
		control: { ...AS_OF, step: 1 },
		default: 'latest data year',
		unit: 'year',
		decimals: 0
	},
	/** The hindcast's vantage year: something must have been published after it. */
	vantage: {
		key: null,
		hard: { min: AS_OF.min, max: 'yearBeforeTarget' },
		integer: true,
		control: { min: AS_OF.min, max: 'yearBeforeTarget', step: 1 },
		default: 2022,
		unit: 'year',
		decimals: 0
	},
	/** Monte Carlo seed: an unsigned 32-bit integer. */
	seed: {
		key: 'seed',
		hard: { min: 0, max: 4_294_967_295 },
		integer: true,
		control: { min: 0, max: 4_294_967_295, step: 1 },
		default: 2025,
		unit: 'count',
		decimals: 0
	},
	/** Monte Carlo draws per target; the list offers each power of ten in the range. */
	draws: {
		key: 'draws',
		hard: { min: 1_000, max: 100_000 },
		integer: true,
		control: { min: 1_000, max: 100_000, step: 1 },
		default: 10_000,
		unit: 'count',
		decimals: 0
	},
	/** Correlation of a ratio's two drivers' yearly log growth. */
	correlation: {
		key: 'corr',
		hard: { min: -1, max: 1 },
		integer: false,
		control: { min: -1, max: 1, step: 0.05 },
		default: 'history',
		unit: 'coefficient',
		decimals: 6
	}
} as const satisfies Record<string, Parameter>;

export type ParameterId = keyof typeof PARAMETERS;

/** A setting chosen from a fixed list of names; a link without its key means the default. */
export interface ChoiceParameter {
	key: string;
	/** Every value a link may carry; any other is refused with a reason. */
	values: readonly string[];
	/** What the absence of the key means. */
	default: 'none';
}

/** Every adjustable assumption that is a choice from a list, by name. */
export const CHOICE_PARAMETERS = {
	/**
	 * An employment figure of another definition, used as the employed level of its year
	 * (denominator.ts); none = published employment data only.
	 */
	employmentDenominator: { key: 'emp', values: EMPLOYMENT_DENOMINATOR_IDS, default: 'none' }
} as const satisfies Record<string, ChoiceParameter>;

/** A slider's range and step in the parameter's own unit. */
export interface SliderRange {
	min: number;
	max: number;
	step: number;
}

/** Drivers whose growth slider is wider than the others: a count like unicorns can halve. */
const WIDE_GROWTH_SLIDER: Partial<Record<DriverId, SliderRange>> = {
	unicorns: { min: -0.5, max: 0.5, step: 0.001 }
};

/** The growth slider's comfortable range for a driver (per-year fields share it). */
export function growthSlider(id: DriverId): SliderRange {
	return WIDE_GROWTH_SLIDER[id] ?? PARAMETERS.growth.control;
}

const planYear = (bound: number | PlanYear, targetYear: number): number =>
	bound === 'targetYear' ? targetYear : bound === 'yearBeforeTarget' ? targetYear - 1 : bound;

/** Bounds with plan years resolved against the plan's target year. */
export function resolveBounds(bounds: Bounds, targetYear: number): { min: number; max: number } {
	return { min: planYear(bounds.min, targetYear), max: planYear(bounds.max, targetYear) };
}

/**
 * True when `value` is a number the parameter accepts: finite, whole where it must be, inside
 * its hard bounds (plan years resolved against `targetYear`).
 */
export function accepts(p: Parameter, value: unknown, targetYear = Infinity): value is number {
	if (typeof value !== 'number' || !Number.isFinite(value)) return false;
	if (p.integer && !Number.isInteger(value)) return false;
	const { min, max } = resolveBounds(p.hard, targetYear);
	return value >= min && value <= max;
}

/** `x` rounded to the parameter's link decimals, with −0 read as 0: what a link would carry. */
export function toLinkPrecision(p: Parameter, x: number): number {
	return Number(x.toFixed(p.decimals)) + 0;
}

/** Every whole value from a parameter's control minimum to its maximum, e.g. the years a list offers. */
export function controlChoices(p: Parameter, targetYear: number): number[] {
	const { min, max } = resolveBounds(p.control, targetYear);
	const out: number[] = [];
	for (let n = min; n <= max; n += p.control.step) out.push(n);
	return out;
}

/** Clamps a rate into a slider's range and rounds it to its step. */
export function snapRate(value: number, slider: SliderRange): number {
	const clamped = Math.min(slider.max, Math.max(slider.min, value));
	const steps = Math.round((clamped - slider.min) / slider.step);
	return Number((slider.min + steps * slider.step).toFixed(6));
}
