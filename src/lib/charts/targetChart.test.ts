import { describe, expect, it } from 'vitest';
import { chartDataFor, firstMove, runs } from './testFixtures';
import {
	estimateTextWidth,
	gappedPath,
	niceValueScale,
	placeRuleLabel,
	targetChartGeometry
} from './targetChart';

const layout = (id: Parameters<typeof chartDataFor>[0], scenario = {}, width = 640) =>
	targetChartGeometry(chartDataFor(id, scenario), { width }, 'en');

describe('targetChartGeometry', () => {
	it('starts the projection path at the last actual point', () => {
		const g = layout('tech_contracts');
		const last = g.data.history.at(-1)!;
		const [x, y] = firstMove(g.paths.projection);
		expect(x).toBeCloseTo(g.x(last.year), 2);
		expect(y).toBeCloseTo(g.y(last.value), 2);
	});

	it('runs the year scale from the first year on the chart to 2025', () => {
		const g = layout('tech_contracts');
		expect(g.x.domain()).toEqual([2015, 2025]);
		expect(g.xTicks.every((t) => Number.isInteger(t.value))).toBe(true);
	});

	it('makes a nice value scale that holds the target and its band', () => {
		const g = layout('basic_research_share');
		const [lo, hi] = g.y.domain() as [number, number];
		expect(lo).toBeLessThanOrEqual(17 * 0.95);
		expect(hi).toBeGreaterThanOrEqual(17);
		expect(Number.isInteger(lo) && Number.isInteger(hi)).toBe(true);
	});

	it('draws the band from the target down to target × (1 − tolerance)', () => {
		const g = layout('rd_intensity');
		expect(g.band!.y).toBeCloseTo(g.y(6), 9);
		expect(g.band!.y + g.band!.height).toBeCloseTo(g.y(5.7), 9);
		expect(g.rule!.y).toBeCloseTo(g.y(6), 9);
	});

	it('has no rule and no band for a qualitative target', () => {
		const g = layout('unicorns');
		expect(g.rule).toBeNull();
		expect(g.band).toBeNull();
	});

	it('places a basis-break marker halfway between 2022 and 2023 for GDP', () => {
		const g = layout('rd_intensity');
		const marker = g.breaks.find((b) => b.key === 'gdp:2022-2023')!;
		expect(marker.x).toBeCloseTo(g.x(2022.5), 9);
	});

	it('lifts the pen of the history line at each basis break', () => {
		// R&D intensity: 2015–2018 (old GDP basis), 2019–2022, then 2023–2024 (census-revised GDP).
		expect(runs(layout('rd_intensity').paths.history)).toBe(3);
		expect(runs(layout('tech_contracts').paths.history)).toBe(1);
	});

	it('keeps a line of yearly growth rates whole across a change of basis', () => {
		// Digital-economy growth: 2021–2023 rates on the c4 basis, 2024–2025 on c5.
		expect(runs(layout('digital_economy_growth').paths.history)).toBe(1);
	});

	it('draws low-confidence points hollow and the rest filled', () => {
		const g = layout('tech_contracts');
		const byYear = new Map(
			g.marks.filter((m) => m.series === 'indicator').map((m) => [m.point.year, m])
		);
		expect(byYear.get(2024)?.hollow).toBe(true);
		expect(byYear.get(2023)?.hollow).toBe(false);
	});

	it('gives derived, user-entered and later points their own shapes', () => {
		const g = layout('rd_personnel_density', { userValues: { employed: { 2020: 1250 } } });
		const shapes = new Map(
			g.marks.filter((m) => m.series === 'indicator').map((m) => [m.kind, m.d])
		);
		expect(shapes.get('derived')).toBeTruthy();
		expect(shapes.get('user')).toBeTruthy();
		expect(shapes.get('user')).not.toBe(shapes.get('derived'));
		const later = layout('tech_contracts', { asOf: 2021 }).marks.filter(
			(m) => m.series === 'later'
		);
		expect(later.map((m) => m.point.year)).toEqual([2022, 2023, 2024]);
	});

	it('shows a ratio target’s published series as separate marks', () => {
		const g = layout('rd_intensity');
		const series = new Set(g.marks.map((m) => m.series));
		expect([...series].sort()).toEqual(['indicator', 'rd_intensity', 'rd_intensity_revised']);
	});

	it('keeps every mark inside the plot', () => {
		for (const id of [
			'rd_intensity',
			'hightech_va',
			'digital_economy_growth',
			'zgc_revenue'
		] as const) {
			const g = layout(id, {}, 360);
			for (const m of g.marks) {
				expect(m.x).toBeGreaterThanOrEqual(g.plot.left);
				expect(m.x).toBeLessThanOrEqual(g.plot.right);
				expect(m.y).toBeGreaterThanOrEqual(g.plot.top);
				expect(m.y).toBeLessThanOrEqual(g.plot.bottom);
			}
		}
	});

	it('shows the averaging window and its compound average for an average-growth target', () => {
		const g = layout('digital_economy_growth');
		expect(g.window!.x).toBeCloseTo(g.x(2020.5), 9);
		expect(g.window!.x + g.window!.width).toBeCloseTo(g.plot.right, 9);
		expect(g.window!.average!.y).toBeCloseTo(g.y(g.data.window!.average!), 9);
		expect(g.yTicks.every((t) => t.label.endsWith('%'))).toBe(true);
	});

	it('puts the ratchet in its own panel below the plot, with zero growth inside it', () => {
		const g = layout('tech_contracts');
		expect(g.ratchet!.box.top).toBeGreaterThan(g.plot.bottom);
		expect(g.height).toBeGreaterThan(g.ratchet!.box.bottom);
		expect(g.ratchet!.zeroY).not.toBeNull();
		expect(g.ratchet!.points).toHaveLength(g.data.ratchet.length);
	});

	it('leaves out the ratchet panel when there is none', () => {
		const g = layout('unicorns');
		expect(g.ratchet).toBeNull();
		expect(g.height).toBe(g.plot.bottom + 28);
	});

	it('falls back to a default width before the container is measured', () => {
		expect(layout('tech_contracts', {}, 0).width).toBe(640);
	});
});

