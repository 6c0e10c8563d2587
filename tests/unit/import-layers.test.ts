// The folders of src/lib form layers: each imports only from folders below it, type-only imports
// included, so no two folders import each other, directly or around a loop. From the bottom:
// model, scenario, export, i18n, learn, charts, view, state, components (routes sit above all).
import { describe, expect, it } from 'vitest';
import { cycles, edgesWithin, fileGraph, folderGraph, folderOf } from './importLayers';

const files = fileGraph();

/**
 * Files of the model that still import each other in a loop (evaluate.ts and the uncertainty
 * engine share result types through evaluate.ts). Known and frozen: this list may only shrink.
 */
const KNOWN_MODEL_FILE_CYCLE = new Set([
	// confidence.ts grades a TargetResult, whose type names the grade (type-only both ways).
	'model/confidence.ts',
	'model/evaluate.ts',
	'model/indicator.ts',
	'model/ranges.ts',
	'model/target.ts',
	'model/uncertainty/analytic.ts',
	'model/uncertainty/assess.ts',
	'model/uncertainty/bisection.ts',
	'model/uncertainty/correlation.ts',
	'model/uncertainty/crossings.ts',
	'model/uncertainty/draws.ts',
	'model/uncertainty/goal.ts',
	'model/uncertainty/index.ts',
	'model/uncertainty/laws.ts',
	'model/uncertainty/monteCarlo.ts',
	'model/uncertainty/sensitivity.ts',
	'model/uncertainty/solver.ts',
	'model/uncertainty/spread.ts'
]);

describe('import layers of src/lib', () => {
	it('reads the imports it checks', () => {
		expect(files.get('view/cardView.ts')).toContain('view/targetView.ts');
		expect(files.get('learn/challenge.ts')).toContain('i18n/classroomMessages.ts');
	});

	it('finds a cycle when there is one', () => {
		const graph = new Map([
			['a', new Set(['b'])],
			['b', new Set(['c'])],
			['c', new Set(['a'])],
			['d', new Set(['a'])]
		]);
		expect(cycles(graph)).toEqual([['a', 'b', 'c']]);
	});

	it('has no import cycle between folders', () => {
		const graph = folderGraph(files);
		expect(cycles(graph).map((c) => edgesWithin(graph, c).join(', '))).toEqual([]);
	});

	it('has no import cycle between files beyond the known one inside the model', () => {
		const joined = cycles(files)
			.flat()
			.filter((file) => !KNOWN_MODEL_FILE_CYCLE.has(file));
		expect(joined).toEqual([]);
	});

	it('keeps the pure folders free of Svelte, the app and the layers above them', () => {
		const pure = ['model', 'scenario', 'export', 'i18n', 'learn', 'view'];
		const above = new Set(['state', 'components']);
		const offending = [...files]
			.filter(([file]) => pure.includes(folderOf(file)))
			.flatMap(([file, targets]) =>
				[...targets].filter((t) => above.has(folderOf(t))).map((t) => `${file} → ${t}`)
			);
		expect(offending).toEqual([]);
	});
});
