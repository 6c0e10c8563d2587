// The compare page's live state: the saved list, what is being compared, and the last action's
// outcome. The list and the selection are kept on this device (saved.ts, storage.ts); a storage
// failure is remembered and shown, never thrown. Browser only: load() runs after mount.
import { compareMessages, type CompareMessages } from '$lib/i18n/compareMessages';
import {
	addItem,
	compareFragment,
	isSelected,
	MAX_COMPARED,
	parseSelection,
	pruneSelection,
	readCompareFragment,
	removeItem,
	selectionFromLinks,
	serializeSelection,
	type CompareItem
} from '$lib/scenario/compare';
import { changesFromDefaults } from '$lib/scenario/diff';
import { MAX_FILE_BYTES, parseSaved, serializeSaved } from '$lib/scenario/savedFile';
import type { AppState } from '$lib/state/app.svelte';
import { linkFor } from '$lib/state/linkSync';
import {
	addSaved,
	loadSaved,
	mergeImported,
	removeSaved,
	renameSaved,
	restoreSaved,
	storeSaved,
	uniqueName,
	type LoadProblem,
	type Removed,
	type SavedScenario
} from '$lib/state/saved';
import { readItem, writeItem } from '$lib/state/storage';
import {
	buildColumns,
	evaluateLink,
	type CompareColumn,
	localDate,
	scenarioLink,
	type EvaluatedScenario,
	type Status
} from './compareView';

/** The local-storage key of the compare selection. */
export const SELECTION_KEY = 'bj-targets:compare';
/** Evaluated links kept for reuse; a page compares at most a handful. */
const CACHE_LIMIT = 32;

export class CompareState {
	readonly app: AppState;
	saved = $state.raw<SavedScenario[]>([]);
	selection = $state.raw<CompareItem[]>([]);
	status = $state.raw<Status | null>(null);
	/** The last deletion, while it can be undone. */
	removed = $state.raw<Removed | null>(null);
	/** Why the list could not be read or written on this device; null once a write succeeds. */
	storageProblem = $state.raw<LoadProblem | null>(null);
	loaded = $state(false);
	// A plain cache, deliberately not reactive: an entry never changes (dropped at CACHE_LIMIT).
	// eslint-disable-next-line svelte/prefer-svelte-reactivity
	#cache = new Map<string, EvaluatedScenario>();

	readonly cm: CompareMessages;
	/** One column per compared scenario, evaluated. */
	readonly columns: CompareColumn[];
	/** The fragment that shares this comparison: the current link, then a `c=` part per column. */
	readonly compareFragment: string;
	readonly isFull: boolean;

	constructor(app: AppState) {
		this.app = app;
		this.cm = $derived(compareMessages[app.lang]);
		this.columns = $derived(
			buildColumns(this.selection, {
				data: app.data,
				current: { scenario: app.scenario, evaluation: app.evaluation, baseline: app.baseline },
				saved: this.saved,
				cm: this.cm,
				evaluate: (link) => this.#evaluate(link)
			})
		);
		this.compareFragment = $derived(
			compareFragment(
				linkFor(app, null),
				this.columns.map((c) => c.link)
			)
		);
		this.isFull = $derived(this.selection.length >= MAX_COMPARED);
	}

	/** Reads the saved list and the selection; a compare link's `c=` parts replace the selection. */
	load(hash: string): void {
		const options = { plan: this.app.plan, data: this.app.data };
		const { list, problem } = loadSaved(options);
		this.saved = list;
		this.storageProblem = problem;
		const stored = readItem(SELECTION_KEY);
		let selection = parseSelection(stored.ok ? stored.value : null);
		const { links, rest } = readCompareFragment(hash);
		// The layout reads the rest of the fragment as the current scenario (after this runs).
		if (links.length > 0) selection = selectionFromLinks(links, rest, list, options);
		this.#select(selection);
		this.loaded = true;
	}

	/** A compare link opened on an open page (typed or pasted into the address bar). */
	adoptLinks(hash: string): void {
		const { links, rest } = readCompareFragment(hash);
		if (links.length === 0) return;
		const options = { plan: this.app.plan, data: this.app.data };
		this.#select(selectionFromLinks(links, rest, this.saved, options));
	}

	/** The name a save gets when none is typed: the number of changes and the date. */
	defaultName(now: Date): string {
		const { plan, scenario, baseline, defaultAsOf } = this.app;
		const count = changesFromDefaults(plan, scenario, baseline, defaultAsOf).length;
		return uniqueName(this.saved, this.cm.defaultName(count, localDate(now)));
	}

	/** Saves the current scenario; returns whether it was saved. */
	saveCurrent(name: string, now: Date, id: string): boolean {
		const entry: SavedScenario = {
			id,
			name: name.trim() === '' ? this.defaultName(now) : name,
			link: scenarioLink(this.app.scenario, this.app.data.vintage),
			savedAt: now.toISOString()
		};
		const result = addSaved(this.saved, entry);
		if (!result.ok) {
			this.status =
				result.reason === 'empty' || result.reason === 'too_long'
					? { kind: 'name', problem: result.reason }
					: { kind: 'full' };
			return false;
		}
		this.#store(result.list);
		this.status = { kind: 'saved', name: result.list.at(-1)!.name };
		return true;
	}

