import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { linkState } from '../../../tests/unit/link-arbitraries';
import { observations, plan } from '../model/data';
import { evaluateScenario } from '../model/scenarioEvaluation';
import { DRIVER_IDS, emptyScenario, type Scenario } from '../model/types';
import { PARAMETERS } from '../model/parameters';
import { DEFAULT_UNCERTAINTY } from '../model/uncertainty';
import {
	decodeLink,
	encodeLink,
	KNOWN_DATA_VERSIONS,
	LINK_VERSION,
	MAX_LINK_LENGTH,
	MAX_LINK_NAME_LENGTH,
	cleanLinkName,
	MAX_PART_LENGTH,
	safePart,
	type IgnoredPart,
	type LinkState
} from './link';

const { seed: SEED, draws: DRAWS } = PARAMETERS;
const [DEFAULT_SEED, MAX_SEED] = [SEED.default, SEED.hard.max];
const [DEFAULT_DRAWS, MIN_DRAWS, MAX_DRAWS] = [DRAWS.default, DRAWS.hard.min, DRAWS.hard.max];
const EARLIEST_LINK_YEAR = PARAMETERS.year.hard.min;

const options = { plan, data: observations };
const decode = (text: string) => decodeLink(text, options);
const VINTAGE = observations.vintage;
const state = (scenario: Partial<Scenario> = {}, rest: Partial<LinkState> = {}): LinkState => ({
	scenario: { ...emptyScenario(), ...scenario },
	lang: null,
	view: null,
	dataVersion: VINTAGE,
	...rest
});
const issuesOf = (scenario: Scenario) => evaluateScenario(plan, observations, scenario).issues;

describe('KNOWN_DATA_VERSIONS', () => {
	it('ends with the vintage of the seed data', () => {
		expect(KNOWN_DATA_VERSIONS.at(-1)).toBe(observations.vintage);
	});
});

describe('encodeLink', () => {
	it('writes only the version and the data version for the default state', () => {
		expect(encodeLink(state())).toBe(`v=${LINK_VERSION}&p=beijing-2025&d=${VINTAGE}`);
	});

	it('writes every field in the canonical order', () => {
		const text = encodeLink(
			state(
				{
					asOf: 2022,
					growth: { tech_contracts: 0.05, gdp: 0.052 },
					yearlyGrowth: { digital_va: { 2025: 0.12, 2024: 0.1 } },
					userValues: { employed: { 2023: 1300 } },
					tolerance: 0.1,
					growthWindowYears: 3,
					averageWindow: { from: 2022, to: 2025 }
				},
				{ lang: 'en', view: 'tech_contracts' }
			)
		);
		expect(text).toBe(
			'v=3&p=beijing-2025&g.gdp=0.052&g.tech_contracts=0.05&y.digital_va.2024=0.1&y.digital_va.2025=0.12' +
				'&u.employed.2023=1300&tol=0.1&gw=3&win=2022-2025&asof=2022&lang=en&view=tech_contracts' +
				`&d=${VINTAGE}`
		);
	});

	it.each([
		[0.05, '0.05'],
		[0.0500000001, '0.05'],
		[1 / 3, '0.333333'],
		[-0.0000001, '0'],
		[-0, '0'],
		[10, '10'],
		[-0.99, '-0.99'],
		[0.1 + 0.2, '0.3']
	])('writes the rate %s as %s', (rate, written) => {
		expect(encodeLink(state({ growth: { gdp: rate } }))).toBe(
			`v=3&p=beijing-2025&g.gdp=${written}&d=${VINTAGE}`
		);
	});

	it.each([
		[1300, '1300'],
		[1234.56789, '1234.5679'],
		[0.00001, '0'],
		[1e12, '1000000000000']
	])('writes the entered value %s as %s', (value, written) => {
		expect(encodeLink(state({ userValues: { employed: { 2020: value } } }))).toBe(
			`v=3&p=beijing-2025&u.employed.2020=${written}&d=${VINTAGE}`
		);
	});

	it('gives back every valid state exactly through decodeLink', () => {
		fc.assert(
			fc.property(linkState, (s) => {
				// Entered values can push a trend out of range; the model itself must accept the state.
				fc.pre(issuesOf(s.scenario).length === 0);
				const decoded = decode(encodeLink(s));
				expect(decoded.ignored).toEqual([]);
				expect(decoded.state).toEqual(s);
				expect(decoded).toMatchObject({ version: LINK_VERSION, migrated: false });
			}),
			{ seed: 20250401, numRuns: 400 }
		);
	});

	it('keeps the longest canonical link within MAX_LINK_LENGTH', () => {
		const years: number[] = [];
		for (let y = EARLIEST_LINK_YEAR; y <= plan.targetYear; y++) years.push(y);
		const every = <T>(value: T) => Object.fromEntries(years.map((y) => [y, value]));
		const s = state(
			{
				asOf: 2016,
				growthRange: Object.fromEntries(
					DRIVER_IDS.map((id) => [id, { low: -0.123456, high: -0.123455 }])
				),
				uncertainty: {
					model: 'persistent',
					seed: MAX_SEED,
					draws: MIN_DRAWS + 1,
					correlation: -0.123456
				},
				yearlyGrowth: Object.fromEntries(DRIVER_IDS.map((id) => [id, every(-0.123456)])),
				userValues: Object.fromEntries(DRIVER_IDS.map((id) => [id, every(999999999999.9999)])),
				tolerance: 0.123456,
				growthWindowYears: 15,
				averageWindow: { from: 2000, to: 2025 }
			},
			{ lang: 'zh', view: 'basic_research_share' }
		);
		expect(encodeLink(s).length).toBeLessThanOrEqual(MAX_LINK_LENGTH);
	});
});

