import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { langOfPath, pathInLang } from '../i18n/langPath';
import { type DriverId, type Lang, type Scenario } from '../model/types';
import { AddressSync, DRAG_ADDRESS_DELAY_MS, type BrowserPorts } from './addressSync.svelte';
import { AppState, RUN_MS } from './app.svelte';
import { linkFor } from './linkSync';
import { CURRENT_SCENARIO_KEY, type StorageResult } from './storage';
import { packSummary, userPlans } from './userPlans.svelte';

interface Entry {
	pathname: string;
	search: string;
	hash: string;
	/** null for an address the reader typed; SvelteKit's own state for the entries it writes. */
	state: object | null;
}

/**
 * A browser tab: a history of entries, local storage and timers, all by hand. `back` and
 * `forward` move through the history and fire popstate as the browser does.
 */
function fakeTab(address: string, saved: Record<string, string> = {}) {
	const at = (url: string, base = 'http://app/'): Omit<Entry, 'state'> => {
		const u = new URL(url, base);
		return { pathname: u.pathname, search: u.search, hash: u.hash };
	};
	const entries: Entry[] = [{ ...at(address), state: null }];
	let index = 0;
	const current = () => entries[index]!;
	const resolveHere = (url: string) => at(url, `http://app${current().pathname}`);
	const storage = new Map(Object.entries(saved));
	let timers = new Map<number, () => void>();
	let nextTimer = 1;
	const delays: number[] = [];
	let writeFails: 'quota' | 'unavailable' | null = null;
	const ports = {
		pushState: vi.fn((url: string) => {
			entries.splice(index + 1, Infinity, { ...resolveHere(url), state: {} });
			index++;
		}),
		replaceState: vi.fn((url: string) => {
			entries[index] = { ...resolveHere(url), state: {} };
		}),
		redirect: vi.fn((url: string) => {
			entries[index] = { ...resolveHere(url), state: {} };
		}),
		targetPath: (id: string) => `/target/${id}`,
		classroomPath: '/classroom',
		pathLang: (pathname: string) => langOfPath(pathname, ''),
		langPath: (pathname: string, lang: Lang) => pathInLang(pathname, lang, ''),
		location: () => current(),
		readItem: (key: string): StorageResult<string | null> => ({
			ok: true,
			value: storage.get(key) ?? null
		}),
		writeItem: vi.fn((key: string, value: string): StorageResult<null> => {
			if (writeFails) return { ok: false, reason: writeFails };
			storage.set(key, value);
			return { ok: true, value: null };
		}),
		initialLang: (): Lang => (storage.get('lang') as Lang | undefined) ?? 'zh',
		storeLang: vi.fn((lang: Lang) => void storage.set('lang', lang)),
		setTimeout: (run: () => void, ms: number) => {
			delays.push(ms);
			timers.set(nextTimer, run);
			return nextTimer++;
		},
		clearTimeout: (handle: unknown) => void timers.delete(handle as number)
	} satisfies BrowserPorts;
	const app = new AppState();
	const sync = new AddressSync(app, ports);
	return {
		app,
		sync,
		ports,
		storage,
		entries,
		/** The delay of every timer set, in order. */
		delays,
		current,
		failWrites(reason: 'quota' | 'unavailable') {
			writeFails = reason;
		},
		/** The timers that are due after the slider rests. */
		runTimers() {
			const due = [...timers.values()];
			timers = new Map();
			due.forEach((run) => run());
		},
		back() {
			index--;
			sync.popState(current().state);
		},
		forward() {
			index++;
			sync.popState(current().state);
		},
		/** The reader types an address into the open page (a new entry without state). */
		type(url: string) {
			entries.splice(index + 1, Infinity, { ...resolveHere(url), state: null });
			index++;
			sync.popState(null);
		}
	};
}

const DASHBOARD = { id: '/' };
/** How long a plan may take to load (its pack is read and checked): generous on a busy machine. */
const LOADING = { timeout: 10_000 };
const withGrowth = (base: Scenario, driver: DriverId, rate: number): Scenario => ({
	...base,
	growth: { ...base.growth, [driver]: rate }
});

