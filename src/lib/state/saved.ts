// The named scenarios saved on this device: pure list operations (save, rename, delete and its
// undo, merging an import), and the one storage key the list lives under. Lists are replaced,
// never mutated. Several tabs share the key, so no tab writes back a copy it read earlier: each
// change re-reads the stored list, applies that one change and writes (commitEdit). Text this
// build cannot read in full is copied under a backup key before anything is written over it, and
// a document of a newer format version is never written over. Storage goes through storage.ts, so
// a full or unavailable store is a typed result the page reports, never an exception.
import {
	cleanName,
	MAX_NAME_LENGTH,
	MAX_SAVED,
	nameLength,
	parseSavedLeniently,
	serializeSaved,
	uniqueId,
	type EntryProblem,
	type Renumbered,
	type SavedFileProblem,
	type SavedScenario
} from '../scenario/savedFile';
import { readItem, writeItem } from './storage';

export { MAX_NAME_LENGTH, MAX_SAVED, type SavedScenario } from '../scenario/savedFile';

/** The local-storage key of the saved-scenarios document (savedFile.ts's format). */
export const SAVED_KEY = 'bj-targets:scenarios';
/**
 * Where stored text that could not be read in full is kept before a save replaces it: this key,
 * or `…-2`, `…-3` … when it already holds other text (backups are never written over).
 */
export const BACKUP_KEY = 'bj-targets:scenarios:backup';

export type NameProblem = 'empty' | 'too_long';

export type ListResult =
	{ ok: true; list: SavedScenario[] } | { ok: false; reason: NameProblem | 'full' | 'not_found' };

/** What is wrong with a name a reader typed (after trimming), or null when it can be used. */
export function checkName(name: string): NameProblem | null {
	const trimmed = cleanName(name);
	if (trimmed === '') return 'empty';
	return nameLength(trimmed) > MAX_NAME_LENGTH ? 'too_long' : null;
}

/** `base` with `suffix` appended, `base` cut so that the whole fits MAX_NAME_LENGTH characters. */
export function withSuffix(base: string, suffix: string): string {
	const room = Math.max(0, MAX_NAME_LENGTH - nameLength(suffix));
	const chars = [...base];
	const cut = chars.length <= room ? base : `${chars.slice(0, Math.max(0, room - 1)).join('')}…`;
	return `${cut}${suffix}`;
}

/** `name`, or `name (2)`, `name (3)` … : the first not used by a scenario in `list`. */
export function uniqueName(list: readonly SavedScenario[], name: string): string {
	const taken = new Set(list.map((s) => s.name));
	if (!taken.has(name)) return name;
	for (let n = 2; ; n++) {
		const candidate = withSuffix(name, ` (${n})`);
		if (!taken.has(candidate)) return candidate;
	}
}

/** `candidate`, or `candidate-2`, `candidate-3` … : the first id not in `taken`, within MAX_ID_LENGTH. */
export const freshId = uniqueId;

/**
 * Appends a scenario. Its name is cleaned (cleanName) and must pass checkName; its id is kept unless another
 * scenario has it (then freshId). Fails with `full` at MAX_SAVED scenarios.
 */
export function addSaved(list: readonly SavedScenario[], entry: SavedScenario): ListResult {
	const problem = checkName(entry.name);
	if (problem) return { ok: false, reason: problem };
	if (list.length >= MAX_SAVED) return { ok: false, reason: 'full' };
	const id = freshId(new Set(list.map((s) => s.id)), entry.id);
	return { ok: true, list: [...list, { ...entry, id, name: cleanName(entry.name) }] };
}

/** Gives the scenario `id` a new (cleaned) name. */
export function renameSaved(list: readonly SavedScenario[], id: string, name: string): ListResult {
	const problem = checkName(name);
	if (problem) return { ok: false, reason: problem };
	if (!list.some((s) => s.id === id)) return { ok: false, reason: 'not_found' };
	return { ok: true, list: list.map((s) => (s.id === id ? { ...s, name: cleanName(name) } : s)) };
}

/** A deleted scenario and where it was, so that the deletion can be undone. */
export interface Removed {
	entry: SavedScenario;
	index: number;
}

