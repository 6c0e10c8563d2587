import { describe, expect, it } from 'vitest';
import { gridCsv, readCsv } from '../export/csv';
import { acrossPeriods, acrossPlaces, planOverview } from '../plans/compare';
import { PLAN_PACKS } from '../plans/packs';
import { PLANS_CSV_COLUMNS, plansCsvRows, ratioScale, RATIO_SCALE_MAX } from './plansView';

const overviews = PLAN_PACKS.map(planOverview);

describe('plansCsvRows', () => {
	const rows = plansCsvRows(overviews, 'en');
	const header = rows[0]!;
	const col = (name: (typeof PLANS_CSV_COLUMNS)[number]) => header.indexOf(name);

	it('has one row per verdict count, shared place and period indicator, all of one width', () => {
		const counts = overviews.reduce((n, o) => n + Object.keys(o.counts).length, 0);
		const places = acrossPlaces(overviews).reduce((n, g) => n + g.rows.length, 0);
		const periods = acrossPeriods(overviews).reduce((n, p) => n + p.rows.length, 0);
		expect(rows).toHaveLength(1 + counts + places + periods);
		for (const r of rows) expect(r).toHaveLength(PLANS_CSV_COLUMNS.length);
	});

	it('writes the ratio method’s raw figures, and reads back as written', () => {
		const g = acrossPlaces(overviews).find((x) => x.id === 'basic_research_share')!;
		const shanghai = g.rows.find((r) => r.overview.pack.id === 'shanghai-2025')!;
		if (!shanghai.methods.ratio.ok) throw new Error('expected a ratio');
		const row = rows.find(
			(r) =>
				r[col('section')] === 'places' &&
				r[col('plan')] === 'shanghai-2025' &&
				r[col('target')] === 'basic_research_share'
		)!;
		expect(row[col('ratio')]).toBe(shanghai.methods.ratio.value.ratio);
		expect(row[col('ratio_category')]).toBe(shanghai.methods.ratio.value.category);
		const back = readCsv(gridCsv(rows).slice(1));
		expect(back[0]).toEqual([...PLANS_CSV_COLUMNS]);
		expect(back).toHaveLength(rows.length);
	});
});

describe('ratioScale', () => {
	it('keeps 0 and the thresholds in view and cuts ratios beyond its maximum', () => {
		const s = ratioScale([-0.5, 5.4, null]);
		expect(s.at(0)).toBeGreaterThan(0);
		expect(s.hi).toBe(RATIO_SCALE_MAX);
		expect(s.at(5.4)).toBe(1);
		expect(s.cut(5.4)).toBe(true);
		expect(s.cut(1.2)).toBe(false);
		expect(s.thresholds.map((t) => t.value)).toEqual([0, 0.6, 0.95]);
	});
});
