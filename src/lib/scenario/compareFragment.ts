// The compare link's own parts (see compare.ts): split off and written here, in a module small
// enough for every page's start-up — the layout reads every fragment through it — without the
// schema library the rest of compare.ts uses for the saved selection.
import { safePart } from './link';

/** The most scenarios compared side by side. */
export const MAX_COMPARED = 4;
/** The key of a compared link in the compare link. */
export const COMPARE_KEY = 'c';

/**
 * A compared link the compare page leaves out, and why: its `c=` part has broken
 * percent-encoding or no link, comes after MAX_COMPARED others, repeats an earlier one, or is a
 * scenario of another plan.
 * `part` is the `c=` part (or, when repeated, the link) made safe to show (link.ts's safePart).
 */
export type DroppedComparison =
	| { part: string; reason: 'bad_encoding' | 'empty' | 'too_many' | 'repeated' }
	/** A scenario of another plan (`plan`, its id): scenarios are compared within one plan. */
	| { part: string; reason: 'other_plan'; plan: string };

/** The compare link's fragment (without `#`): the current link, then one `c=` part per link. */
export function compareFragment(currentLink: string, links: readonly string[]): string {
	const parts = links
		.slice(0, MAX_COMPARED)
		.map((link) => `${COMPARE_KEY}=${encodeURIComponent(link)}`);
	return [currentLink, ...parts].filter((p) => p !== '').join('&');
}

/**
 * Splits a fragment into its compared links (the values of its `c=` parts, percent-decoded and
 * trimmed, each text once, at most MAX_COMPARED), the `c=` parts left out (`dropped`, in order)
 * and the rest, the ordinary link.
 */
export function readCompareFragment(hash: string): {
	links: string[];
	rest: string;
	dropped: DroppedComparison[];
} {
	const fragment = hash.replace(/^#/, '');
	const links: string[] = [];
	const rest: string[] = [];
	const dropped: DroppedComparison[] = [];
	// A further `#` separates parts like `&`, as in link.ts: a `c=` part after one is still read.
	for (const part of fragment === '' ? [] : fragment.split(/[&#]/)) {
		if (!part.startsWith(`${COMPARE_KEY}=`)) {
			rest.push(part);
			continue;
		}
		const drop = (reason: 'bad_encoding' | 'empty' | 'too_many' | 'repeated') =>
			dropped.push({ part: safePart(part), reason });
		let link: string;
		try {
			link = decodeURIComponent(part.slice(COMPARE_KEY.length + 1)).trim();
		} catch {
			drop('bad_encoding');
			continue;
		}
		if (link === '') drop('empty');
		else if (links.includes(link)) drop('repeated');
		else if (links.length >= MAX_COMPARED) drop('too_many');
		else links.push(link);
	}
	return { links, rest: rest.join('&'), dropped };
}
