// What the target page's panel of figures published since the data does with them: adding a typed
// figure or a file's list to this device's, and saying what happened in the reader's language.
// Loaded with that panel only (the layout's start-up needs dataUpdates.ts alone).
import { confidenceMessages } from '../i18n/confidenceMessages';
import { dataUpdateMessages } from '../i18n/dataUpdateMessages';
import type { DataUpdateEntry } from '../model/dataUpdate';
import type { ObservationsFile } from '../model/types';
import { entryText } from '../view/dataUpdateView';
import { changeDataUpdates, type DataUpdatesHolder } from './dataUpdates';

/** What the figures panel says after a change: a sentence, and the problems of a refused entry. */
export interface PanelReport {
	status: string;
	problems: string[];
}

type PanelHolder = DataUpdatesHolder & { seeds: ObservationsFile; lang: 'zh' | 'en' };

/**
 * Adds figures (one typed entry, or a file's list) to this device's, merged by the conflict rule:
 * a figure already here is not added twice, a disagreeing one is kept beside the other.
 */
export async function addDataUpdates(
	app: PanelHolder,
	incoming: DataUpdateEntry[],
	single: boolean
): Promise<PanelReport> {
	const m = dataUpdateMessages[app.lang];
	const { mergeDataUpdates } = await import('../model/dataUpdate');
	const merged = mergeDataUpdates(app.dataUpdates, incoming);
	if (single && merged.unchanged.length > 0) return { status: m.alreadyHere, problems: [] };
	const saved = await changeDataUpdates(app, merged.entries);
	const what = () => entryText(incoming[0]!, app.seeds, app.lang);
	const status = single
		? merged.conflicts.length > 0
			? m.conflict(what())
			: m.added(what())
		: m.imported(merged.added.length, merged.unchanged.length, merged.conflicts.length);
	return { status: saved.ok ? status : `${status} ${m.storeFailed}`, problems: [] };
}

/** Opens a data-update file's text: checked first, a problem changes nothing and is listed. */
export async function importDataUpdateText(app: PanelHolder, text: string): Promise<PanelReport> {
	const { parseDataUpdate } = await import('../model/dataUpdateFile');
	const parsed = parseDataUpdate(text, app.seeds);
	if (!parsed.ok) {
		const cm = confidenceMessages[app.lang];
		return { status: '', problems: parsed.problems.map((p) => cm.problem(p)) };
	}
	return addDataUpdates(app, parsed.update.entries, false);
}
