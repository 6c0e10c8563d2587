// The live app state: language and scenario, and the evaluation derived from them. The scenario
// is replaced, never mutated, so every change is one cheap reference swap (and easy to undo).
import { getContext, setContext } from 'svelte';
import { messages } from '$lib/i18n/messages';
import { observations, plan } from '$lib/model/data';
import { emptyScenario, evaluateScenario, type Lang, type Scenario } from '$lib/model';

export class AppState {
	lang = $state<Lang>('zh');
	scenario = $state.raw<Scenario>(emptyScenario());
	readonly plan = plan;
	readonly data = observations;
	evaluation = $derived(evaluateScenario(plan, observations, this.scenario));
	t = $derived(messages[this.lang]);
}

const KEY = Symbol('app-state');

export function setAppState(state: AppState): AppState {
	return setContext(KEY, state);
}

export function getAppState(): AppState {
	return getContext<AppState>(KEY);
}
