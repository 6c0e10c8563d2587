// The published progress methods (model/progress.ts) checked against figures worked by hand from
// the built-in packs' own data (seeds/plans/*.json; Beijing's figures there are those of
// seeds/observations.json), never from the code's output: one target of each kind (level, ratio,
// average growth), among them targets already achieved, on track, with limited progress and
// moving away. Each plan is evaluated with all its data, as /plans shows it. The hand arithmetic
// is written beside each figure; a figure is [value, decimal places it is compared to].
import { describe, expect, it } from 'vitest';
import { progressMethods, type RatioCategory } from '../model/progress';
import { planOverview } from './compare';
import { planPack } from './packs';

type Hand = [value: number, digits: number];
interface Worked {
	plan: string;
	target: string;
	baseYear: number;
	latestYear: number;
	/** The baseline and latest figures; the baseline null for a growth target. */
	values: [Hand | null, Hand];
	/** Observed growth, required growth, their ratio. */
	growth: [Hand, Hand, Hand];
	category: RatioCategory;
	/** The anticipated value in the target year, its share of the required change, whether it reaches. */
	anticipated: [Hand, Hand, boolean];
}

const cases: Worked[] = [
	{
		// A level target already met. seeds/plans/beijing-2025.json, tech_contracts (亿元):
		// baseline 2020 = 6316.16, latest 2024 = 9153; target over 8,000 in 2025.
		plan: 'beijing-2025',
		target: 'tech_contracts',
		baseYear: 2020,
		latestYear: 2024,
		values: [
			[6316.16, 2],
			[9153, 0]
		],
		// observed (9153 / 6316.16)^(1/4) − 1 = 0.0971792; required (8000 / 6316.16)^(1/5) − 1
		// = 0.0484009; ratio 0.0971792 / 0.0484009 = 2.00780
		growth: [
			[0.0971792, 6],
			[0.0484009, 6],
			[2.0078, 4]
		],
		// 9153 ≥ 8000: met already, which the method calls achieved whatever the ratio.
		category: 'achieved',
		// 9153 × 1.0971792 = 10042.48; (10042.48 − 6316.16) / (8000 − 6316.16) = 3726.32 / 1683.84
		// = 2.21299
		anticipated: [[10042.48, 2], [2.21299, 4], true]
	},
	{
		// A level target not yet met. seeds/plans/shanghai-2025.json, hightech_enterprises: baseline
		// 2020 = 17012 (medium confidence, preferred to the science commission's later round 16,600,
		// as the record's note says), latest 2024 = 25000, no 2025 figure; target over 26,000.
		plan: 'shanghai-2025',
		target: 'hightech_enterprises',
		baseYear: 2020,
		latestYear: 2024,
		values: [
			[17012, 0],
			[25000, 0]
		],
		// observed (25000 / 17012)^(1/4) − 1 = 0.1010224; required (26000 / 17012)^(1/5) − 1
		// = 0.0885380; ratio 0.1010224 / 0.0885380 = 1.14101 ≥ 0.95
		growth: [
			[0.1010224, 6],
			[0.088538, 6],
			[1.14101, 4]
		],
		category: 'on_track',
		// 25000 × 1.1010224 = 27525.56; (27525.56 − 17012) / (26000 − 17012) = 10513.56 / 8988
		// = 1.16973
		anticipated: [[27525.56, 1], [1.16973, 4], true]
	},
	{
		// A ratio target moving away. seeds/plans/beijing-2025.json: basic_spend 2020 = 373.1,
		// 2023 = 472.3; rd_spend 2020 = 2326.6, 2023 = 2947.1 (亿元); no later basic-research
		// figure. Share 2020: 373.1 / 2326.6 × 100 = 16.03628 %; 2023: 472.3 / 2947.1 × 100
		// = 16.02592 %; target about 17 %.
		plan: 'beijing-2025',
		target: 'basic_research_share',
		baseYear: 2020,
		latestYear: 2023,
		values: [
			[16.03628, 5],
			[16.02592, 5]
		],
		// observed (16.02592 / 16.03628)^(1/3) − 1 = −0.000215; required (17 / 16.03628)^(1/5) − 1
		// = 0.0117404; ratio −0.000215 / 0.0117404 = −0.01833 < 0
		growth: [
			[-0.000215, 6],
			[0.0117404, 6],
			[-0.01833, 4]
		],
		category: 'moving_away',
		// 16.02592 × (1 − 0.000215)^2 = 16.01903; (16.01903 − 16.03628) / (17 − 16.03628)
		// = −0.01725 / 0.96372 = −0.0179
		anticipated: [[16.01903, 4], [-0.0179, 3], false]
	},
	{
		// A ratio target with limited progress. seeds/plans/china-2025.json: basic_spend 2020 = 1467,
		// 2025 = 2778; rd_spend 2020 = 24393.1, 2025 = 39262 (亿元). Share 2020: 1467 / 24393.1 × 100
		// = 6.01400 %; 2025: 2778 / 39262 × 100 = 7.07554 % (published rounded: 7.08); target over 8 %.
		plan: 'china-2025',
		target: 'basic_research_share',
		baseYear: 2020,
		latestYear: 2025,
		values: [
			[6.014, 4],
			[7.07554, 4]
		],
		// observed (7.07554 / 6.01400)^(1/5) − 1 = 0.0330452; required (8 / 6.01400)^(1/5) − 1
		// = 0.0587304; ratio 0.0330452 / 0.0587304 = 0.56266, in [0, 0.6)
		growth: [
			[0.0330452, 6],
			[0.0587304, 6],
			[0.56266, 4]
		],
		category: 'limited_progress',
		// The latest year is the target year: the outcome, 7.07554; (7.07554 − 6.01400) / (8 − 6.01400)
		// = 1.06154 / 1.98600 = 0.53451
		anticipated: [[7.07554, 4], [0.53451, 4], false]
	},
	{
		// An average-growth target achieved. seeds/plans/china-2025.json: the rd_spend driver reads
		// its yearly rates from the published rd_growth_nominal: 2021–25 = 14.6, 10.1, 8.4, 8.9, 8.1 %.
		// From the levels instead, (39262 / 24393.1)^(1/5) − 1 = 0.0998693 (the pack's caveat); both
		// are 9.99 %, the published rates being rounded to one decimal. Target at least 7 % a year.
		plan: 'china-2025',
		target: 'rd_growth',
		baseYear: 2020,
		latestYear: 2025,
		values: [null, [0.099945, 6]],
		// observed (1.146 × 1.101 × 1.084 × 1.089 × 1.081)^(1/5) − 1 = 0.0999450; required 0.07;
		// ratio 0.0999450 / 0.07 = 1.42779; the whole window is published and 9.99 % ≥ 7 %: achieved
		growth: [
			[0.099945, 6],
			[0.07, 12],
			[1.42779, 4]
		],
		category: 'achieved',
		anticipated: [[0.099945, 6], [1.42779, 4], true]
	}
];