export function removeSaved(
	list: readonly SavedScenario[],
	id: string
): { list: SavedScenario[]; removed: Removed | null } {
	const index = list.findIndex((s) => s.id === id);
	if (index < 0) return { list: [...list], removed: null };
	return { list: list.filter((s) => s.id !== id), removed: { entry: list[index]!, index } };
}

/** Puts a deleted scenario back where it was (with a fresh id if its own was taken since). */
export function restoreSaved(list: readonly SavedScenario[], removed: Removed): ListResult {
	if (list.length >= MAX_SAVED) return { ok: false, reason: 'full' };
	const id = freshId(new Set(list.map((s) => s.id)), removed.entry.id);
	const at = Math.min(Math.max(0, removed.index), list.length);
	return { ok: true, list: [...list.slice(0, at), { ...removed.entry, id }, ...list.slice(at)] };
}

export type MergeResult =
	| { ok: true; list: SavedScenario[]; added: number; renamed: number }
	| { ok: false; reason: 'full'; count: number };

/**
 * Adds imported scenarios after the ones in `list`. An import whose id is taken is kept as well:
 * it gets a fresh id and `suffix` appended to its name (such as ` (imported)`). Fails, changing
 * nothing, when the result would hold more than MAX_SAVED scenarios (`count`: how many).
 */
export function mergeImported(
	list: readonly SavedScenario[],
	imported: readonly SavedScenario[],
	suffix: string
): MergeResult {
	const count = list.length + imported.length;
	if (count > MAX_SAVED) return { ok: false, reason: 'full', count };
	const taken = new Set(list.map((s) => s.id));
	let renamed = 0;
	const added = imported.map((entry) => {
		if (!taken.has(entry.id)) {
			taken.add(entry.id);
			return { ...entry };
		}
		renamed++;
		const id = freshId(taken, entry.id);
		taken.add(id);
		return { ...entry, id, name: withSuffix(entry.name, suffix) };
	});
	return { ok: true, list: [...list, ...added], added: added.length, renamed };
}

/** Something the reader must know about the stored list. */
export type LoadProblem =
	/** No storage here (private mode), or it is full: changes last for this visit only. */
	| { kind: 'storage'; reason: 'unavailable' | 'quota' }
	/** The document cannot be read at all: the list is shown empty, the text is kept. */
	| { kind: 'unreadable'; problem: SavedFileProblem }
	/** A newer build wrote the list: this one shows none of it and never writes over it. */
	| { kind: 'newer'; version: string | null }
	/** These entries cannot be read and are not shown; the others are. */
	| { kind: 'skipped'; problems: EntryProblem[] }
	/** These entries repeated an earlier id and are shown with a fresh one. */
	| { kind: 'renumbered'; entries: Renumbered[] }
	/** More than MAX_SAVED scenarios are stored: all are shown, none can be added. */
	| { kind: 'over_limit'; count: number }
	/** The unreadable text was copied under this key, then the list was saved over it. */
	| { kind: 'backed_up'; key: string }
	/** The unreadable text could not be copied, so nothing was written over it. */
	| { kind: 'backup_failed' };

/** The stored list as this build reads it. */
export interface StoredList {
	list: SavedScenario[];
	problems: LoadProblem[];
	/** The stored text when writing over it would lose something (entries or a whole document). */
	lossyText: string | null;
	/** Why this build must not write the list now; null when it may. */
	blocked: 'unavailable' | 'newer_version' | null;
}

/**
 * The list saved on this device: empty when there is none. Every readable entry is kept, the
 * others named (savedFile.ts's parseSavedLeniently); links are not required to decode cleanly.
 * Reads only: nothing is written here.
 */
