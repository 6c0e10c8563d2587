// The format of a plan pack (seeds/plans/<id>.json): one plan's targets, drivers, assumptions and
// its observations, validated into one DataFileError naming the file, the record and the field.
// Built from the seed schema's pieces (model/schema.ts), so a pack's observations and texts are
// checked exactly as seeds/observations.json is. Pure: callers pass the parsed JSON in.
import * as v from 'valibot';
import { compileFormula } from '../model/formula';
import {
	checkObservations,
	COMPARATORS,
	DataFileError,
	Finite,
	ObservationSchema,
	ObservationsSchema,
	parseWith,
	Scale,
	SeriesSchema,
	Source,
	Text,
	Url,
	Year
} from '../model/schema';

/** An id a formula can name: lower case, digits and underscores, starting with a letter. */
const Id = v.pipe(
	v.string(),
	v.regex(/^[a-z][a-z0-9_]*$/, 'expected an id of lower-case letters, digits and _')
);
/** A plan's id, also its file name: lower case, digits and hyphens (`china-2030`). */
const PlanId = v.pipe(
	v.string(),
	v.regex(/^[a-z][a-z0-9-]*$/, 'expected an id of lower-case letters, digits and -')
);
const NonEmpty = v.pipe(v.string(), v.minLength(1));
const IsoDate = v.pipe(
	v.string(),
	v.regex(/^\d{4}(-\d{2}){0,2}$/, 'expected YYYY, YYYY-MM or YYYY-MM-DD')
);
const Window = v.strictObject({ from: Year, to: Year });
const Prices = v.picklist(['nominal', 'real']);

export const TARGET_KINDS = [
	'level',
	'ratio',
	'average_growth',
	'qualitative',
	// A level target on a ratio that exists only as published: the ratio itself is projected.
	'share_level',
	// A target with no data at all: no formula, shown as a gap.
	'gap'
] as const;
export const PLACEMENTS = ['indicator_table', 'body_text', 'table_unconfirmed'] as const;
export const NOTE_KINDS = ['source', 'context', 'unconfirmed'] as const;
export const OBSERVATION_FLAGS = [
	'derived',
	'lower_bound',
	'approximate',
	'preliminary',
	'estimate'
] as const;

// The observations layout of seeds/observations.json, plus what the packs add: a series'
// definition, an observation's flags and the formula of a derived value. Beijing's sources carry
// a kind; the other packs' were collected without one.
const PackObservation = v.strictObject({
	...ObservationSchema.entries,
	source: v.strictObject({ ...Source.entries, kind: v.optional(Source.entries.kind) }),
	flags: v.optional(v.pipe(v.array(v.picklist(OBSERVATION_FLAGS)), v.minLength(1))),
	formula: v.optional(NonEmpty)
});
const PackSeries = v.strictObject({
	...SeriesSchema.entries,
	definition: v.optional(Text),
	observations: v.array(PackObservation)
});
const PackObservations = v.strictObject({
	...ObservationsSchema.entries,
	series: v.record(v.string(), PackSeries)
});

const Driver = v.strictObject({
	id: Id,
	series: NonEmpty,
	ratesSeries: v.optional(NonEmpty),
	symbol: v.pipe(v.string(), v.regex(/^[A-Z]$/, 'expected one capital letter')),
	name: Text,
	unit: NonEmpty
});

const Benchmark = v.variant('statistic', [
	v.strictObject({ statistic: v.literal('value'), series: NonEmpty, year: Year }),
	v.strictObject({ statistic: v.literal('mean'), series: NonEmpty, from: Year, to: Year })
]);
const Reading = v.strictObject({
	id: Id,
	name: Text,
	benchmark: Benchmark,
	description: Text
});

const Target = v.strictObject({
	id: Id,
	name: Text,
	clause: NonEmpty,
	clauseEn: NonEmpty,
	kind: v.picklist(TARGET_KINDS),
	unit: NonEmpty,
	comparator: v.picklist(COMPARATORS),
	target: v.nullable(Finite),
	formula: v.nullable(v.pipe(v.string(), v.minLength(1), v.maxLength(200))),
	numerator: v.nullable(Id),
	denominator: v.optional(Id),
	scale: Scale,
	publishedSeries: v.array(NonEmpty),
	placement: v.picklist(PLACEMENTS),
	caveats: v.optional(v.array(Text)),
	averageWindow: v.optional(Window),
	prices: v.optional(Prices),
	officialPrices: v.optional(Prices),
	readings: v.optional(v.pipe(v.array(Reading), v.minLength(2))),
	aspirational: v.optional(v.boolean()),
	integer: v.optional(v.boolean()),
	why: v.optional(Text)
});