describe('growth ranges and probability settings in links', () => {
	it('writes a range as low..high and the settings after asof, defaults left out', () => {
		const text = encodeLink(
			state({
				asOf: 2022,
				growth: { gdp: 0.05 },
				growthRange: {
					tech_contracts: { low: 0.05, high: 0.09 },
					rd_spend: { low: -0.02, high: 0.1 }
				},
				uncertainty: { model: 'yearly', seed: 7, draws: 2000, correlation: 0.5 }
			})
		);
		expect(text).toBe(
			'v=3&p=beijing-2025&g.gdp=0.05&g.rd_spend=-0.02..0.1&g.tech_contracts=0.05..0.09&asof=2022' +
				`&unc=yearly&seed=7&draws=2000&corr=0.5&d=${VINTAGE}`
		);
		expect(
			encodeLink(
				state({
					uncertainty: {
						model: 'persistent',
						seed: DEFAULT_SEED,
						draws: DEFAULT_DRAWS,
						correlation: null
					}
				})
			)
		).toBe(`v=3&p=beijing-2025&unc=persistent&d=${VINTAGE}`);
	});

	it('writes the range, not the point, for a driver that has both', () => {
		const text = encodeLink(
			state({ growth: { gdp: 0.01 }, growthRange: { gdp: { low: 0.02, high: 0.04 } } })
		);
		expect(text).toBe(`v=3&p=beijing-2025&g.gdp=0.02..0.04&d=${VINTAGE}`);
		expect(decode(text).state.scenario.growth).toEqual({});
	});

	it('reads them back, and the model accepts them', () => {
		const decoded = decode(
			'v=1&g.tech_contracts=0.05..0.09&g.gdp=-0.03..-0.01&unc=yearly&seed=4294967295&draws=100000&corr=-1'
		);
		expect(decoded.ignored).toEqual([]);
		expect(decoded.state.scenario).toEqual({
			...emptyScenario(),
			growthRange: { tech_contracts: { low: 0.05, high: 0.09 }, gdp: { low: -0.03, high: -0.01 } },
			uncertainty: { model: 'yearly', seed: MAX_SEED, draws: MAX_DRAWS, correlation: -1 }
		});
		expect(issuesOf(decoded.state.scenario)).toEqual([]);
	});

	it('reads a zero-width range, and tolerates spaces around the ends', () => {
		expect(decode('v=1&g.gdp=0.05..0.05').state.scenario.growthRange).toEqual({
			gdp: { low: 0.05, high: 0.05 }
		});
		expect(decode('v=1&g.gdp=0.05%20..%200.09').state.scenario.growthRange).toEqual({
			gdp: { low: 0.05, high: 0.09 }
		});
	});

	it('reads the command line’s version-0 form of a range', () => {
		const decoded = decode('tech_contracts=0.05..0.09&seed=3');
		expect(decoded).toMatchObject({ ignored: [], version: 0, migrated: true });
		expect(decoded.state.scenario.growthRange).toEqual({
			tech_contracts: { low: 0.05, high: 0.09 }
		});
		expect(decoded.state.scenario.uncertainty).toEqual({ ...DEFAULT_UNCERTAINTY, seed: 3 });
	});

	it.each([
		['seed', 'seed=9', { seed: 9 }],
		['draws', 'draws=5000', { draws: 5000 }],
		['corr', 'corr=0.25', { correlation: 0.25 }],
		['unc', 'unc=yearly', { model: 'yearly' }]
	])('turns probabilities on with %s alone, the rest at their defaults', (_, part, fields) => {
		expect(decode(`v=1&${part}`).state.scenario.uncertainty).toEqual({
			...DEFAULT_UNCERTAINTY,
			...fields
		});
	});

	it.each<[string, string, IgnoredPart['reason']]>([
		['a reversed range', 'g.gdp=0.09..0.05', 'out_of_range'],
		['a range below the floor', 'g.gdp=-1..0.05', 'out_of_range'],
		['a range above the ceiling', 'g.gdp=0.05..11', 'out_of_range'],
		['a range without a high end', 'g.gdp=0.05..', 'not_a_number'],
		['a range without a low end', 'g.gdp=..0.05', 'not_a_number'],
		['a range of words', 'g.gdp=low..high', 'not_a_number'],
		['a range with a percent sign', 'g.gdp=5%25..9%25', 'not_a_number'],
		['a three-ended range', 'g.gdp=0.01..0.02..0.03', 'not_a_number'],
		['a range for an unknown driver', 'g.gold=0.01..0.02', 'unknown_key'],
		['an unknown model', 'unc=sometimes', 'out_of_range'],
		['a model in capitals', 'unc=Yearly', 'out_of_range'],
		['a negative seed', 'seed=-1', 'out_of_range'],
		['a seed past 2³² − 1', 'seed=4294967296', 'out_of_range'],
		['a fractional seed', 'seed=1.5', 'not_a_number'],
		['a word for a seed', 'seed=lucky', 'not_a_number'],
		['too few draws', 'draws=999', 'out_of_range'],
		['too many draws', 'draws=100001', 'out_of_range'],
		['fractional draws', 'draws=1000.5', 'not_a_number'],
		['a correlation above 1', 'corr=1.01', 'out_of_range'],
		['a correlation below −1', 'corr=-2', 'out_of_range'],
		['a word for a correlation', 'corr=high', 'not_a_number'],
		['an unknown employment denominator', 'emp=bogus', 'out_of_range'],
		['a denominator in capitals', 'emp=CENSUS_2023', 'out_of_range'],
		['an empty denominator', 'emp=', 'out_of_range']
	])('ignores %s', (_, part, reason) => {
		const decoded = decode(`v=1&${part}`);
		expect(decoded.ignored).toEqual([{ part, reason }]);
		expect(decoded.state).toEqual(state());
	});

	it('treats a range and a point for one driver as the same key', () => {
		const decoded = decode('v=1&g.gdp=0.01..0.02&g.gdp=0.05');
		expect(decoded.ignored).toEqual([{ part: 'g.gdp=0.05', reason: 'duplicate' }]);
		expect(decoded.state.scenario.growthRange).toEqual({ gdp: { low: 0.01, high: 0.02 } });
	});

	it('reads range ends and correlations at six decimals', () => {
		const { scenario } = decode('v=1&g.gdp=0.0500004..0.0899996&corr=0.3333333').state;
		expect(scenario.growthRange).toEqual({ gdp: { low: 0.05, high: 0.09 } });
		expect(scenario.uncertainty?.correlation).toBe(0.333333);
	});
});

