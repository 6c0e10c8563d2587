// The saved-scenarios document: the versioned JSON kept in local storage and written to an
// exported file, `{ format, version, scenarios: [{ id, name, link, savedAt }] }`. Pure: text in,
// a validated list or one typed problem out; it never throws, and it reads no storage and no
// clock (times come in from the caller as ISO strings).
import * as v from 'valibot';
import { decodeLink, MAX_LINK_LENGTH, type DecodeOptions, type IgnoredPart } from './link';

export const SAVED_FORMAT = 'bj-targets-scenarios';
export const SAVED_VERSION = 1;
/** The most scenarios one document (local storage or a file) may hold. */
export const MAX_SAVED = 200;
/** The longest name, in characters (code points), after trimming. */
export const MAX_NAME_LENGTH = 80;
/** The largest document read, in UTF-8 bytes (1 MB). */
export const MAX_FILE_BYTES = 1_000_000;
/** The longest id accepted. */
export const MAX_ID_LENGTH = 64;
/** Names quoted back in a problem are cut to this many characters. */
const QUOTED_NAME_LENGTH = 40;

/** A named scenario: the scenario itself is its link text (see link.ts). */
export interface SavedScenario {
	id: string;
	name: string;
	/** Link text without `#` (decodeLink reads it). */
	link: string;
	/** When it was saved: an ISO 8601 timestamp such as `2026-11-29T10:00:00.000Z`. */
	savedAt: string;
}

export type EntryField = 'id' | 'name' | 'link' | 'savedAt';

/** Why a document was not read; `index` counts entries from 0. */
export type SavedFileProblem =
	| { reason: 'too_large'; bytes: number }
	| { reason: 'not_json' }
	| { reason: 'wrong_format' }
	/** `version`: the declared version as short text, or null when there is none. */
	| { reason: 'wrong_version'; version: string | null }
	| { reason: 'not_a_list' }
	| { reason: 'too_many'; count: number }
	| { reason: 'bad_entry'; index: number; field: EntryField | null }
	| { reason: 'empty_name'; index: number }
	| { reason: 'name_too_long'; index: number; name: string; length: number }
	| { reason: 'duplicate_id'; index: number; name: string }
	| { reason: 'bad_link'; index: number; name: string; ignored: IgnoredPart[] };

export type SavedFileResult =
	{ ok: true; scenarios: SavedScenario[] } | { ok: false; problem: SavedFileProblem };

export interface ParseSavedOptions extends DecodeOptions {
	/**
	 * Whether every link must decode with nothing ignored (true for imported files). Local storage
	 * is read with false, so that a scenario saved by an older build is kept and its ignored parts
	 * shown where it is used.
	 */
	strictLinks?: boolean;
}

const Header = v.looseObject({ format: v.literal(SAVED_FORMAT) });

const Entry = v.object({
	id: v.pipe(v.string(), v.minLength(1), v.maxLength(MAX_ID_LENGTH)),
	name: v.string(),
	link: v.pipe(v.string(), v.maxLength(MAX_LINK_LENGTH)),
	savedAt: v.pipe(v.string(), v.isoTimestamp())
});

const FIELDS = new Set<string>(['id', 'name', 'link', 'savedAt']);

/**
 * Bidirectional controls: embeddings, overrides, isolates and the direction marks. In a name they
 * turn what follows around (`\u202Etxt.exe` shows as `exe.txt`), so names never keep them.
 */
const BIDI_CONTROLS = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

/** A name as it is kept: bidirectional controls removed, then trimmed. */
export function cleanName(name: string): string {
	return name.replace(BIDI_CONTROLS, '').trim();
}

/** The length of a name as a reader counts it: characters, not UTF-16 units. */
export function nameLength(name: string): number {
	return [...name].length;
}

/** A name cut to `max` characters with `…`, for quoting in a message. */
export function quoteName(name: string, max = QUOTED_NAME_LENGTH): string {
	const chars = [...name];
	return chars.length <= max ? name : `${chars.slice(0, max - 1).join('')}…`;
}

/** The size of a text in UTF-8 bytes. */
export function utf8Bytes(text: string): number {
	return new TextEncoder().encode(text).length;
}

/** The document for a list of saved scenarios, as UTF-8-ready JSON text (two-space indent). */
export function serializeSaved(scenarios: readonly SavedScenario[]): string {
	const document = {
		format: SAVED_FORMAT,
		version: SAVED_VERSION,
		scenarios: scenarios.map(({ id, name, link, savedAt }) => ({ id, name, link, savedAt }))
	};
	return `${JSON.stringify(document, null, 2)}\n`;
}

/**
 * Reads a saved-scenarios document. The first problem found is returned, checked in this order:
 * size (over MAX_FILE_BYTES), JSON, `format`, `version` (must be SAVED_VERSION), `scenarios`
 * (an array of at most MAX_SAVED), then each entry in turn: its fields (`savedAt` an ISO
 * timestamp), a non-empty name of at most MAX_NAME_LENGTH characters (trimmed, bidirectional
 * controls removed), an id not used by an earlier entry and, with `strictLinks` (the default), a
 * link that decodes with no ignored part. Never throws.
 */
