import { base } from '$app/paths';
import { langOfPath } from '$lib/i18n/langPath';
import { browser } from '$app/environment';
import { loadMessages } from '$lib/i18n/messages';
import type { Lang } from '$lib/model/types';
import { initialLang } from '$lib/state/lang';
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
		// The other language is a wish, not a need: if it cannot load, the page starts in its own
		// and AddressSync's switch says why (langUnavailable).
		...startLangs(lang)
			.filter((l) => l !== lang)
			.map((l) => loadMessages(l).catch(() => undefined)),
		route.id === '/' ? undefined : loadSourceDetails().catch(() => undefined)
	]);
	return { lang };
};

/**
 * The languages a visit may start in: the page's, and in the browser also one a link names
 * (`lang=`) or, at a Chinese address, the reader's remembered or browser language (see
 * AddressSync). Loading them before the page starts means it starts in its language at once,
 * never showing the page's language first and switching a moment later.
 */
function startLangs(lang: Lang): Lang[] {
	if (!browser) return [lang];
	const named = /(?:^|[#?&])lang=(zh|en)(?:&|$)/.exec(location.hash + '&' + location.search)?.[1];
	const other = named ?? (lang === 'zh' ? initialLang() : lang);
	return other === lang ? [lang] : [lang, other as Lang];
}