export function readSaved(): StoredList {
	const stored = readItem(SAVED_KEY);
	if (!stored.ok)
		return {
			list: [],
			problems: [{ kind: 'storage', reason: stored.reason }],
			lossyText: null,
			blocked: 'unavailable'
		};
	if (stored.value === null) return { list: [], problems: [], lossyText: null, blocked: null };
	const text = stored.value;
	const parsed = parseSavedLeniently(text);
	if (!parsed.ok) {
		if (parsed.newer && parsed.problem.reason === 'wrong_version')
			return {
				list: [],
				problems: [{ kind: 'newer', version: parsed.problem.version }],
				lossyText: null,
				blocked: 'newer_version'
			};
		return {
			list: [],
			problems: [{ kind: 'unreadable', problem: parsed.problem }],
			lossyText: text,
			blocked: null
		};
	}
	const { scenarios, skipped, renumbered } = parsed;
	const problems: LoadProblem[] = [];
	if (skipped.length > 0) problems.push({ kind: 'skipped', problems: skipped });
	if (renumbered.length > 0) problems.push({ kind: 'renumbered', entries: renumbered });
	if (scenarios.length > MAX_SAVED) problems.push({ kind: 'over_limit', count: scenarios.length });
	return {
		list: scenarios,
		problems,
		lossyText: skipped.length > 0 ? text : null,
		blocked: null
	};
}

/** One change to the list: the list after it, or null when it does not apply (nothing changes). */
export type Edit = (list: readonly SavedScenario[]) => SavedScenario[] | null;

/** `edits` applied in turn to `list`; one that does not apply any more is passed over. */
export function replayEdits(
	list: readonly SavedScenario[],
	edits: readonly Edit[]
): SavedScenario[] {
	return edits.reduce<SavedScenario[]>((out, edit) => edit(out) ?? out, [...list]);
}

/** What happened to the stored list when an edit was committed. */
export type WriteOutcome =
	| { ok: true; backupKey: string | null }
	| { ok: false; reason: 'unavailable' | 'quota' | 'newer_version' | 'backup_failed' };

export interface Committed {
	/** The list to show: the stored one, with the edits not yet written and this edit applied. */
	list: SavedScenario[];
	/** Whether the edit applied; when it did not, nothing was written. */
	applied: boolean;
	/** Null when the edit did not apply. A failed write leaves the edit for the caller to keep. */
	written: WriteOutcome | null;
	/** The stored list as read before the edit (its problems). */
	stored: StoredList;
}

/**
 * Applies one edit to the list as it is stored now (not to a copy read earlier, which another tab
 * may have changed since) and writes the result. `pending` are earlier edits that could not be
 * written (storage full or unavailable, or a newer build's document): they are applied first, so
 * that the caller's list for this visit keeps them. Before writing over text that could not be
 * read in full, that text is kept under a backup key; if it cannot be, nothing is written.
 */
export function commitEdit(pending: readonly Edit[], edit: Edit): Committed {
	const stored = readSaved();
	const base = replayEdits(stored.list, pending);
	const next = edit(base);
	if (next === null) return { list: base, applied: false, written: null, stored };
	const done = (written: WriteOutcome): Committed => ({
		list: next,
		applied: true,
		written,
		stored
	});
	if (stored.blocked) return done({ ok: false, reason: stored.blocked });
	let backupKey: string | null = null;
	if (stored.lossyText !== null) {
		const kept = keepBackup(stored.lossyText);
		if (!kept.ok) return done({ ok: false, reason: 'backup_failed' });
		backupKey = kept.key;
	}
	const written = writeItem(SAVED_KEY, serializeSaved(next));
	return done(written.ok ? { ok: true, backupKey } : { ok: false, reason: written.reason });
}

/** The most backup keys tried before giving up (each holds text that could not be read). */
const MAX_BACKUPS = 50;

/** Keeps `text` under the first backup key that is free or already holds it. */
export function keepBackup(
	text: string
): { ok: true; key: string } | { ok: false; reason: 'unavailable' | 'quota' } {
	for (let n = 1; n <= MAX_BACKUPS; n++) {
		const key = n === 1 ? BACKUP_KEY : `${BACKUP_KEY}-${n}`;
		const held = readItem(key);
		if (!held.ok) return held;
		if (held.value === text) return { ok: true, key };
		if (held.value !== null) continue;
		const written = writeItem(key, text);
		return written.ok ? { ok: true, key } : written;
	}
	return { ok: false, reason: 'quota' };
}
