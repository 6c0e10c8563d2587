// Local storage that never breaks the page: private mode, a full quota or a disabled store
// give a typed failure the UI reports, not an exception.
export type StorageResult<T> =
	{ ok: true; value: T } | { ok: false; reason: 'unavailable' | 'quota' };

function store(): Storage | null {
	try {
		return typeof localStorage === 'undefined' ? null : localStorage;
	} catch {
		return null;
	}
}

export function readItem(key: string): StorageResult<string | null> {
	const s = store();
	if (!s) return { ok: false, reason: 'unavailable' };
	try {
		return { ok: true, value: s.getItem(key) };
	} catch {
		return { ok: false, reason: 'unavailable' };
	}
}

export function writeItem(key: string, value: string | null): StorageResult<null> {
	const s = store();
	if (!s) return { ok: false, reason: 'unavailable' };
	try {
		if (value === null) s.removeItem(key);
		else s.setItem(key, value);
		return { ok: true, value: null };
	} catch (e) {
		const quota = e instanceof DOMException && (e.name === 'QuotaExceededError' || e.code === 22);
		return { ok: false, reason: quota ? 'quota' : 'unavailable' };
	}
}

export const CURRENT_SCENARIO_KEY = 'bj-targets:current';
