// Between the live state and the outside: the address fragment and local storage. Runs in the
// browser after mount only (prerendering never reads the address; see STACK.md).
import { readCompareFragment } from '../scenario/compareFragment';
import { decodeLink, encodeLink, type DecodedLink } from '../scenario/link';
import type { TargetId } from '../model/types';
import type { AppState } from './app.svelte';
import { CURRENT_SCENARIO_KEY, readItem, writeItem } from './storage';

export function decodeForApp(app: AppState, text: string): DecodedLink {
	return decodeLink(text, { plan: app.plan, data: app.data });
}

/** Tells the reader what a link left out: ignored parts, or data other than this build's. */
export function reportIgnored(app: AppState, decoded: DecodedLink): void {
	const newerData = decoded.state.dataVersion !== app.data.vintage;
	if (decoded.ignored.length > 0 || newerData)
		app.notice = { kind: 'link_ignored', ignored: decoded.ignored, newerData };
}

/** The fragment (without `#`) that reproduces what the page shows. */
export function linkFor(app: AppState, view: TargetId | null): string {
	return encodeLink({
		scenario: app.scenario,
		lang: app.lang,
		view,
		dataVersion: app.data.vintage
	});
}

/**
 * Sets the state a visit starts from: the link in the address if there is one (reporting what it
 * ignored), otherwise the scenario saved on this device (saying so, with a way back to the
 * defaults). Returns the view the link asked for.
 */
export function startFromAddress(
	app: AppState,
	hash: string,
	fallbackLang: () => 'zh' | 'en',
	options: { restore: boolean } = { restore: true }
): TargetId | null {
	// A compare link's own `c=` parts belong to the compare page, not to the current scenario.
	const fragment = readCompareFragment(hash).rest;
	if (fragment !== '') {
		const decoded = decodeForApp(app, fragment);
		app.load(decoded.state.scenario);
		app.lang = decoded.state.lang ?? fallbackLang();
		reportIgnored(app, decoded);
		return decoded.state.view;
	}
	app.lang = fallbackLang();
	if (!options.restore) return null;
	const saved = readItem(CURRENT_SCENARIO_KEY);
	if (!saved.ok) {
		app.notice = { kind: 'storage', reason: saved.reason };
		return null;
	}
	if (saved.value) {
		const decoded = decodeForApp(app, saved.value);
		const restored = decoded.state.scenario;
		if (JSON.stringify(restored) !== JSON.stringify(app.scenario)) {
			app.load(restored);
			app.notice = { kind: 'restored' };
		}
	}
	return null;
}

/** Saves the committed scenario on this device; a failure becomes a notice, never an error. */
export function autosave(app: AppState, link: string): void {
	const result = writeItem(CURRENT_SCENARIO_KEY, link);
	if (!result.ok && app.notice?.kind !== 'storage')
		app.notice = { kind: 'storage', reason: result.reason };
}
