import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { observations, plan } from '../model/data';
import { defaultAsOf } from '../model/evaluate';
import { evaluateScenario } from '../model/scenarioEvaluation';
import { emptyScenario, type Scenario } from '../model/types';
import {
	addItem,
	canonicalLink,
	compareFragment,
	inputDifferences,
	MAX_COMPARED,
	parseSelection,
	pruneSelection,
	readCompareFragment,
	removeItem,
	selectionFromLinks,
	serializeSelection,
	toggleItem,
	type CompareItem
} from './compare';
import { changesFromDefaults, type Change } from './diff';
import { decodeLink } from './link';

const options = { plan, data: observations };
const D = observations.vintage;
const current: CompareItem = { kind: 'current' };
const saved = (id: string): CompareItem => ({ kind: 'saved', id });
const pasted = (link: string): CompareItem => ({ kind: 'link', link });

describe('the selection', () => {
	it('adds at the end, once, and at most MAX_COMPARED items', () => {
		let selection: CompareItem[] = [];
		for (const item of [current, saved('a'), saved('a'), pasted('x'), saved('b'), saved('c')])
			selection = addItem(selection, item);
		expect(selection).toEqual([current, saved('a'), pasted('x'), saved('b')]);
		expect(selection).toHaveLength(MAX_COMPARED);
	});

	it('toggles an item off and on', () => {
		const once = toggleItem([current, saved('a')], saved('a'));
		expect(once).toEqual([current]);
		expect(toggleItem(once, saved('a'))).toEqual([current, saved('a')]);
	});

	it('removes by kind and value', () => {
		expect(removeItem([pasted('x'), pasted('y')], pasted('y'))).toEqual([pasted('x')]);
	});

	it('prunes saved scenarios that are gone', () => {
		const selection = [saved('a'), current, saved('gone')];
		expect(pruneSelection(selection, ['a'])).toEqual([saved('a'), current]);
	});

	it('survives storage as text', () => {
		const selection = [current, saved('a'), pasted('v=1&g.gdp=0.05')];
		expect(parseSelection(serializeSelection(selection))).toEqual(selection);
	});

	it.each([
		{ why: 'nothing stored', text: null },
		{ why: 'broken JSON', text: '{' },
		{ why: 'another shape', text: '{"version":2,"items":[]}' },
		{ why: 'an unknown kind', text: '{"version":1,"items":[{"kind":"other"}]}' }
	])('reads $why as an empty selection', ({ text }) => {
		expect(parseSelection(text)).toEqual([]);
	});
});

