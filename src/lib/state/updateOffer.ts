// When to offer a newer version of the app. The service worker serves every file of one version
// from its cache; when the host has a newer one, the browser installs its worker beside the
// running one, where it waits (it never takes over a page by itself: src/service-worker.ts skips
// waiting only when a page asks). This module decides, from what the page has seen, what the
// update notice offers. Pure, so every case runs in a unit test; updateWatch.svelte.ts feeds it.

/** The message a page posts to the waiting worker to make it take over now. */
export const SKIP_WAITING = 'SKIP_WAITING';

/** How often an open page asks the host whether a newer version exists. */
export const UPDATE_CHECK_INTERVAL_MS = 10 * 60 * 1000;

/** The least time between two checks when the page comes back into view. */
export const MIN_CHECK_GAP_MS = 60 * 1000;

/**
 * - `none`: nothing to offer.
 * - `ready`: a newer version has installed and waits; reloading hands the page over to it.
 * - `active`: another tab already switched to the newer version, while this page still runs the
 *   older one's code; reloading loads the newer version.
 */
export type UpdateOffer = 'none' | 'ready' | 'active';

export interface UpdateFacts {
	/** A service worker served this page: the page runs the version that worker cached. */
	controlledAtStart: boolean;
	/** A newer worker has installed and is waiting. */
	waiting: boolean;
	/** The page's controlling worker changed after it loaded, and not at this page's request. */
	controllerChanged: boolean;
	/** The offer the reader put aside with "Later", if any. */
	dismissed: UpdateOffer | null;
}

/**
 * What to offer. A page no worker served came from the network and runs the newest version
 * already (a first visit, a forced reload): nothing to offer, and the waiting worker takes over
 * once the older version's pages close. "Later" puts one offer aside; a different one (another
 * tab switched since) is shown again.
 */
export function updateOffer(facts: UpdateFacts): UpdateOffer {
	if (!facts.controlledAtStart) return 'none';
	const offer: UpdateOffer = facts.controllerChanged ? 'active' : facts.waiting ? 'ready' : 'none';
	return offer === facts.dismissed ? 'none' : offer;
}

/**
 * True when the page should ask the host for a newer version now: it is in view and the last
 * check (null: none yet) was at least MIN_CHECK_GAP_MS ago.
 */
export function dueForCheck(now: number, lastCheck: number | null, visible: boolean): boolean {
	return visible && (lastCheck === null || now - lastCheck >= MIN_CHECK_GAP_MS);
}

/** True for the message by which a page asks a waiting worker to take over. */
export function isSkipWaiting(data: unknown): boolean {
	return (
		typeof data === 'object' && data !== null && (data as { type?: unknown }).type === SKIP_WAITING
	);
}
