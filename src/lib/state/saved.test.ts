import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { observations, plan } from '../model/data';
import { MAX_ID_LENGTH, serializeSaved } from '../scenario/savedFile';
import {
	addSaved,
	checkName,
	freshId,
	loadSaved,
	MAX_NAME_LENGTH,
	MAX_SAVED,
	mergeImported,
	removeSaved,
	renameSaved,
	restoreSaved,
	SAVED_KEY,
	storeSaved,
	uniqueName,
	withSuffix,
	type SavedScenario
} from './saved';

const options = { plan, data: observations };
const LINK = `v=1&g.tech_contracts=0.05&d=${observations.vintage}`;
const scenario = (id: string, name = `Scenario ${id}`): SavedScenario => ({
	id,
	name,
	link: LINK,
	savedAt: '2026-11-29T10:00:00.000Z'
});
const many = (n: number) => Array.from({ length: n }, (_, i) => scenario(`s-${i}`));

describe('checkName', () => {
	it.each([
		{ name: 'Plan A', problem: null },
		{ name: '  padded  ', problem: null },
		{ name: '', problem: 'empty' },
		{ name: ' \t ', problem: 'empty' },
		{ name: 'x'.repeat(MAX_NAME_LENGTH), problem: null },
		{ name: 'x'.repeat(MAX_NAME_LENGTH + 1), problem: 'too_long' },
		{ name: '科'.repeat(MAX_NAME_LENGTH), problem: null }
	])('says $problem for "$name"', ({ name, problem }) => {
		expect(checkName(name)).toBe(problem);
	});
});

describe('withSuffix', () => {
	it('appends the suffix', () => {
		expect(withSuffix('Plan', ' (imported)')).toBe('Plan (imported)');
	});

	it('cuts the base so that the whole fits the longest name', () => {
		const name = withSuffix('x'.repeat(MAX_NAME_LENGTH), '（导入）');
		expect([...name].length).toBe(MAX_NAME_LENGTH);
		expect(name.endsWith('…（导入）')).toBe(true);
	});
});

describe('uniqueName', () => {
	it('keeps a free name and numbers a taken one', () => {
		const list = [scenario('a', 'Plan'), scenario('b', 'Plan (2)')];
		expect(uniqueName(list, 'Other')).toBe('Other');
		expect(uniqueName(list, 'Plan')).toBe('Plan (3)');
	});
});

describe('freshId', () => {
	it('keeps a free id and numbers a taken one', () => {
		expect(freshId(new Set(['a']), 'b')).toBe('b');
		expect(freshId(new Set(['a', 'a-2']), 'a')).toBe('a-3');
	});

	it('stays within MAX_ID_LENGTH', () => {
		const long = 'x'.repeat(MAX_ID_LENGTH);
		const id = freshId(new Set([long]), long);
		expect(id.length).toBe(MAX_ID_LENGTH);
		expect(id.endsWith('-2')).toBe(true);
	});
});

describe('addSaved', () => {
	it('appends the scenario with its name trimmed', () => {
		const result = addSaved([scenario('a')], scenario('b', '  New  '));
		expect(result).toEqual({ ok: true, list: [scenario('a'), scenario('b', 'New')] });
	});

	it('gives a fresh id when the id is taken', () => {
		const result = addSaved([scenario('a')], scenario('a', 'Second'));
		expect(result.ok && result.list.map((s) => s.id)).toEqual(['a', 'a-2']);
	});

	it.each([
		{ why: 'an empty name', list: [], entry: scenario('a', ' '), reason: 'empty' },
		{
			why: 'a long name',
			list: [],
			entry: scenario('a', 'x'.repeat(MAX_NAME_LENGTH + 1)),
			reason: 'too_long'
		},
		{ why: 'a full list', list: many(MAX_SAVED), entry: scenario('new'), reason: 'full' }
	])('refuses $why', ({ list, entry, reason }) => {
		expect(addSaved(list, entry)).toEqual({ ok: false, reason });
	});
});

describe('renameSaved', () => {
	it('renames only the scenario with the id', () => {
		const result = renameSaved([scenario('a'), scenario('b')], 'b', ' Better ');
		expect(result).toEqual({ ok: true, list: [scenario('a'), scenario('b', 'Better')] });
	});

	it.each([
		{ id: 'a', name: '', reason: 'empty' },
		{ id: 'zz', name: 'Fine', reason: 'not_found' }
	])('refuses $reason', ({ id, name, reason }) => {
		expect(renameSaved([scenario('a')], id, name)).toEqual({ ok: false, reason });
	});
});

describe('removeSaved and restoreSaved', () => {
	it('remove a scenario and put it back where it was', () => {
		const list = [scenario('a'), scenario('b'), scenario('c')];
		const { list: after, removed } = removeSaved(list, 'b');
		expect(after.map((s) => s.id)).toEqual(['a', 'c']);
		expect(removed).toEqual({ entry: scenario('b'), index: 1 });
		expect(restoreSaved(after, removed!)).toEqual({ ok: true, list });
	});

	it('remove nothing for an unknown id', () => {
		expect(removeSaved([scenario('a')], 'x')).toEqual({ list: [scenario('a')], removed: null });
	});

	it('restore at the end when the list has shrunk since', () => {
		const result = restoreSaved([], { entry: scenario('b'), index: 5 });
		expect(result).toEqual({ ok: true, list: [scenario('b')] });
	});
});

