import { describe, expect, it } from 'vitest';
import { allTargetIds, DEFAULT_PLAN_ID, PLAN_CATALOG, planChoice } from './catalog';
import { DEFAULT_PLAN_ID as PACKS_DEFAULT, PLAN_PACKS } from './packs';

describe('the plan catalog', () => {
	it('lists every built-in pack, in order, with its title, place, year and targets', () => {
		expect(PLAN_CATALOG.map((c) => c.id)).toEqual(PLAN_PACKS.map((p) => p.id));
		for (const pack of PLAN_PACKS) {
			const choice = planChoice(pack.id)!;
			expect(choice.shortTitle).toEqual(pack.shortTitle);
			expect(choice.place).toEqual(pack.place?.name);
			expect(choice.targetYear).toBe(pack.targetYear);
			expect(choice.targetIds).toEqual(pack.targets.map((t) => t.id));
		}
		expect(DEFAULT_PLAN_ID).toBe(PACKS_DEFAULT);
	});

	it('knows no other plan, and names every target page once', () => {
		expect(planChoice('nowhere-2025')).toBeNull();
		const ids = allTargetIds();
		expect(new Set(ids).size).toBe(ids.length);
		expect(ids).toContain('hv_patents');
		expect(ids).toContain('rd_intensity');
	});
});
