// The model's public surface. Everything the app shows as a number comes from here.
export * from './types';
export * from './growth';
export * from './verdict';
export {
	compileFormula,
	evaluateFormulaText,
	FormulaError,
	type CompiledFormula,
	type PowerLaw
} from './formula';
export { DataFileError, validateObservations, validatePlan } from './schema';
export {
	driverHistory,
	preferredByYear,
	trailingGrowth,
	yearlyGrowth,
	type DriverHistory,
	type HistoryPoint,
	type TrailingGrowth
} from './series';
export * from './evaluate';
export * from './uncertainty';
export { createRandom, normalCdf, normalDraws, normalQuantile } from './random';
