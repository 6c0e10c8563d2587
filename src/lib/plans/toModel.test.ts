import { describe, expect, it } from 'vitest';
import goldenLinks from '../../../tests/golden-links.json' with { type: 'json' };
import { loadVintage, observations as seedData, plan as seedPlan } from '../model/data';
import type { Evaluation } from '../model/evaluate';
import { DataFileError } from '../model/schema';
import { evaluateScenario } from '../model/scenarioEvaluation';
import { emptyScenario, type ObservationsFile, type Scenario } from '../model/types';
import { verdictFor } from '../model/verdict';
import { decodeLink } from '../scenario/link';
import { validatePack } from './packSchema';
import { PLAN_PACKS, planPack, type PlanPack } from './packs';
import { ReadingChoiceError, toModel } from './toModel';

const beijing = toModel(planPack('beijing-2025')!);
const china = planPack('china-2025')!;

/** An evaluation without the target specs, which a pack extends (placement, stream). */
const numbers = (e: Evaluation) => ({
	...e,
	targets: e.targets.map((t) => ({ ...t, spec: t.spec.id }))
});

/** The preferred published figure of a series in a year, as the pack records it (one figure). */
const figure = (pack: PlanPack, series: string, year: number) => {
	const found = pack.observations.series[series]!.observations.filter((o) => o.year === year);
	expect(found).toHaveLength(1);
	return found[0]!.value;
};

describe('toModel: the Beijing pack', () => {
	it('carries the seed plan’s drivers, targets and defaults', () => {
		expect(beijing.observations).toEqual(seedData);
		expect(beijing.plan.defaults).toEqual(seedPlan.defaults);
		expect(beijing.plan.drivers.map((d) => d.id)).toEqual(seedPlan.drivers.map((d) => d.id));
		beijing.plan.targets.forEach((t, i) => {
			const { placement, stream, ...rest } = t;
			expect(placement).toBe('body_text');
			expect(stream).toBe(i);
			expect(rest).toEqual(seedPlan.targets[i]);
		});
		expect(beijing.plan.gaps).toEqual([]);
	});

	const scenarios: [string, Scenario][] = [
		['the default scenario', emptyScenario()],
		[
			'growth, ranges and probabilities',
			{
				...emptyScenario(),
				asOf: 2023,
				growth: { gdp: 0.05, employed: 0.01 },
				growthRange: { tech_contracts: { low: 0.03, high: 0.09 } },
				tolerance: 0.1,
				uncertainty: { model: 'yearly', seed: 7, draws: 2000, correlation: null }
			}
		],
		[
			'an average window and yearly rates',
			{
				...emptyScenario(),
				averageWindow: { from: 2022, to: 2025 },
				yearlyGrowth: { digital_va: { 2025: 0.02 } },
				employmentDenominator: 'census_2023'
			}
		]
	];
	it.each(scenarios)('evaluates %s exactly as seeds/plan.json does', (_, scenario) => {
		const seed = evaluateScenario(seedPlan, seedData, structuredClone(scenario));
		const pack = evaluateScenario(beijing.plan, beijing.observations, structuredClone(scenario));
		expect(numbers(pack)).toEqual(numbers(seed));
	});

	it.each(goldenLinks.map((g) => [g.link] as const))(
		'evaluates the golden link %s exactly as seeds/plan.json does',
		async (link) => {
			const pinned = decodeLink(link, { plan: seedPlan, data: seedData }).state.dataVersion;
			const data: ObservationsFile = (await loadVintage(pinned)) ?? seedData;
			const read = (plan: typeof seedPlan) => decodeLink(link, { plan, data }).state.scenario;
			expect(read(beijing.plan)).toEqual(read(seedPlan));
			const seed = evaluateScenario(seedPlan, data, read(seedPlan));
			const pack = evaluateScenario(beijing.plan, data, read(beijing.plan));
			expect(numbers(pack)).toEqual(numbers(seed));
		}
	);
});

