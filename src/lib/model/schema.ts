// Validates the seed files (plan and observations) and turns any flaw into one message that
// names the file, the record and the field. Pure: callers pass the parsed JSON in. The pieces
// exported here are shared with the plan-pack schema (src/lib/plans/packSchema.ts).
import * as v from 'valibot';
import { parseFormula } from './formula';
import {
	DRIVER_IDS,
	SOURCE_KINDS,
	TARGET_IDS,
	type Comparator,
	type Observation,
	type ObservationsFile,
	type Plan,
	type Series,
	type Source as SourceRecord
} from './types';

export const Text = v.object({
	zh: v.pipe(v.string(), v.minLength(1)),
	en: v.pipe(v.string(), v.minLength(1))
});
export const Year = v.pipe(v.number(), v.integer(), v.minValue(1949), v.maxValue(2100));
export const Finite = v.pipe(v.number(), v.finite());

export const Url = v.pipe(v.string(), v.url());
export const Source = v.strictObject({
	title: v.pipe(v.string(), v.minLength(1)),
	publisher: v.nullable(v.string()),
	date: v.nullable(
		v.pipe(v.string(), v.regex(/^\d{4}(-\d{2}){0,2}$/, 'expected YYYY, YYYY-MM or YYYY-MM-DD'))
	),
	url: v.nullable(Url),
	officialUrl: v.optional(Url),
	kind: v.picklist(SOURCE_KINDS)
});

export const ObservationSchema = v.strictObject({
	year: Year,
	value: Finite,
	basis: v.pipe(v.string(), v.minLength(1)),
	confidence: v.picklist(['low', 'low-medium', 'medium', 'medium-high', 'high']),
	source: Source,
	note: v.optional(Text),
	verified: v.optional(v.literal(false)),
	comparable: v.optional(v.literal(false))
});

export const SeriesSchema = v.strictObject({
	name: Text,
	unit: v.pipe(v.string(), v.minLength(1)),
	measure: v.picklist(['level', 'rate', 'ratio', 'count', 'rank']),
	prices: v.nullable(v.picklist(['nominal', 'real'])),
	observations: v.array(ObservationSchema)
});

export const ObservationsSchema = v.strictObject({
	vintage: v.pipe(v.string(), v.regex(/^\d{4}-\d{2}$/, 'expected YYYY-MM')),
	collected: v.string(),
	about: Text,
	bases: v.record(v.string(), Text),
	series: v.record(v.string(), SeriesSchema)
});

/** How a target's value is compared with its number. */
export const COMPARATORS = [
	'exceeds',
	'at_least',
	'about',
	'average_growth',
	'rank_at_most',
	'qualitative'
] as const satisfies readonly Comparator[];

/** A positive multiplier (100 for a percentage). */
export const Scale = v.pipe(Finite, v.gtValue(0, 'expected a positive scale'));

const DriverSchema = v.strictObject({
	id: v.picklist(DRIVER_IDS),
	series: v.string(),
	ratesSeries: v.optional(v.string()),
	name: Text,
	unit: v.string()
});

const TargetSchema = v.strictObject({
	id: v.picklist(TARGET_IDS),
	name: Text,
	clause: v.pipe(v.string(), v.minLength(1)),
	clauseEn: v.pipe(v.string(), v.minLength(1)),
	kind: v.picklist(['level', 'ratio', 'average_growth', 'qualitative']),
	unit: v.string(),
	comparator: v.picklist(COMPARATORS),
	target: v.nullable(Finite),
	formula: v.pipe(v.string(), v.minLength(1), v.maxLength(200)),
	numerator: v.picklist(DRIVER_IDS),
	denominator: v.optional(v.picklist(DRIVER_IDS)),
	scale: Scale,
	publishedSeries: v.array(v.string()),
	why: v.optional(Text)
});

const PlanSchema = v.strictObject({
	id: v.string(),
	title: Text,
	shortTitle: Text,
	issued: v.string(),
	text: v.string(),
	targetYear: Year,
	baselineYear: v.optional(Year),
	defaults: v.strictObject({
		tolerance: v.pipe(Finite, v.minValue(0), v.maxValue(1)),
		growthWindowYears: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(20)),
		averageWindow: v.strictObject({ from: Year, to: Year })
	}),
	assumptions: v.strictObject({
		tolerance: Text,
		averageWindow: Text,
		growthWindow: Text,
		conflicts: Text
	}),
	drivers: v.array(DriverSchema),
	targets: v.array(TargetSchema)
});

/** A seed file failed validation; `message` names the file, the record and the field. */
export class DataFileError extends Error {
	constructor(
		readonly file: string,
		readonly path: string,
		readonly problem: string
	) {
		super(`invalid ${file}: ${path || '(top level)'}: ${problem}`);
		this.name = 'DataFileError';
	}
}

function issuePath(issue: v.BaseIssue<unknown>): string {
	let out = '';
	for (const item of issue.path ?? []) {
		const key = item.key as string | number;
		out += typeof key === 'number' ? `[${key}]` : out ? `.${key}` : String(key);
	}
	return out;
}

