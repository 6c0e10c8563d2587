import { describe, expect, it } from 'vitest';
import { observations, plan } from './data';
import {
	driverHistory,
	latestDataYear,
	preferredByYear,
	publishedYears,
	trailingGrowth,
	yearlyGrowth,
	type DriverHistory
} from './series';
import type { Confidence, DriverId, DriverSpec, Observation, ObservationsFile } from './types';

const driver = (id: DriverId): DriverSpec => plan.drivers.find((d) => d.id === id)!;
const history = (id: DriverId, asOf = 2025, userValues: Record<number, number> = {}) =>
	driverHistory(driver(id), observations, asOf, userValues);
const point = (h: DriverHistory, year: number) => h.points.find((p) => p.year === year);

function obs(
	year: number,
	value: number,
	options: { confidence?: Confidence; date?: string | null; basis?: string; title?: string } = {}
): Observation {
	return {
		year,
		value,
		basis: options.basis ?? 'b',
		confidence: options.confidence ?? 'medium',
		source: {
			title: options.title ?? `source of ${value}`,
			publisher: null,
			date: options.date ?? null,
			url: 'https://example.org/',
			kind: 'mirror'
		}
	};
}

/** A one-driver data file, for rules the seed data does not exercise. */
function syntheticData(levels: Observation[], rates: Observation[] = []): ObservationsFile {
	const text = { zh: '测试', en: 'test' };
	return {
		vintage: '2026-01',
		collected: 'test',
		about: text,
		bases: { b: text, b2: text },
		series: {
			x: { name: text, unit: '亿元', measure: 'level', prices: 'nominal', observations: levels },
			x_growth: { name: text, unit: '%', measure: 'rate', prices: 'nominal', observations: rates }
		}
	};
}
const syntheticDriver: DriverSpec = {
	id: 'gdp',
	series: 'x',
	ratesSeries: 'x_growth',
	name: { zh: 'x', en: 'x' },
	unit: '亿元'
};

describe('preferredByYear', () => {
	it.each([
		{
			what: 'R&D intensity 2016 picks the national bulletin’s 5.96 over 5.94 and 5.78',
			series: 'rd_intensity',
			year: 2016,
			chosen: 5.96,
			alternatives: [5.94, 5.78]
		},
		{
			what: 'basic-research share 2020 picks 16.0 over the erroneous 16.7',
			series: 'basic_research_share',
			year: 2020,
			chosen: 16,
			alternatives: [16.7]
		},
		{
			what: 'technology contracts 2017 picks 4486.9 over 4400',
			series: 'tech_contracts',
			year: 2017,
			chosen: 4486.9,
			alternatives: [4400]
		},
		{
			what: 'R&D intensity 2017 picks the revised 5.64 over the first release 5.7',
			series: 'rd_intensity',
			year: 2017,
			chosen: 5.64,
			alternatives: [5.7]
		}
	])('$what', ({ series, year, chosen, alternatives }) => {
		const picked = preferredByYear(observations.series[series]!.observations).get(year)!;
		expect(picked.chosen.value).toBe(chosen);
		expect(picked.alternatives.map((o) => o.value)).toEqual(alternatives);
	});

	it('prefers higher confidence over a later release', () => {
		const picked = preferredByYear([
			obs(2020, 1, { confidence: 'high', date: '2020-01' }),
			obs(2020, 2, { confidence: 'medium', date: '2024-12-31' })
		]).get(2020)!;
		expect(picked.chosen.value).toBe(1);
	});

	it('on equal confidence, prefers the later release', () => {
		const picked = preferredByYear([
			obs(2020, 1, { date: '2021-03-01' }),
			obs(2020, 2, { date: '2022-06-13' }),
			obs(2020, 3, { date: '2021-12' })
		]).get(2020)!;
		expect(picked.chosen.value).toBe(2);
		expect(picked.alternatives.map((o) => o.value)).toEqual([3, 1]);
	});

	it('on equal confidence, prefers a dated release over an undated one', () => {
		const picked = preferredByYear([obs(2020, 1, { date: '2021-03-01' }), obs(2020, 2)]).get(2020)!;
		expect(picked.chosen.value).toBe(1);
	});

	it('on a full tie, prefers the later record in the file', () => {
		const picked = preferredByYear([obs(2020, 1), obs(2020, 2)]).get(2020)!;
		expect(picked.chosen.value).toBe(2);
	});

	it('keeps both same-valued records of basic-research spending 2021, choosing the dated one', () => {
		const picked = preferredByYear(observations.series.basic_spend!.observations).get(2021)!;
		expect(picked.chosen.value).toBe(422.5);
		expect(picked.chosen.source.date).toBe('2022-09-13');
		expect(picked.alternatives).toHaveLength(1);
	});

	it('returns one entry per year in ascending order', () => {
		const picked = preferredByYear([obs(2022, 1), obs(2020, 2), obs(2021, 3), obs(2020, 4)]);
		expect([...picked.keys()]).toEqual([2020, 2021, 2022]);
	});

	it('returns an empty map for no observations', () => {
		expect(preferredByYear([]).size).toBe(0);
	});
});

