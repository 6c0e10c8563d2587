// Prints the figures issue 7 budgets from a `vitest bench --outputJson` report, each beside its
// budget as a ratio, and the naive-baseline ratios. A report, not a test: it always exits 0
// (timings on these shared machines are printed, never asserted), unless the report is missing
// a benchmark it expects — then it says which, since a renamed bench would silently drop a line.
// Usage (what `npm run bench` does): node tests/scripts/bench-budgets.mjs <report.json>
import { readFileSync } from 'node:fs';

/** Budgeted figures: the bench (by name) whose mean is compared with the budget, in ms. */
const BUDGETS = [
	{ what: 'recompute of all targets', bench: 'evaluateScenario, default assumptions', ms: 1 },
	{
		what: 'analytic probabilities, all targets',
		bench: 'closed forms (ratios as lognormal power laws)',
		ms: 1
	},
	{
		what: 'Monte Carlo, 10,000 draws, all targets',
		bench: 'Monte Carlo, formulas compiled once and run over columns of draws',
		ms: 16
	},
	{
		what: 'Monte Carlo, 10,000 draws, fresh seed (nothing cached)',
		bench: 'Monte Carlo, a new seed every run (draws generated, nothing cached)',
		ms: 16
	},
	{ what: 'link decode + encode', bench: 'decode + encode, a typical link', ms: 0.2 },
	{
		what: 'link decode + encode, every kind of part',
		bench: 'decode + encode, a link with every kind of part',
		ms: 0.2
	}
];
/** Naive baselines: [the baseline bench, the bench it is compared with]. */
const BASELINES = [
	[
		'naive: 10,000 draws, mathjs evaluate() of the formula text per draw',
		'Monte Carlo, formulas compiled once and run over columns of draws'
	],
	[
		'naive: 10,000 draws, mathjs evaluate() of the formula text per draw',
		'closed forms (ratios as lognormal power laws)'
	]
];

const file = process.argv[2];
if (!file)
	throw new Error('usage: node tests/scripts/bench-budgets.mjs <vitest bench JSON report>');
const report = JSON.parse(readFileSync(file, 'utf8'));
/** Mean ms per bench name; a name used in two groups keeps its slowest mean. */
const means = new Map();
for (const f of report.files)
	for (const g of f.groups)
		for (const b of g.benchmarks) means.set(b.name, Math.max(means.get(b.name) ?? 0, b.mean));

const fmt = (ms) => (ms < 0.1 ? `${(ms * 1000).toFixed(1)} µs` : `${ms.toFixed(2)} ms`);
const missing = [];
console.log('\nBudgets (issue 7): mean time per run against the budget');
/** Prints the bench's mean beside its budget as `what`; a bench not in the report is missing. */
function printBudget(what, bench, ms) {
	const mean = means.get(bench);
	if (mean === undefined) {
		missing.push(bench);
		return;
	}
	const ratio = mean / ms;
	console.log(
		`  ${what.padEnd(58)} ${fmt(mean).padStart(10)} / ${fmt(ms).padStart(8)} = ${ratio.toFixed(3)}×  ${ratio <= 1 ? 'within budget' : 'OVER BUDGET'}`
	);
}
for (const { what, bench, ms } of BUDGETS) printBudget(what, bench, ms);
// Every built-in plan's own figures (src/lib/plans/plans.bench.ts), each against the same budget.
const PER_PLAN = [
	['recompute of all targets', 1],
	['closed forms', 1],
	['Monte Carlo, 10,000 draws', 16],
	['link decode + encode', 0.2]
];
const planIds = [...means.keys()].flatMap(
	(name) => /^plan (\S+): recompute of all targets$/.exec(name)?.[1] ?? []
);
console.log(`Every built-in plan (${planIds.length}): mean time per run against the same budgets`);
if (planIds.length < 4)
	missing.push('plan <id>: recompute of all targets (for each of the four built-in plans)');
for (const id of planIds)
	for (const [what, ms] of PER_PLAN) printBudget(`plan ${id}: ${what}`, `plan ${id}: ${what}`, ms);
console.log('Naive baselines: how many times slower than the compiled path');
for (const [naive, compiled] of BASELINES) {
	const a = means.get(naive);
	const b = means.get(compiled);
	if (a === undefined || b === undefined) {
		missing.push(a === undefined ? naive : compiled);
		continue;
	}
	console.log(`  ${compiled.padEnd(66)} ${(a / b).toFixed(0)}× faster (${fmt(a)} vs ${fmt(b)})`);
}
if (missing.length > 0) {
	console.error(`bench-budgets: no benchmark named ${missing.map((m) => `"${m}"`).join(', ')}`);
	process.exitCode = 1;
}
