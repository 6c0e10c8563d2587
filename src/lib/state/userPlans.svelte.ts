// The plans a reader loaded from files, kept on this device: read at start (after the first
// navigation, so the prerendered page hydrates as it was built), written on every change under
// their own key, with the list before the last change kept for Undo and a list that cannot be read
// copied aside before anything is written over it. Each entry is the pack as its file held it;
// the picker lists them from what this module reads without validating (id, titles, target year),
// and a pack is validated when its plan is opened (plans/planModels.ts: loadUserPlan).
import type { Text } from '../model/types';
import { isUserPlanId, userPlanId } from '../plans/userPlanId';
import { readItem, writeItem, type StorageResult } from './storage';

export const USER_PLANS_KEY = 'bj-targets:user-plans';
/** The list before the last change (a plan loaded, replaced or removed), for Undo. */
export const PREVIOUS_USER_PLANS_KEY = 'bj-targets:user-plans:previous';
/** A stored list that could not be read, copied here as it was before anything overwrote it. */
export const UNREADABLE_USER_PLANS_KEY = 'bj-targets:user-plans:unreadable';

/** The stored list's format: the key's value is this object as JSON. */
export const USER_PLANS_FORMAT = 'bj-targets-user-plans';
export const USER_PLANS_VERSION = 1;

/** One plan a reader loaded: the pack as its file held it, the file's name and when it came. */
export interface UserPlanEntry {
	/** The app's id of the plan: `user.<pack id>`. */
	id: string;
	/** The file it was loaded from (shown, and the name it downloads under). */
	file: string;
	/** When it was loaded (ISO 8601). */
	added: string;
	shortTitle: Text;
	targetYear: number;
	targetIds: string[];
	/** The pack, unvalidated: it is checked when the plan is opened. */
	pack: unknown;
}

const isText = (x: unknown): x is Text =>
	typeof x === 'object' &&
	x !== null &&
	typeof (x as Text).zh === 'string' &&
	typeof (x as Text).en === 'string';

/**
 * What the picker needs of a pack, read without validating it; null when the pack lacks even
 * that (an id, a short title in both languages, a target year and a list of targets with ids).
 */
export function packSummary(
	pack: unknown
): Pick<UserPlanEntry, 'id' | 'shortTitle' | 'targetYear' | 'targetIds'> | null {
	if (typeof pack !== 'object' || pack === null) return null;
	const p = pack as Record<string, unknown>;
	if (typeof p.id !== 'string' || !isUserPlanId(userPlanId(p.id))) return null;
	if (!isText(p.shortTitle) || typeof p.targetYear !== 'number') return null;
	if (!Array.isArray(p.targets)) return null;
	const targetIds = p.targets.map((t) => (t as { id?: unknown })?.id);
	if (!targetIds.every((id): id is string => typeof id === 'string')) return null;
	return { id: userPlanId(p.id), shortTitle: p.shortTitle, targetYear: p.targetYear, targetIds };
}

/** The stored list's text. */
export function userPlansText(entries: readonly UserPlanEntry[]): string {
	return JSON.stringify({
		format: USER_PLANS_FORMAT,
		version: USER_PLANS_VERSION,
		plans: entries.map(({ file, added, pack }) => ({ file, added, pack }))
	});
}

/** A stored list read back; null when it is not one (then it is kept aside, never overwritten). */
export function parseUserPlans(text: string): UserPlanEntry[] | null {
	let json: unknown;
	try {
		json = JSON.parse(text);
	} catch {
		return null;
	}
	if (typeof json !== 'object' || json === null) return null;
	const { format, version, plans } = json as Record<string, unknown>;
	if (format !== USER_PLANS_FORMAT || version !== USER_PLANS_VERSION || !Array.isArray(plans))
		return null;
	const entries: UserPlanEntry[] = [];
	for (const item of plans) {
		if (typeof item !== 'object' || item === null) return null;
		const { file, added, pack } = item as Record<string, unknown>;
		const summary = packSummary(pack);
		if (typeof file !== 'string' || typeof added !== 'string' || !summary) return null;
		if (entries.some((e) => e.id === summary.id)) return null;
		entries.push({ ...summary, file, added, pack });
	}
	return entries;
}

