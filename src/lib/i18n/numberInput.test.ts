import { describe, expect, it } from 'vitest';
import { normaliseNumberText, readDecimal } from './numberInput';

describe('normaliseNumberText', () => {
	it('reads full-width characters and every minus sign as ASCII, and trims', () => {
		expect(normaliseNumberText(' －１２．５％ ')).toBe('-12.5%');
		expect(normaliseNumberText('\u22123')).toBe('-3');
		expect(normaliseNumberText('\u20133')).toBe('-3');
	});
});

describe('readDecimal', () => {
	it.each([
		['7.5', 7.5],
		['-3', -3],
		['- 3', -3],
		['+4', 4],
		['.5', 0.5],
		['5.', 5],
		['1,234.5', 1234.5],
		['1 234 567.5', 1234567.5],
		['9,000', 9000],
		['0', 0]
	])('reads %j as %d', (text, value) => {
		expect(readDecimal(text)).toBe(value);
	});

	it.each(['', 'abc', '7,5', '1,23', '12,3456', '1,234 567', '7.5.1', '--3', '0x10', '1e2', '12a'])(
		'refuses %j',
		(text) => {
			expect(readDecimal(text)).toBeNull();
		}
	);

	it('reads an exponent only when asked to', () => {
		expect(readDecimal('1e12', { exponent: true })).toBe(1e12);
		expect(readDecimal('1e12.5', { exponent: true })).toBeNull();
		expect(readDecimal('1e999', { exponent: true })).toBeNull();
	});
});
