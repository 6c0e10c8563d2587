import { describe, expect, it } from 'vitest';
import { basisBreakNotes, chartLabels, targetPhrase } from './describe';
import { chartDataFor, observations, plan } from './testFixtures';
import { legendItems } from './legend';

describe('chartLabels', () => {
	it('summarises the chart with the latest actual, the projection and the target', () => {
		const { summary } = chartLabels(chartDataFor('tech_contracts'), 'en');
		expect(summary).toBe(
			'Technology contracts: figures from 2015 to 2024; latest actual 915.3 billion yuan in 2024; projected 1.01 trillion yuan in 2025; target more than 800 billion yuan; one low-confidence figure.'
		);
	});

	it('says in Chinese when a projection lacks an assumption', () => {
		const { summary } = chartLabels(chartDataFor('rd_personnel_density'), 'zh');
		expect(summary).toContain('无预测：缺少假设');
		expect(summary.endsWith('。')).toBe(true);
	});

	it('states targets the way the plan does', () => {
		expect(targetPhrase(chartDataFor('rd_intensity'), 'zh')).toBe('6%左右');
		expect(targetPhrase(chartDataFor('rd_intensity'), 'en')).toBe('about 6%');
		expect(targetPhrase(chartDataFor('digital_economy_growth'), 'en')).toBe('about 7.5%');
		expect(targetPhrase(chartDataFor('unicorns'), 'en')).toBeNull();
	});

	it('converts the axis unit to the reader’s language', () => {
		expect(chartLabels(chartDataFor('hightech_va'), 'en').unit).toBe('billion yuan');
		expect(chartLabels(chartDataFor('hightech_va'), 'zh').unit).toBe('亿元');
	});
});

describe('basisBreakNotes', () => {
	it('names the driver, the years and both bases', () => {
		const notes = basisBreakNotes(chartDataFor('rd_intensity'), plan, observations.bases, 'en');
		expect(notes.map((n) => n.key)).toEqual(['gdp:2018-2019', 'gdp:2022-2023']);
		expect(notes[1]!.text).toBe(
			`GDP (current prices): 2022 is on the basis “${observations.bases.c4!.en}”, 2023 on “${observations.bases.c5!.en}”.`
		);
	});
});

describe('legendItems', () => {
	const keys = (id: Parameters<typeof chartDataFor>[0], scenario = {}) =>
		legendItems(chartDataFor(id, scenario), 'en').map((i) => i.key);

	it('explains only the marks the chart draws', () => {
		expect(keys('rd_intensity')).toEqual(
			expect.arrayContaining(['history', 'projection', 'target', 'band', 'derived', 'basis-break'])
		);
		expect(keys('rd_intensity')).not.toContain('later');
		expect(keys('unicorns')).not.toContain('target');
	});

	it('explains the thin default projection only where it leaves the scenario’s', () => {
		expect(keys('tech_contracts')).not.toContain('baseline');
		expect(keys('tech_contracts', { growth: { tech_contracts: 0.01 } })).toContain('baseline');
	});

	it('explains the solid line only when the chart draws one', () => {
		// High-tech value added: 2014, 2016, 2023 and 2024 sit apart (gaps and basis breaks).
		expect(keys('hightech_va')).not.toContain('history');
		expect(keys('hightech_va')).toContain('published');
	});

	it('explains hollow and later marks when there are some', () => {
		expect(keys('tech_contracts', { asOf: 2021 })).toEqual(
			expect.arrayContaining(['hollow', 'later'])
		);
	});
});