describe('the employment denominator in links (emp=)', () => {
	it.each(['census_2023', 'implied_2018'] as const)('reads and writes emp=%s after asof', (id) => {
		const decoded = decode(`v=1&asof=2025&emp=${id}&d=${VINTAGE}`);
		expect(decoded.ignored).toEqual([]);
		expect(decoded.state).toEqual(state({ asOf: 2025, employmentDenominator: id }));
		expect(encodeLink(decoded.state)).toBe(`v=3&p=beijing-2025&asof=2025&emp=${id}&d=${VINTAGE}`);
	});

	it('writes nothing without a choice, so older links keep their text', () => {
		expect(encodeLink(state({ employmentDenominator: null }))).toBe(
			`v=3&p=beijing-2025&d=${VINTAGE}`
		);
		expect(decode(`v=1&d=${VINTAGE}`).state.scenario).not.toHaveProperty('employmentDenominator');
	});

	it('reads the first of two choices and lists the second as a duplicate', () => {
		const decoded = decode('v=1&emp=implied_2018&emp=census_2023');
		expect(decoded.state.scenario.employmentDenominator).toBe('implied_2018');
		expect(decoded.ignored).toEqual([{ part: 'emp=census_2023', reason: 'duplicate' }]);
	});
});

describe('decodeLink', () => {
	const example =
		'v=1&g.tech_contracts=0.05&g.gdp=0.052&tol=0.05&asof=2022&lang=en&view=tech_contracts';
	const exampleState = state(
		{ growth: { tech_contracts: 0.05, gdp: 0.052 }, tolerance: 0.05, asOf: 2022 },
		{ lang: 'en', view: 'tech_contracts' }
	);

	it.each([
		['bare parameter text', example],
		['a bare fragment', `#${example}`],
		['a bare query', `?${example}`],
		['a full address with a fragment', `https://example.org/plan/#${example}`],
		['a full address with a base path and a query', `https://example.org/app/?${example}`],
		['an address whose fragment wins over its query', `https://x.org/?asof=2016#${example}`],
		['a host without a scheme', `example.org/?${example}`],
		['surrounding whitespace', `  ${example}\n`]
	])('reads the whole state from %s', (_, text) => {
		expect(decode(text)).toEqual({
			state: exampleState,
			ignored: [],
			version: 1,
			migrated: false
		});
	});

	it('reads per-year rates, entered values, both windows and the data version', () => {
		const { state: s, ignored } = decode(
			`v=1&y.digital_va.2025=0.12&y.digital_va.2024=-0.01&u.employed.2020=1300.5&gw=3&win=2022-2025&d=${VINTAGE}`
		);
		expect(ignored).toEqual([]);
		expect(s.scenario).toEqual({
			...emptyScenario(),
			yearlyGrowth: { digital_va: { 2024: -0.01, 2025: 0.12 } },
			userValues: { employed: { 2020: 1300.5 } },
			growthWindowYears: 3,
			averageWindow: { from: 2022, to: 2025 }
		});
		expect(issuesOf(s.scenario)).toEqual([]);
	});

	it.each(['', '#', '?', 'https://example.org/plan', '/plan', 'https://example.org/plan?'])(
		'gives the default state for %j, as the current version',
		(text) => {
			expect(decode(text)).toEqual({
				state: state(),
				ignored: [],
				version: LINK_VERSION,
				migrated: false
			});
		}
	);

	// "Nothing lost, nothing silent": each hole tests/unit/link-parts.test.ts found.
	it('reads a second # as a separator, losing nothing before it', () => {
		const { state: s, ignored } = decode('/#v=1&g.gdp=0.06#lang=en&g.rd_spend=0.07');
		expect(ignored).toEqual([]);
		expect(s.scenario.growth).toEqual({ gdp: 0.06, rd_spend: 0.07 });
		expect(s.lang).toBe('en');
	});

	it('reports what follows a second # when it cannot be read', () => {
		expect(decode('#v=1&g.gdp=0.05#<b>x</b>').ignored).toEqual([
			{ part: '%3Cb%3Ex%3C/b%3E', reason: 'unknown_key' }
		]);
		expect(decode('v=1&#gw=1').ignored).toEqual([{ part: '', reason: 'empty' }]);
	});

	it('reads bare parameter text with a # or a ? inside as parameters, not as an address', () => {
		expect(decode('v=1&g.gdp=0.05#lang=en').state.scenario.growth).toEqual({ gdp: 0.05 });
		expect(decode('g.gdp?=0.05&v=1').ignored).toEqual([
			{ part: 'g.gdp?=0.05', reason: 'unknown_key' }
		]);
	});

	it.each([
		['javascript:alert(1)', 'javascript:alert(1)'],
		['javascript://alert(1)#v=1', 'javascript://alert(1)'],
		['data:text/html,<b>x</b>', 'data:text/html,%3Cb%3Ex%3C/b%3E']
	])('reads %j as parameters and reports it, not as an address', (text, part) => {
		expect(decode(text).ignored[0]).toEqual({ part, reason: 'unknown_key' });
	});

	it('reads a link without v as version 0 and migrates its bare driver keys', () => {
		expect(decode('tech_contracts=0.05&asof=2023&tol=0.1')).toEqual({
			state: state({ growth: { tech_contracts: 0.05 }, asOf: 2023, tolerance: 0.1 }),
			ignored: [],
			version: 0,
			migrated: true
		});
	});

	it('reads an explicit v=0 like a link without v', () => {
		const { state: s, version, migrated } = decode('v=0&gdp=0.05');
		expect(s.scenario.growth).toEqual({ gdp: 0.05 });
		expect({ version, migrated }).toEqual({ version: 0, migrated: true });
	});

	it('does not take bare driver keys in version 1', () => {
		expect(decode('v=1&gdp=0.05').ignored).toEqual([{ part: 'gdp=0.05', reason: 'unknown_key' }]);
	});

	it('reports version 0 keys in the words of the link, not of the migration', () => {
		expect(decode('gdp=fast&gdp=0.05&g.gdp=0.06').ignored).toEqual([
			{ part: 'gdp=fast', reason: 'not_a_number' },
			{ part: 'gdp=0.05', reason: 'duplicate' },
			{ part: 'g.gdp=0.06', reason: 'duplicate' }
		]);
	});

	it('reads what it can of a newer version and says so', () => {
		const decoded = decode('v=999&g.gdp=0.05&z.new=1');
		expect(decoded.version).toBe(999);
		expect(decoded.migrated).toBe(false);
		expect(decoded.state.scenario.growth).toEqual({ gdp: 0.05 });
		expect(decoded.ignored).toEqual([
			{ part: 'v=999', reason: 'unknown_version' },
			{ part: 'z.new=1', reason: 'unknown_key' }
		]);
	});

	it.each<[string, IgnoredPart[]]>([
		['v=abc&g.gdp=0.05', [{ part: 'v=abc', reason: 'not_a_number' }]],
		['v=1.5&g.gdp=0.05', [{ part: 'v=1.5', reason: 'not_a_number' }]],
		['v=-1&g.gdp=0.05', [{ part: 'v=-1', reason: 'out_of_range' }]],
		['v=1&g.gdp=0.05&v=0', [{ part: 'v=0', reason: 'duplicate' }]]
	])('reads %s as the current version, reporting its v', (text, ignored) => {
		const decoded = decode(text);
		expect(decoded.ignored).toEqual(ignored);
		// A readable first `v` is kept (1 here); an unreadable one reads as the current version.
		expect(decoded.version).toBe(text.startsWith('v=1&') ? 1 : LINK_VERSION);
		expect(decoded.state.scenario.growth).toEqual({ gdp: 0.05 });
	});

	it('reports an unknown data version and uses the current one', () => {
		const decoded = decode('v=1&d=1999-01');
		expect(decoded.ignored).toEqual([{ part: 'd=1999-01', reason: 'unknown_data_version' }]);
		expect(decoded.state.dataVersion).toBe(VINTAGE);
	});

	it('keeps a data version the caller knows', () => {
		const decoded = decodeLink('v=1&d=2025-06', {
			...options,
			knownDataVersions: ['2025-06', VINTAGE]
		});
		expect(decoded.ignored).toEqual([]);
		expect(decoded.state.dataVersion).toBe('2025-06');
	});

	it.each<[string, string, IgnoredPart['reason']]>([
		['an unknown key', 'foo=1', 'unknown_key'],
		['an unknown driver', 'g.gold=0.05', 'unknown_key'],
		['a per-year rate without a year', 'y.gdp=0.05', 'unknown_key'],
		['a key in capitals', 'G.gdp=0.05', 'unknown_key'],
		['a word for a growth', 'g.gdp=fast', 'not_a_number'],
		['an empty value', 'g.gdp=', 'not_a_number'],
		['a key without a value', 'tol', 'not_a_number'],
		['a percent sign', 'g.gdp=5%25', 'not_a_number'],
		['a hexadecimal value', 'g.gdp=0x10', 'not_a_number'],
		['Infinity', 'g.gdp=Infinity', 'not_a_number'],
		['NaN', 'tol=NaN', 'not_a_number'],
		['a growth below the model floor', 'g.gdp=-0.995', 'out_of_range'],
		['a growth above the ceiling', 'g.gdp=10.01', 'out_of_range'],
		['an overflowing number', 'g.gdp=1e309', 'out_of_range'],
		['a per-year rate out of range', 'y.gdp.2024=11', 'out_of_range'],
		['a per-year rate before the earliest year', 'y.gdp.1999=0.05', 'out_of_range'],
		['a per-year rate after the target year', 'y.gdp.2026=0.05', 'out_of_range'],
		['a per-year rate for a year that is no number', 'y.gdp.20x4=0.05', 'not_a_number'],
		['a fractional as-of year', 'asof=2023.5', 'not_a_number'],
		['an as-of year before the data', 'asof=2015', 'out_of_range'],
		['an as-of year after the target year', 'asof=2026', 'out_of_range'],
		['an overflowing as-of year', 'asof=1e309', 'out_of_range'],
		['a negative tolerance', 'tol=-0.1', 'out_of_range'],
		['a tolerance above 50 %', 'tol=0.6', 'out_of_range'],
		['a growth window of zero', 'gw=0', 'out_of_range'],
		['a growth window of 16 years', 'gw=16', 'out_of_range'],
		['a fractional growth window', 'gw=2.5', 'not_a_number'],
		['a window written with a comma', 'win=2021,2025', 'not_a_number'],
		['a window backwards', 'win=2025-2021', 'out_of_range'],
		['a window past the target year', 'win=2021-2026', 'out_of_range'],
		['a window before 2000', 'win=1999-2025', 'out_of_range'],
		['an unknown language', 'lang=fr', 'out_of_range'],
		['an unknown view', 'view=rd_spend', 'out_of_range'],
		['a value for a published year', 'u.gdp.2020=40000', 'published_year'],
		['a value for a year with only a published rate', 'u.digital_va.2024=20000', 'published_year'],
		['a value of zero', 'u.employed.2020=0', 'out_of_range'],
		['a negative value', 'u.employed.2020=-5', 'out_of_range'],
		['a value above 1e12', 'u.employed.2020=2e12', 'out_of_range'],
		['a word for a value', 'u.employed.2020=many', 'not_a_number'],
		['a broken escape in a value', 'g.gdp=%E0%A4%A', 'bad_encoding'],
		['a lone percent sign', 'g.gdp=5%', 'bad_encoding'],
		['a broken escape in a key', 'g.gd%p=0.05', 'bad_encoding'],
		['an unknown data version', 'd=latest', 'unknown_data_version']
	])('ignores %s', (_, part, reason) => {
		const decoded = decode(`v=1&${part}`);
		expect(decoded.ignored).toEqual([{ part, reason }]);
		expect(decoded.state).toEqual(state());
	});

	it.each([
		['a trailing ampersand', 'v=1&tol=0.1&'],
		['a doubled ampersand', 'v=1&&tol=0.1'],
		['a blank part', 'v=1& &tol=0.1']
	])('reports %s as empty and reads the rest', (_, text) => {
		const decoded = decode(text);
		expect(decoded.ignored.map((i) => i.reason)).toEqual(['empty']);
		expect(decoded.state.scenario.tolerance).toBe(0.1);
	});

	it('keeps the first of repeated keys, even when it was invalid', () => {
		const decoded = decode(
			'v=1&g.gdp=0.05&g.gdp=0.06&tol=x&tol=0.1&y.gdp.2024=0.1&y.gdp.02024=0.2'
		);
		expect(decoded.state.scenario).toMatchObject({
			growth: { gdp: 0.05 },
			tolerance: null,
			yearlyGrowth: { gdp: { 2024: 0.1 } }
		});
		expect(decoded.ignored).toEqual([
			{ part: 'g.gdp=0.06', reason: 'duplicate' },
			{ part: 'tol=x', reason: 'not_a_number' },
			{ part: 'tol=0.1', reason: 'duplicate' },
			{ part: 'y.gdp.02024=0.2', reason: 'duplicate' }
		]);
	});

	it('reads percent-encoded keys and values, and + as a plus sign', () => {
		const decoded = decode('v=1&g%2Egdp=%2B0%2E05&lang=%65n');
		expect(decoded.ignored).toEqual([]);
		expect(decoded.state.scenario.growth).toEqual({ gdp: 0.05 });
		expect(decoded.state.lang).toBe('en');
	});

	it('reads rates at six decimals and values at four, and −0 as 0', () => {
		const decoded = decode('v=1&g.gdp=0.05000049&g.rd_spend=-0&u.employed.2020=1300.00004');
		expect(decoded.state.scenario.growth).toEqual({ gdp: 0.05, rd_spend: 0 });
		expect(Object.is(decoded.state.scenario.growth.rd_spend, -0)).toBe(false);
		expect(decoded.state.scenario.userValues).toEqual({ employed: { 2020: 1300 } });
	});

	it('accepts the model range beyond the sliders', () => {
		const decoded = decode('v=1&g.gdp=5&g.unicorns=-0.99&tol=0.5&gw=15');
		expect(decoded.ignored).toEqual([]);
		expect(decoded.state.scenario).toMatchObject({
			growth: { gdp: 5, unicorns: -0.99 },
			tolerance: 0.5,
			growthWindowYears: 15
		});
	});

	it('ignores an entered value that would push the default growth out of range', () => {
		// Employment has one published level (2016); 2017 at a billion times it is a growth of 1e9.
		const decoded = decode('v=1&u.employed.2017=1000000000000&u.employed.2020=1300');
		expect(decoded.ignored).toEqual([
			{ part: 'u.employed.2017=1000000000000', reason: 'out_of_range' }
		]);
		expect(decoded.state.scenario.userValues).toEqual({ employed: { 2020: 1300 } });
		expect(issuesOf(decoded.state.scenario)).toEqual([]);
	});

	it('keeps an entered value after the as-of year, which the model does not read yet', () => {
		const decoded = decode('v=1&u.employed.2024=1000000000000&asof=2020');
		expect(decoded.ignored).toEqual([]);
		expect(issuesOf(decoded.state.scenario)).toEqual([]);
	});

	it('reads at most MAX_LINK_LENGTH characters and reports the rest once', () => {
		const head = 'v=1&g.gdp=0.05&';
		const filler = `g.rd_spend=${'0'.repeat(MAX_LINK_LENGTH)}`;
		const decoded = decode(`#${head}${filler}&tol=0.1&${'x'.repeat(100_000)}`);
		expect(decoded.state.scenario.growth).toEqual({ gdp: 0.05 });
		expect(decoded.state.scenario.tolerance).toBeNull();
		expect(decoded.ignored).toEqual([
			{ part: expect.stringMatching(/^g\.rd_spend=0+…$/), reason: 'too_long' }
		]);
	});

	it('cuts a single over-long part whole', () => {
		const decoded = decode('a'.repeat(100_000));
		expect(decoded.ignored).toEqual([
			{ part: `${'a'.repeat(MAX_PART_LENGTH - 1)}…`, reason: 'too_long' }
		]);
	});

	it('never echoes markup, control or direction characters', () => {
		const decoded = decode(
			'v=1&<script>alert(1)</script>=1&view=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E&lang=\u202Een\u0000&g.gdp="onmouseover=x'
		);
		expect(decoded.state).toEqual(state());
		expect(decoded.ignored.map((i) => i.part)).toEqual([
			'%3Cscript%3Ealert(1)%3C/script%3E=1',
			'view=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E',
			'lang=%E2%80%AEen%00',
			'g.gdp=%22onmouseover=x'
		]);
	});

	it('never lets a key reach an object prototype', () => {
		const decoded = decode(
			'v=1&__proto__=1&g.__proto__=0.05&constructor.prototype.polluted=1&y.__proto__.2024=0.1&u.constructor.2020=1&__proto__.polluted=1'
		);
		expect(decoded.state).toEqual(state());
		expect(decoded.ignored.every((i) => i.reason === 'unknown_key')).toBe(true);
		expect(({} as Record<string, unknown>).polluted).toBeUndefined();
		expect(Object.getPrototypeOf(decoded.state.scenario.growth)).toBe(Object.prototype);
	});

	it('never throws on a value that is not a string', () => {
		expect(decode(undefined as unknown as string).state).toEqual(state());
	});
});