describe('toModel: what the other packs need', () => {
	const { plan, observations } = toModel(china);
	const evaluation = evaluateScenario(plan, observations, emptyScenario());
	const result = (id: string) => evaluation.targets.find((t) => (t.id as string) === id)!;

	it('keeps a target without data apart as a gap, with its reason, never evaluated', () => {
		const sei = china.targets.find((t) => t.id === 'sei_share')!;
		expect(evaluation.targets.map((t) => t.id)).not.toContain('sei_share');
		expect(evaluation.gaps).toEqual([
			expect.objectContaining({ id: 'sei_share', reason: sei.why, target: 17, position: 5 })
		]);
	});

	it('projects a level target on a published share from the share itself', () => {
		const patents = result('hv_patents');
		expect(patents.spec).toMatchObject({ kind: 'level', publishedShare: true });
		expect(patents.projected).toBe(figure(china, 'hv_patents_per_10k', 2025));
		expect(patents.verdict).toBe(verdictFor(patents.projected, 'at_least', 12, 0));
	});

	it('reads an ambiguous clause by the pack’s default reading, and by another when chosen', () => {
		expect(result('rd_intensity_vs_13th').target).toBe(figure(china, 'rd_intensity_revised', 2020));
		const other = toModel(china, { readings: { rd_intensity_vs_13th: 'average_2016_2020' } });
		const t = other.plan.targets.find((x) => (x.id as string) === 'rd_intensity_vs_13th')!;
		const years = [2016, 2017, 2018, 2019, 2020];
		const mean = years.reduce((a, y) => a + figure(china, 'rd_intensity_revised', y), 0) / 5;
		expect(t.target).toBeCloseTo(mean, 12);
		expect(t.reading).toMatchObject({ id: 'average_2016_2020', statistic: 'mean' });
		expect(t.aspirational).toBe(true);
		expect(() => toModel(china, { readings: { rd_intensity_vs_13th: 'x' } })).toThrow(
			ReadingChoiceError
		);
	});

	it('refuses a reading whose benchmark year has no figure, naming the reading', () => {
		const json = structuredClone(china) as PlanPack;
		const s = json.observations.series['rd_intensity_revised']!;
		s.observations = s.observations.filter((o) => o.year !== 2018);
		const pack = validatePack(json, 'edited.json');
		expect(() => toModel(pack, { file: 'edited.json' })).not.toThrow();
		const average = {
			readings: { rd_intensity_vs_13th: 'average_2016_2020' },
			file: 'edited.json'
		};
		expect(() => toModel(pack, average)).toThrow(DataFileError);
		expect(() => toModel(pack, average)).toThrow(
			/edited\.json: targets\[1\]\.readings\[1\]\.benchmark: .*no figure for 2018/
		);
	});

	it('rounds a count to a whole number before comparing it', () => {
		const shanghai = toModel(planPack('shanghai-2025')!);
		const e = evaluateScenario(shanghai.plan, shanghai.observations, {
			...emptyScenario(),
			// A pack's driver ids are strings at this boundary (DriverId names the seed plan's).
			growth: { hightech_enterprises: 0.01234 } as Scenario['growth']
		});
		const firms = e.targets.find((t) => (t.id as string) === 'hightech_enterprises')!;
		const raw = e.drivers['hightech_enterprises' as 'gdp'].targetYearValue!;
		expect(Number.isInteger(raw)).toBe(false);
		expect(firms.projected).toBe(Math.round(raw));
		expect(firms.indicatorPath.every((p) => Number.isInteger(p.value))).toBe(true);
	});

	it('uses a target’s own average window unless the scenario sets one', () => {
		const json = structuredClone(planPack('china-2030')!) as PlanPack;
		json.targets[0]!.averageWindow = { from: 2027, to: 2030 };
		const m = toModel(validatePack(json, 'window.json'));
		const own = evaluateScenario(m.plan, m.observations, emptyScenario());
		expect(own.targets[0]!.window).toEqual({ from: 2027, to: 2030 });
		const set = { ...emptyScenario(), averageWindow: { from: 2026, to: 2029 } };
		expect(evaluateScenario(m.plan, m.observations, set).targets[0]!.window).toEqual({
			from: 2026,
			to: 2029
		});
	});
});

describe('every built-in pack at the default scenario', () => {
	it.each(PLAN_PACKS.map((p) => [p.id, p] as const))('%s', (_, pack) => {
		const { plan, observations } = toModel(pack);
		const e = evaluateScenario(plan, observations, emptyScenario());
		expect(e.issues).toEqual([]);
		expect(e.targetYear).toBe(pack.targetYear);
		expect(e.targets.length + e.gaps.length).toBe(pack.targets.length);
		for (const t of e.targets) {
			// Each verdict is the comparison of the projection with the target, never invented.
			expect(t.verdict).toBe(verdictFor(t.projected, t.comparator, t.target, e.tolerance));
			const num = e.drivers[t.spec.numerator];
			// Where the numerator is published in the target year, the projection is that figure.
			const published = num.history.points.find((p) => p.year === pack.targetYear);
			if (t.kind === 'level' && published?.kind === 'published')
				expect(t.projected).toBe(t.spec.integer ? Math.round(published.value) : published.value);
			if (t.kind === 'ratio' && t.projected !== null) {
				const den = e.drivers[t.spec.denominator!];
				expect(t.projected).toBeCloseTo(
					(num.targetYearValue! / den.targetYearValue!) * t.spec.scale,
					10
				);
			}
			if (t.kind !== 'qualitative' && t.missing.length === 0)
				expect(t.verdict).not.toBe('needs_assumption');
		}
	});
});

describe("another plan's drivers and targets", () => {
	const china = toModel(planPack('china-2025')!);
	const ids = {
		driverIds: china.plan.drivers.map((d) => d.id),
		targetIds: ['rd_growth', 'sei_share']
	};
	const link = 'v=1&g.hv_patents=0.05&y.rd_spend.2025=0.06&g.tech_contracts=0.1&view=rd_growth';

	it('reads keys naming the given plan’s drivers and refuses the others by name', () => {
		const { state, ignored } = decodeLink(link, {
			plan: china.plan,
			data: china.observations,
			...ids
		});
		expect(state.scenario.growth).toEqual({ hv_patents: 0.05 });
		expect(state.scenario.yearlyGrowth).toEqual({ rd_spend: { 2025: 0.06 } });
		expect(state.view).toBe('rd_growth');
		expect(ignored).toEqual([{ part: 'g.tech_contracts=0.1', reason: 'unknown_key' }]);
	});

	it('reads the seed plan’s drivers when no list is given, as before', () => {
		const { state, ignored } = decodeLink(link, { plan: seedPlan, data: seedData });
		expect(state.scenario.growth).toEqual({ tech_contracts: 0.1 });
		expect(ignored.map((i) => i.part)).toEqual(['g.hv_patents=0.05', 'view=rd_growth']);
	});
});
