// The property behind "nothing lost, nothing silent": for generated links, mutated the ways links
// get broken, every part is applied or listed among the ignored parts (oracle: link-parts.ts).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkParts, generatedLink } from './link-parts';

/** Links checked per run: each is decoded about twice per part. */
const RUNS = Number(process.env.LINK_PARTS_RUNS ?? 10_000);

describe('every part of a link is applied or listed', () => {
	it(`holds for ${RUNS} generated and mutated links`, { timeout: 60_000 }, () => {
		let runs = 0;
		fc.assert(
			fc.property(generatedLink, (link) => {
				runs++;
				expect(checkParts(link).problems).toEqual([]);
			}),
			{ seed: 5_2025, numRuns: RUNS }
		);
		expect(runs).toBeGreaterThanOrEqual(RUNS);
	});
});
