// Each language has its own addresses: Chinese at the site's paths (`/compare`), English under
// `/en` (`/en/compare`, the dashboard at `/en`). The build prerenders both, so a page's HTML
// already carries its language. These functions map an address between the two; `base` is the
// path the site is served under ('' at a host's root, `/targets`, or during prerendering the
// relative `.` / `..` that SvelteKit's `resolve` starts paths with).
import type { Lang } from '../model/types';

/** The first path segment of an English address. */
export const EN_SEGMENT = 'en';

/** The part of `pathname` after `base` ('' and '/' both being the root). */
function rest(pathname: string, base: string): string {
	const after = pathname.startsWith(base) ? pathname.slice(base.length) : pathname;
	return after === '' ? '/' : after;
}

/** The language of an address: English under `/en`, else Chinese. */
export function langOfPath(pathname: string, base: string): Lang {
	const path = rest(pathname, base);
	return path === `/${EN_SEGMENT}` || path.startsWith(`/${EN_SEGMENT}/`) ? 'en' : 'zh';
}

/** The address without its language part: `/en/compare` → `/compare`, `/en` → `/`. */
export function pathWithoutLang(pathname: string, base: string): string {
	const path = rest(pathname, base);
	if (path === `/${EN_SEGMENT}`) return `${base}/`;
	if (path.startsWith(`/${EN_SEGMENT}/`)) return `${base}${path.slice(EN_SEGMENT.length + 1)}`;
	return `${base}${path}`;
}

/** The same page's address in `lang`: `/compare` ↔ `/en/compare`, `/` ↔ `/en`. */
export function pathInLang(pathname: string, lang: Lang, base: string): string {
	const path = rest(pathWithoutLang(pathname, base), base);
	if (lang === 'zh') return `${base}${path}`;
	return path === '/' ? `${base}/${EN_SEGMENT}` : `${base}/${EN_SEGMENT}${path}`;
}
