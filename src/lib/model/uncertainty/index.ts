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
//
// This file decides the public surface. The rooms: laws.ts (drivers and windows as random
// variables), goal.ts (what counts as met), analytic.ts and monteCarlo.ts (the engines, with
// draws.ts, crossings.ts and bisection.ts behind the second), solver.ts (needed growth),
// sensitivity.ts (±1 pp), correlation.ts (a ratio's two drivers), assess.ts (one target, all of
// it) and spread.ts (the chart's fan). The app loads this folder lazily (state/app.svelte.ts).
export * from '../ranges';
export {
	assessTarget,
	assessTargets,
	type AssessOptions,
	type TargetAssessment,
	type TargetUncertainty
} from './assess';
export {
	historicalCorrelation,
	type HistoricalCorrelation,
	type TargetCorrelation
} from './correlation';
export { SENSITIVITY_STEP, type Sensitivity, type SensitivityStep } from './sensitivity';
export { CHANCES, type NeededGrowth } from './solver';
export { projectionSpread, Z50, type YearSpread } from './spread';
