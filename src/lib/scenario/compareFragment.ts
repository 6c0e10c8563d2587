// The compare link's own parts (see compare.ts): split off and written here, in a module small
// enough for every page's start-up — the layout reads every fragment through it — without the
// schema library the rest of compare.ts uses for the saved selection.

/** The most scenarios compared side by side. */
export const MAX_COMPARED = 4;
/** The key of a compared link in the compare link. */
export const COMPARE_KEY = 'c';

/** The compare link's fragment (without `#`): the current link, then one `c=` part per link. */
export function compareFragment(currentLink: string, links: readonly string[]): string {
	const parts = links
		.slice(0, MAX_COMPARED)
		.map((link) => `${COMPARE_KEY}=${encodeURIComponent(link)}`);
	return [currentLink, ...parts].filter((p) => p !== '').join('&');
}

/**
 * Splits a fragment into its compared links (the values of its `c=` parts, percent-decoded, at
 * most MAX_COMPARED; parts with broken encoding are skipped) and the rest, the ordinary link.
 */
export function readCompareFragment(hash: string): { links: string[]; rest: string } {
	const fragment = hash.replace(/^#/, '');
	const links: string[] = [];
	const rest: string[] = [];
	for (const part of fragment === '' ? [] : fragment.split('&')) {
		if (!part.startsWith(`${COMPARE_KEY}=`)) {
			rest.push(part);
			continue;
		}
		try {
			const link = decodeURIComponent(part.slice(COMPARE_KEY.length + 1)).trim();
			if (link !== '' && links.length < MAX_COMPARED) links.push(link);
		} catch {
			// Broken percent-encoding: this one comparison is left out.
		}
	}
	return { links, rest: rest.join('&') };
}
