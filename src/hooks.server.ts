// The prerendered page of each language says so in its <html lang>: app.html's is Chinese, an
// English page's (under /en) is English, so a screen reader and the browser know before any script.
import { base } from '$app/paths';
import type { Handle } from '@sveltejs/kit';
import { langOfPath } from '$lib/i18n/langPath';

export const handle: Handle = ({ event, resolve }) =>
	langOfPath(event.url.pathname, base) === 'en'
		? resolve(event, {
				transformPageChunk: ({ html }) => html.replace('<html lang="zh-CN">', '<html lang="en">')
			})
		: resolve(event);
