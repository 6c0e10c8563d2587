// The live app state: language and scenario, the evaluation derived from them, and the edit
// history. The scenario is replaced, never mutated: a slider drag previews many scenarios and
// commits one, so undo steps over whole changes, not pixels.
import { getContext, setContext } from 'svelte';
import { messages } from '$lib/i18n/messages';
import { observations, plan } from '$lib/model/data';
import { defaultAsOf, emptyScenario, evaluateScenario, type Lang, type Scenario } from '$lib/model';

const HISTORY_LIMIT = 200;

export class AppState {
	lang = $state<Lang>('zh');
	scenario = $state.raw<Scenario>(emptyScenario());
	readonly plan = plan;
	readonly data = observations;
	readonly defaultAsOf = defaultAsOf(plan, observations);
	evaluation = $derived(evaluateScenario(plan, observations, this.scenario));
	/** The same as-of year at default assumptions: the "from" of every change and the thin baseline. */
	baseline = $derived(
		evaluateScenario(plan, observations, { ...emptyScenario(), asOf: this.scenario.asOf })
	);
	t = $derived(messages[this.lang]);

	#committed: Scenario = this.scenario;
	#past = $state.raw<Scenario[]>([]);
	#future = $state.raw<Scenario[]>([]);
	canUndo = $derived(this.#past.length > 0);
	canRedo = $derived(this.#future.length > 0);

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
	}

	undo(): void {
		const previous = this.#past.at(-1);
		if (!previous) return;
		this.#past = this.#past.slice(0, -1);
		this.#future = [...this.#future, this.#committed];
		this.#committed = previous;
		this.scenario = previous;
	}

	redo(): void {
		const next = this.#future.at(-1);
		if (!next) return;
		this.#future = this.#future.slice(0, -1);
		this.#past = [...this.#past, this.#committed];
		this.#committed = next;
		this.scenario = next;
	}
}

const KEY = Symbol('app-state');

export function setAppState(state: AppState): AppState {
	return setContext(KEY, state);
}

export function getAppState(): AppState {
	return getContext<AppState>(KEY);
}
