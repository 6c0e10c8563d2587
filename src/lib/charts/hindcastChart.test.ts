import { describe, expect, it } from 'vitest';
import { hindcast } from '../model/hindcast';
import { observations, plan } from './testFixtures';
import { hindcastChartData, hindcastLegend, hindcastTable } from './hindcastChart';

const h = hindcast(plan, observations, 2022);
const chart = hindcastChartData(h, 'tech_contracts', plan, observations)!;

describe('hindcastChartData', () => {
	it('draws the target as of the vantage year: history to 2022, projection from it, later figures', () => {
		expect(chart.asOf).toBe(2022);
		expect(chart.history.at(-1)?.year).toBe(2022);
		expect(chart.projection.map((p) => p.year)).toEqual([2023, 2024, 2025]);
		expect(chart.later.map((p) => [p.year, p.value])).toEqual([
			[2023, 8536.9],
			[2024, 9153]
		]);
	});

	it('leaves out what belongs to the live scenario: ratchet, fan and default baseline', () => {
		expect(chart.ratchet).toEqual([]);
		expect(chart.fan).toEqual([]);
		expect(chart.baseline).toEqual([]);
	});

	it('is null for a target the plan does not have', () => {
		expect(hindcastChartData(h, 'nope' as never, plan, observations)).toBeNull();
	});
});

describe('hindcastLegend', () => {
	it('names the projection and the later marks by the vantage year', () => {
		const items = hindcastLegend(chart, 'en');
		expect(items.find((i) => i.key === 'projection')?.label).toContain('made in 2022');
		expect(items.find((i) => i.key === 'later')?.label).toContain('after 2022');
		expect(items.find((i) => i.key === 'history')?.label).toContain('by 2022');
	});
});

describe('hindcastTable', () => {
	it('lists every year the chart draws, with the difference where a year was both projected and published', () => {
		const table = hindcastTable(chart, 'en');
		const years = table.rows.map((r) => r.year);
		expect(years).toEqual([...new Set([...chart.history, ...chart.projection].map((p) => p.year))]);
		const y2024 = table.rows.find((r) => r.year === 2024)!;
		expect(y2024.publishedThen).toBe('');
		expect(y2024.publishedSince).toBe('915.3 billion yuan');
		expect(y2024.below).toBe(true);
		expect(y2024.difference.startsWith('−')).toBe(true);
		const y2025 = table.rows.find((r) => r.year === 2025)!;
		expect(y2025.publishedSince).toBe('');
		expect(y2025.difference).toBe('');
	});

	it('gives a ratio’s own published series a column each', () => {
		const rd = hindcastChartData(h, 'rd_intensity', plan, observations)!;
		const table = hindcastTable(rd, 'zh');
		expect(table.seriesNames).toHaveLength(rd.published.length);
		expect(table.rows.every((r) => r.series.length === rd.published.length)).toBe(true);
		expect(table.rows.find((r) => r.year === 2024)?.difference).toMatch(/个百分点/);
	});
});
