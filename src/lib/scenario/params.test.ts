import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_GROWTH } from '../model/growth';
import { DRIVER_IDS, emptyScenario } from '../model/types';
import { MAX_PARAMS_LENGTH, parseScenarioParams, type IgnoredPart } from './params';

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
		expect(parseScenarioParams('asof=2026', { maxAsOf: 2025 }).ignored).toEqual([
			{ part: 'asof=2026', reason: 'out_of_range' }
		]);
		expect(parseScenarioParams('asof=2025', { maxAsOf: 2025 }).scenario.asOf).toBe(2025);
	});

	it('reads no further than MAX_PARAMS_LENGTH characters and never cuts a part in two', () => {
		const pair = 'gdp=0.05&';
		const filler = 'x'.repeat(MAX_PARAMS_LENGTH - pair.length - 3);
		const { scenario, ignored } = parseScenarioParams(`${pair}${filler}&rd_spend=0.1`);
		expect(scenario.growth).toEqual({ gdp: 0.05 });
		expect(ignored).toEqual([
			{ part: filler, reason: 'unknown_key' },
			{ part: 'rd_spend=0.1', reason: 'too_long' }
		]);
	});

	it('quotes only the start of a long unread rest', () => {
		const { ignored } = parseScenarioParams('y'.repeat(MAX_PARAMS_LENGTH * 3));
		expect(ignored).toHaveLength(1);
		expect(ignored[0]?.reason).toBe('too_long');
		expect(ignored[0]!.part.length).toBeLessThan(50);
	});

	it('never throws and only yields finite growth above −100 % for arbitrary text', () => {
		fc.assert(
			fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => {
				const { scenario, ignored } = parseScenarioParams(text);
				expect(Array.isArray(ignored)).toBe(true);
				for (const g of Object.values(scenario.growth)) {
					expect(Number.isFinite(g)).toBe(true);
					expect(g).toBeGreaterThan(-1);
				}
			}),
			{ seed: 20250101, numRuns: 500 }
		);
	});

	it('accounts for every part of generated key=value text', () => {
		// Characters that cannot split a part or turn the text into a link.
		const text = fc.string({ unit: fc.constantFrom(...'agp.019_-+eE%'), maxLength: 6 });
		const key = fc.oneof(
			fc.constantFrom(...DRIVER_IDS),
			fc.constantFrom(...DRIVER_IDS).map((d) => `g.${d}`),
			fc.constantFrom('asof', 'tol', 'foo', ''),
			text
		);
		const value = fc.oneof(
			fc.double().map(String),
			fc.integer({ min: 1990, max: 2030 }).map(String),
			fc.constantFrom('', '-1', '1e999', 'NaN', '%zz', '0.05'),
			text
		);
		const pair = fc.tuple(key, value).map(([k, v]) => `${k}=${v}`);
		fc.assert(
			fc.property(fc.array(pair, { maxLength: 12 }), (pairs) => {
				const { scenario, ignored } = parseScenarioParams(pairs.join('&'));
				const read =
					Object.keys(scenario.growth).length +
					(scenario.asOf === null ? 0 : 1) +
					(scenario.tolerance === null ? 0 : 1);
				const parts = pairs.length === 0 ? 0 : pairs.join('&').split('&').length;
				expect(read + ignored.length).toBe(parts);
				for (const g of Object.values(scenario.growth)) {
					expect(Number.isFinite(g)).toBe(true);
					expect(g).toBeGreaterThan(-1);
				}
			}),
			{ seed: 41, numRuns: 300 }
		);
	});
});
