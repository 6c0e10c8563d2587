import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { observations } from '../model/data';
import { MAX_ID_LENGTH, SAVED_FORMAT, serializeSaved } from '../scenario/savedFile';
import {
	addSaved,
	BACKUP_KEY,
	checkName,
	commitEdit,
	freshId,
	keepBackup,
	MAX_NAME_LENGTH,
	MAX_SAVED,
	mergeImported,
	readSaved,
	removeSaved,
	renameSaved,
	replayEdits,
	restoreSaved,
	SAVED_KEY,
	uniqueName,
	withSuffix,
	type Edit,
	type SavedScenario
} from './saved';

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
		{ name: '科'.repeat(MAX_NAME_LENGTH), problem: null },
		{ name: '\u202e\u2066', problem: 'empty' }
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

	it('removes bidirectional controls from the name, so that it cannot show reversed', () => {
		const result = addSaved([], scenario('a', '\u202etxt.exe'));
		expect(result.ok && result.list[0]!.name).toBe('txt.exe');
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

const add =
	(entry: SavedScenario): Edit =>
	(list) => {
		const result = addSaved(list, entry);
		return result.ok ? result.list : null;
	};
const ids = (list: readonly SavedScenario[]) => list.map((s) => s.id);
const doc = (scenarios: unknown[], version: unknown = 1) =>
	JSON.stringify({ format: SAVED_FORMAT, version, scenarios });

describe('readSaved', () => {
	afterEach(() => vi.unstubAllGlobals());

	it('reads nothing as an empty list', () => {
		vi.stubGlobal('localStorage', fakeStorage());
		expect(readSaved()).toEqual({ list: [], problems: [], lossyText: null, blocked: null });
	});

	it('reports a missing store as unavailable', () => {
		vi.stubGlobal('localStorage', undefined);
		expect(readSaved()).toMatchObject({
			list: [],
			problems: [{ kind: 'storage', reason: 'unavailable' }],
			blocked: 'unavailable'
		});
	});

	it('keeps the readable entries when one is bad, and names the bad one', () => {
		const text = doc([scenario('a'), { ...scenario('b'), savedAt: 'yesterday' }, scenario('c')]);
		vi.stubGlobal('localStorage', fakeStorage({ [SAVED_KEY]: text }));
		expect(readSaved()).toEqual({
			list: [scenario('a'), scenario('c')],
			problems: [
				{ kind: 'skipped', problems: [{ reason: 'bad_entry', index: 1, field: 'savedAt' }] }
			],
			lossyText: text,
			blocked: null
		});
	});

	it('shows every entry of a list over MAX_SAVED, saying so', () => {
		const text = serializeSaved(many(MAX_SAVED + 5));
		vi.stubGlobal('localStorage', fakeStorage({ [SAVED_KEY]: text }));
		const read = readSaved();
		expect(read.list).toHaveLength(MAX_SAVED + 5);
		expect(read.problems).toEqual([{ kind: 'over_limit', count: MAX_SAVED + 5 }]);
		expect(read.lossyText).toBeNull();
	});

	it('keeps both entries of a repeated id, the second with a fresh id', () => {
		const text = doc([scenario('a', 'One'), scenario('a', 'Two')]);
		vi.stubGlobal('localStorage', fakeStorage({ [SAVED_KEY]: text }));
		expect(readSaved()).toMatchObject({
			list: [scenario('a', 'One'), scenario('a-2', 'Two')],
			problems: [{ kind: 'renumbered', entries: [{ index: 1, name: 'Two', id: 'a-2' }] }]
		});
	});

	it('reports a damaged document, leaving it in place', () => {
		const storage = fakeStorage({ [SAVED_KEY]: '{oops' });
		vi.stubGlobal('localStorage', storage);
		expect(readSaved()).toEqual({
			list: [],
			problems: [{ kind: 'unreadable', problem: { reason: 'not_json' } }],
			lossyText: '{oops',
			blocked: null
		});
		expect(storage.items.get(SAVED_KEY)).toBe('{oops');
	});

	it('refuses to write over a newer version, saying which', () => {
		vi.stubGlobal('localStorage', fakeStorage({ [SAVED_KEY]: doc([], 2) }));
		expect(readSaved()).toMatchObject({
			list: [],
			problems: [{ kind: 'newer', version: '2' }],
			blocked: 'newer_version'
		});
	});

	it('keeps a stored scenario whose link has parts this build ignores', () => {
		const old = { ...scenario('a'), link: 'v=1&g.gdp=abc' };
		vi.stubGlobal('localStorage', fakeStorage({ [SAVED_KEY]: serializeSaved([old]) }));
		expect(readSaved().list).toEqual([old]);
	});
});

describe('commitEdit', () => {
	afterEach(() => vi.unstubAllGlobals());

	it('stores the list as the versioned document under SAVED_KEY', () => {
		const storage = fakeStorage();
		vi.stubGlobal('localStorage', storage);
		const committed = commitEdit([], add(scenario('a')));
		expect(committed).toMatchObject({
			list: [scenario('a')],
			applied: true,
			written: { ok: true, backupKey: null }
		});
		expect(storage.items.get(SAVED_KEY)).toBe(serializeSaved([scenario('a')]));
	});

	it('applies each change to the stored list, so two tabs keep both saves', () => {
		const storage = fakeStorage({ [SAVED_KEY]: serializeSaved([scenario('a')]) });
		vi.stubGlobal('localStorage', storage);
		// Two tabs opened on [a]; each saves one scenario, knowing nothing of the other's.
		commitEdit([], add(scenario('alpha')));
		const second = commitEdit([], add(scenario('beta')));
		expect(ids(second.list)).toEqual(['a', 'alpha', 'beta']);
		expect(ids(readSaved().list)).toEqual(['a', 'alpha', 'beta']);
	});

	it('deletes only the one scenario, whatever a stale tab last saw', () => {
		const storage = fakeStorage({ [SAVED_KEY]: serializeSaved([scenario('a'), scenario('b')]) });
		vi.stubGlobal('localStorage', storage);
		commitEdit([], add(scenario('c')));
		commitEdit([], (list) => removeSaved(list, 'a').list);
		expect(ids(readSaved().list)).toEqual(['b', 'c']);
	});

	it('writes nothing when the edit does not apply', () => {
		const storage = fakeStorage({ [SAVED_KEY]: 'untouched' });
		vi.stubGlobal('localStorage', storage);
		expect(commitEdit([], () => null)).toMatchObject({ applied: false, written: null });
		expect(storage.items.get(SAVED_KEY)).toBe('untouched');
	});

	it('keeps unreadable text under the backup key before writing over it', () => {
		const storage = fakeStorage({ [SAVED_KEY]: '{oops' });
		vi.stubGlobal('localStorage', storage);
		const committed = commitEdit([], add(scenario('a')));
		expect(committed.written).toEqual({ ok: true, backupKey: BACKUP_KEY });
		expect(storage.items.get(BACKUP_KEY)).toBe('{oops');
		expect(storage.items.get(SAVED_KEY)).toBe(serializeSaved([scenario('a')]));
	});

	it('keeps a document with a bad entry under the backup key, and the good entries in the list', () => {
		const text = doc([scenario('a'), { id: 'b' }]);
		const storage = fakeStorage({ [SAVED_KEY]: text, [BACKUP_KEY]: 'an older backup' });
		vi.stubGlobal('localStorage', storage);
		const committed = commitEdit([], add(scenario('c')));
		expect(committed.written).toEqual({ ok: true, backupKey: `${BACKUP_KEY}-2` });
		expect(storage.items.get(BACKUP_KEY)).toBe('an older backup');
		expect(storage.items.get(`${BACKUP_KEY}-2`)).toBe(text);
		expect(ids(readSaved().list)).toEqual(['a', 'c']);
	});

	it('writes nothing over unreadable text that cannot be backed up', () => {
		vi.stubGlobal('localStorage', fakeStorage({ [SAVED_KEY]: '{oops' }, 'quota'));
		expect(commitEdit([], add(scenario('a')))).toMatchObject({
			list: [scenario('a')],
			applied: true,
			written: { ok: false, reason: 'backup_failed' }
		});
	});

	it('never writes over a newer version', () => {
		const storage = fakeStorage({ [SAVED_KEY]: doc([], 2) });
		vi.stubGlobal('localStorage', storage);
		expect(commitEdit([], add(scenario('a')))).toMatchObject({
			list: [scenario('a')],
			written: { ok: false, reason: 'newer_version' }
		});
		expect(storage.items.get(SAVED_KEY)).toBe(doc([], 2));
	});

	it('reports a full store as quota, never throwing', () => {
		vi.stubGlobal('localStorage', fakeStorage({}, 'quota'));
		expect(commitEdit([], add(scenario('a'))).written).toEqual({ ok: false, reason: 'quota' });
	});

	it('reports a refusing store as unavailable', () => {
		vi.stubGlobal('localStorage', fakeStorage({}, 'other'));
		expect(commitEdit([], add(scenario('a'))).written).toEqual({
			ok: false,
			reason: 'unavailable'
		});
	});

	it('applies the edits not yet written before this one', () => {
		vi.stubGlobal('localStorage', fakeStorage({ [SAVED_KEY]: serializeSaved([scenario('a')]) }));
		const committed = commitEdit([add(scenario('b'))], add(scenario('c')));
		expect(ids(committed.list)).toEqual(['a', 'b', 'c']);
		expect(ids(readSaved().list)).toEqual(['a', 'b', 'c']);
	});
});

describe('replayEdits', () => {
	it('passes over an edit that no longer applies', () => {
		const rename: Edit = (list) => {
			const result = renameSaved(list, 'gone', 'New');
			return result.ok ? result.list : null;
		};
		expect(replayEdits([scenario('a')], [rename, add(scenario('b'))])).toEqual([
			scenario('a'),
			scenario('b')
		]);
	});
});

describe('keepBackup', () => {
	afterEach(() => vi.unstubAllGlobals());

	it('reuses the key that already holds the same text', () => {
		const storage = fakeStorage({ [BACKUP_KEY]: 'same' });
		vi.stubGlobal('localStorage', storage);
		expect(keepBackup('same')).toEqual({ ok: true, key: BACKUP_KEY });
		expect(storage.items.size).toBe(1);
	});
});
