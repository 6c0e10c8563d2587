import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		// Client-only static build: every page is prerendered and all computing happens in the browser.
		adapter: adapter({ pages: 'build', assets: 'build', fallback: undefined, strict: true }),
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
