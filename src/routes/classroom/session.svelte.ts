// One classroom visit: the challenge the address holds (or none: the teacher's view), the
// scenario it runs on, and what has been revealed. The scenario lives in its own AppState, apart
// from the app's: what a student sets here is never written to the address or saved on this
// device, and the saved scenario is only read (to start a teacher from it).
import {
	decodeChallenge,
	questionKey,
	type ChallengeQuestion,
	type DecodedChallenge
} from '$lib/learn/challenge';
import type { Revealed, ScenarioOrigin } from '$lib/learn/classroom';
import { emptyScenario } from '$lib/model/types';
import { AppState } from '$lib/state/app.svelte';
import { initialLang } from '$lib/state/lang';
import { decodeForApp, otherPlanOf, reportIgnored, switchPlan } from '$lib/state/linkSync';
import { CURRENT_SCENARIO_KEY, readItem } from '$lib/state/storage';

export class ClassroomSession {
	/** The scenario shown and edited here. */
	readonly room = new AppState();
	/** The challenge in the address; null without one (a teacher composing). */
	decoded = $state.raw<DecodedChallenge | null>(null);
	origin = $state<ScenarioOrigin>('defaults');
	records = $state.raw<Record<string, Revealed>>({});
	/** A real-outcome challenge: the forecasts entered on this page, by question, in order. */
	forecasts = $state.raw<Record<string, number[]>>({});
	/** A real-outcome challenge: the questions whose outcome is revealed. */
	shown = $state.raw<Record<string, boolean>>({});

	/**
	 * Starts from an address fragment: its scenario part (ignored parts reported on `app`, the
	 * app's state, whose notice the layout shows) and its challenge. Without a scenario part, a
	 * student starts from the defaults, and a teacher from the app's scenario, else the one
	 * saved on this device. `firstVisit` is true when the page was opened rather than navigated
	 * to: only then does the language come from the reader's settings.
	 */
	start(hash: string, app: AppState, firstVisit: boolean): void {
		// A challenge of another plan is read once that plan is shown; the room runs on it too.
		const plan = otherPlanOf(app, hash);
		if (plan) {
			void switchPlan(app, plan, () => this.start(hash, app, firstVisit));
			return;
		}
		if (this.room.planId !== app.planId) this.room.usePlan(app.loadedPlan);
		const decoded = decodeChallenge(hash, app.plan);
		this.decoded = decoded.present ? decoded : null;
		this.records = {};
		this.forecasts = {};
		this.shown = {};
		let lang = firstVisit ? initialLang() : app.lang;
		if (decoded.rest.includes('=')) {
			const link = decodeForApp(app, decoded.rest);
			this.room.load(link.state.scenario);
			lang = link.state.lang ?? lang;
			reportIgnored(app, link);
			this.origin = 'link';
		} else if (decoded.present) {
			this.room.load(emptyScenario());
			this.origin = 'defaults';
		} else if (JSON.stringify(app.scenario) !== JSON.stringify(emptyScenario())) {
			this.room.load(app.scenario);
			this.origin = 'current';
		} else {
			const saved = readItem(CURRENT_SCENARIO_KEY);
			const text = saved.ok ? saved.value : null;
			this.room.load(text ? decodeForApp(app, text).state.scenario : emptyScenario());
			this.origin = text ? 'saved' : 'defaults';
		}
		app.lang = lang;
		this.room.lang = lang;
	}

	reveal(question: ChallengeQuestion, record: Revealed): void {
		this.records = { ...this.records, [questionKey(question)]: record };
	}

	tryAgain(question: ChallengeQuestion): void {
		const key = questionKey(question);
		this.records = Object.fromEntries(Object.entries(this.records).filter(([k]) => k !== key));
	}

	addForecast(question: ChallengeQuestion, value: number): void {
		const key = questionKey(question);
		this.forecasts = { ...this.forecasts, [key]: [...(this.forecasts[key] ?? []), value] };
	}

	removeForecast(question: ChallengeQuestion, index: number): void {
		const key = questionKey(question);
		const list = (this.forecasts[key] ?? []).filter((_, i) => i !== index);
		this.forecasts = { ...this.forecasts, [key]: list };
	}

	revealOutcome(question: ChallengeQuestion): void {
		this.shown = { ...this.shown, [questionKey(question)]: true };
	}

	/** Clears a real-outcome question: its forecasts and its reveal. */
	restart(question: ChallengeQuestion): void {
		const key = questionKey(question);
		this.forecasts = { ...this.forecasts, [key]: [] };
		this.shown = { ...this.shown, [key]: false };
	}
}
