import { base } from '$app/paths';
import { langOfPath } from '$lib/i18n/langPath';
import type { LayoutLoad } from './$types';

// Every page is prerendered; all computing happens in the browser.
export const prerender = true;
export const trailingSlash = 'never';

/** The language of the address: English under /en, else Chinese (see $lib/i18n/langPath). */
export const load: LayoutLoad = ({ url }) => ({ lang: langOfPath(url.pathname, base) });