export const PlanPackSchema = v.pipe(
	v.strictObject({
		$schema: v.optional(
			v.pipe(v.string(), v.description('the address of this JSON Schema, for editors'))
		),
		id: PlanId,
		documentNumber: v.optional(NonEmpty),
		title: Text,
		shortTitle: Text,
		issuer: Text,
		place: v.optional(
			v.pipe(
				v.strictObject({ id: PlanId, name: Text }),
				v.description(
					'the jurisdiction the targets are for: plans of one place are compared across periods'
				)
			)
		),
		issued: IsoDate,
		sourceUrl: Url,
		text: v.optional(NonEmpty),
		targetYear: v.pipe(Year, v.description('the year the targets are set for')),
		baselineYear: v.pipe(Year, v.description('the year before the plan period')),
		vantageYear: v.pipe(
			Year,
			v.description("the last year of data the plan's authors could see: hindcasts start here")
		),
		defaults: v.strictObject({
			tolerance: v.optional(v.pipe(Finite, v.minValue(0), v.maxValue(1))),
			growthWindowYears: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(20)),
			averageWindow: v.optional(Window),
			readings: v.optional(v.record(Id, Id))
		}),
		assumptions: v.objectWithRest(
			{
				growthWindow: Text,
				conflicts: Text,
				tolerance: v.optional(Text),
				averageWindow: v.optional(Text)
			},
			Text
		),
		notes: v.array(v.strictObject({ kind: v.picklist(NOTE_KINDS), text: Text })),
		drivers: v.pipe(v.array(Driver), v.minLength(1)),
		targets: v.pipe(v.array(Target), v.minLength(1)),
		observations: PackObservations
	}),
	v.title('Plan pack'),
	v.description(
		"One plan's targets, drivers, assumptions and observations (beijing-innovation-targets). " +
			'Generated from the valibot schema in src/lib/plans/packSchema.ts, which also checks ' +
			'what a JSON Schema cannot: unique ids, formulas over the pack’s own drivers, series ' +
			'that exist in its observations, years in order and default readings that exist.'
	)
);

/** Records that the JSON Schema names once and refers to (`#/definitions/Target`). */
export const PACK_DEFINITIONS = {
	Text,
	Year,
	Source: PackObservation.entries.source,
	Observation: PackObservation,
	Series: PackSeries,
	Driver,
	Reading,
	Target
};

/** A plan pack as written in its file. */
export type PlanPack = v.InferOutput<typeof PlanPackSchema>;
export type PackTarget = PlanPack['targets'][number];

/** Throws a DataFileError at `path` when any two of `ids` are equal. */
function requireUnique(ids: string[], file: string, path: (i: number) => string, what: string) {
	const seen = new Set<string>();
	ids.forEach((id, i) => {
		if (seen.has(id)) throw new DataFileError(file, path(i), `duplicate ${what} "${id}"`);
		seen.add(id);
	});
}

/**
 * Parses and checks a plan pack: its fields, then what no field can say alone — ids and symbols
 * unique, formulas over the pack's own drivers, series that exist in its observations, years in
 * order, default readings that exist. Throws a DataFileError on the first flaw.
 */
