import { describe, expect, it } from 'vitest';
import beijing2025 from '../../../seeds/plans/beijing-2025.json';
import china2025 from '../../../seeds/plans/china-2025.json';
import observationsJson from '../../../seeds/observations.json';
import planJson from '../../../seeds/plan.json';
import { DataFileError } from '../model/schema';
import { validatePack, validatePackFile, type PlanPack } from './packSchema';
import { PLAN_PACKS, planPack } from './packs';

type Json = Record<string, unknown>;
type Mutation = (pack: PlanPack & Json) => void;

const CHINA_FILE = 'seeds/plans/china-2025.json';

/** The error validatePack throws for a copy of china-2025 changed by `mutate`. */
function refusal(mutate: Mutation): DataFileError {
	const pack = structuredClone(china2025) as unknown as PlanPack & Json;
	mutate(pack);
	let thrown: unknown = null;
	try {
		validatePack(pack, CHINA_FILE);
	} catch (e) {
		thrown = e;
	}
	expect(thrown).toBeInstanceOf(DataFileError);
	return thrown as DataFileError;
}

describe('the built-in plan packs', () => {
	it('all four validate, in the order they are listed', () => {
		expect(PLAN_PACKS.map((p) => [p.id, p.targetYear, p.targets.length])).toEqual([
			['beijing-2025', 2025, 8],
			['china-2025', 2025, 6],
			['shanghai-2025', 2025, 8],
			['china-2030', 2030, 2]
		]);
	});

	it('finds a pack by its id, and nothing for an unknown id', () => {
		expect(planPack('china-2030')?.title.en).toMatch(/15th Five-Year Plan/);
		expect(planPack('china-2035')).toBeNull();
	});

	it('gives back the pack’s content unchanged', () => {
		expect(planPack('china-2025')).toEqual(china2025);
	});

	it('beijing-2025 holds what seeds/plan.json and seeds/observations.json hold', () => {
		const pack = planPack('beijing-2025')!;
		expect(pack.observations).toEqual(observationsJson);
		expect(pack.documentNumber).toBe(planJson.id);
		for (const key of ['title', 'shortTitle', 'text', 'targetYear', 'defaults', 'assumptions'])
			expect(pack[key as keyof PlanPack]).toEqual(planJson[key as keyof typeof planJson]);
		// The pack's records add fields (symbol, placement, …); the plan's own fields are equal.
		planJson.drivers.forEach((d, i) => expect(pack.drivers[i]).toMatchObject(d));
		planJson.targets.forEach((t, i) => expect(pack.targets[i]).toMatchObject(t));
	});

	it('refuses a pack whose id is not its file name', () => {
		expect(() => validatePackFile(beijing2025, 'seeds/plans/beijing.json')).toThrow(
			'invalid seeds/plans/beijing.json: id: "beijing-2025" differs from the file name "beijing"'
		);
	});
});

