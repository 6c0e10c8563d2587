import { describe, expect, it } from 'vitest';
import { progressMethods } from '../model/progress';
import { acrossPeriods, acrossPlaces, planOverview, requiredFromBaseline } from './compare';
import { PLAN_PACKS, planPack, type PlanPack } from './packs';

const overviews = PLAN_PACKS.map(planOverview);
const overview = (id: string) => overviews.find((o) => o.pack.id === id)!;

describe('planOverview', () => {
	it('counts every target of every plan once, gaps included', () => {
		for (const o of overviews) {
			const total = Object.values(o.counts).reduce((a, n) => a + (n ?? 0), 0);
			expect(total).toBe(o.pack.targets.length);
			expect(o.counts.gap ?? 0).toBe(o.evaluation.gaps.length);
		}
	});
});

describe('acrossPlaces', () => {
	const groups = acrossPlaces(overviews);

	it('groups a target id of one period that plans of two or more places set', () => {
		expect(groups.length).toBeGreaterThan(0);
		for (const g of groups) {
			const places = new Set(g.rows.map((r) => r.overview.pack.place!.id));
			expect(places.size).toBeGreaterThan(1);
			for (const r of g.rows) {
				expect(r.result.id).toBe(g.id);
				expect(r.overview.plan.targetYear).toBe(g.targetYear);
			}
		}
		const basic = groups.find((g) => g.id === 'basic_research_share')!;
		expect(basic.rows.map((r) => r.overview.pack.id)).toEqual([
			'beijing-2025',
			'china-2025',
			'shanghai-2025'
		]);
	});

	it('judges each place against its own target, by its own plan’s baseline', () => {
		for (const g of groups)
			for (const r of g.rows)
				expect(r.methods).toEqual(
					progressMethods(r.overview.evaluation, r.result, r.overview.plan.baselineYear)
				);
	});
});

describe('acrossPeriods', () => {
	it('sets the national 2025 targets beside the 2030 ones', () => {
		const [china] = acrossPeriods(overviews);
		expect(china!.earlier.pack.id).toBe('china-2025');
		expect(china!.later.pack.id).toBe('china-2030');
		const row = (id: string) => china!.rows.find((r) => r.id === id)!;
		expect(row('rd_growth').change).toBe('kept');
		expect(row('digital_core_share').change).toBe('raised');
		expect(row('basic_research_share').change).toBe('dropped');
		expect(row('basic_research_share').requiredGrowth).toBeNull();
	});

	it('puts the growth achieved from published figures beside the growth the next target requires', () => {
		const [china] = acrossPeriods(overviews);
		const digital = china!.rows.find((r) => r.id === 'digital_core_share')!;
		const earlier = overview('china-2025');
		const m = progressMethods(earlier.evaluation, digital.earlier!, earlier.plan.baselineYear)!;
		if (!m.ratio.ok) throw new Error('expected a ratio');
		expect(digital.achievedGrowth).toBe(m.ratio.value.observedGrowth);
		const later = overview('china-2030');
		const base = digital.later!.indicatorPath.find((p) => p.year === later.plan.baselineYear)!;
		expect(digital.requiredGrowth).toBeCloseTo(
			(digital.later!.target! / base.value) ** (1 / (2030 - base.year)) - 1,
			12
		);
		expect(requiredFromBaseline(digital.later!, later.plan)).toBe(digital.requiredGrowth);
	});

	it('names a lowered, a new and a dropped target', () => {
		const pack = structuredClone(planPack('china-2030')!) as PlanPack;
		const growth = pack.targets.find((t) => t.id === 'rd_growth')!;
		growth.target = 0.06;
		const digital = pack.targets.find((t) => t.id === 'digital_core_share')!;
		digital.id = 'digital_core_share_new';
		const [china] = acrossPeriods([overview('china-2025'), planOverview(pack)]);
		const change = (id: string) => china!.rows.find((r) => r.id === id)?.change;
		expect(change('rd_growth')).toBe('lowered');
		expect(change('digital_core_share_new')).toBe('new');
		expect(change('digital_core_share')).toBe('dropped');
	});
});
