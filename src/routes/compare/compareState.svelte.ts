// The compare page's live state: the saved list, what is being compared, and the last action's
// outcome. The list and the selection are kept on this device (saved.ts, storage.ts). Other tabs
// share the list: each change is applied to the list as stored now (commitEdit), and a change
// made elsewhere is shown when the page hears of it (refresh). A storage failure is remembered
// and shown, never thrown; edits it kept from being written are kept for this visit and written
// with the next change that can be. Browser only: load() runs after mount.
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
	type CompareItem,
	type DroppedComparison
} from '$lib/scenario/compare';
import { changesFromDefaults } from '$lib/scenario/diff';
import { MAX_FILE_BYTES, parseSaved, serializeSaved } from '$lib/scenario/savedFile';
import type { AppState } from '$lib/state/app.svelte';
import { linkFor, linkOptionsFor } from '$lib/state/linkSync';
import { linkPlanId } from '$lib/scenario/link';
import {
	addSaved,
	commitEdit,
	mergeImported,
	readSaved,
	removeSaved,
	renameSaved,
	replayEdits,
	restoreSaved,
	SAVED_KEY,
	uniqueName,
	type Edit,
	type LoadProblem,
	type Removed,
	type SavedScenario,
	type WriteOutcome
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
	/** What the reader must know about the list stored on this device (read or written). */
	storeProblems = $state.raw<LoadProblem[]>([]);
	/** The `c=` parts of the compare link this page was opened with that it left out. */
	dropped = $state.raw<DroppedComparison[]>([]);
	loaded = $state(false);
	// A plain cache, deliberately not reactive: an entry never changes (dropped at CACHE_LIMIT).
	// eslint-disable-next-line svelte/prefer-svelte-reactivity
	#cache = new Map<string, EvaluatedScenario>();
	/** Edits shown in this tab but not yet written (storage full, unavailable or not ours). */
	#pending: Edit[] = [];

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
				plan: app.planId,
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
		// Read before the list: reading the list prunes and writes the selection.
		const stored = readItem(SELECTION_KEY);
		this.#readList();
		this.#select(parseSelection(stored.ok ? stored.value : null));
		this.adoptLinks(hash);
		this.loaded = true;
	}

	/**
	 * A compare link opened on an open page (typed or pasted into the address bar), or on arrival.
	 * The layout reads the rest of the fragment as the current scenario.
	 */
	adoptLinks(hash: string): void {
		const { links, rest, dropped } = readCompareFragment(hash);
		if (links.length === 0 && dropped.length === 0) return;
		const chosen = selectionFromLinks(links, rest, this.saved, linkOptionsFor(this.app));
		this.dropped = [...dropped, ...chosen.dropped];
		this.#select(chosen.selection);
	}

	/** Another tab changed local storage (`key` null: all of it was cleared). */
	storageChanged(key: string | null): void {
		if (key === null || key === SAVED_KEY) this.#readList();
	}

	/** The name a save gets when none is typed: the number of changes and the date. */
	defaultName(now: Date): string {
		return uniqueName(this.saved, this.#changesName(now));
	}

	#changesName(now: Date): string {
		const { plan, scenario, baseline, defaultAsOf } = this.app;
		const count = changesFromDefaults(plan, scenario, baseline, defaultAsOf).length;
		return this.cm.defaultName(count, localDate(now));
	}

	/** Saves the current scenario; returns whether it was saved. */
	saveCurrent(name: string, now: Date, id: string): boolean {
		const fallback = this.#changesName(now);
		const link = scenarioLink(this.app.scenario, this.app.data.vintage, undefined, this.app.planId);
		const result = this.#commit((list) =>
			addSaved(list, {
				id,
				name: name.trim() === '' ? uniqueName(list, fallback) : name,
				link,
				savedAt: now.toISOString()
			})
		);
		if (!result.ok) {
			this.status =
				result.reason === 'empty' || result.reason === 'too_long'
					? { kind: 'name', problem: result.reason }
					: { kind: 'full' };
			return false;
		}
		this.status = { kind: 'saved', name: result.list.at(-1)!.name };
		return true;
	}

	/** Renames a saved scenario; returns whether the rename is over (done, or the scenario is gone). */
	rename(id: string, name: string): boolean {
		const before = this.#nameOf(id);
		const result = this.#commit((list) => renameSaved(list, id, name));
		if (!result.ok) {
			this.status =
				result.reason === 'empty' || result.reason === 'too_long'
					? { kind: 'name', problem: result.reason }
					: { kind: 'gone', name: before };
			return result.reason === 'not_found';
		}
		this.status = { kind: 'renamed', name: result.list.find((s) => s.id === id)!.name };
		return true;
	}

	remove(id: string): void {
		const before = this.#nameOf(id);
		const result = this.#commit((list) => {
			const { list: after, removed } = removeSaved(list, id);
			return removed ? { ok: true as const, list: after, removed } : { ok: false as const };
		});
		if (!result.ok) {
			this.status = { kind: 'gone', name: before };
			return;
		}
		this.removed = result.removed;
		this.status = { kind: 'deleted', name: result.removed.entry.name };
	}

	/** Puts the last deleted scenario back; returns its id (null when nothing was put back). */
	undoRemove(): string | null {
		const removed = this.removed;
		if (!removed) return null;
		const result = this.#commit((list) => restoreSaved(list, removed));
		if (!result.ok) {
			this.status = { kind: 'full' };
			return null;
		}
		const restored = result.list[Math.min(removed.index, result.list.length - 1)]!;
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
		const suffix = this.cm.importedSuffix;
		const merged = this.#commit((list) => mergeImported(list, parsed.scenarios, suffix));
		if (!merged.ok) {
			this.status = { kind: 'import_failed', problem: merged };
			return;
		}
		this.removed = null;
		this.status = { kind: 'imported', added: merged.added, renamed: merged.renamed };
	}

	/** The export file's name and text (the list as stored now), and a status saying so. */
	exportFile(now: Date): { name: string; text: string } {
		this.#readList();
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
		const plan = linkPlanId(link);
		if (plan !== this.app.planId) {
			this.status = { kind: 'paste_other_plan', plan };
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

	/** The list as stored now, with this tab's unwritten edits, and what is wrong with it. */
	#readList(): void {
		const stored = readSaved();
		this.saved = replayEdits(stored.list, this.#pending);
		this.storeProblems = stored.problems;
		this.#select(this.selection);
	}

	/**
	 * Applies one change to the list as stored now and writes it (saved.ts's commitEdit). Returns
	 * the change's own result, computed on that list; a change that fails changes nothing.
	 */
	#commit<R extends EditOutcome>(change: (list: readonly SavedScenario[]) => R): R {
		let first: R | null = null;
		const edit: Edit = (list) => {
			const result = change(list);
			first ??= result;
			const outcome: EditOutcome = result;
			return outcome.ok ? outcome.list : null;
		};
		const committed = commitEdit(this.#pending, edit);
		this.saved = committed.list;
		if (committed.written === null) this.storeProblems = committed.stored.problems;
		else if (committed.written.ok) {
			this.#pending = [];
			const { backupKey } = committed.written;
			this.storeProblems = [
				...readSaved().problems,
				...(backupKey ? [{ kind: 'backed_up' as const, key: backupKey }] : [])
			];
		} else {
			this.#pending = [...this.#pending, edit];
			this.storeProblems = withWriteFailure(committed.stored.problems, committed.written);
		}
		this.#select(this.selection);
		return first!;
	}

	#nameOf(id: string): string {
		return this.saved.find((s) => s.id === id)?.name ?? id;
	}

	#evaluate(link: string): EvaluatedScenario {
		// Keyed by plan and data as well: the same link reads differently under another plan.
		const key = `${this.app.planId}|${this.app.data.vintage}|${link}`;
		let evaluated = this.#cache.get(key);
		if (!evaluated) {
			evaluated = evaluateLink(link, linkOptionsFor(this.app));
			if (this.#cache.size >= CACHE_LIMIT) this.#cache.clear();
			this.#cache.set(key, evaluated);
		}
		return evaluated;
	}
}

/** What a change to the list gives: the list after it, or a failure (with its own reason). */
type EditOutcome = { ok: true; list: SavedScenario[] } | { ok: false };

/** The stored list's problems and, once, the reason a write failed. */
function withWriteFailure(
	problems: readonly LoadProblem[],
	written: Extract<WriteOutcome, { ok: false }>
): LoadProblem[] {
	const failure: LoadProblem | null =
		written.reason === 'backup_failed'
			? { kind: 'backup_failed' }
			: written.reason === 'newer_version'
				? null
				: { kind: 'storage', reason: written.reason };
	const known = problems.some((p) => JSON.stringify(p) === JSON.stringify(failure));
	return failure === null || known ? [...problems] : [...problems, failure];
}

/** A random id for a new saved scenario (getRandomValues also works where randomUUID does not:
 * pages served over plain http). */
export function newScenarioId(): string {
	const words = crypto.getRandomValues(new Uint32Array(2));
	return `s-${Array.from(words, (w) => w.toString(36)).join('')}`;
}
