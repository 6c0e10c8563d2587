// Reads and checks a data-update file (see dataUpdate.ts) against the data it adds to. Every
// problem is reported, each naming its entry and field, as a typed code the i18n dictionaries turn
// into one sentence. Pure: the text and the data come in; never throws.
import * as v from 'valibot';
import {
	DATA_UPDATE_FORMAT,
	DATA_UPDATE_VERSION,
	type DataUpdate,
	type DataUpdateEntry
} from './dataUpdate';
import type { ObservationsFile } from './types';

/** The largest file read, in UTF-8 bytes. */
export const MAX_DATA_UPDATE_BYTES = 200_000;
/** The most entries one file may hold. */
export const MAX_DATA_UPDATE_ENTRIES = 500;
export const MAX_TITLE_LENGTH = 300;
export const MAX_URL_LENGTH = 2000;
export const MIN_UPDATE_YEAR = 1949;
export const MAX_UPDATE_YEAR = 2100;

export type EntryField =
	'series' | 'year' | 'value' | 'source' | 'source.title' | 'source.url' | 'source.date';

/** What a field should have been. */
export type Expected =
	'known_series' | 'year' | 'number' | 'positive' | 'source' | 'title' | 'web_address' | 'date';

export type DataUpdateProblem =
	| { code: 'too_large'; bytes: number; max: number }
	| { code: 'not_json' }
	| { code: 'wrong_format' }
	| { code: 'wrong_version'; version: string }
	| { code: 'no_entries' }
	| { code: 'too_many_entries'; count: number; max: number }
	/** `entry` counts from 1, as a reader does. */
	| { code: 'bad_field'; entry: number; field: EntryField; expected: Expected; value: string }
	| { code: 'unknown_field'; entry: number; field: string };

export type DataUpdateResult =
	{ ok: true; update: DataUpdate } | { ok: false; problems: DataUpdateProblem[] };

const DATE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;
const WEB = /^https?:\/\/[^\s/?#]+\.[^\s]*$/i;

const Title = v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(MAX_TITLE_LENGTH));
const Url = v.pipe(v.string(), v.trim(), v.maxLength(MAX_URL_LENGTH), v.regex(WEB), v.url());
const DateText = v.pipe(v.string(), v.trim(), v.regex(DATE));
const Year = v.pipe(
	v.number(),
	v.integer(),
	v.minValue(MIN_UPDATE_YEAR),
	v.maxValue(MAX_UPDATE_YEAR)
);
const Value = v.pipe(v.number(), v.finite());

/** Each checked field with its schema and what to say when it fails. */
const FIELDS: { field: EntryField; schema: v.GenericSchema; expected: Expected }[] = [
	{ field: 'series', schema: v.pipe(v.string(), v.minLength(1)), expected: 'known_series' },
	{ field: 'year', schema: Year, expected: 'year' },
	{ field: 'value', schema: Value, expected: 'number' },
	{ field: 'source.title', schema: Title, expected: 'title' },
	{ field: 'source.url', schema: Url, expected: 'web_address' },
	{ field: 'source.date', schema: DateText, expected: 'date' }
];
const ENTRY_KEYS = new Set(['series', 'year', 'value', 'source']);
const SOURCE_KEYS = new Set(['title', 'url', 'date']);

/** A value as a short piece of text for a message. */
function shown(value: unknown): string {
	const text = typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
	return text.length > 60 ? `${text.slice(0, 59)}…` : text;
}

function read(record: Record<string, unknown>, field: EntryField): unknown {
	if (!field.startsWith('source.')) return record[field];
	const source = record.source;
	return typeof source === 'object' && source !== null
		? (source as Record<string, unknown>)[field.slice(7)]
		: undefined;
}