describe('the progress methods, worked by hand from the packs’ figures', () => {
	it.each(cases)('$plan $target: $category', (hand) => {
		const o = planOverview(planPack(hand.plan)!);
		const result = o.evaluation.targets.find((t) => t.id === hand.target)!;
		const m = progressMethods(o.evaluation, result, o.plan.baselineYear);
		if (!m?.ratio.ok || !m.anticipated.ok)
			throw new Error(`expected figures, got ${JSON.stringify(m)}`);
		const r = m.ratio.value;
		const a = m.anticipated.value;
		const close = (value: number | null, [expected, digits]: Hand) =>
			expect(value).toBeCloseTo(expected, digits);
		expect(r).toMatchObject({ baseYear: hand.baseYear, latestYear: hand.latestYear });
		if (hand.values[0] === null) expect(r.baseValue).toBeNull();
		else close(r.baseValue, hand.values[0]);
		close(r.latestValue, hand.values[1]);
		close(r.observedGrowth, hand.growth[0]);
		close(r.requiredGrowth, hand.growth[1]);
		close(r.ratio, hand.growth[2]);
		expect(r.category).toBe(hand.category);
		close(a.anticipatedValue, hand.anticipated[0]);
		close(a.shareOfRequired, hand.anticipated[1]);
		expect(a.reaches).toBe(hand.anticipated[2]);
	});

	it('reads the growth target’s published rates, within 0.0001 of its levels’ compound growth', () => {
		const o = planOverview(planPack('china-2025')!);
		const result = o.evaluation.targets.find((t) => (t.id as string) === 'rd_growth')!;
		const r = progressMethods(o.evaluation, result, o.plan.baselineYear)!.ratio;
		if (!r.ok) throw new Error('expected a ratio');
		expect(Math.abs(r.value.observedGrowth - 0.0998693)).toBeLessThan(1e-4);
		expect(result.window).toEqual({ from: 2021, to: 2025 });
	});
});
