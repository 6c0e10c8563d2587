// The named scenarios saved on this device: pure list operations (save, rename, delete and its
// undo, merging an import) and the one storage key the list lives under. Lists are replaced,
// never mutated. Storage goes through storage.ts, so a full or unavailable store is a typed
// result the page reports, never an exception.
import {
	MAX_ID_LENGTH,
	MAX_NAME_LENGTH,
	MAX_SAVED,
	nameLength,
	parseSaved,
	serializeSaved,
	type ParseSavedOptions,
	type SavedFileProblem,
	type SavedScenario
} from '../scenario/savedFile';
import { readItem, writeItem, type StorageResult } from './storage';

export { MAX_NAME_LENGTH, MAX_SAVED, type SavedScenario } from '../scenario/savedFile';

/** The local-storage key of the saved-scenarios document (savedFile.ts's format). */
export const SAVED_KEY = 'bj-targets:scenarios';

export type NameProblem = 'empty' | 'too_long';

export type ListResult =
	{ ok: true; list: SavedScenario[] } | { ok: false; reason: NameProblem | 'full' | 'not_found' };

/** What is wrong with a name a reader typed (after trimming), or null when it can be used. */
export function checkName(name: string): NameProblem | null {
	const trimmed = name.trim();
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
export function freshId(taken: ReadonlySet<string>, candidate: string): string {
	const base = candidate.slice(0, MAX_ID_LENGTH) || 's';
	if (!taken.has(base)) return base;
	for (let n = 2; ; n++) {
		const suffix = `-${n}`;
		const id = `${base.slice(0, MAX_ID_LENGTH - suffix.length)}${suffix}`;
		if (!taken.has(id)) return id;
	}
}

/**
 * Appends a scenario. Its name is trimmed and must pass checkName; its id is kept unless another
 * scenario has it (then freshId). Fails with `full` at MAX_SAVED scenarios.
 */
export function addSaved(list: readonly SavedScenario[], entry: SavedScenario): ListResult {
	const problem = checkName(entry.name);
	if (problem) return { ok: false, reason: problem };
	if (list.length >= MAX_SAVED) return { ok: false, reason: 'full' };
	const id = freshId(new Set(list.map((s) => s.id)), entry.id);
	return { ok: true, list: [...list, { ...entry, id, name: entry.name.trim() }] };
}

/** Gives the scenario `id` a new (trimmed) name. */
export function renameSaved(list: readonly SavedScenario[], id: string, name: string): ListResult {
	const problem = checkName(name);
	if (problem) return { ok: false, reason: problem };
	if (!list.some((s) => s.id === id)) return { ok: false, reason: 'not_found' };
	return { ok: true, list: list.map((s) => (s.id === id ? { ...s, name: name.trim() } : s)) };
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

export type LoadProblem =
	| { kind: 'storage'; reason: 'unavailable' | 'quota' }
	| { kind: 'unreadable'; problem: SavedFileProblem };

/**
 * The list saved on this device: empty when there is none. Links are not required to decode
 * cleanly (a scenario saved by an older build is kept). An unreadable document gives an empty
 * list and a problem to report; it is left in storage until the next save replaces it.
 */
export function loadSaved(options: ParseSavedOptions): {
	list: SavedScenario[];
	problem: LoadProblem | null;
} {
	const stored = readItem(SAVED_KEY);
	if (!stored.ok) return { list: [], problem: { kind: 'storage', reason: stored.reason } };
	if (stored.value === null) return { list: [], problem: null };
	const parsed = parseSaved(stored.value, { ...options, strictLinks: false });
	if (!parsed.ok) return { list: [], problem: { kind: 'unreadable', problem: parsed.problem } };
	return { list: parsed.scenarios, problem: null };
}

/** Writes the whole list under SAVED_KEY. */
export function storeSaved(list: readonly SavedScenario[]): StorageResult<null> {
	return writeItem(SAVED_KEY, serializeSaved(list));
}
