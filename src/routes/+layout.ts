import { base } from '$app/paths';
import { langOfPath } from '$lib/i18n/langPath';
import { loadMessages } from '$lib/i18n/messages';
import { loadSourceDetails } from '$lib/model/data';
import type { LayoutLoad } from './$types';

// Every page is prerendered; all computing happens in the browser.
export const prerender = true;
export const trailingSlash = 'never';

/**
 * The language of the address: English under /en, else Chinese (see $lib/i18n/langPath). Every
 * page but the dashboard shows the sources' titles, addresses or notes somewhere, so it waits for
 * them (the dashboard's first load goes without: $lib/model/sourceDetails).
 */
export const load: LayoutLoad = async ({ url, route }) => {
	// Should the sources' words fail to load (a network cut), the page still opens, as
	// prerendered; what it renders afterwards lacks the source titles and addresses, never the
	// numbers.
	const lang = langOfPath(url.pathname, base);
	// The page's own language's strings (the browser loads one language at a time): a page cannot
	// start without them, as without its own code, so a failure to load them is SvelteKit's to
	// report, as for the page's code.
	await Promise.all([
		loadMessages(lang),
		route.id === '/' ? undefined : loadSourceDetails().catch(() => undefined)
	]);
	return { lang };
};
