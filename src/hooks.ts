// English pages live under `/en` (see $lib/i18n/langPath): `/en/compare` is the compare page, in
// English. The router finds the page by its address without the language part; the layout reads
// the language from the address itself.
import { base } from '$app/paths';
import type { Reroute } from '@sveltejs/kit';
import { langOfPath, pathWithoutLang } from '$lib/i18n/langPath';

export const reroute: Reroute = ({ url }) =>
	langOfPath(url.pathname, base) === 'en' ? pathWithoutLang(url.pathname, base) : undefined;
