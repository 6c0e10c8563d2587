// A page's address in a language, from the path `resolve` gives (see $lib/i18n/langPath): the
// links of an English page lead to English pages, and the prerenderer finds every English page
// through them.
import { base, resolve } from '$app/paths';
import { page } from '$app/state';
import type { Lang } from '../model/types';
import { pathInLang } from '../i18n/langPath';

/** `resolved` (a path from `resolve`, with no fragment) at its `lang` address. */
export function inLang(lang: Lang, resolved: string): string {
	return pathInLang(resolved, lang, base);
}

/**
 * The page shown, at its `lang` address (without the fragment). From the route, not the address
 * bar: the address moves to the language shown by shallow routing, which `page.url` does not follow.
 */
export function pageInLang(lang: Lang): string {
	const { id } = page.route;
	const here = id
		? (resolve as (id: string, params: Record<string, string>) => string)(id, page.params)
		: resolve('/');
	return inLang(lang, here);
}