describe('safePart', () => {
	it.each([
		['g.gdp=0.05', 'g.gdp=0.05'],
		['a b', 'a%20b'],
		['\'"<>`', '%27%22%3C%3E%60'],
		['增长', '%E5%A2%9E%E9%95%BF'],
		['\uD800', '%EF%BF%BD'],
		['\u202E\u0000\n', '%E2%80%AE%00%0A']
	])('shows %j as %j', (raw, shown) => {
		expect(safePart(raw)).toBe(shown);
	});

	it('cuts at MAX_PART_LENGTH characters without splitting an escape', () => {
		for (let pad = 0; pad < 6; pad++) {
			const shown = safePart(`${'x'.repeat(50 + pad)}${'<'.repeat(20)}`);
			expect(shown.length).toBeLessThanOrEqual(MAX_PART_LENGTH);
			expect(shown.endsWith('…')).toBe(true);
			expect(shown.slice(0, -1)).toMatch(/^x+(?:%3C)*$/);
		}
	});
});

// The command line's first form (bare `driver=rate`, version 0) must keep meaning what it meant;
// these cases came from the retired params.ts reader.
describe('version-0 links', () => {
	const MAX_GROWTH = PARAMETERS.growth.hard.max;

	it.each([
		['a bare pair', 'tech_contracts=0.05', { tech_contracts: 0.05 }],
		['several pairs', 'tech_contracts=0.05&gdp=0.05', { tech_contracts: 0.05, gdp: 0.05 }],
		['the g.<driver> spelling', 'g.employed=0.01', { employed: 0.01 }],
		['a negative growth', 'unicorns=-0.5', { unicorns: -0.5 }],
		['an explicit plus sign', 'gdp=+0.03', { gdp: 0.03 }],
		['an exponent', 'gdp=5e-2', { gdp: 0.05 }],
		['a leading dot', 'gdp=.05', { gdp: 0.05 }],
		['the growth ceiling', `gdp=${MAX_GROWTH}`, { gdp: MAX_GROWTH }],
		['percent-encoded text', 'g%2Egdp=0%2E05', { gdp: 0.05 }],
		['a link with a query', 'https://example.org/plan?gdp=0.04', { gdp: 0.04 }],
		['a link with a fragment', 'https://example.org/plan?gdp=0.04#gdp=0.06', { gdp: 0.06 }],
		['a link with an empty fragment', 'https://example.org/?gdp=0.04#', { gdp: 0.04 }]
	])('reads growth from %s', (_, text, growth) => {
		const { state: s, ignored, version } = decode(text);
		expect(ignored).toEqual([]);
		expect(version).toBe(0);
		expect(s.scenario.growth).toEqual(growth);
	});

	it.each<[string, string, IgnoredPart['reason']]>([
		['a target that is not a driver', 'rd_intensity=0.1', 'unknown_key'],
		['a key in capitals', 'GDP=0.05', 'unknown_key'],
		['a key that looks like a link scheme', 'gdp:0.05', 'unknown_key'],
		['an empty key', '=0.05', 'unknown_key'],
		['a key without a value', 'gdp', 'not_a_number'],
		['a growth of −100 %', 'gdp=-1', 'out_of_range'],
		['a growth below −100 %', 'gdp=-2', 'out_of_range']
	])('ignores %s', (_, part, reason) => {
		expect(decode(part).ignored).toEqual([{ part, reason }]);
	});
});

