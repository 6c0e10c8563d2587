// The model's public surface. Everything the app shows as a number comes from here.
export * from './types';
export * from './growth';
export * from './parameters';
export * from './verdict';
export {
	compileTree,
	treeVariables,
	FormulaError,
	type CompiledFormula,
	type FormulaTree,
	type PowerLaw
} from './formulaTree';
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
export * from './indicator';
export * from './scenarioEvaluation';
export * from './ranges';
export * from './reach';
export * from './uncertainty';
export { createRandom, normalCdf, normalDraws, normalQuantile } from './random';
export * from './confidence';
export * from './dataUpdate';
