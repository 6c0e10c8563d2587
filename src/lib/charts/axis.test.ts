import { scaleLinear } from 'd3-scale';
import { describe, expect, it } from 'vitest';
import { axisFactor, valueTicks, yearTicks } from './axis';

describe('valueTicks', () => {
	it('labels 亿元 as billion yuan in English and as 亿元 in Chinese', () => {
		const y = scaleLinear().domain([0, 12000]).range([100, 0]);
		expect(valueTicks(y, 3, '亿元', 'en').map((t) => t.label)).toEqual(['0', '500', '1,000']);
		expect(valueTicks(y, 3, '亿元', 'zh').map((t) => t.label)).toEqual(['0', '5,000', '10,000']);
	});

	it('labels fractions as percentages with the decimals the step needs', () => {
		const y = scaleLinear().domain([0.05, 0.075]).range([100, 0]);
		expect(valueTicks(y, 3, 'rate', 'en').map((t) => t.label)).toEqual(['5%', '6%', '7%']);
		const fine = scaleLinear().domain([5.5, 6.5]).range([100, 0]);
		expect(valueTicks(fine, 3, '%', 'en').map((t) => t.label)).toEqual(['5.5%', '6.0%', '6.5%']);
	});

	it('puts each tick where the scale maps its value', () => {
		const y = scaleLinear().domain([0, 10]).range([100, 0]);
		for (const t of valueTicks(y, 5, '家', 'en')) expect(t.position).toBeCloseTo(y(t.value), 9);
	});
});

describe('yearTicks', () => {
	it('never shows a fractional year', () => {
		const x = scaleLinear().domain([2024, 2025]).range([0, 600]);
		expect(yearTicks(x, 8).map((t) => t.value)).toEqual([2024, 2025]);
	});
});

describe('axisFactor', () => {
	it.each([
		['亿元', 'en', 0.1],
		['亿元', 'zh', 1],
		['rate', 'zh', 100],
		['%', 'en', 1]
	] as const)('converts %s for %s by %f', (unit, lang, factor) => {
		expect(axisFactor(unit, lang)).toBe(factor);
	});
});