/** `json` parsed by `schema`; throws a DataFileError naming the first flaw's field. */
export function parseWith<T>(schema: v.GenericSchema<unknown, T>, json: unknown, file: string): T {
	const result = v.safeParse(schema, json);
	if (!result.success) {
		const issue = result.issues[0];
		throw new DataFileError(file, issuePath(issue), `${issue.message}`);
	}
	return result.output;
}

/** Parses and checks the observations file; throws DataFileError on the first flaw. */
export function validateObservations(
	json: unknown,
	file = 'seeds/observations.json'
): ObservationsFile {
	const data = parseWith(ObservationsSchema, json, file) as ObservationsFile;
	checkObservations(data, file);
	return data;
}

/** What checkObservations reads: the observations layout, where a source's kind may be unknown. */
interface ObservationsLayout {
	bases: Record<string, unknown>;
	series: Record<
		string,
		Pick<Series, 'measure'> & {
			observations: (Omit<Observation, 'source'> & {
				source: Omit<SourceRecord, 'kind'> & { kind?: SourceRecord['kind'] };
			})[];
		}
	>;
}

/**
 * The checks across an observations layout's records: known bases, notes for unverified or
 * incomparable figures, sources, positive levels. `prefix` is the layout's path in its file
 * (`observations.` inside a plan pack).
 */
export function checkObservations(data: ObservationsLayout, file: string, prefix = ''): void {
	for (const [id, series] of Object.entries(data.series)) {
		series.observations.forEach((o, i) => {
			const at = `${prefix}series.${id}.observations[${i}]`;
			if (!(o.basis in data.bases))
				throw new DataFileError(file, `${at}.basis`, `unknown basis "${o.basis}"`);
			for (const flag of ['verified', 'comparable'] as const)
				if (o[flag] === false && !o.note)
					throw new DataFileError(file, `${at}.note`, `${flag}: false needs a note saying why`);
			if (o.source.kind === 'official' && o.source.officialUrl)
				throw new DataFileError(
					file,
					`${at}.source.officialUrl`,
					'an official source is its own official release: officialUrl is for copies'
				);
			if (o.source.kind === 'official' && o.source.url === null)
				throw new DataFileError(file, `${at}.source.url`, 'an official source needs its address');
			if ((series.measure === 'level' || series.measure === 'count') && o.value <= 0)
				throw new DataFileError(file, `${at}.value`, `expected a positive level, got ${o.value}`);
		});
	}
}

/** Parses and checks the plan against the observations it refers to. */
export function validatePlan(
	json: unknown,
	observations: ObservationsFile,
	file = 'seeds/plan.json'
): Plan {
	// The tree of each formula is filled in below, once the formula has been checked.
	const plan = parseWith(PlanSchema, json, file) as Plan;
	const seen = new Set<string>();
	plan.drivers.forEach((d, i) => {
		if (seen.has(d.id))
			throw new DataFileError(file, `drivers[${i}].id`, `duplicate driver "${d.id}"`);
		seen.add(d.id);
		if (!(d.series in observations.series))
			throw new DataFileError(
				file,
				`drivers[${i}].series`,
				`no series "${d.series}" in the observations`
			);
		if (d.ratesSeries && !(d.ratesSeries in observations.series))
			throw new DataFileError(
				file,
				`drivers[${i}].ratesSeries`,
				`no series "${d.ratesSeries}" in the observations`
			);
	});
	for (const id of DRIVER_IDS)
		if (!seen.has(id)) throw new DataFileError(file, 'drivers', `driver "${id}" is missing`);
	const targets = new Set<string>();
	plan.targets.forEach((t, i) => {
		if (targets.has(t.id))
			throw new DataFileError(file, `targets[${i}].id`, `duplicate target "${t.id}"`);
		targets.add(t.id);
		if ((t.kind === 'qualitative') !== (t.target === null))
			throw new DataFileError(
				file,
				`targets[${i}].target`,
				'only qualitative targets may have no target value'
			);
		try {
			t.tree = parseFormula(t.formula, DRIVER_IDS);
		} catch (e) {
			throw new DataFileError(file, `targets[${i}].formula`, (e as Error).message);
		}
		if (t.kind === 'ratio' && !t.denominator)
			throw new DataFileError(
				file,
				`targets[${i}].denominator`,
				'a ratio target needs a denominator'
			);
		t.publishedSeries.forEach((s, j) => {
			if (!(s in observations.series))
				throw new DataFileError(
					file,
					`targets[${i}].publishedSeries[${j}]`,
					`no series "${s}" in the observations`
				);
		});
	});
	for (const id of TARGET_IDS)
		if (!targets.has(id)) throw new DataFileError(file, 'targets', `target "${id}" is missing`);
	const { from, to } = plan.defaults.averageWindow;
	if (from > to)
		throw new DataFileError(file, 'defaults.averageWindow', `from ${from} is after to ${to}`);
	return plan;
}
