import { describe, expect, it } from 'vitest';
import { formatNumber, groupedFixed } from './format';

const reference = (value: number, locale: string, digits: number) =>
	new Intl.NumberFormat(locale, {
		minimumFractionDigits: digits,
		maximumFractionDigits: digits
	}).format(value);

describe('groupedFixed', () => {
	// Values across magnitudes and signs, ties at each rounding digit, binary near-ties.
	const values = [
		0,
		-0,
		1,
		-1,
		0.5,
		1.5,
		2.5,
		-2.5,
		0.05,
		1.005,
		1.015,
		2.675,
		-0.04,
		0.044999,
		999.95,
		999.949,
		1000,
		1234.5,
		-1234.56,
		99999.995,
		123456789.125,
		1e15 + 0.5,
		3.14159e20,
		1e21,
		1e25,
		Number.MAX_SAFE_INTEGER,
		Number.EPSILON,
		Infinity,
		-Infinity,
		NaN
	];
	let seed = 7;
	const random = () => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646;
	for (let i = 0; i < 400; i++) values.push((random() - 0.5) * 10 ** Math.floor(random() * 12));

	for (const [lang, locale] of [
		['zh', 'zh-CN'],
		['en', 'en-GB']
	] as const)
		it(`writes what Intl.NumberFormat writes for ${locale}, 0 to 4 decimals`, () => {
			for (const value of values)
				for (let digits = 0; digits <= 4; digits++)
					expect(groupedFixed(value, lang, digits), `${value} to ${digits}`).toBe(
						reference(value, locale, digits)
					);
		});

	it('keeps the page minus and never writes minus zero for zero itself', () => {
		expect(formatNumber(-1234.5, 'en', 1)).toBe('−1,234.5');
		expect(formatNumber(-0, 'zh', 1)).toBe('0.0');
	});
});