/** Why the stored list is not in use: the store is off, or what it holds cannot be read. */
export type UserPlansProblem = 'unavailable' | 'unreadable' | null;

/** The plans on this device, as the picker and the address read them. */
export class UserPlans {
	entries = $state.raw<UserPlanEntry[]>([]);
	problem = $state<UserPlansProblem>(null);

	/** (Re)reads the stored list: at start, and when another tab changed it. */
	load(): void {
		const stored = readItem(USER_PLANS_KEY);
		if (!stored.ok) {
			this.problem = 'unavailable';
			return;
		}
		if (!stored.value) {
			this.entries = [];
			this.problem = null;
			return;
		}
		const entries = parseUserPlans(stored.value);
		if (entries) {
			this.entries = entries;
			this.problem = null;
		} else {
			this.entries = [];
			this.problem = 'unreadable';
			keepUnreadable(stored.value);
		}
	}

	get(id: string): UserPlanEntry | null {
		return this.entries.find((e) => e.id === id) ?? null;
	}

	has(id: string): boolean {
		return this.get(id) !== null;
	}

	/**
	 * Adds a plan (a pack already validated) or replaces the one with its id, keeping the list
	 * before for Undo. The plan is in use for this visit even when storing it failed.
	 */
	add(
		pack: { id: string },
		file: string,
		// eslint-disable-next-line svelte/prefer-svelte-reactivity -- a timestamp, never changed
		now = new Date()
	): { entry: UserPlanEntry; replaced: boolean; stored: StorageResult<null> } {
		const summary = packSummary(pack);
		if (!summary) throw new Error('a validated pack always has what the picker reads');
		const entry: UserPlanEntry = { ...summary, file, added: now.toISOString(), pack };
		const replaced = this.has(entry.id);
		const next = replaced
			? this.entries.map((e) => (e.id === entry.id ? entry : e))
			: [...this.entries, entry];
		return { entry, replaced, stored: this.#change(next) };
	}

	/** Removes a plan from this device, keeping the list before for Undo. */
	remove(id: string): StorageResult<null> {
		return this.#change(this.entries.filter((e) => e.id !== id));
	}

	/** True when there is a list before the last change to go back to. */
	canUndo(): boolean {
		const kept = readItem(PREVIOUS_USER_PLANS_KEY);
		return kept.ok && kept.value !== null;
	}

	/** Goes back to the list before the last change (also after a reload). */
	undo(): StorageResult<null> | { ok: false; reason: 'nothing' } {
		const kept = readItem(PREVIOUS_USER_PLANS_KEY);
		if (!kept.ok) return kept;
		if (kept.value === null) return { ok: false, reason: 'nothing' };
		const entries = kept.value === '' ? [] : parseUserPlans(kept.value);
		if (!entries) return { ok: false, reason: 'nothing' };
		return this.#change(entries);
	}

	#change(next: UserPlanEntry[]): StorageResult<null> {
		const previous = this.entries;
		this.entries = next;
		// A list that could not be read is already copied aside (load): writing over it loses nothing.
		const kept = writeItem(PREVIOUS_USER_PLANS_KEY, userPlansText(previous));
		if (!kept.ok) return kept;
		const written = writeItem(USER_PLANS_KEY, next.length > 0 ? userPlansText(next) : null);
		if (written.ok) this.problem = null;
		return written;
	}
}

/** Copies an unreadable stored list aside, unless a copy is already kept. */
function keepUnreadable(text: string): void {
	const kept = readItem(UNREADABLE_USER_PLANS_KEY);
	if (kept.ok && !kept.value) writeItem(UNREADABLE_USER_PLANS_KEY, text);
}

/** The unreadable list kept aside, as it was stored; null when none is kept. */
export function unreadableUserPlans(): string | null {
	const kept = readItem(UNREADABLE_USER_PLANS_KEY);
	return kept.ok ? kept.value : null;
}

/** The plans on this device: one list for the whole page. */
export const userPlans = new UserPlans();
