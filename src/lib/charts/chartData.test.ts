import { describe, expect, it } from 'vitest';
import { basisBreaks, isLowConfidence, targetChartData } from './chartData';
import { chartDataFor, chartInput, observations } from './testFixtures';

describe('targetChartData', () => {
	it('marks a basis break between 2022 and 2023 for GDP on the R&D-intensity chart', () => {
		const data = chartDataFor('rd_intensity');
		// The census-revised 2023 GDP (c5) is preferred to the first-published one (c4).
		const gdp2023 = data.breaks.find((b) => b.key === 'gdp:2022-2023');
		expect(gdp2023).toMatchObject({ fromBasis: 'c4', toBasis: 'c5', year: 2022.5 });
		expect(data.breaks.map((b) => b.key)).toEqual(['gdp:2018-2019', 'gdp:2022-2023']);
	});

	it('leaves out basis breaks that fall outside the years on the chart', () => {
		const data = chartDataFor('digital_economy_growth');
		expect(data.years[0]).toBe(2020);
		expect(data.breaks).toEqual([]);
	});

	it('finds no break in a series on one basis', () => {
		const { evaluation } = chartInput('tech_contracts');
		expect(basisBreaks([evaluation.drivers.tech_contracts])).toEqual([]);
	});

	it('labels a ratio computed from published parts as derived, with both sources', () => {
		const data = chartDataFor('rd_intensity');
		const p2023 = data.history.find((p) => p.year === 2023)!;
		expect(p2023.kind).toBe('derived');
		expect(p2023.derivation).toEqual({ kind: 'ratio' });
		expect(p2023.sources.map((s) => s.driver)).toEqual(['rd_spend', 'gdp']);
		expect(p2023.value).toBeCloseTo((2947.1 / 47353.7) * 100, 9);
		expect(p2023.bases.sort()).toEqual(['c5', 'rd']);
	});

	it('flags low-confidence observations (low, low-medium) and only those', () => {
		const data = chartDataFor('tech_contracts');
		expect(data.history.find((p) => p.year === 2024)).toMatchObject({
			confidence: 'low-medium',
			lowConfidence: true
		});
		expect(data.history.find((p) => p.year === 2023)?.lowConfidence).toBe(false);
		expect(
			['low', 'low-medium', 'medium', 'medium-high', 'high'].map((c) => isLowConfidence(c as never))
		).toEqual([true, true, false, false, false]);
	});

	it('gives a ratio the lowest confidence of its parts', () => {
		const data = chartDataFor('rd_personnel_density');
		expect(data.history).toHaveLength(1);
		expect(data.history[0]).toMatchObject({
			year: 2016,
			confidence: 'low-medium',
			lowConfidence: true
		});
	});

	it('flags a user-entered value', () => {
		const data = chartDataFor('rd_personnel_density', { userValues: { employed: { 2020: 1250 } } });
		const p2020 = data.history.find((p) => p.year === 2020)!;
		expect(p2020.kind).toBe('user');
		expect(p2020.value).toBeCloseTo(336280 / 1250, 9);
	});

	it('shows published growth rates as published points of an average-growth chart', () => {
		const data = chartDataFor('digital_economy_growth');
		expect(data.history.map((p) => [p.year, p.kind])).toEqual([
			[2021, 'published'],
			[2022, 'published'],
			[2023, 'published'],
			[2024, 'published'],
			[2025, 'published']
		]);
		expect(data.history.find((p) => p.year === 2024)).toMatchObject({
			value: 0.077,
			bases: ['c5']
		});
		expect(data.window).toMatchObject({ from: 2021, to: 2025 });
		expect(data.window?.average).toBeCloseTo(0.0844452, 6);
	});

	it('keeps actuals published after the as-of year as separate later points', () => {
		const data = chartDataFor('tech_contracts', { asOf: 2021 });
		expect(data.history.at(-1)?.year).toBe(2021);
		expect(data.later.map((p) => [p.year, p.value, p.kind])).toEqual([
			[2022, 7947.5, 'later'],
			[2023, 8536.9, 'later'],
			[2024, 9153, 'later']
		]);
	});

	it('computes later ratios only where both parts were published after the as-of year', () => {
		const data = chartDataFor('rd_intensity', { asOf: 2021 });
		expect(data.later.map((p) => p.year)).toEqual([2022, 2023, 2024]);
		expect(data.later[0]!.value).toBeCloseTo((2843.3 / 41610.9) * 100, 9);
	});

	it('keeps later growth rates for an average-growth target', () => {
		const data = chartDataFor('digital_economy_growth', { asOf: 2021 });
		expect(data.later.map((p) => p.year)).toEqual([2022, 2023, 2024, 2025]);
		[0.044, 0.085, 0.077, 0.087].forEach((rate, i) =>
			expect(data.later[i]!.value).toBeCloseTo(rate, 12)
		);
	});

	it('extends the years on the chart to a later actual past the target year', () => {
		const extra = structuredClone(observations);
		const tech = extra.series.tech_contracts!;
		tech.observations.push({ ...tech.observations.at(-1)!, year: 2026, value: 9900 });
		const data = chartDataFor('tech_contracts', {}, extra);
		expect(data.years).toEqual([2015, 2026]);
		expect(data.later.map((p) => p.year)).toEqual([2026]);
	});

	it('spans the tolerance band from target × (1 − tolerance) up to the target', () => {
		expect(chartDataFor('rd_intensity').target).toEqual({ value: 6, band: { low: 5.7, high: 6 } });
		const wider = chartDataFor('rd_intensity', { tolerance: 0.1 }).target!.band!;
		expect(wider.low).toBeCloseTo(5.4, 12);
		expect(wider.high).toBe(6);
	});

	it('draws a plain rule, without a band, for an "exceeds" target', () => {
		expect(chartDataFor('tech_contracts').target).toEqual({ value: 8000, band: null });
	});

	it('has no target for a qualitative target, only the tracked series', () => {
		const data = chartDataFor('zgc_revenue');
		expect(data.target).toBeNull();
		expect(data.history.length).toBeGreaterThan(0);
		expect(data.published).toEqual([]);
	});

	it('adds a ratio target’s published series, one mark per year, keeping the others as alternatives', () => {
		const data = chartDataFor('rd_intensity');
		expect(data.published.map((s) => s.id)).toEqual(['rd_intensity', 'rd_intensity_revised']);
		const p2016 = data.published[0]!.points.find((p) => p.year === 2016)!;
		expect(p2016.value).toBe(5.96);
		expect(p2016.alternatives.map((a) => a.observation.value).sort()).toEqual([5.78, 5.94]);
	});

	it('starts the projection after the last actual year and ends it at 2025', () => {
		const data = chartDataFor('basic_research_share');
		expect(data.history.at(-1)?.year).toBe(2023);
		expect(data.projection.map((p) => p.year)).toEqual([2024, 2025]);
		expect(data.projection.every((p) => p.kind === 'projected')).toBe(true);
	});

	it('keeps the default-assumption projection and says when it differs from the scenario', () => {
		expect(chartDataFor('tech_contracts').baselineDiffers).toBe(false);
		const changed = chartDataFor('tech_contracts', { growth: { tech_contracts: 0.01 } });
		expect(changed.baselineDiffers).toBe(true);
		expect(changed.baseline[0]).toEqual({ year: 2024, value: 9153 });
		expect(changed.projection.at(-1)!.value).toBeCloseTo(9153 * 1.01, 9);
	});

	it('keeps the ratchet points that have a required rate', () => {
		const input = chartInput('tech_contracts');
		const data = targetChartData(input);
		expect(data.ratchet.map((r) => r.year)).toEqual(input.result.ratchet.map((r) => r.year));
		expect(data.ratchet.every((r) => Number.isFinite(r.value))).toBe(true);
	});
});