describe('publishedYears and latestDataYear', () => {
	it('publishedYears lists the years with a published level', () => {
		expect([...publishedYears(observations.series.employed!)]).toEqual([2016]);
		expect(publishedYears(observations.series.hightech_va!)).toEqual(
			new Set([2014, 2016, 2023, 2024])
		);
	});

	it('latestDataYear is 2025 for the plan’s drivers and 2023 for R&D personnel alone', () => {
		const ids = plan.drivers.flatMap((d) => [d.series, ...(d.ratesSeries ? [d.ratesSeries] : [])]);
		expect(latestDataYear(observations, ids)).toBe(2025);
		expect(latestDataYear(observations, ['rd_personnel'])).toBe(2023);
		expect(latestDataYear(observations, ['no_such_series'])).toBe(-Infinity);
	});
});

describe('driverHistory', () => {
	it('keeps published levels up to the as-of year and sets the rest aside', () => {
		const h = history('gdp', 2023);
		expect(h.points.map((p) => p.year)).toEqual([
			2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023
		]);
		expect(h.laterActuals.map((p) => [p.year, p.value])).toEqual([
			[2024, 49843.1],
			[2025, 52073.4]
		]);
		// 2023 has two published values; the census-revised one (c5) is preferred, the other kept.
		expect(h.base).toMatchObject({ year: 2023, value: 47353.7, basis: 'c5', kind: 'published' });
		expect(h.base!.alternatives!.map((o) => [o.value, o.basis])).toEqual([[43760.7, 'c4']]);
	});

	it('keeps the alternatives of a published point for display', () => {
		const p = point(history('tech_contracts'), 2017)!;
		expect(p.value).toBe(4486.9);
		expect(p.alternatives!.map((o) => o.value)).toEqual([4400]);
	});

	it('chains published rates after the last level into points marked derived', () => {
		const h = history('digital_va', 2025);
		expect(point(h, 2023)).toMatchObject({ value: 18766.7, kind: 'published' });
		expect(point(h, 2024)!.kind).toBe('derived');
		expect(point(h, 2024)!.value).toBeCloseTo(18766.7 * 1.077, 9);
		expect(point(h, 2024)!.derivedFrom).toBe(2023);
		expect(point(h, 2025)!.kind).toBe('derived');
		expect(point(h, 2025)!.value).toBeCloseTo(18766.7 * 1.077 * 1.087, 9);
		expect(point(h, 2025)!.derivedFrom).toBe(2023);
		expect(point(h, 2025)!.observation!.value).toBe(8.7);
		expect(h.base!.year).toBe(2025);
	});

	it('derives nothing from rates published after the as-of year', () => {
		const h = history('digital_va', 2023);
		expect(h.points.every((p) => p.kind === 'published')).toBe(true);
		expect([...h.rates.keys()]).toEqual([2021, 2022, 2023]);
		expect(h.base!.year).toBe(2023);
	});

	it('reads published rates as fractions', () => {
		const h = history('hightech_va', 2024);
		expect(h.rates.get(2024)!.rate).toBeCloseTo(0.064, 12);
		expect(history('hightech_va', 2023).rates.size).toBe(0);
	});

	it('has no points and no base for a driver without data before the as-of year', () => {
		const h = history('unicorns', 2018);
		expect(h.points).toEqual([]);
		expect(h.base).toBeNull();
		expect(trailingGrowth(h, 5)).toEqual({ kind: 'none' });
	});

	describe('user values', () => {
		it('fill a year without a published figure, marked user, in the basis of the point before', () => {
			const h = history('employed', 2025, { 2020: 1300 });
			expect(point(h, 2020)).toEqual({
				year: 2020,
				value: 1300,
				basis: 'employment',
				kind: 'user'
			});
			expect(h.base!.year).toBe(2020);
		});

		it('never replace a published figure', () => {
			const h = history('rd_spend', 2025, { 2020: 1, 2016: 1 });
			expect(point(h, 2020)).toMatchObject({ value: 2326.6, kind: 'published' });
			expect(point(h, 2016)).toMatchObject({ value: 1484.6, kind: 'published' });
		});

		it('are ignored after the as-of year', () => {
			const h = history('employed', 2020, { 2022: 1300 });
			expect(point(h, 2022)).toBeUndefined();
			expect(h.base!.year).toBe(2016);
		});

		it.each([0, -5, Number.NaN, Number.POSITIVE_INFINITY])('ignore the value %s', (value) => {
			expect(point(history('employed', 2025, { 2020: value }), 2020)).toBeUndefined();
		});

		it('before the first published year take the basis of the first point', () => {
			const h = history('unicorns', 2025, { 2018: 70 });
			expect(point(h, 2018)).toMatchObject({ basis: 'hurun', kind: 'user' });
			expect(h.points[0]!.year).toBe(2018);
		});

		it('after the last level start the chain of derived points', () => {
			// Digital-economy levels are published to 2023; a user value for 2020 sits inside them
			// and leaves the chain alone.
			const h = history('digital_va', 2025, { 2020: 15000 });
			expect(point(h, 2020)).toMatchObject({ value: 15000, kind: 'user', basis: 'c4-draft' });
			expect(point(h, 2025)!.kind).toBe('derived');
		});

		// Regression: an earlier user value must not shadow the published point before a later one.
		it('take the basis of the latest point before them, whatever else was entered', () => {
			const alone = history('hightech_va', 2025, { 2025: 16000 });
			const withGap = history('hightech_va', 2025, { 2017: 6000, 2025: 16000 });
			expect(point(alone, 2025)!.basis).toBe('c5');
			expect(point(withGap, 2025)!.basis).toBe('c5');
			expect(trailingGrowth(withGap, 5)).toEqual(trailingGrowth(alone, 5));
		});
	});
});

