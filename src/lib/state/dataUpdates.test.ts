import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { observations } from '../model/data';
import { dataUpdateText, type DataUpdateEntry } from '../model/dataUpdate';
import { addDataUpdates, importDataUpdateText } from './dataUpdatePanel';
import {
	DATA_UPDATES_KEY,
	restoreDataUpdates,
	UNREADABLE_DATA_UPDATES_KEY,
	unreadableDataUpdates
} from './dataUpdates';
import { dataUpdateEntry as entry } from '../model/testFixtures';

/** A device's local storage, as a map. */
function fakeStorage(): Storage {
	const items = new Map<string, string>();
	return {
		get length() {
			return items.size;
		},
		key: (i) => [...items.keys()][i] ?? null,
		getItem: (k) => items.get(k) ?? null,
		setItem: (k, v) => void items.set(k, String(v)),
		removeItem: (k) => void items.delete(k),
		clear: () => items.clear()
	};
}

const holder = (lang: 'zh' | 'en' = 'en') => ({
	dataUpdates: [] as DataUpdateEntry[],
	dataUpdateProblems: [] as unknown[],
	seeds: observations,
	lang
});

beforeEach(() => vi.stubGlobal('localStorage', fakeStorage()));
afterEach(() => vi.unstubAllGlobals());

describe('restoreDataUpdates', () => {
	it('loads a readable stored list', async () => {
		localStorage.setItem(DATA_UPDATES_KEY, dataUpdateText([entry()]));
		const app = holder();
		await restoreDataUpdates(app as never, observations);
		expect(app.dataUpdates).toEqual([entry()]);
		expect(unreadableDataUpdates()).toBeNull();
	});

	it('keeps an unreadable stored list aside, so that adding a figure does not lose it', async () => {
		const broken = '{"format":"bj-targets-data-update","version":1,"entries":[{"year":"x"}]}';
		localStorage.setItem(DATA_UPDATES_KEY, broken);
		const app = holder();
		await restoreDataUpdates(app as never, observations);
		expect(app.dataUpdateProblems.length).toBeGreaterThan(0);
		expect(app.dataUpdates).toEqual([]);

		await addDataUpdates(app as never, [entry()], true);
		expect(localStorage.getItem(DATA_UPDATES_KEY)).toBe(dataUpdateText([entry()]));
		expect(unreadableDataUpdates()).toBe(broken);

		// A second start with a readable list leaves the copy as it was.
		await restoreDataUpdates(holder() as never, observations);
		expect(localStorage.getItem(UNREADABLE_DATA_UPDATES_KEY)).toBe(broken);
	});
});

describe('the figures panel', () => {
	it('adds a typed figure once and says so; the same figure again changes nothing', async () => {
		const app = holder();
		const first = await addDataUpdates(app as never, [entry()], true);
		expect(first.status).toMatch(/now used as published data/);
		expect(app.dataUpdates).toEqual([entry()]);
		const again = await addDataUpdates(app as never, [entry()], true);
		expect(again.status).toBe('That figure is already here; nothing changed.');
		expect(app.dataUpdates).toEqual([entry()]);
	});

	it('refuses a broken file with its problems in the reader’s language, and changes nothing', async () => {
		const app = holder('zh');
		app.dataUpdates = [entry()];
		const report = await importDataUpdateText(app as never, '{"format":"something else"}');
		expect(report.status).toBe('');
		expect(report.problems.length).toBeGreaterThan(0);
		expect(report.problems.join('')).toMatch(/[\u4e00-\u9fff]/);
		expect(app.dataUpdates).toEqual([entry()]);
	});

	it('opens a file, counting what is new, already here and disagreeing', async () => {
		const app = holder();
		app.dataUpdates = [entry()];
		const text = dataUpdateText([
			entry(),
			entry({ value: 9900 }),
			entry({ year: 2024, value: 9000 })
		]);
		const report = await importDataUpdateText(app as never, text);
		expect(report).toEqual({
			status: 'Opened: 1 new, 1 already here, 1 disagreeing with figures you had (both kept).',
			problems: []
		});
		expect(app.dataUpdates).toHaveLength(3);
	});
});
