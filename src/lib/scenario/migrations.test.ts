import { describe, expect, it } from 'vitest';
import { observations, plan } from '../model/data';
import { evaluateScenario } from '../model/scenarioEvaluation';
import { emptyScenario } from '../model/types';
import { decodeLink, encodeLink } from './link';
import { LINK_VERSION, MIGRATIONS, migrateParams, type LinkParam } from './migrations';

const decode = (text: string) => decodeLink(text, { plan, data: observations });

describe('MIGRATIONS', () => {
	it('form one unbroken chain from version 0 to LINK_VERSION', () => {
		expect(MIGRATIONS[0]?.from).toBe(0);
		MIGRATIONS.forEach((m, i) => {
			expect(m.to).toBe(m.from + 1);
			if (i > 0) expect(m.from).toBe(MIGRATIONS[i - 1]!.to);
		});
		expect(MIGRATIONS.at(-1)?.to).toBe(LINK_VERSION);
	});

	it('cover every version a link can carry', () => {
		for (let version = 0; version < LINK_VERSION; version++)
			expect(MIGRATIONS.some((m) => m.from === version)).toBe(true);
	});
});

describe('migration 0 → 1', () => {
	const migration = MIGRATIONS.find((m) => m.from === 0)!;

	it('spells bare driver keys g.<driver> and leaves every other pair alone', () => {
		const params: LinkParam[] = [
			['tech_contracts', '0.05'],
			['g.gdp', '0.05'],
			['asof', '2023'],
			['tol', '0.1'],
			['rd_intensity', '0.1'],
			['foo', 'bar']
		];
		expect(migration.migrate(params)).toEqual([
			['g.tech_contracts', '0.05'],
			['g.gdp', '0.05'],
			['asof', '2023'],
			['tol', '0.1'],
			['rd_intensity', '0.1'],
			['foo', 'bar']
		]);
	});

	it('does not change its input', () => {
		const params: LinkParam[] = [['gdp', '0.05']];
		migration.migrate(params);
		expect(params).toEqual([['gdp', '0.05']]);
	});

	// The README's own examples of the command line, before links had a version.
	it.each([
		[
			'tech_contracts=0.05&gdp=0.05',
			{ ...emptyScenario(), growth: { tech_contracts: 0.05, gdp: 0.05 } }
		],
		['hightech_va=0.03', { ...emptyScenario(), growth: { hightech_va: 0.03 } }],
		[
			'https://example.org/#employed=0.01&asof=2023&tol=0.1',
			{ ...emptyScenario(), growth: { employed: 0.01 }, asOf: 2023, tolerance: 0.1 }
		]
	])('reads the version-0 link %s as it always meant', (link, scenario) => {
		const decoded = decode(link);
		expect(decoded).toMatchObject({ version: 0, migrated: true, ignored: [] });
		expect(decoded.state.scenario).toEqual(scenario);
		expect(evaluateScenario(plan, observations, decoded.state.scenario).issues).toEqual([]);
	});

	it('rewrites a version-0 link into the same scenario at the current version', () => {
		const old = decode('rd_spend=0.07&asof=2022');
		const rewritten = encodeLink(old.state);
		expect(rewritten).toBe(
			`v=3&p=beijing-2025&g.rd_spend=0.07&asof=2022&d=${observations.vintage}`
		);
		expect(decode(rewritten).state).toEqual(old.state);
	});
});

describe('migrateParams', () => {
	it('runs every migration from the given version on', () => {
		expect(migrateParams([['gdp', '0.05']], 0)).toEqual({
			params: [['g.gdp', '0.05']],
			applied: LINK_VERSION
		});
	});

	it.each([LINK_VERSION, LINK_VERSION + 1, 999])('leaves version %i alone', (version) => {
		expect(migrateParams([['gdp', '0.05']], version)).toEqual({
			params: [['gdp', '0.05']],
			applied: 0
		});
	});
});