describe('mergeImported', () => {
	it('adds new ids as they are', () => {
		const result = mergeImported([scenario('a')], [scenario('b')], ' (imported)');
		expect(result).toEqual({
			ok: true,
			list: [scenario('a'), scenario('b')],
			added: 1,
			renamed: 0
		});
	});

	it('keeps both when an id is taken, renaming the import', () => {
		const result = mergeImported([scenario('a', 'Mine')], [scenario('a', 'Theirs')], ' (imported)');
		expect(result).toEqual({
			ok: true,
			list: [scenario('a', 'Mine'), scenario('a-2', 'Theirs (imported)')],
			added: 1,
			renamed: 1
		});
	});

	it('gives two clashing imports distinct ids', () => {
		const result = mergeImported(
			[scenario('a'), scenario('a-2')],
			[scenario('a', 'X'), scenario('a-2', 'Y')],
			' (imported)'
		);
		expect(result.ok && result.list.map((s) => s.id)).toEqual(['a', 'a-2', 'a-3', 'a-2-2']);
	});

	it('refuses, changing nothing, when the result would pass MAX_SAVED', () => {
		expect(mergeImported(many(MAX_SAVED - 1), [scenario('x'), scenario('y')], '')).toEqual({
			ok: false,
			reason: 'full',
			count: MAX_SAVED + 1
		});
	});

	it('into an empty list gives the imported list itself', () => {
		fc.assert(
			fc.property(
				fc.uniqueArray(fc.string({ minLength: 1, maxLength: 8 }), { maxLength: 20 }),
				(ids) => {
					const imported = ids.map((id) => scenario(id));
					expect(mergeImported([], imported, ' (imported)')).toEqual({
						ok: true,
						list: imported,
						added: ids.length,
						renamed: 0
					});
				}
			),
			{ seed: 7, numRuns: 100 }
		);
	});

	it('always gives unique ids and keeps every scenario', () => {
		const ids = fc.array(fc.constantFrom('a', 'b', 'a-2', 'c'), { maxLength: 6 });
		fc.assert(
			fc.property(fc.uniqueArray(fc.constantFrom('a', 'b', 'a-2', 'c')), ids, (mine, theirs) => {
				const result = mergeImported(
					mine.map((id) => scenario(id)),
					theirs.map((id) => scenario(id)),
					' (imported)'
				);
				expect(result.ok).toBe(true);
				if (!result.ok) return;
				expect(result.list).toHaveLength(mine.length + theirs.length);
				expect(new Set(result.list.map((s) => s.id)).size).toBe(result.list.length);
			}),
			{ seed: 11, numRuns: 200 }
		);
	});
});

/** A Storage double: a Map, optionally failing every write the way a full store does. */
function fakeStorage(initial: Record<string, string> = {}, failWrites?: 'quota' | 'other') {
	const items = new Map(Object.entries(initial));
	return {
		items,
		getItem: (key: string) => items.get(key) ?? null,
		setItem: (key: string, value: string) => {
			if (failWrites === 'quota') throw new DOMException('full', 'QuotaExceededError');
			if (failWrites === 'other') throw new Error('denied');
			items.set(key, value);
		},
		removeItem: (key: string) => items.delete(key)
	};
}

describe('loadSaved and storeSaved', () => {
	afterEach(() => vi.unstubAllGlobals());

	it('store the list as the versioned document under SAVED_KEY and read it back', () => {
		const storage = fakeStorage();
		vi.stubGlobal('localStorage', storage);
		const list = [scenario('a'), scenario('b')];
		expect(storeSaved(list)).toEqual({ ok: true, value: null });
		expect(storage.items.get(SAVED_KEY)).toBe(serializeSaved(list));
		expect(loadSaved(options)).toEqual({ list, problem: null });
	});

	it('read nothing as an empty list', () => {
		vi.stubGlobal('localStorage', fakeStorage());
		expect(loadSaved(options)).toEqual({ list: [], problem: null });
	});

	it('report a full store as quota, never throwing', () => {
		vi.stubGlobal('localStorage', fakeStorage({}, 'quota'));
		expect(storeSaved([scenario('a')])).toEqual({ ok: false, reason: 'quota' });
	});

	it('report a refusing store as unavailable', () => {
		vi.stubGlobal('localStorage', fakeStorage({}, 'other'));
		expect(storeSaved([scenario('a')])).toEqual({ ok: false, reason: 'unavailable' });
	});

	it('report a missing store as unavailable', () => {
		vi.stubGlobal('localStorage', undefined);
		expect(loadSaved(options)).toEqual({
			list: [],
			problem: { kind: 'storage', reason: 'unavailable' }
		});
	});

	it('report a damaged document, leaving it in place', () => {
		const storage = fakeStorage({ [SAVED_KEY]: '{oops' });
		vi.stubGlobal('localStorage', storage);
		expect(loadSaved(options)).toEqual({
			list: [],
			problem: { kind: 'unreadable', problem: { reason: 'not_json' } }
		});
		expect(storage.items.get(SAVED_KEY)).toBe('{oops');
	});

	it('keep a stored scenario whose link has parts this build ignores', () => {
		const old = { ...scenario('a'), link: 'v=1&g.gdp=abc' };
		vi.stubGlobal('localStorage', fakeStorage({ [SAVED_KEY]: serializeSaved([old]) }));
		expect(loadSaved(options).list).toEqual([old]);
	});
});