/** Starts a tab at `address` on the dashboard; `follow` stands in for the layout's effect. */
function openTab(address = '/', saved: Record<string, string> = {}) {
	const tab = fakeTab(address, saved);
	tab.sync.start(DASHBOARD);
	tab.sync.follow(DASHBOARD);
	const change = (next: Scenario, how: 'commit' | 'preview' = 'commit') => {
		if (how === 'commit') tab.app.commit(next);
		else tab.app.preview(next);
		tab.sync.follow(DASHBOARD);
	};
	return { ...tab, change };
}

describe('AddressSync: history entries', () => {
	test('a drag opens one history entry and settles it on release', () => {
		const tab = openTab();
		const start = tab.app.scenario;
		expect(tab.entries).toHaveLength(1);

		for (const rate of [0.06, 0.07, 0.08]) tab.change(withGrowth(start, 'gdp', rate), 'preview');
		expect(tab.ports.pushState).toHaveBeenCalledTimes(1);
		expect(tab.entries).toHaveLength(2);
		// Mid-drag the address waits for the slider to rest, then shows the latest step.
		tab.runTimers();
		expect(tab.current().hash).toBe(`#${linkFor(tab.app, null)}`);
		expect(tab.current().hash).toContain('g.gdp=0.08');

		tab.change(withGrowth(start, 'gdp', 0.09), 'preview');
		tab.app.commit();
		tab.sync.follow(DASHBOARD);
		tab.runTimers();
		expect(tab.ports.pushState).toHaveBeenCalledTimes(1);
		expect(tab.entries).toHaveLength(2);
		expect(tab.current().hash).toContain('g.gdp=0.09');

		// The next change opens the next entry.
		tab.change(withGrowth(tab.app.scenario, 'rd_spend', 0.1));
		expect(tab.entries).toHaveLength(3);
	});

	test('a run of key presses on one slider is one undo step and one history entry', () => {
		const tab = openTab();
		let clock = 0;
		tab.app.now = () => clock;
		const start = tab.app.scenario;
		const press = (rate: number) => {
			const next = withGrowth(tab.app.scenario, 'gdp', rate);
			tab.app.preview(next, 'slider-gdp');
			tab.sync.follow(DASHBOARD);
			tab.app.commit(next, 'slider-gdp');
			tab.sync.follow(DASHBOARD);
			clock += RUN_MS - 100;
		};
		for (const rate of [0.06, 0.07, 0.08]) press(rate);
		expect(tab.entries).toHaveLength(2);
		expect(tab.current().hash).toContain('g.gdp=0.08');

		// A pause longer than RUN_MS starts the next step.
		clock += RUN_MS;
		press(0.09);
		expect(tab.entries).toHaveLength(3);
		tab.app.undo();
		expect(tab.app.scenario.growth.gdp).toBe(0.08);
		tab.app.undo();
		expect(tab.app.scenario).toBe(start);
		expect(tab.app.canUndo).toBe(false);
	});

	test('changes from another control, or with no control named, are steps of their own', () => {
		const tab = openTab();
		tab.app.now = () => 0;
		tab.app.commit(withGrowth(tab.app.scenario, 'gdp', 0.06), 'slider-gdp');
		tab.app.commit(withGrowth(tab.app.scenario, 'rd_spend', 0.1), 'slider-rd_spend');
		tab.app.commit(withGrowth(tab.app.scenario, 'rd_spend', 0.11));
		tab.app.undo();
		expect(tab.app.scenario.growth).toEqual({ gdp: 0.06, rd_spend: 0.1 });
		tab.app.undo();
		expect(tab.app.scenario.growth).toEqual({ gdp: 0.06 });
	});

	test('a slider at rest writes the address only once, after DRAG_ADDRESS_DELAY_MS', () => {
		const tab = openTab();
		tab.change(withGrowth(tab.app.scenario, 'gdp', 0.06), 'preview');
		tab.change(withGrowth(tab.app.scenario, 'gdp', 0.07), 'preview');
		expect(tab.delays).toEqual([DRAG_ADDRESS_DELAY_MS]);
		tab.runTimers();
		expect(tab.ports.replaceState).toHaveBeenCalledTimes(2);
	});

	test('Back and Forward restore the scenario of each entry', () => {
		const tab = openTab();
		const start = tab.app.scenario;
		const first = withGrowth(start, 'gdp', 0.06);
		const second = withGrowth(first, 'gdp', 0.07);
		tab.change(first);
		tab.change(second);

		tab.back();
		expect(tab.app.scenario.growth.gdp).toBe(0.06);
		tab.back();
		expect(tab.app.scenario.growth).toEqual({});
		tab.forward();
		expect(tab.app.scenario.growth.gdp).toBe(0.06);
		tab.forward();
		expect(tab.app.scenario.growth.gdp).toBe(0.07);
		// Returning to an entry never adds one.
		tab.sync.follow(DASHBOARD);
		expect(tab.entries).toHaveLength(3);
		expect(tab.ports.pushState).toHaveBeenCalledTimes(2);
	});

	test('after Back, undo steps back from the scenario shown, not forward', () => {
		const tab = openTab();
		const start = tab.app.scenario;
		tab.change(withGrowth(start, 'gdp', 0.06));
		tab.change(withGrowth(start, 'gdp', 0.07));
		tab.change(withGrowth(start, 'gdp', 0.08));

		tab.back();
		tab.sync.follow(DASHBOARD);
		expect(tab.app.scenario.growth.gdp).toBe(0.07);
		tab.app.undo();
		tab.sync.follow(DASHBOARD);
		expect(tab.app.scenario.growth.gdp).toBe(0.06);
		tab.app.redo();
		tab.app.redo();
		expect(tab.app.scenario.growth.gdp).toBe(0.08);
	});

	test('an entry that is no step of undo becomes a change that undo takes back', () => {
		const tab = openTab();
		const start = tab.app.scenario;
		tab.change(withGrowth(start, 'gdp', 0.06));
		tab.change(withGrowth(start, 'gdp', 0.07));
		tab.back();
		tab.back();
		tab.sync.follow(DASHBOARD);
		tab.type(`#v=1&g.gdp=0.05`);
		tab.sync.follow(DASHBOARD);
		expect(tab.app.scenario.growth.gdp).toBe(0.05);
		tab.app.undo();
		expect(tab.app.scenario.growth).toEqual({});
	});
});