describe('validatePack refuses a broken copy, naming the file, the record and the field', () => {
	it.each<{ what: string; mutate: Mutation; path: string; problem: RegExp }>([
		{
			what: 'a missing clause',
			mutate: (p) => delete (p.targets[1] as Json).clause,
			path: 'targets[1].clause',
			problem: /Expected "clause" but received undefined/
		},
		{
			what: 'a formula naming an unknown driver',
			mutate: (p) => (p.targets[4]!.formula = 'basic_spend / rd_budget * 100'),
			path: 'targets[4].formula',
			problem: /unknown name "rd_budget".*the drivers are gdp, rd_spend/
		},
		{
			what: 'a numerator that is not a driver',
			mutate: (p) => (p.targets[0]!.numerator = 'rd_budget'),
			path: 'targets[0].numerator',
			problem: /"rd_budget" is not a driver of this pack/
		},
		{
			what: 'a denominator the formula does not use',
			mutate: (p) => (p.targets[1]!.denominator = 'basic_spend'),
			path: 'targets[1].denominator',
			problem: /the formula does not use "basic_spend"/
		},
		{
			what: 'a wrong comparator',
			mutate: (p) => ((p.targets[0] as Json).comparator = 'approximately'),
			path: 'targets[0].comparator',
			problem: /"exceeds" \| "at_least" \| "about"/
		},
		{
			what: 'an unknown kind',
			mutate: (p) => ((p.targets[2] as Json).kind = 'share'),
			path: 'targets[2].kind',
			problem: /"share_level" \| "gap"/
		},
		{
			what: 'a duplicated target id',
			mutate: (p) => (p.targets[3]!.id = 'rd_growth'),
			path: 'targets[3].id',
			problem: /duplicate target "rd_growth"/
		},
		{
			what: 'a duplicated driver id',
			mutate: (p) => (p.drivers[2]!.id = 'gdp'),
			path: 'drivers[2].id',
			problem: /duplicate driver "gdp"/
		},
		{
			what: 'a duplicated symbol',
			mutate: (p) => (p.drivers[2]!.symbol = 'Y'),
			path: 'drivers[2].symbol',
			problem: /duplicate symbol "Y"/
		},
		{
			what: 'a driver’s series missing from the observations',
			mutate: (p) => (p.drivers[1]!.series = 'rd_spending'),
			path: 'drivers[1].series',
			problem: /no series "rd_spending" in the pack's observations/
		},
		{
			what: 'a published series missing from the observations',
			mutate: (p) => (p.targets[2]!.publishedSeries = ['hv_patents']),
			path: 'targets[2].publishedSeries[0]',
			problem: /no series "hv_patents"/
		},
		{
			what: 'a target year before the baseline year',
			mutate: (p) => (p.baselineYear = 2026),
			path: 'baselineYear',
			problem: /2026 is after the target year 2025/
		},
		{
			what: 'a default reading that does not exist',
			mutate: (p) => (p.defaults.readings!.rd_intensity_vs_13th = 'level_2019'),
			path: 'defaults.readings.rd_intensity_vs_13th',
			problem:
				/no reading "level_2019" in target "rd_intensity_vs_13th" \(it has level_2020, average_2016_2020\)/
		},
		{
			what: 'a default reading for a target without readings',
			mutate: (p) => (p.defaults.readings!.hv_patents = 'level_2020'),
			path: 'defaults.readings.hv_patents',
			problem: /no target "hv_patents" with readings/
		},
		{
			what: 'readings without a default',
			mutate: (p) => delete p.defaults.readings,
			path: 'defaults.readings',
			problem: /target "rd_intensity_vs_13th" has readings but no default reading/
		},
		{
			what: 'a benchmark on a series the pack lacks',
			mutate: (p) => (p.targets[1]!.readings![1]!.benchmark.series = 'rd_intensity_mean'),
			path: 'targets[1].readings[1].benchmark.series',
			problem: /no series "rd_intensity_mean"/
		},
		{
			what: 'a gap target with a formula',
			mutate: (p) => (p.targets[5]!.formula = 'gdp'),
			path: 'targets[5].formula',
			problem: /a gap target has no data/
		},
		{
			what: 'a ratio target without a denominator',
			mutate: (p) => delete p.targets[4]!.denominator,
			path: 'targets[4].denominator',
			problem: /a ratio target needs a denominator/
		},
		{
			what: 'a level target without a number',
			mutate: (p) => (p.targets[2]!.target = null),
			path: 'targets[2].target',
			problem: /a share_level target needs a number/
		},
		{
			what: 'an average window that ends before it starts',
			mutate: (p) => (p.targets[0]!.averageWindow = { from: 2025, to: 2021 }),
			path: 'targets[0].averageWindow',
			problem: /from 2025 is after to 2021/
		},
		{
			what: 'a derived value without its formula',
			mutate: (p) => {
				const derived = Object.values(p.observations.series)
					.flatMap((s) => s.observations)
					.find((o) => o.flags?.includes('derived'))!;
				delete derived.formula;
			},
			path: 'observations.series.',
			problem: /a derived value needs the formula it was derived by/
		},
		{
			what: 'an unknown basis in the observations',
			mutate: (p) => (p.observations.series.gdp!.observations[0]!.basis = 'c9'),
			path: 'observations.series.gdp.observations[0].basis',
			problem: /unknown basis "c9"/
		},
		{
			what: 'an unknown field',
			mutate: (p) => ((p.targets[0] as Json).deadline = 2025),
			path: 'targets[0].deadline',
			problem: /invalid key/i
		}
	])('$what', ({ mutate, path, problem }) => {
		const e = refusal(mutate);
		expect(e.file).toBe(CHINA_FILE);
		expect(e.path.startsWith(path)).toBe(true);
		expect(e.problem).toMatch(problem);
		expect(e.message.startsWith(`invalid ${CHINA_FILE}: ${path}`)).toBe(true);
	});
});
