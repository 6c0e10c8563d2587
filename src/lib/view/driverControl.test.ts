import { describe, expect, it } from 'vitest';
import { rangeCentre } from '../model/uncertainty';
import { parseRangeEntry, shiftRange } from './driverControl';

describe('shiftRange', () => {
	it('moves the range’s centre to the given growth and holds its width in ln(1 + g)', () => {
		const range = { low: 0.05, high: 0.09 };
		const moved = shiftRange(range, 0.1);
		expect(rangeCentre(moved)).toBeCloseTo(0.1, 5);
		const width = (r: typeof range) => Math.log1p(r.high) - Math.log1p(r.low);
		expect(width(moved)).toBeCloseTo(width(range), 5);
	});
});

describe('parseRangeEntry', () => {
	it('reads two typed ends as fractions', () => {
		const result = parseRangeEntry('5', '9 %');
		expect(result.ok).toBe(true);
		if (result.ok) {
			expect(result.range.low).toBeCloseTo(0.05, 12);
			expect(result.range.high).toBeCloseTo(0.09, 12);
		}
	});

	it.each([
		['５％', '−1', 'reversed'],
		['abc', '9', 'not_a_number'],
		['5', '1001', 'out_of_range']
	])('refuses %s .. %s as %s', (low, high, reason) => {
		expect(parseRangeEntry(low, high)).toEqual({ ok: false, reason });
	});
});
