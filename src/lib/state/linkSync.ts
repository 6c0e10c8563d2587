// Between the live state and its links: decoding one against the app's plan and data, reporting
// what it ignored, and the link of what the page shows. (addressSync.svelte.ts keeps the address
// bar and storage in step.)
import { decodeLink, encodeLink, type DecodedLink } from '../scenario/link';
import { decodePinnedLink } from '../scenario/pinnedVintage';
import { loadVintage } from '../model/data';
import type { TargetId } from '../model/types';
import type { AppState } from './app.svelte';

export function decodeForApp(app: AppState, text: string): DecodedLink {
	return decodeLink(text, { plan: app.plan, data: app.data });
}

/** Tells the reader what a link left out: ignored parts, or data other than this build's. */
export function reportIgnored(app: AppState, decoded: DecodedLink): void {
	const newerData = decoded.state.dataVersion !== app.data.vintage;
	if (decoded.ignored.length > 0 || newerData)
		app.notice = { kind: 'link_ignored', ignored: decoded.ignored, newerData };
}

/**
 * The fragment (without `#`) that reproduces what the page shows; with `name`, it carries the
 * scenario's name (`n=`) as well, for a shared link or the card.
 */
export function linkFor(app: AppState, view: TargetId | null, name: string | null = null): string {
	return encodeLink({
		scenario: app.scenario,
		lang: app.lang,
		view,
		dataVersion: app.pendingVintage ?? app.data.vintage,
		name: name ?? undefined
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
	// What changed since that vintage is worked out only here, so it loads only with such a link.
	const { diffVintages } = await import('../model/vintageDiff');
	app.vintageData = data;
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
	app.vintageData = app.latestData;
	app.notice = null;
}
