// Golden links: representative share links and what the real model makes of them, so that a
// change to the codec, the migrations, the model or the data that moves any verdict, projection,
// required growth or probability of an old link shows up here. Probabilities are recorded only
// for links that ask for them (`unc=`); seeded draws make them reproducible.
//
// Each link is evaluated against the data vintage it pins (`d=`). A link without `d=` (or with an
// unknown one) means the latest data when it is opened; a golden file pins what such links showed
// when it was written, so each file names that vintage (GOLDEN_FILES). A data change never
// rewrites a file: it becomes a new vintage with a new golden file (README, "Data vintages").
//
// To regenerate a golden file after an intended change to the codec or the model, run
//   UPDATE_GOLDEN=1 npx vitest run --project unit tests/unit/golden-links.test.ts
// It rewrites `ignored` and `expected` for every link in the files (links and their `about` are
// kept; add a link by adding an entry with empty `expected`), formats the files with Prettier and
// still checks them. Review the diff before committing it.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadVintage, observations, plan } from '../../src/lib/model/data';
import { evaluateScenario } from '../../src/lib/model/scenarioEvaluation';
import { TARGET_IDS, type TargetId } from '../../src/lib/model/types';
import type { Verdict } from '../../src/lib/model/verdict';
import { type IgnoredReason } from '../../src/lib/scenario/link';
import { decodePinnedLink } from '../../src/lib/scenario/pinnedVintage';

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

/** Each golden file and the vintage that was the latest when it was written. */
const GOLDEN_FILES = [
	{ file: '../golden-links.json', vintage: '2026-11' },
	{ file: '../golden-links-2026-12.json', vintage: '2026-12' }
] as const;
const SIGNIFICANT_DIGITS = 6;

const rounded = (x: number | null) =>
	x === null ? null : Number(x.toPrecision(SIGNIFICANT_DIGITS));

/** Decimal places for toBeCloseTo that check `expected` to (one short of) its six digits. */
function placesFor(expected: number): number {
	if (expected === 0) return 10;
	return SIGNIFICANT_DIGITS - 2 - Math.floor(Math.log10(Math.abs(expected)));
}

async function compute(
	link: string,
	vintage: string
): Promise<Pick<GoldenLink, 'ignored' | 'expected'>> {
	const latest = await loadVintage(vintage);
	if (!latest) throw new Error(`no data vintage ${vintage}`);
	const { decoded, data } = await decodePinnedLink(link, { plan, data: latest, load: loadVintage });
	const { state, ignored } = decoded;
	const evaluation = evaluateScenario(plan, data, state.scenario);
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

const goldenFiles = GOLDEN_FILES.map(({ file, vintage }) => {
	const path = fileURLToPath(new URL(file, import.meta.url));
	return { path, vintage, golden: JSON.parse(readFileSync(path, 'utf8')) as GoldenLink[] };
});

if (process.env.UPDATE_GOLDEN === '1') {
	const prettier = await import('prettier');
	for (const g of goldenFiles) {
		g.golden = await Promise.all(
			g.golden.map(async (l) => ({
				about: l.about,
				link: l.link,
				...(await compute(l.link, g.vintage))
			}))
		);
		const config = (await prettier.resolveConfig(g.path)) ?? {};
		writeFileSync(
			g.path,
			await prettier.format(JSON.stringify(g.golden), { ...config, filepath: g.path })
		);
	}
}

it('the latest golden file is written for the latest data vintage', () => {
	expect(GOLDEN_FILES.at(-1)!.vintage).toBe(observations.vintage);
});

describe.each(goldenFiles.map((g) => [g.vintage, g] as const))('golden links of %s', (_, g) => {
	it('cover at least eight links, each with every target', () => {
		expect(g.golden.length).toBeGreaterThanOrEqual(8);
		for (const l of g.golden)
			expect(Object.keys(l.expected).sort()).toEqual([...TARGET_IDS].sort());
	});

	it.each(g.golden.map((l) => [l.about, l] as const))('%s', async (_, l) => {
		const actual = await compute(l.link, g.vintage);
		expect(actual.ignored).toEqual(l.ignored);
		for (const id of TARGET_IDS) {
			const want = l.expected[id]!;
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