describe('the scenario name (n=)', () => {
	it('round-trips a name with spaces, punctuation and Chinese, percent-encoded', () => {
		for (const name of ['Fast & cheap = 5%', '强劲增长（2025）', 'a+b #1 ?x', '🚀 rocket']) {
			const text = encodeLink(state({ growth: { gdp: 0.05 } }, { name }));
			expect(text).toMatch(/&n=[^&]*&d=/);
			const decoded = decode(text);
			expect(decoded.ignored).toEqual([]);
			expect(decoded.state.name).toBe(name);
			expect(decoded.state.scenario.growth.gdp).toBe(0.05);
		}
	});

	it('writes nothing for an absent or blank name, so unnamed links keep their text', () => {
		expect(encodeLink(state())).toBe(`v=${LINK_VERSION}&p=beijing-2025&d=${VINTAGE}`);
		expect(encodeLink(state({}, { name: ' \u202E ' }))).toBe(
			`v=${LINK_VERSION}&p=beijing-2025&d=${VINTAGE}`
		);
	});

	it('strips bidirectional and control characters and collapses white space', () => {
		const decoded = decode(`v=1&n=${encodeURIComponent('\u202Etxt.exe\u2066 a\r\n\tb\u0000 ')}`);
		expect(decoded.state.name).toBe('txt.exe a b');
		expect(decoded.ignored).toEqual([]);
	});

	it('keeps markup as plain text: the name is data, never HTML', () => {
		const name = '<img src=x onerror=alert(1)>';
		expect(decode(`v=1&n=${encodeURIComponent(name)}`).state.name).toBe(name);
	});

	it('reports an empty name and one past the length cap, and applies the rest', () => {
		const long = 'x'.repeat(MAX_LINK_NAME_LENGTH + 1);
		const empty = decode('v=1&n=%E2%80%AE%20&g.gdp=0.05');
		expect(empty.state.name).toBeUndefined();
		expect(empty.ignored).toEqual([{ part: 'n=%E2%80%AE%20', reason: 'empty' }]);
		const tooLong = decode(`v=1&n=${long}&g.gdp=0.05`);
		expect(tooLong.state.name).toBeUndefined();
		expect(tooLong.ignored.map((i) => i.reason)).toEqual(['out_of_range']);
		expect(tooLong.state.scenario.growth.gdp).toBe(0.05);
		const atCap = 'é'.repeat(MAX_LINK_NAME_LENGTH);
		expect(decode(`v=1&n=${encodeURIComponent(atCap)}`).state.name).toBe(atCap);
	});

	it('never throws on a lone surrogate: it is dropped before encoding', () => {
		const text = encodeLink(state({}, { name: 'a\uD800b' }));
		expect(decode(text).state.name).toBe('ab');
	});

	it('reads the first of two names and reports the second as repeated', () => {
		const decoded = decode('v=1&n=One&n=Two');
		expect(decoded.state.name).toBe('One');
		expect(decoded.ignored).toEqual([{ part: 'n=Two', reason: 'duplicate' }]);
	});

	it('cleanLinkName is idempotent', () => {
		fc.assert(
			fc.property(fc.string({ unit: 'binary' }), (s) => {
				const once = cleanLinkName(s);
				expect(cleanLinkName(once)).toBe(once);
				expect(() => encodeURIComponent(once)).not.toThrow();
			})
		);
	});
});
