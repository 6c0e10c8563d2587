// Links that name their plan (`p=`, link version 2): what each plan's link writes and reads, and
// how a link of one plan is kept out of another (compare, saved names).
import { describe, expect, it } from 'vitest';
import { observations, plan as seedPlan } from '../model/data';
import { emptyScenario, type DriverId } from '../model/types';
import { selectionFromLinks } from '../scenario/compare';
import {
	decodeLink,
	encodeLink,
	linkPlanId,
	SEED_PLAN_ID,
	type DecodeOptions
} from '../scenario/link';
import { DEFAULT_PLAN_ID } from './catalog';
import { loadPlan } from './planModels';

const seedOptions: DecodeOptions = { plan: seedPlan, data: observations };

async function optionsOf(id: string): Promise<DecodeOptions> {
	const loaded = (await loadPlan(id))!;
	const { plan, observations: data } = loaded.model;
	return {
		plan,
		data,
		driverIds: plan.drivers.map((d) => d.id),
		targetIds: plan.targets.map((t) => t.id),
		knownDataVersions: [data.vintage],
		planId: id
	};
}

describe('the plan a link names', () => {
	it('is the seed plan for every link without p, the default plan of the app', () => {
		expect(SEED_PLAN_ID).toBe(DEFAULT_PLAN_ID);
		for (const text of ['', 'v=1&g.gdp=0.05', 'g.gdp=0.05', '#v=2&d=2026-12', 'p=', 'nonsense'])
			expect(linkPlanId(text)).toBe(SEED_PLAN_ID);
		expect(linkPlanId('https://x.org/targets/#v=3&p=china-2025&g.gdp=0.05')).toBe('china-2025');
		expect(linkPlanId('v=3&p=china-2030&p=shanghai-2025')).toBe('china-2030');
	});

	it('is written second in every link, and a seed-plan link reads back as it was', () => {
		const text = encodeLink({
			scenario: { ...emptyScenario(), growth: { gdp: 0.05 } },
			lang: null,
			view: null,
			dataVersion: observations.vintage
		});
		expect(text).toBe(`v=3&p=beijing-2025&g.gdp=0.05&d=${observations.vintage}`);
		const decoded = decodeLink(text, seedOptions);
		expect(decoded.ignored).toEqual([]);
		expect(decoded.state.scenario.growth).toEqual({ gdp: 0.05 });
	});

	it("reads another plan's link against that plan, with its own drivers in a fixed order", async () => {
		const options = await optionsOf('china-2025');
		const scenario = {
			...emptyScenario(),
			growth: { hv_patents: 0.08, gdp: 0.04 } as Partial<Record<DriverId, number>>
		};
		const text = encodeLink({
			scenario,
			lang: 'en',
			view: 'hv_patents' as never,
			dataVersion: options.data.vintage,
			plan: 'china-2025'
		});
		expect(text).toBe(
			`v=3&p=china-2025&g.gdp=0.04&g.hv_patents=0.08&lang=en&view=hv_patents&d=${options.data.vintage}`
		);
		const decoded = decodeLink(text, options);
		expect(decoded.ignored).toEqual([]);
		expect(decoded.state.scenario.growth).toEqual({ gdp: 0.04, hv_patents: 0.08 });
		expect(decoded.state.view).toBe('hv_patents');
	});

	it('reports a p naming another plan than the one read against, and reads the rest', async () => {
		const decoded = decodeLink('v=3&p=china-2025&g.gdp=0.05', seedOptions);
		expect(decoded.ignored).toEqual([{ part: 'p=china-2025', reason: 'other_plan' }]);
		expect(decoded.state.scenario.growth).toEqual({ gdp: 0.05 });
		const china = await optionsOf('china-2025');
		expect(decodeLink('v=3&p=beijing-2025&g.gdp=0.05', china).ignored).toEqual([
			{ part: 'p=beijing-2025', reason: 'other_plan' }
		]);
		// The seed plan's only vintage list is its own: an earlier vintage is another plan's data.
		expect(decodeLink('v=3&p=china-2025&d=2026-11', china).ignored).toEqual([
			{ part: 'd=2026-11', reason: 'unknown_data_version' }
		]);
	});
});

describe('scenarios of one plan are never compared or named under another', () => {
	it('leaves a compared link of another plan out, saying which plan it is of', async () => {
		const china = await optionsOf('china-2025');
		const { selection, dropped } = selectionFromLinks(
			['v=3&p=china-2025&g.gdp=0.05', 'v=1&g.gdp=0.06', 'v=3&p=nowhere&g.gdp=0.07'],
			'v=3&p=china-2025',
			[],
			china
		);
		expect(selection).toEqual([{ kind: 'link', link: 'v=3&p=china-2025&g.gdp=0.05' }]);
		expect(dropped).toEqual([
			{ part: 'v=1%26g.gdp=0.06', reason: 'other_plan', plan: 'beijing-2025' },
			{ part: 'v=3%26p=nowhere%26g.gdp=0.07', reason: 'other_plan', plan: 'nowhere' }
		]);
	});
});

describe('the reading of an ambiguous clause, in the link', () => {
	it('is written as read.<target> and read back; a reading the target lacks is refused', async () => {
		const options = await optionsOf('china-2025');
		const text = encodeLink({
			scenario: emptyScenario(),
			lang: null,
			view: null,
			dataVersion: options.data.vintage,
			plan: 'china-2025',
			readings: { rd_intensity_vs_13th: 'average_2016_2020' }
		});
		expect(text).toBe(
			`v=3&p=china-2025&read.rd_intensity_vs_13th=average_2016_2020&d=${options.data.vintage}`
		);
		expect(decodeLink(text, options).state.readings).toEqual({
			rd_intensity_vs_13th: 'average_2016_2020'
		});
		expect(
			decodeLink('v=3&p=china-2025&read.rd_intensity_vs_13th=median', options).ignored
		).toEqual([{ part: 'read.rd_intensity_vs_13th=median', reason: 'out_of_range' }]);
		expect(decodeLink('v=3&p=china-2025&read.hv_patents=x', options).ignored).toEqual([
			{ part: 'read.hv_patents=x', reason: 'unknown_key' }
		]);
	});

	it('changes the number the target is judged against, and nothing else', async () => {
		const loaded = (await loadPlan('china-2025'))!;
		const target = (plan: typeof loaded.model.plan) =>
			plan.targets.find((t) => (t.id as string) === 'rd_intensity_vs_13th')!;
		const level = target(loaded.model.plan);
		const average = target(loaded.reread({ rd_intensity_vs_13th: 'average_2016_2020' }).plan);
		expect(level.reading?.id).toBe('level_2020');
		expect(level.target).toBeCloseTo(2.41, 2);
		expect(average.reading?.id).toBe('average_2016_2020');
		// (2.10 + 2.12 + 2.14 + 2.24 + 2.41) / 5, the revised series.
		expect(average.target).toBeCloseTo(2.202, 3);
		expect(loaded.reread({ rd_intensity_vs_13th: 'nonsense' }).plan.targets).toEqual(
			loaded.model.plan.targets
		);
	});
});
