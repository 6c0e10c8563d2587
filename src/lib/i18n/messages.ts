// Every visible string of the app's core, in Chinese and English (messages.zh.ts and
// messages.en.ts; the Chinese is typed by the English, so a string missing in either language is
// a type error).
//
// Here, as Node, the prerendering server and the tests read it, both languages are loaded. In the
// browser the build (vite.config.ts, wordingByLanguage) replaces this module, and every wording
// module split the same way (`<name>.ts` with `<name>.en.ts` and `<name>.zh.ts` beside it), by
// objects that start empty: loadMessages(lang) loads one language's part of all of them in one
// script and fills them in. The root layout waits for the page's language (which its HTML
// preloads: src/hooks.server.ts), and AppState changes its language only once that language is
// in, so `messages[app.lang]` and every split module's `[app.lang]` are always there. A module is
// worth splitting when the first page needs it; a split module may export nothing but its
// wording object and types.
import type { Lang } from '../model/types';
import { en, type Messages } from './messages.en';
import { zh } from './messages.zh';

export type { Messages } from './messages.en';

export const messages: Record<Lang, Messages> = { en, zh };

/** True once the strings of `lang` are loaded (always, outside the browser). */
export function hasMessages(lang: Lang): boolean {
	return Object.hasOwn(messages, lang);
}

/** Loads the strings of `lang` (at once, outside the browser). */
export async function loadMessages(lang: Lang): Promise<void> {
	void lang;
}
