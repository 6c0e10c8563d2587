import { describe, expect, it } from 'vitest';
import { formatValue } from '../i18n/format';
import { chartTable, markTitle } from './chartTable';
import { chartDataFor, chartInput, observations, plan } from './testFixtures';

const table = (id: Parameters<typeof chartDataFor>[0], lang: 'en' | 'zh' = 'en', scenario = {}) =>
	chartTable(chartDataFor(id, scenario), plan, observations.bases, lang);

describe('chartTable', () => {
	it('shows the projected 2025 value exactly as the model formats it', () => {
		for (const lang of ['en', 'zh'] as const) {
			const { result } = chartInput('rd_intensity');
			const row = table('rd_intensity', lang)[0]!.rows.find((r) => r.year === '2025')!;
			expect(row.kind).toBe('projected');
			expect(row.value).toBe(formatValue(result.projected, result.unit, lang));
		}
	});

	it('lists one row per indicator point the chart draws', () => {
		const data = chartDataFor('basic_research_share');
		const indicator = chartTable(data, plan, observations.bases, 'en')[0]!;
		expect(indicator.rows.map((r) => r.year)).toEqual(
			[...data.history, ...data.projection].map((p) => String(p.year))
		);
	});

	it('names a ratio’s formula and the source of each part', () => {
		const row = table('rd_intensity')[0]!.rows.find((r) => r.year === '2023')!;
		expect(row.kindLabel).toBe('derived');
		expect(row.notes[0]).toBe('derived: R&D spending ÷ GDP (current prices) × 100');
		expect(row.sources.map((s) => s.driver)).toEqual(['R&D spending', 'GDP (current prices)']);
		// GDP 2023 (census-revised) was read in a newspaper report whose address was not recorded.
		expect(row.sources.map((s) => [s.url, s.kind, s.secondaryOnly])).toEqual([
			[
				'http://government-systems.com/info/infoview217203.htm',
				'mirror',
				false // its official release, the NBS R&D bulletin, is known
			],
			[null, 'state_media', true]
		]);
		expect(row.secondaryOnly).toBe(false);
	});

	it('lists other published values for the same year', () => {
		const group = table('rd_intensity').find((g) => g.key === 'published:rd_intensity')!;
		const row = group.rows.find((r) => r.year === '2016')!;
		expect(row.value).toBe('5.96%');
		expect(row.alternatives.some((a) => a.startsWith('also published: 5.94%'))).toBe(true);
		expect(row.alternatives).toHaveLength(2);
	});

	it('names the bases and the confidence in the reader’s language', () => {
		const row = table('tech_contracts', 'zh')[0]!.rows.find((r) => r.year === '2024')!;
		expect(row.basis).toBe(observations.bases.registered!.zh);
		expect(row.confidence).toBe('中低');
		expect(row.lowConfidence).toBe(true);
	});

	it('adds the target, its band edge, and the ratchet', () => {
		const groups = table('rd_intensity');
		const target = groups.find((g) => g.key === 'target')!;
		expect(target.rows.map((r) => r.value)).toEqual(['6.00%', '5.70%']);
		const ratchet = groups.find((g) => g.key === 'ratchet')!;
		expect(ratchet.rows.every((r) => r.kind === 'required' && r.value.endsWith('%'))).toBe(true);
	});

	it('adds the compound average of an average-growth target', () => {
		const { result } = chartInput('digital_economy_growth');
		const average = table('digital_economy_growth').find((g) => g.key === 'average')!;
		expect(average.rows[0]).toMatchObject({
			year: '2021–2025',
			value: formatValue(result.projected, result.unit, 'en')
		});
	});

	it('lists later actuals, and the default projection only when it differs', () => {
		expect(table('tech_contracts').some((g) => g.key === 'baseline')).toBe(false);
		const groups = table('tech_contracts', 'en', { asOf: 2021, growth: { tech_contracts: 0.01 } });
		expect(groups.find((g) => g.key === 'later')!.rows.map((r) => r.year)).toEqual([
			'2022',
			'2023',
			'2024'
		]);
		expect(groups.find((g) => g.key === 'baseline')!.rows.map((r) => r.year)).toEqual([
			'2022',
			'2023',
			'2024',
			'2025'
		]);
	});

	it('writes a hover note with the year, value, kind and confidence', () => {
		const data = chartDataFor('tech_contracts');
		const p = data.history.find((x) => x.year === 2024)!;
		expect(markTitle(data, p, 'indicator', 'en')).toMatch(
			/^2024: 915\.3 billion yuan · published · Confidence: low to medium/
		);
	});
});

describe('chartTable source kinds', () => {
	it('flags a figure that rests only on secondary sources, and says so in the tooltip', () => {
		const group = table('unicorns').find((g) => g.key === 'indicator')!;
		const row = group.rows.find((r) => r.year === '2025')!;
		expect(row.secondaryOnly).toBe(true);
		expect(row.flags).toEqual(['unverified']);
		expect(row.sources[0]).toMatchObject({ kind: 'third_party', kindLabel: 'third party' });
	});
});
