import { describe, expect, it } from 'vitest';
import { parsePercentEntry } from './parseEntry';

const range = { min: -0.2, max: 0.3, step: 0.001 };

describe('parsePercentEntry', () => {
	it.each([
		['7.5', 0.075],
		['7.5%', 0.075],
		['７.５％', 0.075],
		['-3', -0.03],
		['−3 %', -0.03],
		[' 12 ', 0.12],
		['.5', 0.005],
		['+4', 0.04]
	])('accepts %j as %d', (text, rate) => {
		const result = parsePercentEntry(text, range);
		expect(result.ok).toBe(true);
		if (result.ok) expect(result.rate).toBeCloseTo(rate, 12);
	});

	it.each(['', 'abc', '7,5', '1e2', '7.5.1', '%', '--3', '0x10', '5 percent'])(
		'refuses %j as not a number',
		(text) => {
			expect(parsePercentEntry(text, range)).toEqual({ ok: false, reason: 'not_a_number' });
		}
	);

	it.each(['31', '-20.1', '1000'])('refuses %j as out of range', (text) => {
		expect(parsePercentEntry(text, range)).toEqual({ ok: false, reason: 'out_of_range' });
	});
});
