import { describe, expect, it } from 'vitest';
import { loadVintage, observations, plan } from '../lib/model/data';
import { runCli } from './run';

describe('a link that pins an earlier data vintage', () => {
	it('is evaluated on that vintage, with a note naming the newer data', async () => {
		const earlier = (await loadVintage('2026-11'))!;
		const vintages = new Map([['2026-11', earlier]]);
		const run = (link: string) =>
			runCli(['--json', link], { LANG: 'C' }, { plan, observations, vintages });
		const pinned = run('v=1&d=2026-11&asof=2023');
		const latest = run(`v=1&d=${observations.vintage}&asof=2023`);
		expect(JSON.parse(pinned.stdout).dataVintage).toBe('2026-11');
		expect(pinned.stderr).toContain(observations.vintage);
		expect(JSON.parse(latest.stdout).dataVintage).toBeUndefined();
		expect(latest.stderr).toBe('');
		// The corrected 2023 GDP moves the as-of-2023 R&D intensity: the two must differ.
		const rd = (out: string) =>
			JSON.parse(out).targets.find((t: { id: string }) => t.id === 'rd_intensity').verdict;
		expect(rd(pinned.stdout)).not.toBe(rd(latest.stdout));
	});
});