export function parseSaved(text: string, options: ParseSavedOptions): SavedFileResult {
	const fail = (problem: SavedFileProblem): SavedFileResult => ({ ok: false, problem });
	const bytes = utf8Bytes(text);
	if (bytes > MAX_FILE_BYTES) return fail({ reason: 'too_large', bytes });
	const header = readHeader(text);
	if (!header.ok) return fail(header.problem);
	const { scenarios } = header;
	if (scenarios.length > MAX_SAVED) return fail({ reason: 'too_many', count: scenarios.length });

	const out: SavedScenario[] = [];
	const ids = new Set<string>();
	for (const [index, raw] of scenarios.entries()) {
		const entry = readEntry(raw, index);
		if (!entry.ok) return fail(entry.problem);
		const { id, name, link } = entry.scenario;
		if (ids.has(id)) return fail({ reason: 'duplicate_id', index, name: quoteName(name) });
		ids.add(id);
		if (options.strictLinks ?? true) {
			const { ignored } = decodeLink(link, options);
			if (ignored.length > 0)
				return fail({ reason: 'bad_link', index, name: quoteName(name), ignored });
		}
		out.push(entry.scenario);
	}
	return { ok: true, scenarios: out };
}

/** A problem with one entry of a document (its index counts from 0). */
export type EntryProblem = Extract<SavedFileProblem, { index: number }>;

/**
 * A document read leniently (local storage): every readable entry, whatever the others hold.
 * `skipped`: the entries left out and why; `renumbered`: entries whose id an earlier entry had,
 * kept with a fresh id (their `index` and new `id`). `newer` says that a failed document declares
 * a format version above SAVED_VERSION: a later build wrote it, and this one must not replace it.
 */
export type LenientResult =
	| { ok: true; scenarios: SavedScenario[]; skipped: EntryProblem[]; renumbered: Renumbered[] }
	| { ok: false; problem: SavedFileProblem; newer: boolean };

export interface Renumbered {
	index: number;
	name: string;
	id: string;
}

/**
 * Reads a document the way local storage is read: no size limit and no limit on the number of
 * entries (nothing saved is hidden; MAX_SAVED only stops new saves), links not checked (a
 * scenario saved by an older build is kept and its ignored parts shown where it is used), a bad
 * entry skipped and named instead of failing the whole list, and a repeated id replaced by a
 * fresh one. Only a document that cannot be read as a whole fails. Never throws.
 */
export function parseSavedLeniently(text: string): LenientResult {
	const header = readHeader(text);
	if (!header.ok) return header;
	const read = header.scenarios.map((raw, index) => readEntry(raw, index));
	const scenarios: SavedScenario[] = [];
	const skipped: EntryProblem[] = [];
	const renumbered: Renumbered[] = [];
	// A fresh id avoids every id in the document, so that no later entry loses its own.
	const taken = new Set(read.flatMap((entry) => (entry.ok ? [entry.scenario.id] : [])));
	const seen = new Set<string>();
	for (const [index, entry] of read.entries()) {
		if (!entry.ok) {
			skipped.push(entry.problem);
			continue;
		}
		let { id } = entry.scenario;
		if (seen.has(id)) {
			id = uniqueId(taken, id);
			taken.add(id);
			renumbered.push({ index, name: quoteName(entry.scenario.name), id });
		}
		seen.add(id);
		scenarios.push({ ...entry.scenario, id });
	}
	return { ok: true, scenarios, skipped, renumbered };
}

/** `candidate`, or `candidate-2`, `candidate-3` … : the first id not in `taken`, within MAX_ID_LENGTH. */
export function uniqueId(taken: ReadonlySet<string>, candidate: string): string {
	const base = candidate.slice(0, MAX_ID_LENGTH) || 's';
	if (!taken.has(base)) return base;
	for (let n = 2; ; n++) {
		const suffix = `-${n}`;
		const id = `${base.slice(0, MAX_ID_LENGTH - suffix.length)}${suffix}`;
		if (!taken.has(id)) return id;
	}
}

type HeaderResult =
	{ ok: true; scenarios: unknown[] } | { ok: false; problem: SavedFileProblem; newer: boolean };

/** The JSON, `format`, `version` and `scenarios` checks shared by both readers. */
function readHeader(text: string): HeaderResult {
	const fail = (problem: SavedFileProblem, newer = false): HeaderResult => ({
		ok: false,
		problem,
		newer
	});
	let json: unknown;
	try {
		json = JSON.parse(text);
	} catch {
		return fail({ reason: 'not_json' });
	}
	const header = v.safeParse(Header, json);
	if (!header.success) return fail({ reason: 'wrong_format' });
	const { version, scenarios } = header.output;
	if (version !== SAVED_VERSION) {
		const newer = typeof version === 'number' && version > SAVED_VERSION;
		return fail({ reason: 'wrong_version', version: describeVersion(version) }, newer);
	}
	if (!Array.isArray(scenarios)) return fail({ reason: 'not_a_list' });
	return { ok: true, scenarios };
}

/** One entry's fields, with its name cleaned (cleanName) and checked. */
function readEntry(
	raw: unknown,
	index: number
): { ok: true; scenario: SavedScenario } | { ok: false; problem: EntryProblem } {
	const fail = (problem: EntryProblem) => ({ ok: false as const, problem });
	const entry = v.safeParse(Entry, raw);
	if (!entry.success) {
		const key = entry.issues[0]?.path?.[0]?.key;
		const field = typeof key === 'string' && FIELDS.has(key) ? (key as EntryField) : null;
		return fail({ reason: 'bad_entry', index, field });
	}
	const { id, link, savedAt } = entry.output;
	const name = cleanName(entry.output.name);
	if (name === '') return fail({ reason: 'empty_name', index });
	const length = nameLength(name);
	if (length > MAX_NAME_LENGTH)
		return fail({ reason: 'name_too_long', index, name: quoteName(name), length });
	return { ok: true, scenario: { id, name, link, savedAt } };
}

/** A declared version as short text for a message (`2`, `"1"`), or null when absent. */
function describeVersion(version: unknown): string | null {
	if (version === undefined) return null;
	const text = typeof version === 'number' ? String(version) : JSON.stringify(version);
	return quoteName(text ?? String(version), 20);
}