/** Checks one entry; returns it (trimmed) or its problems. `index` counts from 1. */
function checkEntry(
	raw: unknown,
	index: number,
	data: ObservationsFile
): { entry: DataUpdateEntry | null; problems: DataUpdateProblem[] } {
	const problems: DataUpdateProblem[] = [];
	if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
		return {
			entry: null,
			problems: [
				{
					code: 'bad_field',
					entry: index,
					field: 'series',
					expected: 'known_series',
					value: shown(raw)
				}
			]
		};
	const record = raw as Record<string, unknown>;
	for (const key of Object.keys(record))
		if (!ENTRY_KEYS.has(key)) problems.push({ code: 'unknown_field', entry: index, field: key });
	const source = record.source;
	const sourceIsObject = typeof source === 'object' && source !== null && !Array.isArray(source);
	if (!sourceIsObject)
		problems.push({
			code: 'bad_field',
			entry: index,
			field: 'source',
			expected: 'source',
			value: shown(source)
		});
	else
		for (const key of Object.keys(source))
			if (!SOURCE_KEYS.has(key))
				problems.push({ code: 'unknown_field', entry: index, field: `source.${key}` });
	const out: Record<string, unknown> = {};
	for (const { field, schema, expected } of FIELDS) {
		if (field.startsWith('source.') && !sourceIsObject) continue;
		const value = read(record, field);
		const result = v.safeParse(schema, value);
		if (result.success) out[field] = result.output;
		else problems.push({ code: 'bad_field', entry: index, field, expected, value: shown(value) });
	}
	const seriesId = out.series as string | undefined;
	const series = seriesId === undefined ? undefined : data.series[seriesId];
	if (seriesId !== undefined && !series) {
		problems.push({
			code: 'bad_field',
			entry: index,
			field: 'series',
			expected: 'known_series',
			value: shown(seriesId)
		});
	}
	const value = out.value as number | undefined;
	if (
		series &&
		value !== undefined &&
		(series.measure === 'level' || series.measure === 'count' || series.measure === 'rank') &&
		value <= 0
	)
		problems.push({
			code: 'bad_field',
			entry: index,
			field: 'value',
			expected: 'positive',
			value: shown(value)
		});
	if (problems.length > 0) return { entry: null, problems };
	return {
		entry: {
			series: seriesId!,
			year: out.year as number,
			value: value!,
			source: {
				title: out['source.title'] as string,
				url: out['source.url'] as string,
				date: out['source.date'] as string
			}
		},
		problems
	};
}

/**
 * Reads a data-update file: its size, JSON, `format`, `version`, then every entry — a series of
 * the data, a whole year, a finite value (positive for levels, counts and ranks), and a source with
 * a title, an http(s) address and a date (YYYY, YYYY-MM or YYYY-MM-DD), and no other fields. Two
 * entries may give one series and year different values: both are kept and the conflict rule picks
 * one. Returns every problem found, or the file with its text fields trimmed.
 */
export function parseDataUpdate(text: string, data: ObservationsFile): DataUpdateResult {
	const bytes = new TextEncoder().encode(text).length;
	if (bytes > MAX_DATA_UPDATE_BYTES)
		return { ok: false, problems: [{ code: 'too_large', bytes, max: MAX_DATA_UPDATE_BYTES }] };
	let json: unknown;
	try {
		json = JSON.parse(text.replace(/^\uFEFF/, ''));
	} catch {
		return { ok: false, problems: [{ code: 'not_json' }] };
	}
	return checkDataUpdate(json, data);
}

/** Checks already parsed JSON as a data-update file (see parseDataUpdate). */
export function checkDataUpdate(json: unknown, data: ObservationsFile): DataUpdateResult {
	if (typeof json !== 'object' || json === null || Array.isArray(json))
		return { ok: false, problems: [{ code: 'wrong_format' }] };
	const file = json as Record<string, unknown>;
	if (file.format !== DATA_UPDATE_FORMAT)
		return { ok: false, problems: [{ code: 'wrong_format' }] };
	if (file.version !== DATA_UPDATE_VERSION)
		return { ok: false, problems: [{ code: 'wrong_version', version: shown(file.version) }] };
	if (!Array.isArray(file.entries)) return { ok: false, problems: [{ code: 'no_entries' }] };
	if (file.entries.length > MAX_DATA_UPDATE_ENTRIES)
		return {
			ok: false,
			problems: [
				{ code: 'too_many_entries', count: file.entries.length, max: MAX_DATA_UPDATE_ENTRIES }
			]
		};
	const problems: DataUpdateProblem[] = [];
	const entries: DataUpdateEntry[] = [];
	file.entries.forEach((raw, i) => {
		const checked = checkEntry(raw, i + 1, data);
		problems.push(...checked.problems);
		if (checked.entry) entries.push(checked.entry);
	});
	if (problems.length > 0) return { ok: false, problems };
	return {
		ok: true,
		update: { format: DATA_UPDATE_FORMAT, version: DATA_UPDATE_VERSION, entries }
	};
}

/** Checks one entry typed in a form (the same rules as a file's); `index` is 1. */
export function checkEntryInput(
	raw: unknown,
	data: ObservationsFile
): { ok: true; entry: DataUpdateEntry } | { ok: false; problems: DataUpdateProblem[] } {
	const { entry, problems } = checkEntry(raw, 1, data);
	return entry ? { ok: true, entry } : { ok: false, problems };
}