describe('yearlyGrowth', () => {
	it('is the ratio of two levels in the same basis', () => {
		const h = history('gdp');
		expect(yearlyGrowth(h, 2025)).toBeCloseTo(52073.4 / 49843.1 - 1, 12);
		expect(yearlyGrowth(h, 2020)).toBeCloseTo(36102.6 / 35371.3 - 1, 12);
	});

	it.each([
		{ year: 2023, why: 'the 5th census (c4 → c5)' },
		{ year: 2019, why: 'the 4th census (c3 → c4)' }
	])('never crosses a basis break: GDP $year is null ($why)', ({ year }) => {
		const h = history('gdp');
		expect(point(h, year)).toBeDefined();
		expect(point(h, year - 1)).toBeDefined();
		expect(yearlyGrowth(h, year)).toBeNull();
	});

	it('is null across a gap in the levels', () => {
		expect(yearlyGrowth(history('hightech_va'), 2016)).toBeNull();
		expect(yearlyGrowth(history('zgc_revenue'), 2021)).toBeNull();
	});

	it('is null before the first point', () => {
		expect(yearlyGrowth(history('gdp'), 2015)).toBeNull();
	});

	it('prefers the published rate to the ratio of levels', () => {
		// The level ratio 17330.2 / 16251.9 − 1 is 6.6 %; the published rate is 4.4 %.
		expect(yearlyGrowth(history('digital_va'), 2022)).toBeCloseTo(0.044, 12);
	});

	it('uses a published rate across a basis break', () => {
		expect(yearlyGrowth(history('hightech_va', 2024), 2024)).toBeCloseTo(0.064, 12);
	});
});

