import { describe, expect, it } from 'vitest';
import type { VintageChangeItem } from '../model/vintageDiff';
import { describeVintageChange } from './vintageMessages';

const gdp = (change: VintageChangeItem['change']): VintageChangeItem => ({
	series: 'gdp',
	name: { zh: '地区生产总值', en: 'GDP' },
	unit: '亿元',
	year: 2023,
	change
});

describe('describeVintageChange', () => {
	it('writes a revised value with its basis in both languages', () => {
		const item = gdp({ kind: 'value', from: 43760.7, to: 47353.7, fromBasis: 'c4', toBasis: 'c5' });
		expect(describeVintageChange(item, 'en')).toBe(
			'GDP 2023: 4.38 trillion yuan → 4.74 trillion yuan (basis c4 → c5)'
		);
		expect(describeVintageChange(item, 'zh')).toBe(
			'地区生产总值 2023：4.38 万亿元 → 4.74 万亿元（口径 c4 → c5）'
		);
	});

	it('names confidence and flags in words', () => {
		expect(
			describeVintageChange(gdp({ kind: 'confidence', from: 'medium-high', to: 'high' }), 'en')
		).toBe('GDP 2023: confidence medium to high → high');
		expect(describeVintageChange(gdp({ kind: 'unverified' }), 'zh')).toBe(
			'地区生产总值 2023：标为未核实'
		);
		expect(describeVintageChange(gdp({ kind: 'not_comparable' }), 'en')).toBe(
			'GDP 2023: marked not comparable with the series'
		);
	});
});
