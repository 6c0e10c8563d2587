// Keeps an element's markup (set first by {@html}) up to date by changing only the text that
// changed, when the new markup has the same elements as the one shown: the derivation's formulas
// keep their structure while a slider moves and only their numbers change, so a move rewrites a
// few text nodes instead of parsing and replacing whole MathML trees. Markup of another structure
// replaces the content whole. The markup is trusted, escaped by its builder (mathml.ts).
import type { Attachment } from 'svelte/attachments';

/** Each run of text between two tags, not empty. */
const TEXT = />([^<]+)</g;
const ENTITIES: Record<string, string> = {
	'&amp;': '&',
	'&lt;': '<',
	'&gt;': '>',
	'&quot;': '"',
	'&#39;': "'"
};

/** The markup with every text replaced by one mark: equal for markup of the same elements. */
const structure = (markup: string) => markup.replace(TEXT, '>#<');

/** The texts of the markup in document order, as the DOM holds them (entities read). */
const texts = (markup: string) =>
	[...markup.matchAll(TEXT)].map((m) =>
		m[1]!.replace(/&(?:amp|lt|gt|quot|#39);/g, (e) => ENTITIES[e]!)
	);

/**
 * Writes `markup` into `host`, whose content is `shown`: the changed texts only when the two have
 * the same structure, else the whole content. Returns how many text nodes it rewrote, or -1 when
 * it replaced the content.
 */
export function patchMarkup(host: Element, shown: string, markup: string): number {
	if (markup === shown) return 0;
	if (structure(markup) === structure(shown)) {
		const next = texts(markup);
		const nodes: Text[] = [];
		const walker = host.ownerDocument.createTreeWalker(host, NodeFilter.SHOW_TEXT);
		for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text);
		if (nodes.length === next.length) {
			let written = 0;
			nodes.forEach((node, i) => {
				if (node.data !== next[i]) {
					node.data = next[i]!;
					written++;
				}
			});
			return written;
		}
	}
	host.innerHTML = markup;
	return -1;
}

/**
 * An attachment for an element whose content {@html} rendered from `read()` once (untracked):
 * later values are patched in with patchMarkup.
 */
export function patchedMarkup(read: () => string): Attachment<HTMLElement> {
	let shown: string | null = null;
	return (host) => {
		const markup = read();
		if (shown !== null) patchMarkup(host, shown, markup);
		shown = markup;
	};
}
