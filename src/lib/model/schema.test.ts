import { describe, expect, it } from 'vitest';
import observationsJson from '../../../seeds/observations.json';
import vintage202611Json from '../../../seeds/vintages/2026-11.json';
import planJson from '../../../seeds/plan.json';
import { DataFileError, validateObservations, validatePlan } from './schema';
import { DRIVER_IDS, TARGET_IDS, type ObservationsFile, type Plan } from './types';

type Mutable = Record<string, unknown>;

const observationsCopy = () => structuredClone(observationsJson) as unknown as ObservationsFile;
const planCopy = () => structuredClone(planJson) as unknown as Plan;
const validObservations = validateObservations(observationsJson);

/** The DataFileError thrown by `run`, or a failed assertion when nothing is thrown. */
function dataFileError(run: () => unknown): DataFileError {
	try {
		run();
	} catch (e) {
		expect(e).toBeInstanceOf(DataFileError);
		return e as DataFileError;
	}
	expect.fail('expected a DataFileError');
}

describe('validateObservations', () => {
	it('accepts the real seed file', () => {
		const data = validateObservations(observationsJson);
		expect(Object.keys(data.series)).toEqual(
			expect.arrayContaining(['gdp', 'rd_spend', 'employed'])
		);
		expect(data.series.gdp!.observations).toHaveLength(12);
	});

	it('accepts the kept earlier vintage', () => {
		expect(validateObservations(vintage202611Json, 'seeds/vintages/2026-11.json').vintage).toBe(
			'2026-11'
		);
	});

	it('every observation in the seed file names a known basis, a source kind and an http(s) address or none', () => {
		for (const series of Object.values(validObservations.series))
			for (const o of series.observations) {
				expect(validObservations.bases).toHaveProperty(o.basis);
				expect(['official', 'state_media', 'mirror', 'third_party']).toContain(o.source.kind);
				if (o.source.url !== null) expect(o.source.url).toMatch(/^https?:\/\//);
				if (o.source.officialUrl)
					expect(o.source.officialUrl).toMatch(/^https?:\/\/[^/]*gov\.cn\//);
			}
	});

	it.each([
		{
			what: 'a value "abc"',
			mutate: (o: ObservationsFile) => {
				(o.series.gdp!.observations[2] as unknown as Mutable).value = 'abc';
			},
			path: 'series.gdp.observations[2].value'
		},
		{
			what: 'an unknown source kind',
			mutate: (o: ObservationsFile) => {
				(o.series.gdp!.observations[2]!.source as unknown as Mutable).kind = 'blog';
			},
			path: 'series.gdp.observations[2].source.kind'
		},
		{
			what: 'a missing source kind',
			mutate: (o: ObservationsFile) => {
				delete (o.series.gdp!.observations[2]!.source as unknown as Mutable).kind;
			},
			path: 'series.gdp.observations[2].source.kind'
		},
		{
			what: 'an official address that is not a URL',
			mutate: (o: ObservationsFile) => {
				o.series.gdp!.observations[2]!.source.officialUrl = 'the bureau';
			},
			path: 'series.gdp.observations[2].source.officialUrl'
		},
		{
			what: 'an official address on an official source',
			mutate: (o: ObservationsFile) => {
				o.series.gdp!.observations[8]!.source.officialUrl = 'https://www.beijing.gov.cn/';
			},
			path: 'series.gdp.observations[8].source.officialUrl',
			problem: 'an official source is its own official release: officialUrl is for copies'
		},
		{
			what: 'an official source without an address',
			mutate: (o: ObservationsFile) => {
				o.series.gdp!.observations[8]!.source.url = null;
			},
			path: 'series.gdp.observations[8].source.url',
			problem: 'an official source needs its address'
		},
		{
			what: 'verified: true (only false is written)',
			mutate: (o: ObservationsFile) => {
				(o.series.gdp!.observations[2] as unknown as Mutable).verified = true;
			},
			path: 'series.gdp.observations[2].verified'
		},
		{
			what: 'verified: false without a note',
			mutate: (o: ObservationsFile) => {
				o.series.gdp!.observations[2]!.verified = false;
				delete o.series.gdp!.observations[2]!.note;
			},
			path: 'series.gdp.observations[2].note',
			problem: 'verified: false needs a note saying why'
		},
		{
			what: 'comparable: false without a note',
			mutate: (o: ObservationsFile) => {
				o.series.gdp!.observations[2]!.comparable = false;
				delete o.series.gdp!.observations[2]!.note;
			},
			path: 'series.gdp.observations[2].note',
			problem: 'comparable: false needs a note saying why'
		},
		{
			what: 'a missing source url',
			mutate: (o: ObservationsFile) => {
				delete (o.series.gdp!.observations[2]!.source as unknown as Mutable).url;
			},
			path: 'series.gdp.observations[2].source.url'
		},
		{
			what: 'a source url that is not a URL',
			mutate: (o: ObservationsFile) => {
				o.series.rd_spend!.observations[4]!.source.url = 'see the yearbook';
			},
			path: 'series.rd_spend.observations[4].source.url'
		},
		{
			what: 'an unknown basis',
			mutate: (o: ObservationsFile) => {
				o.series.gdp!.observations[9]!.basis = 'c6';
			},
			path: 'series.gdp.observations[9].basis',
			problem: 'unknown basis "c6"'
		},
		{
			what: 'a negative level',
			mutate: (o: ObservationsFile) => {
				o.series.tech_contracts!.observations[0]!.value = -1;
			},
			path: 'series.tech_contracts.observations[0].value',
			problem: 'expected a positive level, got -1'
		},
		{
			what: 'a fractional year',
			mutate: (o: ObservationsFile) => {
				o.series.gdp!.observations[0]!.year = 2015.5;
			},
			path: 'series.gdp.observations[0].year'
		},
		{
			what: 'a missing year',
			mutate: (o: ObservationsFile) => {
				delete (o.series.gdp!.observations[0] as unknown as Mutable).year;
			},
			path: 'series.gdp.observations[0].year'
		},
		{
			what: 'an unknown confidence',
			mutate: (o: ObservationsFile) => {
				(o.series.gdp!.observations[0] as unknown as Mutable).confidence = 'certain';
			},
			path: 'series.gdp.observations[0].confidence'
		},
		{
			what: 'a malformed source date',
			mutate: (o: ObservationsFile) => {
				o.series.gdp!.observations[0]!.source.date = '21 Jan 2016';
			},
			path: 'series.gdp.observations[0].source.date'
		},
		{
			what: 'an empty note',
			mutate: (o: ObservationsFile) => {
				o.series.gdp!.observations[0]!.note = { zh: '', en: 'x' };
			},
			path: 'series.gdp.observations[0].note.zh'
		},
		{
			what: 'a pasted quote (unknown field)',
			mutate: (o: ObservationsFile) => {
				(o.series.gdp!.observations[3] as unknown as Mutable).quote = '…';
			},
			path: 'series.gdp.observations[3].quote'
		},
		{
			what: 'an unknown measure',
			mutate: (o: ObservationsFile) => {
				(o.series.employed as unknown as Mutable).measure = 'stock';
			},
			path: 'series.employed.measure'
		},
		{
			what: 'a malformed vintage',
			mutate: (o: ObservationsFile) => {
				o.vintage = 'November 2026';
			},
			path: 'vintage'
		}
	])('rejects $what, naming the file, the record and the field', ({ mutate, path, problem }) => {
		const json = observationsCopy();
		mutate(json);
		const error = dataFileError(() => validateObservations(json));
		expect(error.file).toBe('seeds/observations.json');
		expect(error.path).toBe(path);
		expect(error.message).toContain('seeds/observations.json');
		expect(error.message).toContain(path);
		if (problem) expect(error.problem).toBe(problem);
	});

	it('says what was wrong in one sentence: invalid <file>: <path>: <problem>', () => {
		const json = observationsCopy();
		(json.series.gdp!.observations[2] as unknown as Mutable).value = 'abc';
		const error = dataFileError(() => validateObservations(json));
		expect(error.name).toBe('DataFileError');
		expect(error.message).toBe(
			`invalid seeds/observations.json: series.gdp.observations[2].value: ${error.problem}`
		);
		expect(error.problem).toContain('abc');
	});

	it('names the file it is given', () => {
		const json = observationsCopy();
		json.series.gdp!.observations[1]!.basis = 'nope';
		expect(() => validateObservations(json, 'data/other.json')).toThrow(
			'invalid data/other.json: series.gdp.observations[1].basis'
		);
	});

	it.each([null, 42, 'observations'])('rejects a top-level %s', (json) => {
		expect(dataFileError(() => validateObservations(json)).message).toContain('(top level)');
	});
});

describe('validatePlan', () => {
	it('accepts the real seed file', () => {
		const plan = validatePlan(planJson, validObservations);
		expect(plan.targetYear).toBe(2025);
		expect(plan.targets.map((t) => t.id).sort()).toEqual([...TARGET_IDS].sort());
		expect(plan.drivers.map((d) => d.id).sort()).toEqual([...DRIVER_IDS].sort());
	});

	it.each([
		{
			what: 'a duplicate target',
			mutate: (p: Plan) => {
				p.targets[1]!.id = 'rd_intensity';
			},
			path: 'targets[1].id',
			problem: 'duplicate target "rd_intensity"'
		},
		{
			what: 'a missing target',
			mutate: (p: Plan) => {
				p.targets.splice(5, 1);
			},
			path: 'targets',
			problem: 'target "tech_contracts" is missing'
		},
		{
			what: 'a duplicate driver',
			mutate: (p: Plan) => {
				p.drivers[1]!.id = 'gdp';
			},
			path: 'drivers[1].id'
		},
		{
			what: 'a missing driver',
			mutate: (p: Plan) => {
				p.drivers.pop();
			},
			path: 'drivers',
			problem: 'driver "unicorns" is missing'
		},
		{
			what: 'a driver reading an absent series',
			mutate: (p: Plan) => {
				p.drivers[0]!.series = 'gdp_nominal';
			},
			path: 'drivers[0].series'
		},
		{
			what: 'a driver reading an absent rates series',
			mutate: (p: Plan) => {
				p.drivers[5]!.ratesSeries = 'nope';
			},
			path: 'drivers[5].ratesSeries'
		},
		{
			what: 'an unknown numerator',
			mutate: (p: Plan) => {
				(p.targets[0] as unknown as Mutable).numerator = 'rd';
			},
			path: 'targets[0].numerator'
		},
		{
			what: 'a qualitative target with a number',
			mutate: (p: Plan) => {
				p.targets[6]!.target = 1;
			},
			path: 'targets[6].target'
		},
		{
			what: 'a numeric target without a number',
			mutate: (p: Plan) => {
				p.targets[3]!.target = null;
			},
			path: 'targets[3].target'
		},
		{
			what: 'a ratio without a denominator',
			mutate: (p: Plan) => {
				delete p.targets[0]!.denominator;
			},
			path: 'targets[0].denominator'
		},
		{
			what: 'a published series that does not exist',
			mutate: (p: Plan) => {
				p.targets[0]!.publishedSeries.push('rd_intensity_2');
			},
			path: 'targets[0].publishedSeries[2]'
		},
		{
			what: 'a non-positive scale',
			mutate: (p: Plan) => {
				p.targets[0]!.scale = 0;
			},
			path: 'targets[0].scale'
		},
		{
			what: 'an overly long formula',
			mutate: (p: Plan) => {
				p.targets[0]!.formula = 'gdp + '.repeat(40) + 'gdp';
			},
			path: 'targets[0].formula'
		},
		{
			what: 'a tolerance above 100 %',
			mutate: (p: Plan) => {
				p.defaults.tolerance = 2;
			},
			path: 'defaults.tolerance'
		},
		{
			what: 'an average window that runs backwards',
			mutate: (p: Plan) => {
				p.defaults.averageWindow = { from: 2025, to: 2021 };
			},
			path: 'defaults.averageWindow'
		},
		{
			what: 'an unknown field',
			mutate: (p: Plan) => {
				(p as unknown as Mutable).deadline = 2025;
			},
			path: 'deadline'
		}
	])('rejects $what, naming the file, the record and the field', ({ mutate, path, problem }) => {
		const json = planCopy();
		mutate(json);
		const error = dataFileError(() => validatePlan(json, validObservations));
		expect(error.file).toBe('seeds/plan.json');
		expect(error.path).toBe(path);
		expect(error.message).toContain(`invalid seeds/plan.json: ${path}: `);
		if (problem) expect(error.problem).toBe(problem);
	});

	// A bad formula must fail validation with the file and record, not later in evaluation.
	it('rejects a formula that calls a function, naming targets[0].formula', () => {
		const json = planCopy();
		json.targets[0]!.formula = 'import(1)';
		expect(dataFileError(() => validatePlan(json, validObservations)).path).toBe(
			'targets[0].formula'
		);
	});
});