	rename(id: string, name: string): boolean {
		const result = renameSaved(this.saved, id, name);
		if (!result.ok) {
			if (result.reason === 'empty' || result.reason === 'too_long')
				this.status = { kind: 'name', problem: result.reason };
			return false;
		}
		this.#store(result.list);
		this.status = { kind: 'renamed', name: name.trim() };
		return true;
	}

	remove(id: string): void {
		const { list, removed } = removeSaved(this.saved, id);
		if (!removed) return;
		this.#store(list);
		this.removed = removed;
		this.status = { kind: 'deleted', name: removed.entry.name };
	}

	/** Puts the last deleted scenario back; returns its id (null when nothing was put back). */
	undoRemove(): string | null {
		if (!this.removed) return null;
		const result = restoreSaved(this.saved, this.removed);
		if (!result.ok) {
			this.status = { kind: 'full' };
			return null;
		}
		const restored = result.list[Math.min(this.removed.index, result.list.length - 1)]!;
		this.#store(result.list);
		this.status = { kind: 'restored', name: restored.name };
		this.removed = null;
		return restored.id;
	}

	/** Imports a chosen file: all of it, or (with a message saying why) nothing. */
	async importFile(file: File): Promise<void> {
		if (file.size > MAX_FILE_BYTES) {
			this.status = {
				kind: 'import_failed',
				problem: { reason: 'too_large', bytes: file.size }
			};
			return;
		}
		let text: string;
		try {
			text = await file.text();
		} catch {
			this.status = { kind: 'import_failed', problem: { reason: 'not_json' } };
			return;
		}
		this.importText(text);
	}

	importText(text: string): void {
		const parsed = parseSaved(text, { plan: this.app.plan, data: this.app.data });
		if (!parsed.ok) {
			this.status = { kind: 'import_failed', problem: parsed.problem };
			return;
		}
		const merged = mergeImported(this.saved, parsed.scenarios, this.cm.importedSuffix);
		if (!merged.ok) {
			this.status = { kind: 'import_failed', problem: merged };
			return;
		}
		this.#store(merged.list);
		this.removed = null;
		this.status = { kind: 'imported', added: merged.added, renamed: merged.renamed };
	}

	/** The export file's name and text, and a status saying so. */
	exportFile(now: Date): { name: string; text: string } {
		const name = this.cm.exportFileName(localDate(now));
		this.status = { kind: 'exported', count: this.saved.length, file: name };
		return { name, text: serializeSaved(this.saved) };
	}

	isSelected(item: CompareItem): boolean {
		return isSelected(this.selection, item);
	}

	/** Adds an item to the comparison; says so when the comparison is full. */
	add(item: CompareItem): void {
		if (this.isSelected(item)) return;
		if (this.isFull) {
			this.status = { kind: 'compare_full' };
			return;
		}
		this.#select(addItem(this.selection, item));
	}

	unselect(item: CompareItem): void {
		this.#select(removeItem(this.selection, item));
	}

	toggle(item: CompareItem): void {
		if (this.isSelected(item)) this.unselect(item);
		else this.add(item);
	}

	/** Adds a pasted link; returns whether it was added. */
	addPasted(text: string): boolean {
		const link = text.trim();
		if (link === '') {
			this.status = { kind: 'paste_empty' };
			return false;
		}
		if (this.isFull) {
			this.status = { kind: 'compare_full' };
			return false;
		}
		this.#select(addItem(this.selection, { kind: 'link', link }));
		return true;
	}

	#select(selection: CompareItem[]): void {
		this.selection = pruneSelection(
			selection,
			this.saved.map((s) => s.id)
		);
		// Only a convenience: a failure here is covered by the list's own storage message.
		writeItem(SELECTION_KEY, serializeSelection(this.selection));
	}

	#store(list: SavedScenario[]): void {
		this.saved = list;
		const written = storeSaved(list);
		this.storageProblem = written.ok ? null : { kind: 'storage', reason: written.reason };
		this.#select(this.selection);
	}

	#evaluate(link: string): EvaluatedScenario {
		let evaluated = this.#cache.get(link);
		if (!evaluated) {
			evaluated = evaluateLink(link, this.app.plan, this.app.data);
			if (this.#cache.size >= CACHE_LIMIT) this.#cache.clear();
			this.#cache.set(link, evaluated);
		}
		return evaluated;
	}
}

/** A random id for a new saved scenario (getRandomValues also works where randomUUID does not:
 * pages served over plain http). */
export function newScenarioId(): string {
	const words = crypto.getRandomValues(new Uint32Array(2));
	return `s-${Array.from(words, (w) => w.toString(36)).join('')}`;
}