describe('gappedPath', () => {
	const x = (v: number) => v;
	const y = (v: number) => v;
	it('lifts the pen where the split rule says so', () => {
		const pts = [1, 2, 4, 5].map((year) => ({ year, value: year }));
		expect(gappedPath(pts, x, y, (a, b) => b.year - a.year > 1)).toBe('M1,1L2,2M4,4L5,5');
	});
	it('returns an empty path for no points', () => {
		expect(gappedPath([], x, y)).toBe('');
	});
});

describe('niceValueScale', () => {
	it('widens a single value into a usable domain', () => {
		const [lo, hi] = niceValueScale([5], [100, 0]).domain() as [number, number];
		expect(lo).toBeLessThan(5);
		expect(hi).toBeGreaterThan(5);
	});
});

describe('placeRuleLabel', () => {
	const covers = (
		g: ReturnType<typeof layout>,
		spot: NonNullable<ReturnType<typeof placeRuleLabel>>
	) => {
		const width = estimateTextWidth(spot.text);
		const left = spot.anchor === 'end' ? spot.x - width : spot.x;
		return g.marks.filter(
			(m) => m.x >= left && m.x <= left + width && m.y >= spot.y - 14 && m.y <= spot.y + 4
		).length;
	};

	it('keeps the full wording where it covers nothing', () => {
		const g = layout('tech_contracts', {}, 1280);
		const spot = placeRuleLabel(g, ['target more than 800 billion yuan', '800 billion yuan'])!;
		expect(spot.text).toBe('target more than 800 billion yuan');
		expect(covers(g, spot)).toBe(0);
	});

	it('falls back to the short wording on a narrow chart rather than cover the data', () => {
		const g = layout('tech_contracts', {}, 360);
		const spot = placeRuleLabel(g, ['target more than 800 billion yuan', '800 billion yuan'])!;
		expect(spot.text).toBe('800 billion yuan');
		expect(covers(g, spot)).toBe(0);
	});

	it('has no label without a target rule', () => {
		expect(placeRuleLabel(layout('unicorns'), ['x'])).toBeNull();
	});

	it('counts CJK characters as wider than Latin ones', () => {
		expect(estimateTextWidth('目标')).toBeGreaterThan(estimateTextWidth('ab'));
	});
});
