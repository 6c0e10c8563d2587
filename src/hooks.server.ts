// What the prerendered page of each language carries beyond app.html:
// - its language in <html lang>: app.html's is Chinese, an English page's (under /en) is English,
//   so a screen reader and the browser know before any script;
// - a modulepreload link to its language's wording (src/lib/i18n/messages.ts: the browser loads
//   one language at a time, `virtual:strings/<lang>` of vite.config.ts), so the browser fetches them with the page's other scripts instead of
//   after the root layout has started.
import { readFileSync } from 'node:fs';
import { building } from '$app/environment';
import { base } from '$app/paths';
import type { Handle } from '@sveltejs/kit';
import { langOfPath } from '$lib/i18n/langPath';
import type { Lang } from '$lib/model/types';

/**
 * The client build's script of each language's wording, from its manifest, which is written before
 * the pages are prerendered; none while serving in development (nothing to preload there).
 */
function languageFiles(): Partial<Record<Lang, string>> {
	if (!building) return {};
	try {
		const manifest = JSON.parse(
			readFileSync('.svelte-kit/output/client/.vite/manifest.json', 'utf8')
		) as Record<string, { file?: string }>;
		return {
			zh: manifest['strings:zh']?.file,
			en: manifest['strings:en']?.file
		};
	} catch {
		return {};
	}
}

const files = languageFiles();

/** The page with a modulepreload of `file` beside SvelteKit's own, at the same relative base. */
function preloading(html: string, file: string | undefined): string {
	if (!file) return html;
	// SvelteKit's link to its start script names the base its other links use (./, ../../, /x/).
	const start = html.match(
		/<link href="([^"]*?)([^"/]+\/immutable\/entry\/start\.[^"]+\.js)"[^>]*>/
	);
	if (!start) return html;
	const link = `<link href="${start[1]}${file}" rel="modulepreload">`;
	return html.replace(start[0], `${start[0]}\n\t\t${link}`);
}

export const handle: Handle = ({ event, resolve }) => {
	const lang = langOfPath(event.url.pathname, base);
	return resolve(event, {
		transformPageChunk: ({ html }) => {
			const page = preloading(html, files[lang]);
			return lang === 'en' ? page.replace('<html lang="zh-CN">', '<html lang="en">') : page;
		}
	});
};
