import { describe, expect, it } from 'vitest';
import { observations, plan } from './data';
import { evaluateProjections, type Evaluation, type TargetResult } from './evaluate';
import { progressMethods, ratioCategory, type ProgressMethods } from './progress';
import { emptyScenario, type Scenario, type TargetId } from './types';

const evaluate = (scenario: Partial<Scenario> = {}) =>
	evaluateProjections(plan, observations, { ...emptyScenario(), ...scenario });
const target = (ev: Evaluation, id: TargetId) => ev.targets.find((t) => t.id === id)!;
const methods = (ev: Evaluation, id: TargetId, baseline = plan.baselineYear) =>
	progressMethods(ev, target(ev, id), baseline);
/** The one published figure of a series in a year (the preferred one where two sources differ). */
const published = (ev: Evaluation, driver: 'tech_contracts', year: number) =>
	ev.drivers[driver].history.points.find((p) => p.year === year)!.value;
function okRatio(m: ProgressMethods | null) {
	if (!m?.ratio.ok) throw new Error(`expected a ratio, got ${JSON.stringify(m?.ratio)}`);
	return m.ratio.value;
}

describe('the ratio method (Statistics Canada, Open SDG)', () => {
	it('sorts a ratio by the published thresholds 0.95, 0.6 and 0', () => {
		expect(ratioCategory(1.2)).toBe('on_track');
		expect(ratioCategory(0.95)).toBe('on_track');
		expect(ratioCategory(0.949)).toBe('acceleration_needed');
		expect(ratioCategory(0.6)).toBe('acceleration_needed');
		expect(ratioCategory(0.59)).toBe('limited_progress');
		expect(ratioCategory(0)).toBe('limited_progress');
		expect(ratioCategory(-0.01)).toBe('moving_away');
	});

	it('divides the observed compound growth since the baseline by the growth the target requires', () => {
		// As the plan saw it (as of 2022), technology contracts had not yet met 8,000 (亿元).
		const ev = evaluate({ asOf: 2022 });
		const r = okRatio(methods(ev, 'tech_contracts'));
		const base = published(ev, 'tech_contracts', 2020);
		const latest = published(ev, 'tech_contracts', 2022);
		const goal = target(ev, 'tech_contracts').target!;
		expect(latest).toBeLessThan(goal);
		expect(r).toMatchObject({ baseYear: 2020, latestYear: 2022, baselineMoved: null });
		expect(r.observedGrowth).toBeCloseTo((latest / base) ** (1 / 2) - 1, 12);
		expect(r.requiredGrowth).toBeCloseTo((goal / base) ** (1 / 5) - 1, 12);
		expect(r.ratio).toBeCloseTo(r.observedGrowth / r.requiredGrowth, 12);
		expect(r.category).toBe(ratioCategory(r.ratio!));
	});

	it('calls a target achieved once the latest published figure meets it, whatever the ratio', () => {
		const ev = evaluate();
		const r = okRatio(methods(ev, 'tech_contracts'));
		expect(r.latestValue).toBeGreaterThanOrEqual(target(ev, 'tech_contracts').target!);
		expect(r.category).toBe('achieved');
	});

	it('never reads the projection or a value the user entered as a published figure', () => {
		const ev = evaluate({ growth: { tech_contracts: -0.5 } });
		expect(okRatio(methods(ev, 'tech_contracts'))).toEqual(
			okRatio(methods(evaluate(), 'tech_contracts'))
		);
	});

	it('moves the baseline past a statistical-basis break and says so, or gives no figure', () => {
		const ev = evaluate();
		const intensity = okRatio(methods(ev, 'rd_intensity'));
		// R&D intensity divides by GDP, whose figures changed basis after the 2023 economic census.
		const basis = (year: number) =>
			ev.drivers.gdp.history.points.find((p) => p.year === year)?.basis;
		expect(basis(plan.baselineYear!)).not.toBe(basis(intensity.latestYear));
		expect(intensity.baselineMoved).toEqual({ from: plan.baselineYear, reason: 'basis_break' });
		expect(basis(intensity.baseYear)).toBe(basis(intensity.latestYear));
		// High-tech value added has no two figures on one basis from 2020 on.
		expect(methods(ev, 'hightech_va')?.ratio).toEqual({ ok: false, reason: 'basis_break' });
	});

	it('compares a growth target’s observed average rate with the target rate', () => {
		const ev = evaluate();
		const t = target(ev, 'digital_economy_growth');
		const r = okRatio(methods(ev, 'digital_economy_growth'));
		const actual = t.average!.rates.filter((x) => x.kind === 'actual').map((x) => x.rate!);
		const compound = actual.reduce((a, g) => a * (1 + g), 1) ** (1 / actual.length) - 1;
		expect(r.observedGrowth).toBeCloseTo(compound, 12);
		expect(r.requiredGrowth).toBe(t.target);
		expect(r.ratio).toBeCloseTo(compound / t.target!, 12);
	});

	it('says it cannot be computed without a baseline year, and skips targets without a number', () => {
		const ev = evaluate();
		expect(progressMethods(ev, target(ev, 'tech_contracts'), undefined)?.ratio).toEqual({
			ok: false,
			reason: 'no_baseline_year'
		});
		expect(methods(ev, 'zgc_revenue')).toBeNull();
	});
});

describe('anticipated progress (UN ESCAP)', () => {
	it('continues the observed growth to the target year and measures it against the required change', () => {
		const ev = evaluate({ asOf: 2022 });
		const m = methods(ev, 'tech_contracts')!;
		const r = okRatio(m);
		if (!m.anticipated.ok) throw new Error('expected anticipated progress');
		const a = m.anticipated.value;
		const expected = r.latestValue * (1 + r.observedGrowth) ** (2025 - 2022);
		expect(a.anticipatedValue).toBeCloseTo(expected, 9);
		const goal = target(ev, 'tech_contracts').target!;
		expect(a.shareOfRequired).toBeCloseTo((expected - r.baseValue!) / (goal - r.baseValue!), 12);
		expect(a.reaches).toBe(expected >= goal);
	});

	it('gives no share when the baseline already met the target', () => {
		const ev = evaluate();
		const m = methods(ev, 'rd_intensity')!;
		const r = okRatio(m);
		if (!m.anticipated.ok) throw new Error('expected anticipated progress');
		expect(r.baseValue).toBeGreaterThanOrEqual(target(ev, 'rd_intensity').target!);
		expect(r.ratio).toBeNull();
		expect(r.category).toBe('achieved');
		expect(m.anticipated.value.shareOfRequired).toBeNull();
		expect(m.anticipated.value.reaches).toBe(true);
	});
});

// A result no method can read: a target whose drivers have no figures at all.
it('gives no figure for a target without published figures', () => {
	const ev = evaluate();
	const t: TargetResult = { ...target(ev, 'tech_contracts'), indicatorPath: [] };
	expect(progressMethods(ev, t, 2020)?.ratio).toEqual({ ok: false, reason: 'no_latest' });
});
