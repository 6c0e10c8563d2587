import { describe, expect, it } from 'vitest';
import { PARAMETERS } from '../model/parameters';
import { parsePercentEntry, parseValueEntry } from './parseEntry';

describe('parsePercentEntry', () => {
	it.each([
		['7.5', 0.075],
		['7.5%', 0.075],
		['７.５％', 0.075],
		['-3', -0.03],
		['−3 %', -0.03],
		[' 12 ', 0.12],
		['.5', 0.005],
		['+4', 0.04],
		['50', 0.5],
		['-99', -0.99],
		['1000', 10]
	])('accepts %j as %d', (text, rate) => {
		const result = parsePercentEntry(text);
		expect(result.ok).toBe(true);
		if (result.ok) expect(result.rate).toBeCloseTo(rate, 12);
	});

	it.each(['', 'abc', '7,5', '1e2', '7.5.1', '%', '--3', '0x10', '5 percent'])(
		'refuses %j as not a number',
		(text) => {
			expect(parsePercentEntry(text)).toEqual({ ok: false, reason: 'not_a_number' });
		}
	);

	it.each(['1000.1', '-99.1', '-100', '99999'])(
		'refuses %j as outside the growth the model accepts',
		(text) => {
			expect(parsePercentEntry(text)).toEqual({ ok: false, reason: 'out_of_range' });
		}
	);

	it('rounds to the decimals a link carries, so a reload shows the same rate', () => {
		expect(parsePercentEntry('7.123456789')).toEqual({ ok: true, rate: 0.071235 });
	});

	it('checks against the parameter it is given', () => {
		expect(parsePercentEntry('30', PARAMETERS.tolerance)).toEqual({ ok: true, rate: 0.3 });
		expect(parsePercentEntry('51', PARAMETERS.tolerance)).toEqual({
			ok: false,
			reason: 'out_of_range'
		});
	});
});

describe('parseValueEntry', () => {
	it.each([
		['1234.5', 1234.5],
		['1,234.5', 1234.5],
		['１２３４', 1234],
		['1e12', 1e12],
		['0.0001', 0.0001],
		['2.00004', 2]
	])('accepts %j as %d', (text, value) => {
		expect(parseValueEntry(text)).toEqual({ ok: true, rate: value });
	});

	it.each(['1e12.5', 'abc', '', '12a'])('refuses %j as not a number', (text) => {
		expect(parseValueEntry(text)).toEqual({ ok: false, reason: 'not_a_number' });
	});

	it.each([
		['above the largest value a link carries', '1.1e12'],
		['rounding to 0 at the link’s four decimals', '0.000001'],
		['zero', '0'],
		['negative', '-5']
	])('refuses a value %s', (_, text) => {
		expect(parseValueEntry(text)).toEqual({ ok: false, reason: 'out_of_range' });
	});
});