export function validatePack(json: unknown, file: string): PlanPack {
	const pack = parseWith(PlanPackSchema, json, file);
	const { observations, drivers, targets, defaults } = pack;
	checkObservations(observations, file, 'observations.');
	const seriesExists = (id: string, path: string) => {
		if (!Object.hasOwn(observations.series, id))
			throw new DataFileError(file, path, `no series "${id}" in the pack's observations`);
	};
	for (const [id, series] of Object.entries(observations.series))
		series.observations.forEach((o, i) => {
			const derived = o.flags?.includes('derived') ?? false;
			if (derived !== (o.formula !== undefined))
				throw new DataFileError(
					file,
					`observations.series.${id}.observations[${i}].${derived ? 'formula' : 'flags'}`,
					derived
						? 'a derived value needs the formula it was derived by'
						: 'a value with a formula must be flagged "derived"'
				);
		});

	if (pack.baselineYear > pack.targetYear)
		throw new DataFileError(
			file,
			'baselineYear',
			`${pack.baselineYear} is after the target year ${pack.targetYear}`
		);
	if (pack.vantageYear > pack.targetYear)
		throw new DataFileError(
			file,
			'vantageYear',
			`${pack.vantageYear} is after the target year ${pack.targetYear}`
		);
	const checkWindow = (w: { from: number; to: number } | undefined, path: string) => {
		if (w && w.from > w.to)
			throw new DataFileError(file, path, `from ${w.from} is after to ${w.to}`);
	};
	checkWindow(defaults.averageWindow, 'defaults.averageWindow');

	requireUnique(
		drivers.map((d) => d.id),
		file,
		(i) => `drivers[${i}].id`,
		'driver'
	);
	requireUnique(
		drivers.map((d) => d.symbol),
		file,
		(i) => `drivers[${i}].symbol`,
		'symbol'
	);
	drivers.forEach((d, i) => {
		seriesExists(d.series, `drivers[${i}].series`);
		if (d.ratesSeries !== undefined) seriesExists(d.ratesSeries, `drivers[${i}].ratesSeries`);
	});
	const driverIds = drivers.map((d) => d.id);

	requireUnique(
		targets.map((t) => t.id),
		file,
		(i) => `targets[${i}].id`,
		'target'
	);
	targets.forEach((t, i) => checkTarget(t, `targets[${i}]`));

	for (const [targetId, readingId] of Object.entries(defaults.readings ?? {})) {
		const target = targets.find((t) => t.id === targetId);
		if (!target?.readings)
			throw new DataFileError(
				file,
				`defaults.readings.${targetId}`,
				`no target "${targetId}" with readings in this pack`
			);
		if (!target.readings.some((r) => r.id === readingId))
			throw new DataFileError(
				file,
				`defaults.readings.${targetId}`,
				`no reading "${readingId}" in target "${targetId}" (it has ${target.readings.map((r) => r.id).join(', ')})`
			);
	}
	if (targets.some((t) => t.comparator === 'about') && defaults.tolerance === undefined)
		throw new DataFileError(file, 'defaults.tolerance', 'a pack with “about” targets needs one');
	return pack;

	function checkTarget(t: PackTarget, at: string) {
		const fail = (field: string, problem: string): never => {
			throw new DataFileError(file, `${at}.${field}`, problem);
		};
		if (t.kind === 'gap') {
			if (t.formula !== null || t.numerator !== null)
				fail('formula', 'a gap target has no data: its formula and numerator must be null');
		} else {
			if (t.formula === null) fail('formula', `a ${t.kind} target needs a formula`);
			if (t.numerator === null) fail('numerator', `a ${t.kind} target needs a numerator`);
			let variables: string[] = [];
			try {
				variables = compileFormula(t.formula!, driverIds).variables;
			} catch (e) {
				fail('formula', `${(e as Error).message} (the drivers are ${driverIds.join(', ')})`);
			}
			if (!driverIds.includes(t.numerator!))
				fail('numerator', `"${t.numerator}" is not a driver of this pack`);
			if (!variables.includes(t.numerator!))
				fail('numerator', `the formula does not use "${t.numerator}"`);
			if (t.denominator !== undefined && !variables.includes(t.denominator))
				fail('denominator', `the formula does not use "${t.denominator}"`);
		}
		if ((t.kind === 'ratio') !== (t.denominator !== undefined))
			fail(
				'denominator',
				t.kind === 'ratio'
					? 'a ratio target needs a denominator'
					: `a ${t.kind} target has no denominator`
			);
		const readings = t.readings !== undefined;
		if ((t.kind === 'qualitative' || readings) !== (t.target === null))
			fail(
				'target',
				readings
					? 'a target read against benchmarks (readings) has no number of its own: null'
					: t.kind === 'qualitative'
						? 'a qualitative target has no number: null'
						: `a ${t.kind} target needs a number`
			);
		if ((t.kind === 'qualitative') !== (t.comparator === 'qualitative'))
			fail('comparator', 'a qualitative target, and only one, has the comparator "qualitative"');
		if (t.kind === 'average_growth' && !t.averageWindow && !defaults.averageWindow)
			fail('averageWindow', 'an average-growth target needs a window, here or in the defaults');
		checkWindow(t.averageWindow, `${at}.averageWindow`);
		t.publishedSeries.forEach((s, j) => seriesExists(s, `${at}.publishedSeries[${j}]`));
		if (t.readings) {
			requireUnique(
				t.readings.map((r) => r.id),
				file,
				(j) => `${at}.readings[${j}].id`,
				'reading'
			);
			t.readings.forEach((r, j) => {
				seriesExists(r.benchmark.series, `${at}.readings[${j}].benchmark.series`);
				if (r.benchmark.statistic === 'mean')
					checkWindow(r.benchmark, `${at}.readings[${j}].benchmark`);
			});
			if (!defaults.readings || !Object.hasOwn(defaults.readings, t.id))
				throw new DataFileError(
					file,
					'defaults.readings',
					`target "${t.id}" has readings but no default reading`
				);
		}
	}
}

/** A pack validated from its file, which must be named after the pack's id (`<id>.json`). */
export function validatePackFile(json: unknown, file: string): PlanPack {
	const pack = validatePack(json, file);
	const name = file
		.split('/')
		.pop()!
		.replace(/\.json$/, '');
	if (pack.id !== name)
		throw new DataFileError(file, 'id', `"${pack.id}" differs from the file name "${name}"`);
	return pack;
}
