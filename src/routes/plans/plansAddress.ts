// /plans links: the page's own part of the address fragment, `at=<block>`, names the section or
// the chart and table a link opens at (`/plans#v=1&lang=en&d=…&at=ind-rd_intensity-2025`); a bare
// block id (`/plans#plans-places`) is read the same way. The page reads and removes that part on
// arrival, before the layout reads the rest as the scenario link (addressSync.svelte.ts), so the
// layout never reports it as an ignored part. Pure.

/** The key of the /plans part of a fragment. */
export const PLANS_KEY = 'at';

/** The ids of the page's three sections, which every /plans link may name. */
export const SECTION_ANCHORS = ['plans-overview', 'plans-places', 'plans-periods'] as const;

export interface PlansFragment {
	/** The block the link names, when the page has it. */
	anchor: string | null;
	/** An `at=` part naming no block of the page (made safe to show), else null. */
	unknown: string | null;
	/** The fragment without its /plans parts and without `#`: the scenario link. */
	rest: string;
}

const decode = (text: string) => {
	try {
		return decodeURIComponent(text).trim();
	} catch {
		return null;
	}
};

/** At most this many characters of an unknown block id are quoted back. */
const MAX_QUOTED = 60;

/**
 * Splits a fragment (with or without `#`) into the block it names among `anchors` and the rest.
 * A further `#` separates parts like `&`, as in link.ts. The first `at=` part is read; every
 * `at=` part is taken out of the rest, so none reaches the scenario link.
 */
export function readPlansFragment(hash: string, anchors: readonly string[]): PlansFragment {
	const fragment = hash.replace(/^#/, '');
	const rest: string[] = [];
	let anchor: string | null = null;
	let unknown: string | null = null;
	let seen = false;
	for (const part of fragment === '' ? [] : fragment.split(/[&#]/)) {
		const bare = anchors.includes(part);
		if (!bare && !part.startsWith(`${PLANS_KEY}=`)) {
			rest.push(part);
			continue;
		}
		if (seen) continue;
		seen = true;
		const id = bare ? part : decode(part.slice(PLANS_KEY.length + 1));
		if (id !== null && anchors.includes(id)) anchor = id;
		else unknown = (id ?? part).replace(/[^\p{L}\p{N}._-]/gu, '').slice(0, MAX_QUOTED) || '?';
	}
	return { anchor, unknown, rest: rest.join('&') };
}

/** The address that opens /plans at `anchor`: `base` (origin and path), the scenario link, `at=`. */
export function plansLink(base: string, scenarioLink: string, anchor: string): string {
	const parts = [scenarioLink, `${PLANS_KEY}=${encodeURIComponent(anchor)}`].filter(
		(p) => p !== ''
	);
	return `${base}#${parts.join('&')}`;
}
