// The name of the scenario shown comes only from scenarios saved under the plan shown.
import { describe, expect, it } from 'vitest';
import { observations, plan } from '../model/data';
import { loadPlan } from '../plans/planModels';
import { namedLinks } from './share';

describe('namedLinks', () => {
	it('names the scenario shown only from scenarios saved under its plan', async () => {
		const saved = [
			{ name: 'Beijing fast', link: 'v=1&g.gdp=0.05' },
			{ name: 'China fast', link: 'v=3&p=china-2025&g.gdp=0.05' }
		];
		expect(namedLinks(saved, { plan, data: observations }).map((n) => n.name)).toEqual([
			'Beijing fast'
		]);
		expect(namedLinks(saved, await chinaOptions()).map((n) => n.name)).toEqual(['China fast']);
	});
});

async function chinaOptions() {
	const { model } = (await loadPlan('china-2025'))!;
	return { plan: model.plan, data: model.observations, planId: 'china-2025' };
}
