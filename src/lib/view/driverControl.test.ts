import { describe, expect, it } from 'vitest';
import { observations, plan } from '../model/data';
import { evaluateProjections } from '../model/evaluate';
import { emptyScenario } from '../model/types';
import { rangeCentre } from '../model/uncertainty';
import { inertView, parseRangeEntry, shiftRange } from './driverControl';

describe('shiftRange', () => {
	it('moves the range’s centre to the given growth and holds its width in ln(1 + g)', () => {
		const range = { low: 0.05, high: 0.09 };
		const moved = shiftRange(range, 0.1);
		expect(rangeCentre(moved)).toBeCloseTo(0.1, 5);
		const width = (r: typeof range) => Math.log1p(r.high) - Math.log1p(r.low);
		expect(width(moved)).toBeCloseTo(width(range), 5);
	});
});

describe('parseRangeEntry', () => {
	it('reads two typed ends as fractions', () => {
		const result = parseRangeEntry('5', '9 %');
		expect(result.ok).toBe(true);
		if (result.ok) {
			expect(result.range.low).toBeCloseTo(0.05, 12);
			expect(result.range.high).toBeCloseTo(0.09, 12);
		}
	});

	it.each([
		['５％', '−1', 'reversed'],
		['abc', '9', 'not_a_number'],
		['5', '1001', 'out_of_range']
	])('refuses %s .. %s as %s', (low, high, reason) => {
		expect(parseRangeEntry(low, high)).toEqual({ ok: false, reason });
	});
});

describe('inertView', () => {
	const at = (asOf: number | null) => {
		const scenario = { ...emptyScenario(), asOf };
		return { scenario, evaluation: evaluateProjections(plan, observations, scenario) };
	};

	it('says a growth the latest data makes inert changes nothing, and offers the as-of years that make it count', () => {
		const { scenario, evaluation } = at(null);
		const view = inertView('gdp', evaluation, scenario, plan, observations, 'en')!;
		expect(view.text).toBe(
			'All years to 2025 are published (data as of 2025): this growth changes nothing.'
		);
		expect(view.choices).toEqual([
			{ asOf: 2024, label: 'Use data as of 2024' },
			{ asOf: 2022, label: 'See it as the plan saw it (2022)' }
		]);
		const zh = inertView('gdp', evaluation, scenario, plan, observations, 'zh')!;
		expect(zh.text).toContain('这一增速不改变任何结果。');
		expect(zh.choices[1]!.label).toBe('按规划制定时的视角查看（2022 年）');
	});

	it('is null where the growth counts', () => {
		const { scenario, evaluation } = at(2022);
		expect(inertView('gdp', evaluation, scenario, plan, observations, 'en')).toBe(null);
		const latest = at(null);
		expect(
			inertView('rd_spend', latest.evaluation, latest.scenario, plan, observations, 'en')
		).toBe(null);
	});
});