describe('the compare link', () => {
	it('puts the current link first and each compared link as an encoded c= part', () => {
		const fragment = compareFragment(`v=1&d=${D}`, ['v=1&g.gdp=0.05', 'v=1&tol=0.1']);
		expect(fragment).toBe(`v=1&d=${D}&c=v%3D1%26g.gdp%3D0.05&c=v%3D1%26tol%3D0.1`);
	});

	it('reads back the links and the rest', () => {
		const links = ['v=1&g.gdp=0.05', `v=1&tol=0.1&d=${D}`];
		expect(readCompareFragment(`#${compareFragment(`v=1&d=${D}`, links)}`)).toEqual({
			links,
			rest: `v=1&d=${D}`,
			dropped: []
		});
	});

	it('reads a fragment of c= parts only, naming each part it leaves out and why', () => {
		const hash = '#c=a&c=%E0%A4%A&c=b&c=&c=a&c=c&c=d&c=e';
		expect(readCompareFragment(hash)).toEqual({
			links: ['a', 'b', 'c', 'd'],
			rest: '',
			dropped: [
				{ part: 'c=%E0%A4%A', reason: 'bad_encoding' },
				{ part: 'c=', reason: 'empty' },
				{ part: 'c=a', reason: 'repeated' },
				{ part: 'c=e', reason: 'too_many' }
			]
		});
	});

	it('reads a c= part after a second #, as a compared link', () => {
		expect(readCompareFragment('#v=1&g.gdp=0.05#c=v%3D1%26tol%3D0.1')).toEqual({
			links: ['v=1&tol=0.1'],
			rest: 'v=1&g.gdp=0.05',
			dropped: []
		});
	});

	it('round-trips any links', () => {
		fc.assert(
			fc.property(
				fc.uniqueArray(
					fc.string({ minLength: 1 }).filter((s) => s.trim() === s && s !== ''),
					{ maxLength: MAX_COMPARED }
				),
				(links) => {
					expect(readCompareFragment(compareFragment('v=1', links))).toEqual({
						links,
						rest: 'v=1',
						dropped: []
					});
				}
			),
			{ seed: 3, numRuns: 200 }
		);
	});

	it('splits the compare entries from the current scenario, which decodes with nothing ignored', () => {
		const text = compareFragment(`v=1&g.gdp=0.05&d=${D}`, ['v=1&g.gdp=0.07', 'v=1']);
		const { links, rest } = readCompareFragment(text);
		expect(links).toEqual(['v=1&g.gdp=0.07', 'v=1']);
		const { ignored, state } = decodeLink(rest, options);
		expect(state.scenario.growth.gdp).toBe(0.05);
		expect(ignored).toEqual([]);
	});

	it('canonicalLink drops language and view and orders the parts', () => {
		expect(canonicalLink(`lang=en&g.gdp=0.050&v=1&view=unicorns`, options)).toBe(
			`v=3&p=beijing-2025&g.gdp=0.05&d=${D}`
		);
	});

	it('selectionFromLinks matches the current scenario, then saved ones, then keeps links', () => {
		const { selection, dropped } = selectionFromLinks(
			['g.gdp=0.05&v=1', `v=1&tol=0.1&d=${D}`, 'v=1&g.unicorns=0.2', 'v=1&g.gdp=0.05'],
			`v=1&g.gdp=0.05&lang=en&d=${D}`,
			[{ id: 's1', link: 'v=1&tol=0.10' }],
			options
		);
		expect(selection).toEqual([current, saved('s1'), pasted('v=1&g.unicorns=0.2')]);
		expect(dropped).toEqual([{ part: 'v=1%26g.gdp=0.05', reason: 'repeated' }]);
	});

	it.each([
		{ why: 'pure junk', link: 'hello' },
		{ why: 'markup', link: '<img src=x onerror=alert(1)>' },
		{ why: 'a javascript: address', link: 'javascript:alert(1)' },
		{ why: 'a good part beside a bad one', link: 'v=1&g.gdp=abc' }
	])(
		'selectionFromLinks keeps $why as a pasted link, never as the current scenario',
		({ link }) => {
			const { selection } = selectionFromLinks([link], 'v=1', [{ id: 's1', link: 'v=1' }], options);
			expect(selection).toEqual([pasted(link)]);
		}
	);

	it('a named link keeps its name: it matches a saved scenario but never the current one', () => {
		expect(canonicalLink('v=1&g.gdp=0.05&n=Fast', options)).toBe(
			`v=3&p=beijing-2025&g.gdp=0.05&d=${D}`
		);
		const { selection } = selectionFromLinks(
			['v=1&g.gdp=0.05&n=Fast', 'v=1&tol=0.1&n=Careful'],
			'v=1&g.gdp=0.05',
			[{ id: 's1', link: 'v=1&tol=0.10' }],
			options
		);
		expect(selection).toEqual([pasted('v=1&g.gdp=0.05&n=Fast'), saved('s1')]);
	});

	it('selectionFromLinks names the links past MAX_COMPARED', () => {
		const links = ['a=1', 'a=2', 'a=3', 'a=4', 'a=5'];
		const { selection, dropped } = selectionFromLinks(links, 'v=1', [], options);
		expect(selection).toHaveLength(MAX_COMPARED);
		expect(dropped).toEqual([{ part: 'a=5', reason: 'too_many' }]);
	});
});

const baselineAt = (s: Scenario) =>
	evaluateScenario(plan, observations, { ...emptyScenario(), asOf: s.asOf });
const changesOf = (partial: Partial<Scenario>) => {
	const s = { ...emptyScenario(), ...partial };
	return changesFromDefaults(plan, s, baselineAt(s), defaultAsOf(plan, observations));
};

describe('inputDifferences', () => {
	const keys = (columns: Change[][]) => inputDifferences(plan, columns).map((r) => r.key);

	it('lists nothing for identical scenarios', () => {
		const a = changesOf({ growth: { gdp: 0.05 } });
		expect(inputDifferences(plan, [a, a])).toEqual([]);
		expect(inputDifferences(plan, [[], []])).toEqual([]);
	});

	it.each([
		{
			why: 'a setting one scenario changes and another leaves at its default',
			a: { growth: { gdp: 0.05 } },
			b: {},
			keys: ['g.gdp']
		},
		{
			why: 'a setting both change to different values',
			a: { tolerance: 0.2 },
			b: { tolerance: 0.3 },
			keys: ['tol']
		},
		{
			why: 'only the settings that differ',
			a: { growth: { gdp: 0.05, unicorns: 0.1 } },
			b: { growth: { gdp: 0.05, unicorns: 0.2 } },
			keys: ['g.unicorns']
		},
		{
			why: 'rows in the order of the "what changed" list',
			a: { growthWindowYears: 3, growth: { unicorns: 0.1 }, yearlyGrowth: { gdp: { 2025: 0.01 } } },
			b: { asOf: 2022 },
			keys: ['asof', 'y.gdp.2025', 'g.unicorns', 'gw']
		}
	])('lists $why', ({ a, b, keys: expected }) => {
		expect(keys([changesOf(a), changesOf(b)])).toEqual(expected);
	});

	it('gives each column its change or null', () => {
		const a = changesOf({ growth: { gdp: 0.05 } });
		const rows = inputDifferences(plan, [a, [], changesOf({ growth: { gdp: 0.06 } })]);
		expect(rows).toHaveLength(1);
		expect(rows[0]!.cells.map((c) => (c ? c.to : null))).toEqual([0.05, null, 0.06]);
	});

	it('counts a row as differing when any two columns differ', () => {
		const a = changesOf({ tolerance: 0.2 });
		expect(keys([a, a, changesOf({})])).toEqual(['tol']);
	});
});
