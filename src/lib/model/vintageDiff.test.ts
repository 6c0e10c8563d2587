import { describe, expect, it } from 'vitest';
import vintage202611Json from '../../../seeds/vintages/2026-11.json';
import { observations } from './data';
import { validateObservations } from './schema';
import type { Observation, ObservationsFile } from './types';
import { diffVintages } from './vintageDiff';

const older = validateObservations(vintage202611Json, 'seeds/vintages/2026-11.json');

const obs = (year: number, value: number, extra: Partial<Observation> = {}): Observation => ({
	year,
	value,
	basis: 'c4',
	confidence: 'high',
	source: { title: 't', publisher: null, date: null, url: 'https://example.org/', kind: 'mirror' },
	...extra
});
const file = (observations: Observation[]): ObservationsFile => ({
	vintage: '2026-01',
	collected: '',
	about: { zh: '数', en: 'data' },
	bases: { c4: { zh: '四', en: 'four' }, c5: { zh: '五', en: 'five' } },
	series: {
		gdp: {
			name: { zh: '地区生产总值', en: 'GDP' },
			unit: '亿元',
			measure: 'level',
			prices: 'nominal',
			observations
		}
	}
});

describe('diffVintages', () => {
	it('finds nothing between a vintage and itself', () => {
		expect(diffVintages(observations, observations)).toEqual([]);
	});

	it('lists added and removed years, revised values with their bases, and new flags', () => {
		const before = file([obs(2021, 1), obs(2022, 2), obs(2023, 3, { confidence: 'medium' })]);
		const after = file([
			obs(2022, 2, { verified: false, note: { zh: '注', en: 'n' } }),
			obs(2023, 3, { confidence: 'medium' }),
			obs(2023, 4, { basis: 'c5' }),
			obs(2024, 5)
		]);
		expect(diffVintages(before, after).map((i) => [i.year, i.change])).toEqual([
			[2021, { kind: 'removed', value: 1, basis: 'c4' }],
			[2022, { kind: 'unverified' }],
			[2023, { kind: 'value', from: 3, to: 4, fromBasis: 'c4', toBasis: 'c5' }],
			[2023, { kind: 'alternatives', from: 0, to: 1 }],
			[2024, { kind: 'added', value: 5, basis: 'c4' }]
		]);
	});

	it('says what the 2026-12 corrections changed against 2026-11', () => {
		const changes = diffVintages(older, observations);
		const find = (series: string, year: number, kind: string) =>
			changes.find((c) => c.series === series && c.year === year && c.change.kind === kind);
		expect(find('gdp', 2023, 'value')?.change).toEqual({
			kind: 'value',
			from: 43760.7,
			to: 47353.7,
			fromBasis: 'c4',
			toBasis: 'c5'
		});
		expect(find('rd_intensity_revised', 2023, 'value')?.change).toMatchObject({ to: 6.22 });
		expect(find('rd_spend', 2024, 'confidence')?.change).toEqual({
			kind: 'confidence',
			from: 'medium-high',
			to: 'high'
		});
		expect(find('unicorns', 2025, 'unverified')).toBeDefined();
		expect(find('hightech_va_growth', 2024, 'unverified')).toBeDefined();
		expect(find('rd_personnel_density', 2015, 'not_comparable')).toBeDefined();
		expect(find('hightech_va', 2023, 'alternatives')?.change).toEqual({
			kind: 'alternatives',
			from: 0,
			to: 1
		});
	});
});
