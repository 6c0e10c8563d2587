import { describe, expect, it } from 'vitest';
import { chartInput, firstMove } from './testFixtures';
import { line } from 'd3-shape';
import { polyline, sparkline } from './sparkline';

describe('sparkline', () => {
	const size = { width: 120, height: 32, padding: 2 };

	it('starts the dashed projection at the last actual point', () => {
		const { result } = chartInput('tech_contracts');
		const s = sparkline(result, size);
		const history = s.history.split(/[ML]/).filter(Boolean);
		const last = history.at(-1)!.split(',').map(Number);
		const [x, y] = firstMove(s.projection);
		expect(x).toBeCloseTo(last[0]!, 6);
		expect(y).toBeCloseTo(last[1]!, 6);
	});

	it('puts the target rule inside the box', () => {
		const s = sparkline(chartInput('rd_intensity').result, size);
		expect(s.targetY).not.toBeNull();
		expect(s.targetY!).toBeGreaterThanOrEqual(2);
		expect(s.targetY!).toBeLessThanOrEqual(30);
	});

	it('has no target rule for a qualitative target', () => {
		expect(sparkline(chartInput('unicorns').result, size).targetY).toBeNull();
	});

	it('has no projection when every year is actual', () => {
		expect(sparkline(chartInput('digital_economy_growth').result, size).projection).toBe('');
	});

	it('draws nothing for an empty path', () => {
		expect(sparkline({ indicatorPath: [], target: null }, size)).toEqual({
			width: 120,
			height: 32,
			history: '',
			projection: '',
			targetY: null
		});
	});

	it('writes the same paths as d3-shape line()', () => {
		const d3 = line();
		const cases: [number, number][][] = [
			[],
			[[3.25, 7]],
			[
				[0, 1.5],
				[10.125, -2],
				[20, 1e-7]
			]
		];
		for (const points of cases) expect(polyline(points)).toBe(d3(points) ?? '');
		for (const id of ['tech_contracts', 'rd_intensity', 'digital_economy_growth'] as const) {
			const s = sparkline(chartInput(id).result, size);
			const points = s.history
				.split(/[ML]/)
				.filter(Boolean)
				.map((p) => p.split(',').map(Number) as [number, number]);
			expect(points.length).toBeGreaterThan(1);
			expect(s.history).toBe(d3(points));
		}
	});
});