describe('AddressSync: saving on this device', () => {
	test('autosave writes once per committed change, and what Back shows', () => {
		const tab = openTab();
		const start = tab.app.scenario;
		const saves = () => tab.ports.writeItem.mock.calls.map(([, link]) => link);
		for (const rate of [0.06, 0.07]) tab.change(withGrowth(start, 'gdp', rate), 'preview');
		tab.runTimers();
		expect(saves()).toEqual([]);
		tab.app.commit();
		tab.sync.follow(DASHBOARD);
		tab.sync.follow(DASHBOARD);
		tab.sync.switchLang();
		tab.sync.follow(DASHBOARD);
		expect(saves()).toHaveLength(1);
		expect(saves()[0]).toContain('g.gdp=0.07');

		tab.back();
		tab.sync.follow(DASHBOARD);
		expect(saves()).toHaveLength(2);
		expect(tab.storage.get(CURRENT_SCENARIO_KEY)).not.toContain('g.gdp');
	});

	test('a storage failure is reported, once', () => {
		const tab = openTab();
		tab.failWrites('quota');
		tab.change(withGrowth(tab.app.scenario, 'gdp', 0.06));
		expect(tab.app.notice).toEqual({ kind: 'storage', reason: 'quota' });
		tab.app.notice = null;
		tab.change(withGrowth(tab.app.scenario, 'gdp', 0.07));
		expect(tab.app.notice).toEqual({ kind: 'storage', reason: 'quota' });
	});

	test('a saved scenario that cannot be read is reported', () => {
		const tab = fakeTab('/');
		tab.ports.readItem = () => ({ ok: false, reason: 'unavailable' });
		tab.sync.start(DASHBOARD);
		expect(tab.app.notice).toEqual({ kind: 'storage', reason: 'unavailable' });
	});

	test('the saved scenario comes back with a notice listing the parts left out', () => {
		const tab = openTab('/', {
			[CURRENT_SCENARIO_KEY]: 'v=1&g.gdp=0.06&g.rd_spend=abc&nonsense=1&d=2026-11'
		});
		expect(tab.app.scenario.growth).toEqual({ gdp: 0.06 });
		expect(tab.app.notice).toEqual({
			kind: 'restored',
			ignored: [
				{ part: 'g.rd_spend=abc', reason: 'not_a_number' },
				{ part: 'nonsense=1', reason: 'unknown_key' }
			]
		});
	});

	test('an embed neither restores nor saves a scenario', () => {
		const tab = fakeTab('/embed', { [CURRENT_SCENARIO_KEY]: 'v=1&g.gdp=0.06' });
		tab.sync.start({ id: '/embed' });
		tab.sync.follow({ id: '/embed' });
		expect(tab.app.scenario.growth).toEqual({});
		tab.app.commit(withGrowth(tab.app.scenario, 'gdp', 0.07));
		tab.sync.follow({ id: '/embed' });
		expect(tab.ports.writeItem).not.toHaveBeenCalled();
	});
});

