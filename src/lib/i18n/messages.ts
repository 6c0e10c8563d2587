// Every visible string of the app's core, in Chinese and English (messages.zh.ts and
// messages.en.ts; the Chinese is typed by the English, so a string missing in either language is
// a type error).
//
// Here, as Node, the prerendering server and the tests read it, both languages are loaded. In the
// browser the build replaces this module (vite.config.ts) by one that starts empty and loads each
// language when first asked (loadMessages): a page loads its own language's strings only. The
// root layout waits for the page's language, and AppState changes its language only once that
// language's strings are in (so `messages[app.lang]` is always there).
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
