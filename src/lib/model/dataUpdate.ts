// Figures published after the seed data was collected, entered by a user with their source: the
// data-update file's shape, how its entries join the data, and how two lists of entries merge.
// Pure: no storage, no clock. Reading and checking a file is dataUpdateFile.ts (valibot).
import type { Observation, ObservationsFile, SourceKind } from './types';

export const DATA_UPDATE_FORMAT = 'bj-targets-data-update';
export const DATA_UPDATE_VERSION = 1;
/**
 * The confidence a user-supplied figure takes in the conflict rule (series.ts, preferredByYear):
 * it fills a year without a figure, replaces a published figure of lower confidence, and yields to
 * one of higher confidence (shown beside it as another published value).
 */
export const USER_SUPPLIED_CONFIDENCE = 'medium';

export interface DataUpdateSource {
	title: string;
	/** Where the figure was read: an http(s) address. */
	url: string;
	/** When it was published: YYYY, YYYY-MM or YYYY-MM-DD. */
	date: string;
}

/** One published figure: a value of a series of the data, in that series' unit, for one year. */
export interface DataUpdateEntry {
	series: string;
	year: number;
	value: number;
	source: DataUpdateSource;
}

export interface DataUpdate {
	format: typeof DATA_UPDATE_FORMAT;
	version: typeof DATA_UPDATE_VERSION;
	entries: DataUpdateEntry[];
}

export const emptyDataUpdate = (): DataUpdate => ({
	format: DATA_UPDATE_FORMAT,
	version: DATA_UPDATE_VERSION,
	entries: []
});

/** The file's text, pretty-printed, entries in the order given. */
export function dataUpdateText(entries: readonly DataUpdateEntry[]): string {
	const file: DataUpdate = { ...emptyDataUpdate(), entries: entries.map(copyEntry) };
	return JSON.stringify(file, null, 2) + '\n';
}

const copyEntry = (e: DataUpdateEntry): DataUpdateEntry => ({
	series: e.series,
	year: e.year,
	value: e.value,
	source: { title: e.source.title, url: e.source.url, date: e.source.date }
});

/** True when two entries say the same thing: same series, year, value and source. */
export function sameEntry(a: DataUpdateEntry, b: DataUpdateEntry): boolean {
	return (
		a.series === b.series &&
		a.year === b.year &&
		a.value === b.value &&
		a.source.title === b.source.title &&
		a.source.url === b.source.url &&
		a.source.date === b.source.date
	);
}

export interface MergeResult {
	/** Every entry kept: the current ones, then the new ones, in order. */
	entries: DataUpdateEntry[];
	/** New entries for a series and year nobody had entered. */
	added: DataUpdateEntry[];
	/** Incoming entries identical to one already kept (not added twice). */
	unchanged: DataUpdateEntry[];
	/**
	 * Incoming entries for a series and year already entered with another value or source. Both are
	 * kept; the conflict rule decides which one the model uses, and the other stays visible.
	 */
	conflicts: { incoming: DataUpdateEntry; existing: DataUpdateEntry }[];
}

/**
 * Merges incoming entries into the current ones without overwriting any: identical entries are
 * kept once, and an entry that disagrees with one already kept is kept beside it (a conflict).
 */
export function mergeDataUpdates(
	current: readonly DataUpdateEntry[],
	incoming: readonly DataUpdateEntry[]
): MergeResult {
	const entries = current.map(copyEntry);
	const result: MergeResult = { entries, added: [], unchanged: [], conflicts: [] };
	for (const entry of incoming) {
		if (entries.some((e) => sameEntry(e, entry))) {
			result.unchanged.push(entry);
			continue;
		}
		const existing = entries.find((e) => e.series === entry.series && e.year === entry.year);
		entries.push(copyEntry(entry));
		if (existing) result.conflicts.push({ incoming: entry, existing });
		else result.added.push(entry);
	}
	return result;
}

/**
 * The kind of a source the user names: an official release when its address is on a Chinese
 * government site (a host that is or ends in `gov.cn`), otherwise a third party — the app cannot
 * tell state media or a mirror from an address alone, so it claims no more than "not official".
 */
export function userSourceKind(url: string): SourceKind {
	try {
		const host = new URL(url).hostname.toLowerCase();
		return host === 'gov.cn' || host.endsWith('.gov.cn') ? 'official' : 'third_party';
	} catch {
		return 'third_party';
	}
}

/**
 * The observation an entry becomes: marked user-supplied, at USER_SUPPLIED_CONFIDENCE, on the
 * statistical basis of the series' latest figure at or before its year (else the first after).
 */
export function entryObservation(entry: DataUpdateEntry, data: ObservationsFile): Observation {
	const observations = data.series[entry.series]?.observations ?? [];
	const sorted = [...observations].sort((a, b) => a.year - b.year);
	const before = sorted.filter((o) => o.year <= entry.year && !o.userSupplied).at(-1);
	const basis = (before ?? sorted[0])?.basis ?? Object.keys(data.bases)[0] ?? '';
	return {
		year: entry.year,
		value: entry.value,
		basis,
		confidence: USER_SUPPLIED_CONFIDENCE,
		source: {
			title: entry.source.title,
			publisher: null,
			date: entry.source.date,
			url: entry.source.url,
			kind: userSourceKind(entry.source.url)
		},
		userSupplied: true
	};
}

const applied = new WeakMap<
	ObservationsFile,
	WeakMap<readonly DataUpdateEntry[], ObservationsFile>
>();

/**
 * The data with the entries added as user-supplied observations (series the data lacks are
 * skipped: dataUpdateFile.ts refuses them). The seed observations stay; where a year then has
 * several figures, the conflict rule picks one. No entries: the data itself. The same data and
 * entries array give the same object, so evaluations keep their caches.
 */
export function applyDataUpdate(
	data: ObservationsFile,
	entries: readonly DataUpdateEntry[]
): ObservationsFile {
	if (entries.length === 0) return data;
	let byEntries = applied.get(data);
	const cached = byEntries?.get(entries);
	if (cached) return cached;
	const series = { ...data.series };
	for (const entry of entries) {
		const s = series[entry.series];
		if (!s) continue;
		series[entry.series] = {
			...s,
			observations: [...s.observations, entryObservation(entry, data)]
		};
	}
	const out: ObservationsFile = { ...data, series };
	if (!byEntries) applied.set(data, (byEntries = new WeakMap()));
	byEntries.set(entries, out);
	return out;
}
