import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
	packSummary,
	parseUserPlans,
	PREVIOUS_USER_PLANS_KEY,
	UNREADABLE_USER_PLANS_KEY,
	unreadableUserPlans,
	USER_PLANS_KEY,
	UserPlans,
	userPlansText
} from './userPlans.svelte';

const source = JSON.parse(readFileSync('seeds/plans/china-2030.json', 'utf8'));
const packA = { ...source, id: 'plan-a' };
const packB = { ...source, id: 'plan-b', shortTitle: { zh: '乙', en: 'B' } };

/** A local storage by hand (the unit tests run in Node, which has none). */
function fakeStorage(initial: Record<string, string> = {}) {
	const items = new Map(Object.entries(initial));
	return {
		items,
		getItem: (k: string) => items.get(k) ?? null,
		setItem: (k: string, v: string) => void items.set(k, v),
		removeItem: (k: string) => void items.delete(k)
	};
}

let storage: ReturnType<typeof fakeStorage>;
beforeEach(() => {
	storage = fakeStorage();
	vi.stubGlobal('localStorage', storage);
});
afterEach(() => vi.unstubAllGlobals());

describe('what the picker reads of a pack', () => {
	it('is its id under user., titles, target year and target ids', () => {
		expect(packSummary(packA)).toEqual({
			id: 'user.plan-a',
			shortTitle: source.shortTitle,
			targetYear: 2030,
			targetIds: ['rd_growth', 'digital_core_share']
		});
	});
	it.each([
		['no object', null],
		['an id a plan cannot have', { ...packA, id: 'Plan A' }],
		['a title in one language', { ...packA, shortTitle: { en: 'x' } }],
		['no target year', { ...packA, targetYear: '2030' }],
		['a target without an id', { ...packA, targets: [{}] }]
	])('is nothing for %s', (_, pack) => expect(packSummary(pack)).toBeNull());
});

describe('the plans kept on this device', () => {
	it('adds, replaces and removes, keeping the list before each change for Undo', () => {
		const plans = new UserPlans();
		plans.load();
		expect(plans.entries).toEqual([]);
		const first = plans.add(packA, 'a.json', new Date('2026-12-05T10:00:00Z'));
		expect(first).toMatchObject({ replaced: false, stored: { ok: true } });
		plans.add(packB, 'b.json');
		expect(plans.add(packA, 'a2.json').replaced).toBe(true);
		expect(plans.entries.map((e) => [e.id, e.file])).toEqual([
			['user.plan-a', 'a2.json'],
			['user.plan-b', 'b.json']
		]);
		// Another page reads the same list.
		const other = new UserPlans();
		other.load();
		expect(other.entries.map((e) => e.id)).toEqual(['user.plan-a', 'user.plan-b']);
		expect(other.get('user.plan-b')?.pack).toEqual(packB);

		plans.remove('user.plan-a');
		expect(plans.entries.map((e) => e.id)).toEqual(['user.plan-b']);
		expect(plans.undo()).toEqual({ ok: true, value: null });
		expect(plans.entries.map((e) => [e.id, e.file])).toEqual([
			['user.plan-a', 'a2.json'],
			['user.plan-b', 'b.json']
		]);
		plans.remove('user.plan-a');
		plans.remove('user.plan-b');
		expect(storage.items.has(USER_PLANS_KEY)).toBe(false);
		expect(parseUserPlans(storage.items.get(PREVIOUS_USER_PLANS_KEY)!)).toHaveLength(1);
	});

	it('keeps a list it cannot read aside, and loading a plan does not lose it', () => {
		storage.items.set(USER_PLANS_KEY, '{"format":"bj-targets-user-plans","version":1,"plans":[{');
		const plans = new UserPlans();
		plans.load();
		expect(plans.problem).toBe('unreadable');
		expect(plans.entries).toEqual([]);
		plans.add(packA, 'a.json');
		expect(unreadableUserPlans()).toBe('{"format":"bj-targets-user-plans","version":1,"plans":[{');
		expect(storage.items.get(UNREADABLE_USER_PLANS_KEY)).toContain('"plans":[{');
		expect(plans.problem).toBeNull();
	});

	it.each([
		['another format', { format: 'x', version: 1, plans: [] }],
		['a later version', { format: 'bj-targets-user-plans', version: 2, plans: [] }],
		[
			'an entry without its file name',
			{ format: 'bj-targets-user-plans', version: 1, plans: [{ added: '', pack: packA }] }
		],
		[
			'one plan twice',
			JSON.parse(
				userPlansText([
					{ ...packSummary(packA)!, file: 'a', added: '', pack: packA },
					{ ...packSummary(packA)!, file: 'b', added: '', pack: packA }
				])
			)
		]
	])('reads %s as unreadable', (_, json) =>
		expect(parseUserPlans(JSON.stringify(json))).toBeNull()
	);

	it('says so when nothing can be stored, and keeps the plan for the visit', () => {
		vi.stubGlobal('localStorage', {
			getItem: () => null,
			setItem: () => {
				throw new DOMException('full', 'QuotaExceededError');
			},
			removeItem: () => {}
		});
		const plans = new UserPlans();
		const { stored } = plans.add(packA, 'a.json');
		expect(stored).toEqual({ ok: false, reason: 'quota' });
		expect(plans.has('user.plan-a')).toBe(true);
	});
});
