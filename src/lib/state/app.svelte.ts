// The live app state: language and scenario, the evaluation derived from them, and the edit
// history. The scenario is replaced, never mutated: a slider drag previews many scenarios and
// commits one, so undo steps over whole changes, not pixels.
import { getContext, setContext } from 'svelte';
import { browser } from '$app/environment';
import { messages } from '$lib/i18n/messages';
import { observations, plan } from '$lib/model/data';
import { applyDataUpdate, type DataUpdateEntry } from '$lib/model/dataUpdate';
import type { DataUpdateProblem } from '$lib/model/dataUpdateFile';
import {
	defaultAsOf,
	evaluateProjections,
	type Assessor,
	type Evaluation
} from '$lib/model/evaluate';
import { emptyScenario, type Lang, type Scenario } from '$lib/model/types';
import type { IgnoredPart } from '$lib/scenario/link';
import { shareEvaluation } from './share';

export type Notice =
	| { kind: 'link_ignored'; ignored: IgnoredPart[]; newerData: boolean }
	| { kind: 'restored' }
	| { kind: 'storage'; reason: 'unavailable' | 'quota' };

const HISTORY_LIMIT = 200;

// The probability engine (probabilities, needed growth for a chance, sensitivities) is the
// largest part of the model and nothing on a first page needs it at once: it loads after the
// page starts, and every evaluation includes it from then on. Until then targets carry no
// probabilities or sensitivities (the page says nothing about them rather than something wrong).
const engine = $state<{ assess: Assessor | undefined }>({ assess: undefined });
let engineLoading: Promise<void> | null = null;

/** Loads the probability engine once; every AppState's evaluation uses it when it arrives. */
export function loadProbabilityEngine(): Promise<void> {
	engineLoading ??= import('$lib/model/uncertainty').then((m) => {
		engine.assess = m.assessTarget;
	});
	return engineLoading;
}

export class AppState {
	lang = $state<Lang>('zh');
	scenario = $state.raw<Scenario>(emptyScenario());
	readonly plan = plan;
	/** Figures the user entered from publications since the data (kept on this device). */
	dataUpdates = $state.raw<DataUpdateEntry[]>([]);
	/** Why the figures stored on this device could not be read at start; [] when they could. */
	dataUpdateProblems = $state.raw<DataUpdateProblem[]>([]);
	/** The seed data alone, against which the user's figures are checked. */
	readonly seeds = observations;
	/** The seed data with the user's figures added, marked user-supplied. */
	data = $derived(applyDataUpdate(observations, this.dataUpdates));
	defaultAsOf = $derived(defaultAsOf(plan, this.data));
	#previous: Evaluation | null = null;
	evaluation = $derived.by(() => {
		const next = shareEvaluation(
			this.#previous,
			evaluateProjections(plan, this.data, this.scenario, engine.assess)
		);
		this.#previous = next;
		return next;
	});
	/** False until the probability engine has loaded: probabilities and sensitivities are pending. */
	probabilitiesReady = $derived(engine.assess !== undefined);
	/** The same as-of year at default assumptions: the "from" of every change and the thin baseline. */
	// Through its own derived value, so a slider move (same as-of year) does not recompute it.
	#asOf = $derived(this.scenario.asOf);
	baseline = $derived(
		evaluateProjections(plan, this.data, { ...emptyScenario(), asOf: this.#asOf })
	);
	t = $derived(messages[this.lang]);

	constructor() {
		if (browser) void loadProbabilityEngine();
	}

	#committed: Scenario = this.scenario;
	#past = $state.raw<Scenario[]>([]);
	#future = $state.raw<Scenario[]>([]);
	canUndo = $derived(this.#past.length > 0);
	canRedo = $derived(this.#future.length > 0);
	/** A message for the reader about what happened on load (ignored link parts, restore, storage). */
	notice = $state.raw<Notice | null>(null);
	/** Bumped on every committed change (commit, undo, redo, load): one browser history entry each. */
	revision = $state(0);

	/** Replaces the scenario as the starting point, with no history (a link or a restore on load). */
	load(next: Scenario): void {
		this.scenario = next;
		this.#committed = next;
		this.#past = [];
		this.#future = [];
	}

	/** Shows a scenario the browser's history returned to (Back / Forward), keeping undo history. */
	adopt(next: Scenario): void {
		this.scenario = next;
		this.#committed = next;
	}

	/** True when the shown scenario is the last committed one (not a slider mid-drag). */
	get isCommitted(): boolean {
		return this.scenario === this.#committed;
	}

	/** Shows a scenario without recording it (while a slider is dragged). */
	preview(next: Scenario): void {
		this.scenario = next;
	}

	/** Records the current (or the given) scenario as one step of history. */
	commit(next?: Scenario): void {
		if (next) this.scenario = next;
		if (this.scenario === this.#committed) return;
		this.#past = [...this.#past, this.#committed].slice(-HISTORY_LIMIT);
		this.#future = [];
		this.#committed = this.scenario;
		this.revision++;
	}

	undo(): void {
		const previous = this.#past.at(-1);
		if (!previous) return;
		this.#past = this.#past.slice(0, -1);
		this.#future = [...this.#future, this.#committed];
		this.#committed = previous;
		this.scenario = previous;
		this.revision++;
	}

	redo(): void {
		const next = this.#future.at(-1);
		if (!next) return;
		this.#future = this.#future.slice(0, -1);
		this.#past = [...this.#past, this.#committed];
		this.#committed = next;
		this.scenario = next;
		this.revision++;
	}
}

const KEY = Symbol('app-state');

export function setAppState(state: AppState): AppState {
	return setContext(KEY, state);
}

export function getAppState(): AppState {
	return getContext<AppState>(KEY);
}
