// Between the live state and the outside: the address fragment and local storage. Runs in the
// browser after mount only (prerendering never reads the address; see STACK.md).
import { readCompareFragment } from '../scenario/compareFragment';
import { decodeLink, encodeLink, type DecodedLink } from '../scenario/link';
import { decodePinnedLink } from '../scenario/pinnedVintage';
import { loadVintage } from '../model/data';
import type { TargetId } from '../model/types';
import { diffVintages } from '../model/vintageDiff';
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
		dataVersion: app.pendingVintage ?? app.data.vintage
	});
}

/**
 * Opens a link that pins an earlier data vintage with that vintage's numbers (loaded now, and
 * only now), and tells the reader that newer data exists, what changed and how to switch. A
 * vintage that cannot be loaded leaves the latest data, said so by reportIgnored.
 */
export async function openPinnedVintage(app: AppState, fragment: string): Promise<void> {
	const { decoded, data } = await decodePinnedLink(fragment, {
		plan: app.plan,
		data: app.latestData,
		load: loadVintage
	}).finally(() => (app.pendingVintage = null));
	if (data === app.latestData) return reportIgnored(app, decoded);
	app.data = data;
	app.load(decoded.state.scenario);
	app.notice = {
		kind: 'older_data',
		pinned: data.vintage,
		latest: app.latestData.vintage,
		changes: diffVintages(data, app.latestData),
		ignored: decoded.ignored
	};
}

/** Leaves a pinned earlier vintage for the latest data (the address then names the latest). */
export function useLatestData(app: AppState): void {
	app.data = app.latestData;
	app.notice = null;
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
		if (decoded.state.dataVersion !== app.data.vintage) {
			app.pendingVintage = decoded.state.dataVersion;
			void openPinnedVintage(app, fragment);
		} else reportIgnored(app, decoded);
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
