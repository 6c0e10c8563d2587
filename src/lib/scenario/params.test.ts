import { describe, expect, it } from 'vitest';
import { MAX_GROWTH } from '../model/growth';
import { emptyScenario } from '../model/types';
import { MAX_PARAMS_LENGTH, parseScenarioParams, type IgnoredPart } from './params';

// The command line's version-0 links, read through the old entry point: they must keep meaning
// what they meant (decodeLink's own tests live in link.test.ts).
describe('parseScenarioParams', () => {
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
		['a link with an empty fragment', 'https://example.org/?gdp=0.04#', { gdp: 0.04 }],
		['a bare fragment', '#rd_spend=0.1', { rd_spend: 0.1 }],
		['a bare query', '?rd_spend=0.1', { rd_spend: 0.1 }],
		['surrounding whitespace', '  gdp=0.05\n', { gdp: 0.05 }]
	])('reads growth from %s', (_, text, growth) => {
		const { scenario, ignored } = parseScenarioParams(text);
		expect(ignored).toEqual([]);
		expect(scenario.growth).toEqual(growth);
	});

	it.each([
		['an empty string', ''],
		['a link without parameters', 'https://example.org/plan'],
		['a path without parameters', '/plan'],
		['a link with only a question mark', 'https://example.org/plan?']
	])('gives the default scenario for %s', (_, text) => {
		expect(parseScenarioParams(text)).toEqual({ scenario: emptyScenario(), ignored: [] });
	});

	it('reads the as-of year and the tolerance', () => {
		const { scenario, ignored } = parseScenarioParams('asof=2023&tol=0.1');
		expect(ignored).toEqual([]);
		expect(scenario.asOf).toBe(2023);
		expect(scenario.tolerance).toBe(0.1);
	});

	it.each<[string, string, IgnoredPart[]]>([
		['an unknown key', 'foo=1', [{ part: 'foo=1', reason: 'unknown_key' }]],
		[
			'a target that is not a driver',
			'rd_intensity=0.1',
			[{ part: 'rd_intensity=0.1', reason: 'unknown_key' }]
		],
		['a key in capitals', 'GDP=0.05', [{ part: 'GDP=0.05', reason: 'unknown_key' }]],
		[
			'a key that looks like a link scheme',
			'gdp:0.05',
			[{ part: 'gdp:0.05', reason: 'unknown_key' }]
		],
		['an empty key', '=0.05', [{ part: '=0.05', reason: 'unknown_key' }]],
		['a word for a value', 'gdp=fast', [{ part: 'gdp=fast', reason: 'not_a_number' }]],
		['an empty value', 'gdp=', [{ part: 'gdp=', reason: 'not_a_number' }]],
		['a key without a value', 'gdp', [{ part: 'gdp', reason: 'not_a_number' }]],
		['a percent sign', 'gdp=5%25', [{ part: 'gdp=5%25', reason: 'not_a_number' }]],
		['a hexadecimal value', 'gdp=0x10', [{ part: 'gdp=0x10', reason: 'not_a_number' }]],
		['Infinity', 'gdp=Infinity', [{ part: 'gdp=Infinity', reason: 'not_a_number' }]],
		['a growth of −100 %', 'gdp=-1', [{ part: 'gdp=-1', reason: 'out_of_range' }]],
		['a growth below −100 %', 'gdp=-2', [{ part: 'gdp=-2', reason: 'out_of_range' }]],
		[
			'a growth below the model floor',
			'gdp=-0.995',
			[{ part: 'gdp=-0.995', reason: 'out_of_range' }]
		],
		['a growth above the ceiling', 'gdp=10.01', [{ part: 'gdp=10.01', reason: 'out_of_range' }]],
		['an overflowing number', 'gdp=1e999', [{ part: 'gdp=1e999', reason: 'out_of_range' }]],
		['a fractional year', 'asof=2023.5', [{ part: 'asof=2023.5', reason: 'not_a_number' }]],
		['a year before the data', 'asof=1990', [{ part: 'asof=1990', reason: 'out_of_range' }]],
		['a negative tolerance', 'tol=-0.1', [{ part: 'tol=-0.1', reason: 'out_of_range' }]],
		['a tolerance above 50 %', 'tol=0.6', [{ part: 'tol=0.6', reason: 'out_of_range' }]],
		[
			'a broken escape in a value',
			'gdp=%E0%A4%A',
			[{ part: 'gdp=%E0%A4%A', reason: 'bad_encoding' }]
		],
		['a broken escape in a key', 'gd%p=0.05', [{ part: 'gd%p=0.05', reason: 'bad_encoding' }]],
		['a trailing ampersand', 'gdp=0.05&', [{ part: '', reason: 'empty' }]],
		['a doubled ampersand', 'gdp=0.05&&tol=0.1', [{ part: '', reason: 'empty' }]],
		['a repeated key', 'gdp=0.05&gdp=0.06', [{ part: 'gdp=0.06', reason: 'duplicate' }]],
		[
			'both spellings of a key',
			'gdp=0.05&g.gdp=0.06',
			[{ part: 'g.gdp=0.06', reason: 'duplicate' }]
		]
	])('ignores %s', (_, text, expected) => {
		expect(parseScenarioParams(text).ignored).toEqual(expected);
	});

	it('keeps the first of repeated keys and the valid parts around an invalid one', () => {
		const { scenario, ignored } = parseScenarioParams('gdp=0.05&foo=1&gdp=0.06&rd_spend=0.08');
		expect(scenario.growth).toEqual({ gdp: 0.05, rd_spend: 0.08 });
		expect(ignored.map((i) => i.reason)).toEqual(['unknown_key', 'duplicate']);
	});

	it('rejects an as-of year after the given latest year', () => {
		const { scenario, ignored } = parseScenarioParams('asof=2024', { maxAsOf: 2023 });
		expect(ignored).toEqual([{ part: 'asof=2024', reason: 'out_of_range' }]);
		expect(scenario.asOf).toBeNull();
		expect(parseScenarioParams('asof=2023', { maxAsOf: 2023 }).scenario.asOf).toBe(2023);
	});

	it('delegates to decodeLink and reports a long rest once, briefly', () => {
		const { scenario, ignored } = parseScenarioParams(
			`gdp=0.05&${'y'.repeat(MAX_PARAMS_LENGTH * 3)}`
		);
		expect(scenario.growth).toEqual({ gdp: 0.05 });
		expect(ignored).toHaveLength(1);
		expect(ignored[0]?.reason).toBe('too_long');
		expect(ignored[0]!.part.length).toBeLessThanOrEqual(60);
	});
});