describe('AddressSync: language', () => {
	test('a link’s language is for this visit only', () => {
		const tab = openTab('/#v=1&lang=en', { lang: 'zh' });
		expect(tab.app.lang).toBe('en');
		tab.change(withGrowth(tab.app.scenario, 'gdp', 0.06));
		expect(tab.ports.storeLang).not.toHaveBeenCalled();
		expect(tab.storage.get('lang')).toBe('zh');
	});

	test('the reader’s own switch is remembered', () => {
		const tab = openTab('/#v=1&lang=en');
		tab.sync.switchLang();
		expect(tab.app.lang).toBe('zh');
		expect(tab.ports.storeLang).toHaveBeenCalledWith('zh');
	});

	test('without a link the remembered language applies', () => {
		expect(openTab('/', { lang: 'en' }).app.lang).toBe('en');
	});
});

describe('AddressSync: each language at its own address', () => {
	test('a link in English at a Chinese address moves to the English one, in place', () => {
		const tab = openTab('/#v=1&g.gdp=0.06&lang=en');
		expect(tab.app.lang).toBe('en');
		expect(tab.entries).toHaveLength(1);
		expect(tab.current().pathname).toBe('/en');
		expect(tab.current().hash).toMatch(/g\.gdp=0\.06&lang=en/);
	});

	test('a link in Chinese at an English address moves to the Chinese one', () => {
		const tab = fakeTab('/en/compare#v=1&lang=zh');
		tab.sync.start({ id: '/compare' });
		tab.sync.follow({ id: '/compare' });
		expect(tab.app.lang).toBe('zh');
		expect(tab.current().pathname).toBe('/compare');
	});

	test('an English address without a language in its link stays English, whatever was remembered', () => {
		const tab = fakeTab('/en/target/tech_contracts', { lang: 'zh' });
		const route = { id: '/target/[id]', targetId: 'tech_contracts' };
		tab.sync.start(route);
		tab.sync.follow(route);
		expect(tab.app.lang).toBe('en');
		expect(tab.current().pathname).toBe('/en/target/tech_contracts');
		expect(tab.current().hash).toMatch(/lang=en/);
	});

	test('the remembered English at a Chinese address goes to the English page', () => {
		const tab = openTab('/', { lang: 'en' });
		expect(tab.current().pathname).toBe('/en');
	});

	test('the switch goes to the same page in the other language, with the scenario, in place', () => {
		const tab = openTab('/');
		tab.change(withGrowth(tab.app.scenario, 'gdp', 0.07));
		const before = tab.entries.length;
		tab.sync.switchLang();
		tab.sync.follow(DASHBOARD);
		expect(tab.entries).toHaveLength(before);
		expect(tab.current().pathname).toBe('/en');
		expect(tab.current().hash).toMatch(/g\.gdp=0\.07&lang=en/);
		tab.sync.switchLang();
		tab.sync.follow(DASHBOARD);
		expect(tab.current().pathname).toBe('/');
		expect(tab.current().hash).toMatch(/g\.gdp=0\.07&lang=zh/);
	});

	test('a link naming a target opens that target’s page in the link’s language', () => {
		const tab = openTab('/#v=1&view=tech_contracts&lang=en');
		expect(tab.ports.redirect).toHaveBeenCalledWith(
			expect.stringMatching(/^\/en\/target\/tech_contracts#/)
		);
	});

	test('the classroom keeps its own address, all but its language', () => {
		const tab = fakeTab('/classroom#ch=1');
		const room = { id: '/classroom' };
		tab.sync.start(room);
		tab.sync.follow(room);
		expect(tab.current()).toMatchObject({ pathname: '/classroom', hash: '#ch=1' });
		tab.sync.switchLang();
		tab.sync.follow(room);
		expect(tab.current()).toMatchObject({ pathname: '/en/classroom', hash: '#ch=1' });
	});
});

describe('AddressSync: addresses read in unusual ways', () => {
	test('settings after “?” are read, moved after “#” and said so', () => {
		const tab = openTab('/?v=1&g.gdp=0.06&oops=1');
		expect(tab.app.scenario.growth).toEqual({ gdp: 0.06 });
		expect(tab.app.notice).toMatchObject({
			kind: 'address',
			what: 'query_read',
			ignored: [{ part: 'oops=1', reason: 'unknown_key' }]
		});
		expect(tab.current()).toMatchObject({ pathname: '/', search: '' });
		expect(tab.current().hash).toContain('g.gdp=0.06');
		expect(tab.entries).toHaveLength(1);
	});

	test('a second “#” separates parts: everything before and after it is read', () => {
		const tab = openTab('/#v=1&g.gdp=0.06#lang=en&g.rd_spend=0.07');
		expect(tab.app.scenario.growth).toEqual({ gdp: 0.06, rd_spend: 0.07 });
		expect(tab.app.lang).toBe('en');
		expect(tab.app.notice).toBeNull();
	});

	test('a compared scenario (c=) opened on another page is reported, never dropped', () => {
		const tab = openTab('/#v=1&g.gdp=0.06&c=v%3D1%26g.gdp%3D0.07');
		expect(tab.app.scenario.growth).toEqual({ gdp: 0.06 });
		expect(tab.app.notice).toMatchObject({
			kind: 'link_ignored',
			ignored: [{ part: 'c=v%3D1%26g.gdp%3D0.07', reason: 'compare_only' }]
		});
		const only = openTab('/#c=v%3D1');
		expect(only.app.notice).toMatchObject({ ignored: [{ reason: 'compare_only' }] });
	});

	test('a “?” at the start of the fragment is part of its first part, and reported', () => {
		const tab = openTab('/#?v=1&g.gdp=0.06');
		expect(tab.app.scenario.growth).toEqual({ gdp: 0.06 });
		expect(tab.app.notice).toMatchObject({
			kind: 'link_ignored',
			ignored: [{ part: '?v=1', reason: 'unknown_key' }]
		});
	});

	test('settings after “?” beside a fragment are reported and the fragment is used', () => {
		const tab = openTab('/?g.gdp=0.09#v=1&g.gdp=0.06');
		expect(tab.app.scenario.growth).toEqual({ gdp: 0.06 });
		expect(tab.app.notice).toMatchObject({ kind: 'address', what: 'query_ignored' });
		expect(tab.current().search).toBe('');
	});

	test('a link after “?” naming a target opens its page with the link after “#”', () => {
		const tab = fakeTab('/?v=1&g.gdp=0.06&view=rd_intensity');
		tab.sync.start(DASHBOARD);
		expect(tab.ports.redirect).toHaveBeenCalledWith(
			'/target/rd_intensity#v=1&g.gdp=0.06&view=rd_intensity'
		);
	});

	test('an address typed without settings is reported, and the address put back', () => {
		const tab = openTab();
		tab.change(withGrowth(tab.app.scenario, 'gdp', 0.06));
		const shown = tab.current().hash;
		tab.type('#tech_contracts');
		expect(tab.app.scenario.growth).toEqual({ gdp: 0.06 });
		expect(tab.app.notice).toEqual({
			kind: 'address',
			what: 'no_settings',
			ignored: [{ part: 'tech_contracts', reason: 'not_a_number' }],
			newerData: false
		});
		expect(tab.current().hash).toBe(shown);
	});

	test('Back to an entry of this app without a scenario keeps the scenario, silently', () => {
		const tab = openTab();
		tab.change(withGrowth(tab.app.scenario, 'gdp', 0.06));
		// A page opened from the menu: its entry has SvelteKit's state but no fragment yet.
		tab.ports.pushState('/compare');
		tab.ports.pushState('/hindcast#v=1&g.gdp=0.06');
		tab.back();
		expect(tab.app.scenario.growth).toEqual({ gdp: 0.06 });
		expect(tab.app.notice).toBeNull();
	});

	test('a link typed into the open page is applied and reports what it ignored', () => {
		const tab = openTab();
		tab.type('#v=1&g.gdp=0.06&bad=1');
		expect(tab.app.scenario.growth).toEqual({ gdp: 0.06 });
		expect(tab.app.notice).toMatchObject({ kind: 'link_ignored' });
		// The typed entry is rewritten to the link, not followed by another.
		tab.sync.follow(DASHBOARD);
		expect(tab.entries).toHaveLength(2);
	});
});

describe('AddressSync: the name a link gives its scenario', () => {
	test('a link’s name is kept for the shared link while the scenario is still that one', () => {
		const tab = openTab('/#v=1&g.gdp=0.06&n=Plan%20B&d=2026-12');
		expect(tab.app.linkName).toEqual({ name: 'Plan B', scenario: tab.app.scenario });
		// The address itself is the scenario's settings; the share menu adds the name.
		expect(linkFor(tab.app, null, tab.app.linkName!.name)).toContain('n=Plan%20B');
		tab.change(withGrowth(tab.app.scenario, 'gdp', 0.07));
		expect(tab.app.linkName?.scenario.growth).toEqual({ gdp: 0.06 });
	});

	test('a link without a name leaves no name, and a named link typed later gives one', () => {
		const tab = openTab('/#v=1&g.gdp=0.06');
		expect(tab.app.linkName).toBeNull();
		tab.type('#v=1&g.gdp=0.05&n=Typed');
		expect(tab.app.linkName).toEqual({ name: 'Typed', scenario: tab.app.scenario });
	});
});

describe('AddressSync: the plan a link names', () => {
	/** Waits until the plan a starting link names has loaded and the visit has started. */
	const started = async (tab: ReturnType<typeof fakeTab>) => {
		await vi.waitFor(() => expect(tab.sync.started).toBe(true), LOADING);
		tab.sync.follow(DASHBOARD);
	};

	test('a link of another plan opens that plan, with its scenario, and keeps naming it', async () => {
		const tab = fakeTab('/#v=3&p=china-2025&g.hv_patents=0.08&lang=en');
		tab.sync.start(DASHBOARD);
		expect(tab.sync.started).toBe(false);
		await started(tab);
		expect(tab.app.planId).toBe('china-2025');
		expect(tab.app.plan.targets.map((t) => t.id)).toContain('hv_patents');
		expect(tab.app.scenario.growth).toEqual({ hv_patents: 0.08 });
		expect(tab.app.notice).toBeNull();
		expect(tab.current().hash).toMatch(/^#v=3&p=china-2025&g\.hv_patents=0\.08&lang=en&d=/);
	});

	test('a link naming a plan this app lacks keeps the plan shown and says so', () => {
		const tab = fakeTab('/#v=3&p=atlantis-2025&g.gdp=0.05');
		tab.sync.start(DASHBOARD);
		expect(tab.sync.started).toBe(true);
		expect(tab.app.planId).toBe('beijing-2025');
		expect(tab.app.scenario.growth).toEqual({ gdp: 0.05 });
		expect(tab.app.notice).toMatchObject({
			kind: 'link_ignored',
			ignored: [{ part: 'p=atlantis-2025', reason: 'unknown_plan' }]
		});
	});

	test('the scenario saved under another plan comes back under that plan', async () => {
		const tab = fakeTab('/', { [CURRENT_SCENARIO_KEY]: 'v=3&p=shanghai-2025&g.gdp=0.04' });
		tab.sync.start(DASHBOARD);
		await started(tab);
		expect(tab.app.planId).toBe('shanghai-2025');
		expect(tab.app.scenario.growth).toEqual({ gdp: 0.04 });
	});

	test('Back across a change of plan shows the plan and scenario of that entry', async () => {
		const tab = openTab('/#v=1&g.gdp=0.05');
		const { switchPlan } = await import('./linkSync');
		await switchPlan(tab.app, 'china-2030');
		tab.sync.follow(DASHBOARD);
		expect(tab.entries).toHaveLength(2);
		expect(tab.current().hash).toContain('p=china-2030');
		tab.back();
		await vi.waitFor(() => expect(tab.app.planId).toBe('beijing-2025'), LOADING);
		expect(tab.app.scenario.growth).toEqual({ gdp: 0.05 });
		tab.sync.follow(DASHBOARD);
		expect(tab.entries).toHaveLength(2);
		tab.forward();
		await vi.waitFor(() => expect(tab.app.planId).toBe('china-2030'), LOADING);
	});
});

describe('AddressSync: a link to a plan from a file', () => {
	const source = JSON.parse(readFileSync('seeds/plans/china-2030.json', 'utf8'));
	const pack = { ...source, id: 'my-plan' };
	afterEach(() => {
		userPlans.entries = [];
	});

	test('on a device without the plan, it waits unread, keeps the address and opens once the file comes', async () => {
		const tab = fakeTab('/#v=3&p=user.my-plan&g.gdp=0.05&lang=en');
		tab.sync.start(DASHBOARD);
		expect(tab.sync.started).toBe(true);
		expect(tab.app.missingPlan).toEqual({
			id: 'user.my-plan',
			link: '#v=3&p=user.my-plan&g.gdp=0.05&lang=en',
			saved: false
		});
		// Nothing of it is read against the plan shown; its language is.
		expect(tab.app.planId).toBe('beijing-2025');
		expect(tab.app.scenario.growth).toEqual({});
		expect(tab.app.lang).toBe('en');
		expect(tab.app.notice).toBeNull();
		tab.sync.follow(DASHBOARD);
		expect(tab.current().hash).toBe('#v=3&p=user.my-plan&g.gdp=0.05&lang=en');

		userPlans.entries = [{ ...packSummary(pack)!, file: 'my-plan.json', added: '', pack }];
		tab.sync.reopen(DASHBOARD);
		await vi.waitFor(() => expect(tab.app.planId).toBe('user.my-plan'), LOADING);
		expect(tab.app.missingPlan).toBeNull();
		expect(tab.app.scenario.growth).toEqual({ gdp: 0.05 });
		expect(tab.app.userFile).toBe('my-plan.json');
		tab.sync.follow(DASHBOARD);
		expect(tab.current().hash).toMatch(/^#v=3&p=user\.my-plan&g\.gdp=0\.05&lang=en&d=/);
	});

	test('a change made while it waits writes the address again; the waiting link is kept', () => {
		const tab = fakeTab('/#v=3&p=user.my-plan&g.gdp=0.05');
		tab.sync.start(DASHBOARD);
		tab.app.commit({ ...tab.app.scenario, growth: { gdp: 0.03 } });
		tab.sync.follow(DASHBOARD);
		expect(tab.current().hash).toMatch(/^#v=3&p=beijing-2025&g\.gdp=0\.03/);
		expect(tab.app.missingPlan?.link).toBe('#v=3&p=user.my-plan&g.gdp=0.05');
	});

	test('the saved scenario of a plan since removed says so, and the plan shown starts fresh', () => {
		const tab = fakeTab('/', { [CURRENT_SCENARIO_KEY]: 'v=3&p=user.my-plan&g.gdp=0.04' });
		tab.sync.start(DASHBOARD);
		expect(tab.app.missingPlan).toMatchObject({ id: 'user.my-plan', saved: true });
		expect(tab.app.scenario.growth).toEqual({});
	});

	test('on a device with the plan, the link opens it', async () => {
		userPlans.entries = [{ ...packSummary(pack)!, file: 'my-plan.json', added: '', pack }];
		const tab = fakeTab('/#v=3&p=user.my-plan&g.gdp=0.05');
		tab.sync.start(DASHBOARD);
		await vi.waitFor(() => expect(tab.sync.started).toBe(true), LOADING);
		expect(tab.app.planId).toBe('user.my-plan');
		expect(tab.app.missingPlan).toBeNull();
		expect(tab.app.scenario.growth).toEqual({ gdp: 0.05 });
	});
});
