// The live app state: language and scenario, the evaluation derived from them, and the edit
// history. The scenario is replaced, never mutated: a slider drag previews many scenarios and
// commits one, so undo steps over whole changes, not pixels.
import { getContext, setContext } from 'svelte';
import type { assessTarget as AssessTarget } from '$lib/model/uncertainty';
import { browser } from '$app/environment';
import { hasMessages, loadMessages, messages } from '$lib/i18n/messages';
import { applyDataUpdate, type DataUpdateEntry } from '$lib/model/dataUpdate';
import type { DataUpdateProblem } from '$lib/model/dataUpdateFile';
import {
	defaultAsOf,
	evaluateProjections,
	type Assessor,
	type Evaluation
} from '$lib/model/evaluate';
import {
	emptyScenario,
	type Lang,
	type ObservationsFile,
	type Plan,
	type Scenario
} from '$lib/model/types';
import { DEFAULT_PLAN, modelWithReadings, type LoadedPlan } from '$lib/plans/planModels';
import type { VintageChangeItem } from '$lib/model/vintageDiff';
import type { IgnoredPart } from '$lib/scenario/link';
import { shareEvaluation } from './structuralSharing';

export type Notice =
	| { kind: 'link_ignored'; ignored: IgnoredPart[]; newerData: boolean }
	/**
	 * An address read in an unusual way: settings after `?` read and moved after `#`
	 * (`query_read`), or left unread beside a fragment (`query_ignored`); or an address typed
	 * into the open page without settings, ignored (`no_settings`). `ignored` lists what of the
	 * address could not be used.
	 */
	| {
			kind: 'address';
			what: 'query_read' | 'query_ignored' | 'no_settings';
			ignored: IgnoredPart[];
			newerData: boolean;
	  }
	/** The scenario saved on this device came back; `ignored` lists the parts of it left out. */
	| { kind: 'restored'; ignored: IgnoredPart[] }
	| {
			kind: 'older_data';
			pinned: string;
			latest: string;
			changes: VintageChangeItem[];
			ignored: IgnoredPart[];
	  }
	| { kind: 'storage'; reason: 'unavailable' | 'quota' };

const HISTORY_LIMIT = 200;
/**
 * Changes to one control this close together are one step of undo and of browser history: a run
 * of arrow-key presses on a slider (each press commits) is taken back at once.
 */
export const RUN_MS = 1000;

// The probability engine (probabilities, needed growth for a chance, sensitivities) is the
// largest part of the model, and only two things need it: the uncertainty settings (a link's or
// the reader's: probabilities on every card) and a target page (that target's sensitivities, the
// tornado). It loads when one of them first asks, never on a dashboard without probabilities;
// until it arrives targets carry no probabilities or sensitivities (the page says nothing about
// them rather than something wrong). Sensitivities are worked out for the target page's target
// alone: nothing else shows them, and working them for every target cost each slider move.
const engine = $state<{ assess: typeof AssessTarget | undefined }>({ assess: undefined });
let engineLoading: Promise<void> | null = null;

/** Loads the probability engine once; every AppState's evaluation uses it when it arrives. */
export function loadProbabilityEngine(): Promise<void> {
	engineLoading ??= import('$lib/model/uncertainty').then((m) => {
		engine.assess = m.assessTarget;
	});
	return engineLoading;
}

