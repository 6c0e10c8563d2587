import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/**
 * The path the site is served under, from BASE_PATH: '' (the host's root) when unset or empty,
 * else `/targets` or `/a/b` — a leading slash, no trailing one, each part of plain URL letters.
 * Anything else stops the build with one sentence saying what to write.
 * @param {string | undefined} value
 * @returns {'' | `/${string}`}
 */
export function basePath(value) {
	if (value === undefined || value === '') return '';
	const parts = value.split('/').slice(1);
	const valid =
		value.startsWith('/') &&
		parts.every((part) => /^[A-Za-z0-9._~-]+$/.test(part) && part !== '.' && part !== '..');
	if (!valid)
		throw new Error(
			`BASE_PATH must be empty or a path such as /targets (a leading slash, no trailing slash, ` +
				`only letters, digits and . _ ~ - between slashes); got ${JSON.stringify(value)}`
		);
	return /** @type {`/${string}`} */ (value);
}

/**
 * The folder the static build is written to, from BUILD_DIR: `build` when unset or empty.
 * @param {string | undefined} value
 * @returns {string}
 */
export function buildDir(value) {
	return value === undefined || value.trim() === '' ? 'build' : value;
}

const base = basePath(process.env.BASE_PATH);
// The site's own origin (https://example.org), when the build knows it: the prerendered pages then
// name their other language's page by its full address, as search engines ask of hreflang links.
const origin = process.env.SITE_ORIGIN?.trim() || undefined;
const out = buildDir(process.env.BUILD_DIR);

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		// Client-only static build: every page is prerendered and all computing happens in the browser.
		// The build goes to BUILD_DIR (default build/) and is served under BASE_PATH (default the
		// host's root). Pages address their files relatively (paths.relative, SvelteKit's default)
		// and find their base at run time, so links, share links and the service worker's scope
		// follow the folder; with a BASE_PATH the prerender also fails on any link outside it (a
		// path written without $app/paths), which `npm run build:subpath` checks.
		// 404.html is the app's shell for any other address (a page of a target of a reader's own plan
		// file, which no build can know): a host that answers unknown addresses with it (GitHub
		// Pages, Netlify, Cloudflare Pages do; nginx: error_page 404 /404.html) starts the app there.
		adapter: adapter({ pages: out, assets: out, fallback: '404.html', strict: true }),
		paths: { base },
		...(origin ? { prerender: { origin } } : {}),
		// A strict Content Security Policy. Prerendered pages carry it in a <meta http-equiv> tag, with
		// the hash of SvelteKit's inline start-up script added to script-src. No 'unsafe-eval': the
		// built client (mathjs compile included) never calls eval or new Function.
		// Styles: component CSS ships as files ('self'), and Svelte sets styles at run time through
		// the CSSOM (element.style.cssText), which CSP allows; but the prerendered HTML carries style
		// attributes (chart positions, app.html's display: contents), so style-src-attr alone allows
		// inline ones. frame-ancestors is ignored in a <meta> policy: the embed view is meant to be
		// framed anyway; a host that wants to restrict framing must send it as an HTTP header.
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self'],
				'style-src': ['self'],
				'style-src-attr': ['unsafe-inline'],
				// The share menu's QR code is an SVG data: URL.
				'img-src': ['self', 'data:'],
				'connect-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self']
			}
		}
	}
};

export default config;
