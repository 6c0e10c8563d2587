import { describe, expect, it } from 'vitest';
import type { PathPoint } from '$lib/model/evaluate';
import { overlayChart, OVERLAY_SIZE, SERIES_STYLES, seriesStyle } from './overlay';

const point = (year: number, value: number, kind: PathPoint['kind'] = 'published'): PathPoint => ({
	year,
	value,
	kind
});
const history = [point(2021, 10), point(2022, 11), point(2023, 12)];
const a = {
	key: 'a',
	path: [...history, point(2024, 13, 'projected'), point(2025, 14, 'projected')]
};
const b = {
	key: 'b',
	path: [...history, point(2024, 12.5, 'projected'), point(2025, 13, 'projected')]
};
const close = (x: number, y: number) => expect(Math.abs(x - y)).toBeLessThan(1e-9);

describe('seriesStyle', () => {
	it('gives every compared scenario its own dash, marker shape and colour', () => {
		for (const key of ['dash', 'shape', 'color'] as const)
			expect(new Set(SERIES_STYLES.map((s) => s[key])).size).toBe(SERIES_STYLES.length);
	});

	it('draws later series thinner and with smaller markers, so coinciding ones nest', () => {
		for (let i = 1; i < SERIES_STYLES.length; i++) {
			expect(SERIES_STYLES[i]!.width).toBeLessThan(SERIES_STYLES[i - 1]!.width);
			expect(SERIES_STYLES[i]!.markerArea).toBeLessThan(SERIES_STYLES[i - 1]!.markerArea);
		}
		expect(SERIES_STYLES.length).toBeGreaterThanOrEqual(4);
		expect(seriesStyle(SERIES_STYLES.length)).toBe(SERIES_STYLES[0]);
	});
});

describe('overlayChart', () => {
	const chart = overlayChart([a, b], 15, '%', 'en');

	it('draws one line per series, in order, each with its style', () => {
		expect(chart.lines.map((l) => l.key)).toEqual(['a', 'b']);
		expect(chart.lines.map((l) => l.style)).toEqual([SERIES_STYLES[0], SERIES_STYLES[1]]);
		for (const line of chart.lines) {
			expect(line.d.startsWith('M')).toBe(true);
			expect(line.d.match(/M/g)).toHaveLength(1);
		}
	});

	it('shares one year scale: the first year at the left inset, the last at the right', () => {
		const [first] = chart.lines[0]!.marks;
		const last = chart.lines[0]!.marks.at(-1)!;
		expect(first!.year).toBe(2024);
		expect(last.year).toBe(2025);
		close(last.x, chart.plot.right - 8);
		expect(chart.xTicks.map((t) => t.value)).toContain(2021);
	});

	it('marks the projected years and the last point, where the series differ', () => {
		expect(chart.lines[1]!.marks.map((m) => m.year)).toEqual([2024, 2025]);
		expect(chart.lines[0]!.marks[1]!.y).toBeLessThan(chart.lines[1]!.marks[1]!.y);
	});

	it('keeps every value and the target inside the plot', () => {
		const ys = chart.lines.flatMap((l) => l.marks.map((m) => m.y));
		ys.push(chart.rule!.y);
		for (const y of ys) {
			expect(y).toBeGreaterThanOrEqual(chart.plot.top);
			expect(y).toBeLessThanOrEqual(chart.plot.bottom);
		}
		expect(chart.rule!.y).toBeLessThan(Math.min(...ys.slice(0, -1)));
	});

	it('labels the value axis in the unit of the target', () => {
		expect(chart.yTicks.every((t) => t.label.endsWith('%'))).toBe(true);
	});

	it('has no rule without a numeric target', () => {
		expect(overlayChart([a], null, '%', 'en').rule).toBeNull();
	});

	it('lifts the pen over a missing year', () => {
		const gappy = {
			key: 'g',
			path: [point(2019, 1), point(2020, 2), point(2022, 3), point(2023, 4)]
		};
		expect(overlayChart([gappy], null, '家', 'zh').lines[0]!.d.match(/M/g)).toHaveLength(2);
	});

	it('marks an entered value', () => {
		const entered = { key: 'u', path: [point(2022, 1), point(2023, 2, 'user'), point(2024, 3)] };
		expect(overlayChart([entered], null, '家', 'en').lines[0]!.marks.map((m) => m.year)).toEqual([
			2023, 2024
		]);
	});

	it('draws an empty series as no line and no marks', () => {
		const chartWithEmpty = overlayChart([a, { key: 'none', path: [] }], null, '%', 'en');
		expect(chartWithEmpty.lines[1]).toMatchObject({ d: '', marks: [] });
	});

	it('lays out nothing at all without a point', () => {
		const empty = overlayChart([], null, '%', 'en');
		expect(empty).toMatchObject({ lines: [], xTicks: [], rule: null, ...OVERLAY_SIZE });
	});

	it('marks a basis break inside the plotted years where the target chart would, once per year', () => {
		const brk = (driver: string, fromYear: number, toYear: number) => ({
			key: `${driver}:${fromYear}-${toYear}`,
			driver: driver as 'gdp',
			fromYear,
			toYear,
			fromBasis: 'c4',
			toBasis: 'c5',
			year: (fromYear + toYear) / 2
		});
		const marked = overlayChart([a, b], 15, '%', 'en', OVERLAY_SIZE, [
			brk('gdp', 2022, 2023),
			brk('rd_spend', 2022, 2023),
			brk('gdp', 2018, 2019)
		]);
		expect(marked.breaks).toHaveLength(1);
		expect(marked.breaks[0]!.breaks).toHaveLength(2);
		// 2022.5 lies two years before the midpoint of the 2024 and 2025 marks.
		const x = (year: number) => marked.lines[0]!.marks.find((m) => m.year === year)?.x;
		close(marked.breaks[0]!.x, (x(2024)! + x(2025)!) / 2 - (x(2025)! - x(2024)!) * 2);
		expect(overlayChart([a, b], 15, '%', 'en').breaks).toEqual([]);
		expect(overlayChart([a, b], 15, '%', 'en').breaks).toEqual([]);
	});
});