export class AppState {
	#lang = $state<Lang>('zh');
	/** The language last asked for; it becomes `lang` once its strings are loaded. */
	#wantedLang: Lang = 'zh';
	/** A language whose strings failed to load when asked for (the page says so); else null. */
	langUnavailable = $state<Lang | null>(null);
	/** True while a language asked for is loading (the page still shows the one before). */
	langPending = $state(false);
	/**
	 * The page's language. Set, it changes once that language's strings are loaded (at once when
	 * they are: always outside the browser, and for the page's own language, which the root
	 * layout waits for), so every `messages[app.lang]` is there; should they fail to load, the
	 * language stays as it was.
	 */
	get lang(): Lang {
		return this.#lang;
	}
	set lang(lang: Lang) {
		this.#wantedLang = lang;
		this.langUnavailable = null;
		if (hasMessages(lang)) {
			this.#lang = lang;
			this.langPending = false;
			return;
		}
		this.langPending = true;
		loadMessages(lang).then(
			() => {
				if (this.#wantedLang !== lang) return;
				this.#lang = lang;
				this.langPending = false;
			},
			() => {
				if (this.#wantedLang !== lang) return;
				this.#wantedLang = this.#lang;
				this.langPending = false;
				this.langUnavailable = lang;
			}
		);
	}
	scenario = $state.raw<Scenario>(emptyScenario());
	/** The plan shown: the default plan unless a link or the picker chose another (usePlan). */
	#loaded = $state.raw<LoadedPlan>(DEFAULT_PLAN);
	/** A plan a link names while it loads: the address keeps naming it meanwhile. */
	pendingPlan = $state<string | null>(null);
	/**
	 * A plan from a file that a link (or the saved scenario) names and this device lacks: the link
	 * (`link`, as it was) waits, unread, until the reader loads that file; the page meanwhile
	 * shows the plan it showed, at its defaults, and says so.
	 */
	missingPlan = $state.raw<{ id: string; link: string; saved: boolean } | null>(null);
	/** The file the plan shown came from, when a reader loaded it; null for a built-in plan. */
	get userFile(): string | null {
		return this.#loaded.userFile ?? null;
	}
	get planId(): string {
		return this.#loaded.id;
	}
	get loadedPlan(): LoadedPlan {
		return this.#loaded;
	}
	/**
	 * The reading chosen for each ambiguous clause the plan reads against a benchmark (target id →
	 * reading id), where it differs from the pack's default; a link carries it (`read.<target>`).
	 * Like the plan, it is an assumption about the text, not a scenario: changing it opens a
	 * history entry, and undo does not cross it.
	 */
	readings = $state.raw<Readonly<Record<string, string>>>({});
	#model = $derived(modelWithReadings(this.#loaded, this.readings));
	get plan(): Plan {
		return this.#model.plan;
	}
	/** The latest data vintage of the plan shown, which every page shows unless a link pins an earlier one. */
	get latestData(): ObservationsFile {
		return this.#loaded.model.observations;
	}
	/** An earlier vintage a link pins (see linkSync.ts); null for the latest. */
	#pinned = $state.raw<ObservationsFile | null>(null);
	/** The vintage shown: the latest, or the earlier one a link pins. */
	get vintageData(): ObservationsFile {
		return this.#pinned ?? this.latestData;
	}
	set vintageData(data: ObservationsFile) {
		this.#pinned = data === this.latestData ? null : data;
	}
	/** The vintage a link pins while it loads: the address keeps naming it meanwhile. */
	pendingVintage = $state<string | null>(null);
	/** Figures the user entered from publications since the data (kept on this device). */
	dataUpdates = $state.raw<DataUpdateEntry[]>([]);
	/** Why the figures stored on this device could not be read at start; [] when they could. */
	dataUpdateProblems = $state.raw<DataUpdateProblem[]>([]);
	/** The latest seed data of the default plan alone, against which the user's figures are checked. */
	readonly seeds = DEFAULT_PLAN.model.observations;
	/** True for the default plan: the user's own figures (of its series) and pinned vintages apply. */
	get isDefaultPlan(): boolean {
		return this.#loaded === DEFAULT_PLAN;
	}
	/** The data shown: the vintage shown with the user's figures added, marked user-supplied. */
	data = $derived(
		this.isDefaultPlan ? applyDataUpdate(this.vintageData, this.dataUpdates) : this.vintageData
	);
	defaultAsOf = $derived(defaultAsOf(this.plan, this.data));
	/** The target whose sensitivities the page shows (its target page sets it); null elsewhere. */
	sensitivityFor = $state<string | null>(null);
	/** What the evaluation asks of the probability engine; undefined when nothing needs it. */
	#assess = $derived.by((): Assessor | undefined => {
		const focus = this.sensitivityFor;
		if (this.scenario.uncertainty == null && focus === null) return undefined;
		const assess = engine.assess;
		if (!assess) {
			if (browser) void loadProbabilityEngine();
			return undefined;
		}
		return (target, drivers, settings) =>
			assess(target, drivers, settings, { sensitivity: target.id === focus });
	});
	#previous: Evaluation | null = null;
	evaluation = $derived.by(() => {
		const next = shareEvaluation(
			this.#previous,
			evaluateProjections(this.plan, this.data, this.scenario, this.#assess)
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
		evaluateProjections(this.plan, this.data, { ...emptyScenario(), asOf: this.#asOf })
	);
	t = $derived(messages[this.lang]);

	#committed: Scenario = this.scenario;
	#past = $state.raw<Scenario[]>([]);
	#future = $state.raw<Scenario[]>([]);
	canUndo = $derived(this.#past.length > 0);
	canRedo = $derived(this.#future.length > 0);
	/** A message for the reader about what happened on load (ignored link parts, restore, storage). */
	notice = $state.raw<Notice | null>(null);
	/**
	 * The name the link this page was opened with gave its scenario (`n=`): the shared link and the
	 * card carry it while the scenario shown is still that one. Null when the link named none.
	 */
	linkName = $state.raw<{ name: string; scenario: Scenario } | null>(null);
	/** Bumped on every committed change (commit, undo, redo, load): one browser history entry each. */
	revision = $state(0);

	/** The control and time of the last commit made from a control (see RUN_MS). */
	#run: { control: string; at: number } | null = null;
	/** The control of the change in progress (a preview), if it came from one. */
	#pendingControl: string | undefined;
	#lastJoined = false;
	/** The clock runs are timed by (a test may replace it). */
	now: () => number = () => Date.now();

	#joinsRun(control: string | undefined): boolean {
		const run = this.#run;
		return (
			control !== undefined &&
			run?.control === control &&
			this.now() - run.at <= RUN_MS &&
			this.#past.length > 0
		);
	}

	/**
	 * True when the change shown continues the last run on one control (it joins that undo step,
	 * so the address rewrites the current history entry instead of adding one).
	 */
	get continuesRun(): boolean {
		return this.isCommitted ? this.#lastJoined : this.#joinsRun(this.#pendingControl);
	}

	/** Replaces the scenario as the starting point, with no history (a link or a restore on load). */
	load(next: Scenario): void {
		this.#endRun();
		this.scenario = next;
		this.#committed = next;
		this.#past = [];
		this.#future = [];
	}

	/**
	 * Shows another plan, from its default scenario and latest data, with no history: a scenario
	 * of one plan means nothing under another (its drivers and targets differ), so undo does not
	 * cross the switch. The caller names the plan in the address.
	 */
	usePlan(loaded: LoadedPlan, scenario: Scenario = emptyScenario()): void {
		if (loaded.id === this.planId && loaded === this.#loaded) return;
		this.#loaded = loaded;
		this.readings = {};
		this.#pinned = null;
		this.linkName = null;
		this.#previous = null;
		this.load(scenario);
		this.revision++;
	}

	/** Reads an ambiguous clause another way (`reading` of target `target`); one history entry. */
	chooseReading(target: string, reading: string): void {
		const next = { ...this.readings, [target]: reading };
		const fallback = this.#loaded.model.plan.targets.find((t) => t.id === target)?.reading?.id;
		if (reading === fallback) delete next[target];
		this.readings = next;
		this.#previous = null;
		this.revision++;
	}

	/**
	 * Makes the scenario a history entry holds (Back / Forward, or a link typed into the open page)
	 * the current one, so that undo, the address and autosave agree about what is shown: where it
	 * is the step undo (or redo) would take, it is that step; otherwise it is a new change, which
	 * undo takes back. `same` tells whether two scenarios are one (as their links say).
	 */
	arrive(next: Scenario, same: (a: Scenario, b: Scenario) => boolean): void {
		const previous = this.#past.at(-1);
		const following = this.#future.at(-1);
		if (same(next, this.#committed)) this.scenario = this.#committed;
		else if (previous && same(next, previous)) this.undo();
		else if (following && same(next, following)) this.redo();
		else this.commit(next);
	}

	/** True when the shown scenario is the last committed one (not a slider mid-drag). */
	get isCommitted(): boolean {
		return this.scenario === this.#committed;
	}

	/** Shows a scenario without recording it (while a slider is dragged); `control` as in commit. */
	preview(next: Scenario, control?: string): void {
		this.scenario = next;
		this.#pendingControl = control;
	}

	/**
	 * Records the current (or the given) scenario as one step of history. `control` names the
	 * control the change came from: changes from one control within RUN_MS are one step.
	 */
	commit(next?: Scenario, control?: string): void {
		if (next) this.scenario = next;
		if (this.scenario === this.#committed) return;
		this.#lastJoined = this.#joinsRun(control);
		if (!this.#lastJoined) this.#past = [...this.#past, this.#committed].slice(-HISTORY_LIMIT);
		this.#future = [];
		this.#committed = this.scenario;
		this.#run = control === undefined ? null : { control, at: this.now() };
		this.#pendingControl = undefined;
		this.revision++;
	}

	#endRun(): void {
		this.#run = null;
		this.#pendingControl = undefined;
		this.#lastJoined = false;
	}

	undo(): void {
		this.#endRun();
		const previous = this.#past.at(-1);
		if (!previous) return;
		this.#past = this.#past.slice(0, -1);
		this.#future = [...this.#future, this.#committed];
		this.#committed = previous;
		this.scenario = previous;
		this.revision++;
	}

	redo(): void {
		this.#endRun();
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

/** The context getAppState reads, for mounting a component on its own (component tests). */
export function appStateContext(state: AppState): Map<symbol, AppState> {
	// eslint-disable-next-line svelte/prefer-svelte-reactivity -- read once by mount, never changed
	return new Map([[KEY, state]]);
}
