// The worked example of a hand-written pack (seeds/examples/china-2030-two-targets.json), shown
// whole in the README: it must stay a valid pack, its figures copied unchanged from the built-in
// china-2030 pack, its verdicts those of china-2030, and the README's copy the file itself.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Evaluation } from '../model/evaluate';
import { evaluateScenario } from '../model/scenarioEvaluation';
import { emptyScenario, type Scenario } from '../model/types';
import { validatePack } from './packSchema';
import { planPack } from './packs';
import { toModel } from './toModel';

const FILE = 'seeds/examples/china-2030-two-targets.json';
const text = readFileSync(FILE, 'utf8');
const example = validatePack(JSON.parse(text), FILE);
const china = planPack('china-2030')!;

/**
 * The example's targets as evaluated, each without its spec (the plans differ) but its id, and
 * without its path of published values, which goes back only as far as the example's figures.
 */
const results = (e: Evaluation, ids: string[]) =>
	e.targets
		.filter((t) => ids.includes(t.spec.id))
		.map((t) => {
			const rest: Partial<typeof t> = { ...t };
			delete rest.indicatorPath;
			return { ...rest, spec: t.spec.id };
		});

describe('the worked example pack', () => {
	it('is a valid pack with an id of its own and two targets', () => {
		expect(example.id).toBe('china-2030-two-targets');
		expect(planPack(example.id)).toBeNull();
		expect(example.targets.map((t) => t.id)).toEqual(['rd_growth', 'digital_core_share']);
	});

	it('copies every observation unchanged from china-2030, source, flags and basis included', () => {
		const series = Object.entries(example.observations.series);
		expect(series.length).toBeGreaterThan(0);
		for (const [id, s] of series) {
			const original = china.observations.series[id];
			expect(original, id).toBeDefined();
			for (const o of s.observations) expect(original!.observations).toContainEqual(o);
			for (const o of s.observations)
				expect(example.observations.bases[o.basis]).toEqual(china.observations.bases[o.basis]);
		}
	});

	const scenarios: [string, Scenario][] = [
		['the default scenario', emptyScenario()],
		[
			'growth and probabilities',
			{
				...emptyScenario(),
				growth: { rd_spend: 0.05 },
				uncertainty: { model: 'yearly', seed: 7, draws: 2000, correlation: null }
			}
		]
	];
	it.each(scenarios)('evaluates both targets as china-2030 does, in %s', (_name, scenario) => {
		const ids = example.targets.map((t) => t.id);
		const small = toModel(example, { file: FILE });
		const full = toModel(china);
		const mine = evaluateScenario(small.plan, small.observations, structuredClone(scenario));
		const theirs = evaluateScenario(full.plan, full.observations, structuredClone(scenario));
		expect(mine.issues).toEqual([]);
		expect(results(mine, ids)).toHaveLength(2);
		expect(results(mine, ids)).toEqual(results(theirs, ids));
		for (const t of mine.targets) expect(t.projected).not.toBeNull();
	});

	it('is shown whole in the README, so the README’s example is the tested file', () => {
		const readme = readFileSync('README.md', 'utf8');
		// Not toContain: a failure would print the whole README.
		expect(readme.includes('```json\n' + text + '```\n'), `${FILE} is not in README.md`).toBe(true);
	});
});
