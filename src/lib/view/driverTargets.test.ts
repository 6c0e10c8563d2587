import { describe, expect, it } from 'vitest';
import { plan } from '$lib/model/data';
import { treeVariables } from '$lib/model/formulaTree';
import { targetsMovedBy } from './driverTargets';

describe('targetsMovedBy', () => {
	it('names every target whose formula reads GDP, and only those', () => {
		expect(targetsMovedBy(plan, 'gdp')).toEqual(['rd_intensity']);
	});

	it('names both targets of a driver that is the numerator of one and the denominator of another', () => {
		expect(targetsMovedBy(plan, 'rd_spend')).toEqual(['rd_intensity', 'basic_research_share']);
	});

	it('agrees with the formulas for every driver of the plan', () => {
		for (const driver of plan.drivers) {
			const moved = targetsMovedBy(plan, driver.id);
			for (const t of plan.targets)
				expect(moved.includes(t.id)).toBe(treeVariables(t.tree).includes(driver.id));
		}
	});

	it('returns nothing for a driver no formula reads', () => {
		expect(targetsMovedBy(plan, 'no_such_driver' as never)).toEqual([]);
	});
});
