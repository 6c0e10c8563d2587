// The user's figures from publications (a data-update file) on this device: read at start, written
// on every change under their own key, with the list before the last change kept for Undo. Browser
// only; the file's rules are model/dataUpdateFile.ts, loaded when there is something to read.
import type { DataUpdateEntry } from '../model/dataUpdate';
import type { DataUpdateProblem } from '../model/dataUpdateFile';
import type { ObservationsFile } from '../model/types';
import { readItem, writeItem, type StorageResult } from './storage';

export const DATA_UPDATES_KEY = 'bj-targets:data-updates';
/** The list before the last change, so that a change (a removal, an import) can be undone. */
export const PREVIOUS_DATA_UPDATES_KEY = 'bj-targets:data-updates:previous';
/**
 * A stored list that could not be read, copied here as it was the first time it failed, so that
 * adding a figure (which writes the list anew) never loses it; it downloads as a file.
 */
export const UNREADABLE_DATA_UPDATES_KEY = 'bj-targets:data-updates:unreadable';

export type StoredUpdates =
	| { ok: true; entries: DataUpdateEntry[] }
	| { ok: false; reason: 'unavailable' | 'quota' }
	| { ok: false; reason: 'invalid'; problems: DataUpdateProblem[] };

/** Reads one stored list, checked by the file's rules; an empty store is an empty list. */
export async function readStoredUpdates(
	data: ObservationsFile,
	key = DATA_UPDATES_KEY
): Promise<StoredUpdates> {
	const stored = readItem(key);
	if (!stored.ok) return stored;
	if (!stored.value) return { ok: true, entries: [] };
	const { parseDataUpdate } = await import('../model/dataUpdateFile');
	const parsed = parseDataUpdate(stored.value, data);
	return parsed.ok
		? { ok: true, entries: parsed.update.entries }
		: { ok: false, reason: 'invalid', problems: parsed.problems };
}

/** Writes the list (removing the key when it is empty), keeping `previous` for Undo. */
export async function writeStoredUpdates(
	entries: readonly DataUpdateEntry[],
	previous: readonly DataUpdateEntry[] | null
): Promise<StorageResult<null>> {
	const { dataUpdateText } = await import('../model/dataUpdate');
	if (previous !== null) {
		const kept = writeItem(
			PREVIOUS_DATA_UPDATES_KEY,
			previous.length > 0 ? dataUpdateText(previous) : null
		);
		if (!kept.ok) return kept;
	}
	return writeItem(DATA_UPDATES_KEY, entries.length > 0 ? dataUpdateText(entries) : null);
}

/** The part of the app state these functions read and write. */
export interface DataUpdatesHolder {
	dataUpdates: DataUpdateEntry[];
	/** Problems of the stored list when it could not be read at start; [] otherwise. */
	dataUpdateProblems: DataUpdateProblem[];
}

/** Loads the figures stored on this device into the state; the seed data checks them. */
export async function restoreDataUpdates(
	app: DataUpdatesHolder,
	seeds: ObservationsFile
): Promise<void> {
	const stored = await readStoredUpdates(seeds);
	if (stored.ok) app.dataUpdates = stored.entries;
	else if (stored.reason === 'invalid') {
		app.dataUpdateProblems = stored.problems;
		keepUnreadable();
	}
}

/** Copies an unreadable stored list aside, unless a copy is already kept. */
function keepUnreadable(): void {
	const kept = readItem(UNREADABLE_DATA_UPDATES_KEY);
	const stored = readItem(DATA_UPDATES_KEY);
	if (kept.ok && !kept.value && stored.ok && stored.value)
		writeItem(UNREADABLE_DATA_UPDATES_KEY, stored.value);
}

/** The unreadable list kept aside, as it was stored; null when none is kept. */
export function unreadableDataUpdates(): string | null {
	const kept = readItem(UNREADABLE_DATA_UPDATES_KEY);
	return kept.ok ? kept.value : null;
}

/** Replaces the figures in use and on this device, keeping the list before for Undo. */
export async function changeDataUpdates(
	app: DataUpdatesHolder,
	next: DataUpdateEntry[]
): Promise<StorageResult<null>> {
	const previous = app.dataUpdates;
	app.dataUpdates = next;
	return writeStoredUpdates(next, previous);
}

/** Goes back to the list before the last change (also after a reload). */
export async function undoDataUpdates(
	app: DataUpdatesHolder,
	seeds: ObservationsFile
): Promise<StorageResult<null> | { ok: false; reason: 'invalid' }> {
	const stored = await readStoredUpdates(seeds, PREVIOUS_DATA_UPDATES_KEY);
	if (!stored.ok)
		return { ok: false, reason: stored.reason === 'invalid' ? 'invalid' : stored.reason };
	return changeDataUpdates(app, stored.entries);
}

/**
 * Adds the entries a scenario file carries to the figures on this device (merged, never
 * overwriting), after checking them by the data-update file's rules; a problem changes nothing.
 */
export async function openDataUpdates(
	app: DataUpdatesHolder & { seeds: ObservationsFile; lang: 'zh' | 'en' },
	entries: unknown[]
): Promise<{ ok: true } | { ok: false; text: string }> {
	const [{ checkDataUpdate }, { mergeDataUpdates, DATA_UPDATE_FORMAT, DATA_UPDATE_VERSION }, i18n] =
		await Promise.all([
			import('../model/dataUpdateFile'),
			import('../model/dataUpdate'),
			import('../i18n/confidenceMessages')
		]);
	const checked = checkDataUpdate(
		{ format: DATA_UPDATE_FORMAT, version: DATA_UPDATE_VERSION, entries },
		app.seeds
	);
	const m = i18n.confidenceMessages[app.lang];
	if (!checked.ok) return { ok: false, text: checked.problems.map((p) => m.problem(p)).join(' ') };
	const merged = mergeDataUpdates(app.dataUpdates, checked.update.entries);
	if (merged.added.length + merged.conflicts.length > 0)
		await changeDataUpdates(app, merged.entries);
	return { ok: true };
}
