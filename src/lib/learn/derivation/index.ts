// "Show the arithmetic": one target's result as numbered steps — the formula in mathematical
// notation, each substitution with the current numbers, the result and what it means. Every
// number comes from the evaluation; the closed forms here are recomputed from the model's inputs
// and checked against the model's own result, and where they do not reproduce it the step says
// so and shows the model's number instead. Pure: no DOM, no Svelte, no mathjs.
//
// This file decides the public surface. The rooms: context.ts (the step shapes, the symbols and
// the formatting every step shares), shared.ts (the steps every kind of target uses: measure,
// target, projection, indicator, verdict, missing), level.ts, ratio.ts and average.ts (each
// kind's required growth), legend.ts (the symbols' legend) and derive.ts (the steps in order,
// qualitative targets included).
export {
	agrees,
	DRIVER_SYMBOLS,
	type Derivation,
	type DerivationStep,
	type LegendEntry,
	type MathLine,
	type RateLine,
	type StepKey
} from './context';
export { deriveTarget } from './derive';
export { denominatorGrowth } from './ratio';
