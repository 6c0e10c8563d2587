// Golden links: representative share links and what the real model makes of them, so that a
// change to the codec, the migrations, the model or the data that moves any verdict, projection,
// required growth or probability of an old link shows up here. Probabilities are recorded only
// for links that ask for them (`unc=`); seeded draws make them reproducible.
//
// To regenerate tests/golden-links.json after an intended change, run
//   UPDATE_GOLDEN=1 npx vitest run --project unit tests/unit/golden-links.test.ts
// It rewrites `ignored` and `expected` for every link in the file (links and their `about` are
// kept; add a link by adding an entry with empty `expected`), formats the file with Prettier and
// still checks it. Review the diff before committing it.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { observations, plan } from '../../src/lib/model/data';
import { evaluateScenario } from '../../src/lib/model/scenarioEvaluation';
import { TARGET_IDS, type TargetId } from '../../src/lib/model/types';
import type { Verdict } from '../../src/lib/model/verdict';
import { decodeLink, type IgnoredReason } from '../../src/lib/scenario/link';

interface Expected {
	verdict: Verdict;
	projected: number | null;
	requiredGrowth: number | null;
	/** P(met), when the link asks for probabilities and the target has one. */
	probability?: number;
}

interface GoldenLink {
	about: string;
	link: string;
	/** The reasons of the ignored parts, in order. */
	ignored: IgnoredReason[];
	expected: Partial<Record<TargetId, Expected>>;
}

const FILE = fileURLToPath(new URL('../golden-links.json', import.meta.url));
const SIGNIFICANT_DIGITS = 6;

const rounded = (x: number | null) =>
	x === null ? null : Number(x.toPrecision(SIGNIFICANT_DIGITS));

/** Decimal places for toBeCloseTo that check `expected` to (one short of) its six digits. */
function placesFor(expected: number): number {
	if (expected === 0) return 10;
	return SIGNIFICANT_DIGITS - 2 - Math.floor(Math.log10(Math.abs(expected)));
}

function compute(link: string): Pick<GoldenLink, 'ignored' | 'expected'> {
	const { state, ignored } = decodeLink(link, { plan, data: observations });
	const evaluation = evaluateScenario(plan, observations, state.scenario);
	const expected: GoldenLink['expected'] = {};
	for (const t of evaluation.targets)
		expected[t.id] = {
			verdict: t.verdict,
			projected: rounded(t.projected),
			requiredGrowth: rounded(t.requiredGrowth),
			...(t.uncertainty ? { probability: rounded(t.uncertainty.probability)! } : {})
		};
	return { ignored: ignored.map((i) => i.reason), expected };
}

let golden = JSON.parse(readFileSync(FILE, 'utf8')) as GoldenLink[];

if (process.env.UPDATE_GOLDEN === '1') {
	golden = golden.map((g) => ({ about: g.about, link: g.link, ...compute(g.link) }));
	const prettier = await import('prettier');
	const config = (await prettier.resolveConfig(FILE)) ?? {};
	const text = await prettier.format(JSON.stringify(golden), { ...config, filepath: FILE });
	writeFileSync(FILE, text);
}

describe('golden links', () => {
	it('cover at least eight links, each with every target', () => {
		expect(golden.length).toBeGreaterThanOrEqual(8);
		for (const g of golden) expect(Object.keys(g.expected).sort()).toEqual([...TARGET_IDS].sort());
	});

	it.each(golden.map((g) => [g.about, g] as const))('%s', (_, g) => {
		const actual = compute(g.link);
		expect(actual.ignored).toEqual(g.ignored);
		for (const id of TARGET_IDS) {
			const want = g.expected[id]!;
			const got = actual.expected[id]!;
			expect(got.verdict, `${id} verdict`).toBe(want.verdict);
			for (const field of ['projected', 'requiredGrowth', 'probability'] as const) {
				const w = want[field];
				if (w === undefined) expect(got[field], `${id} ${field}`).toBeUndefined();
				else if (w === null) expect(got[field], `${id} ${field}`).toBeNull();
				else expect(got[field], `${id} ${field}`).toBeCloseTo(w, placesFor(w));
			}
		}
	});
});
