// Between the live state and its links: decoding one against the app's plan and data, reporting
// what it ignored, and the link of what the page shows. (addressSync.svelte.ts keeps the address
// bar and storage in step.)
import { decodeLink, encodeLink, type DecodedLink } from '../scenario/link';
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

/** The fragment (without `#`) that reproduces what the page shows. */
export function linkFor(app: AppState, view: TargetId | null): string {
	return encodeLink({
		scenario: app.scenario,
		lang: app.lang,
		view,
		dataVersion: app.data.vintage
	});
}
