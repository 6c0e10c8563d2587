// The reader's language: a remembered choice first, else Chinese when the browser prefers it,
// else English. Storage may be unavailable (private mode); that is never fatal.
import type { Lang } from '$lib/model/types';

const KEY = 'bj-targets:lang';

export function pickLang(stored: string | null, preferred: readonly string[]): Lang {
	if (stored === 'zh' || stored === 'en') return stored;
	for (const tag of preferred) {
		if (tag.toLowerCase().startsWith('zh')) return 'zh';
		if (tag.toLowerCase().startsWith('en')) return 'en';
	}
	return 'zh';
}

function readStored(): string | null {
	try {
		return localStorage.getItem(KEY);
	} catch {
		return null;
	}
}

export function initialLang(): Lang {
	return pickLang(readStored(), navigator.languages ?? [navigator.language]);
}

export function storeLang(lang: Lang): void {
	try {
		localStorage.setItem(KEY, lang);
	} catch {
		// Storage unavailable: the choice lasts for this visit only.
	}
}