describe('trailingGrowth', () => {
	it('for R&D spending is the 5-year compound growth (3278.4 / 2233.6)^(1/5) − 1', () => {
		expect(trailingGrowth(history('rd_spend'), 5)).toEqual({
			kind: 'compound',
			rate: expect.closeTo((3278.4 / 2233.6) ** (1 / 5) - 1, 12),
			from: 2019,
			to: 2024
		});
	});

	it('shrinks with the window', () => {
		const g = trailingGrowth(history('rd_spend'), 2);
		expect(g).toMatchObject({ kind: 'compound', from: 2022, to: 2024 });
		expect(g.kind === 'compound' && g.rate).toBeCloseTo((3278.4 / 2843.3) ** (1 / 2) - 1, 12);
	});

	it('for GDP as of 2025 stays inside the c5 basis: (52073.4 / 47353.7)^(1/2) − 1', () => {
		expect(trailingGrowth(history('gdp'), 5)).toEqual({
			kind: 'compound',
			rate: expect.closeTo((52073.4 / 47353.7) ** (1 / 2) - 1, 12),
			from: 2023,
			to: 2025
		});
	});

	it('for GDP as of 2023 has none: the revised 2023 value is the only one on its basis', () => {
		expect(trailingGrowth(history('gdp', 2023), 5)).toEqual({ kind: 'none' });
	});

	it('for GDP as of 2022 stops at the 2018 census break: (41610.9 / 35371.3)^(1/3) − 1', () => {
		expect(trailingGrowth(history('gdp', 2022), 5)).toEqual({
			kind: 'compound',
			rate: expect.closeTo((41610.9 / 35371.3) ** (1 / 3) - 1, 12),
			from: 2019,
			to: 2022
		});
	});

	it('for digital-economy value added is the compound mean of the published rates', () => {
		expect(trailingGrowth(history('digital_va'), 5)).toEqual({
			kind: 'compound',
			rate: expect.closeTo((1.131 * 1.044 * 1.085 * 1.077 * 1.087) ** (1 / 5) - 1, 12),
			from: 2020,
			to: 2025
		});
	});

	it('for digital-economy value added as of 2023 uses the three published rates', () => {
		expect(trailingGrowth(history('digital_va', 2023), 5)).toEqual({
			kind: 'compound',
			rate: expect.closeTo((1.131 * 1.044 * 1.085) ** (1 / 3) - 1, 12),
			from: 2020,
			to: 2023
		});
	});

	it('for high-tech value added as of 2024 is the latest published rate, 6.4 %', () => {
		const g = trailingGrowth(history('hightech_va', 2024), 5);
		expect(g.kind).not.toBe('none');
		expect(g.kind !== 'none' && g.rate).toBeCloseTo(0.064, 12);
	});

	it('for high-tech value added as of 2023 is none: one level in its basis, no rates', () => {
		expect(trailingGrowth(history('hightech_va', 2023), 5)).toEqual({ kind: 'none' });
	});

	it('for employed persons is none: a single published level', () => {
		expect(trailingGrowth(history('employed'), 5)).toEqual({ kind: 'none' });
	});

	it('for employed persons with a user value is the compound growth from 2016', () => {
		expect(trailingGrowth(history('employed', 2025, { 2020: 1300 }), 5)).toEqual({
			kind: 'compound',
			rate: expect.closeTo((1300 / 1220.1) ** (1 / 4) - 1, 12),
			from: 2016,
			to: 2020
		});
	});

	it('bridges a gap with the earliest same-basis value in the window (Zhongguancun 2018 → 2023)', () => {
		expect(trailingGrowth(history('zgc_revenue'), 5)).toEqual({
			kind: 'compound',
			rate: expect.closeTo((87000 / 58841.9) ** (1 / 5) - 1, 12),
			from: 2018,
			to: 2023
		});
	});

	it('prefers the earliest same-basis value when it spans more years than the unbroken run', () => {
		const data = syntheticData([obs(2018, 100), obs(2021, 120), obs(2022, 130)]);
		const h = driverHistory(syntheticDriver, data, 2022);
		expect(trailingGrowth(h, 5)).toEqual({
			kind: 'compound',
			rate: expect.closeTo((130 / 100) ** (1 / 4) - 1, 12),
			from: 2018,
			to: 2022
		});
	});

	it('falls back to the latest published rate when no same-basis level is near', () => {
		const data = syntheticData(
			[obs(2015, 80, { basis: 'b2' }), obs(2020, 100)],
			[obs(2016, 3), obs(2018, 5)]
		);
		const h = driverHistory(syntheticDriver, data, 2020);
		expect(trailingGrowth(h, 5)).toEqual({ kind: 'latest_published', rate: 0.05, year: 2018 });
	});

	it('stops the run at a rate of −100 %', () => {
		const data = syntheticData([obs(2020, 100), obs(2021, 100), obs(2022, 110)], [obs(2021, -100)]);
		const h = driverHistory(syntheticDriver, data, 2022);
		const g = trailingGrowth(h, 5);
		// The run is 2022 alone; the level at 2020 spans two years and wins.
		expect(g).toEqual({
			kind: 'compound',
			rate: expect.closeTo(1.1 ** 0.5 - 1, 12),
			from: 2020,
			to: 2022
		});
	});

	it.each([0, -3, 2.7])('treats a window of %s as at least one whole year', (windowYears) => {
		const g = trailingGrowth(history('rd_spend'), windowYears);
		expect(g.kind).toBe('compound');
		expect(g.kind === 'compound' && g.to).toBe(2024);
		expect(g.kind === 'compound' && g.to - g.from).toBe(Math.max(1, Math.floor(windowYears)));
	});
});
