import { describe, expect, it } from 'vitest';
import { targetView } from '$lib/view/targetView';
import { compareMessages } from '$lib/i18n/compareMessages';
import { formatRate } from '$lib/i18n/format';
import { messages } from '$lib/i18n/messages';
import { defaultAsOf, emptyScenario, evaluateScenario, type Scenario } from '$lib/model';
import { observations, plan } from '$lib/model/data';
import type { SavedFileProblem } from '$lib/scenario/savedFile';
import { BACKUP_KEY, type LoadProblem } from '$lib/state/saved';
import {
	buildColumns,
	cardFragment,
	chartRows,
	droppedLines,
	evaluateLink,
	fileProblemText,
	formatSavedAt,
	formatSize,
	inputRows,
	isProblem,
	openFragment,
	scenarioLink,
	statusText,
	storeProblemText,
	verdictRows,
	type Status
} from './compareView';

const D = observations.vintage;
const cm = compareMessages.en;
const t = messages.en;
const current = (partial: Partial<Scenario> = {}) => {
	const scenario = { ...emptyScenario(), ...partial };
	return {
		scenario,
		evaluation: evaluateScenario(plan, observations, scenario),
		baseline: evaluateScenario(plan, observations, { ...emptyScenario(), asOf: scenario.asOf })
	};
};
const evaluate = (link: string) => evaluateLink(link, { plan, data: observations });
const saved = [
	{
		id: 'fast',
		name: 'Fast',
		link: `v=1&g.tech_contracts=0.2&d=${D}`,
		savedAt: '2026-11-29T10:00:00.000Z'
	},
	{
		id: 'slow',
		name: 'Slow',
		link: `v=1&g.tech_contracts=-0.05&tol=0.2&d=${D}`,
		savedAt: '2026-11-29T11:00:00.000Z'
	}
];
const columnsFor = (selection: Parameters<typeof buildColumns>[0]) =>
	buildColumns(selection, {
		data: observations,
		plan: 'beijing-2025',
		current: current(),
		saved,
		cm,
		evaluate
	});

describe('buildColumns', () => {
	it('makes a column per item in order, labelled, with links that carry only the scenario', () => {
		const columns = columnsFor([
			{ kind: 'saved', id: 'slow' },
			{ kind: 'current' },
			{ kind: 'link', link: 'g.gdp=abc&v=1&lang=en' },
			{ kind: 'saved', id: 'gone' }
		]);
		expect(columns.map((c) => [c.key, c.label])).toEqual([
			['saved:slow', 'Slow'],
			['current', 'Current scenario'],
			['link:g.gdp=abc&v=1&lang=en', 'Link 1']
		]);
		const slowLink = saved[1]!.link
			.replace('v=1&', `v=3&p=beijing-2025&`)
			.replace(`&d=${D}`, `&n=Slow&d=${D}`);
		expect(columns.map((c) => c.link)).toEqual([
			slowLink,
			`v=3&p=beijing-2025&d=${D}`,
			`v=3&p=beijing-2025&d=${D}`
		]);
		expect(columns[2]!.ignored).toEqual([{ part: 'g.gdp=abc', reason: 'not_a_number' }]);
	});

	it('labels a pasted link with the name it carries and numbers only the unnamed ones', () => {
		const columns = columnsFor([
			{ kind: 'link', link: 'v=1&g.gdp=0.05&n=Plan%20%E7%94%B2' },
			{ kind: 'link', link: 'v=1&g.gdp=0.06' }
		]);
		expect(columns.map((c) => c.label)).toEqual(['Plan 甲', 'Link 1']);
		expect(columns[0]!.link).toBe(`v=3&p=beijing-2025&g.gdp=0.05&n=Plan%20%E7%94%B2&d=${D}`);
	});
});

describe('verdictRows', () => {
	it('shows, per target and scenario, what the target card would show', () => {
		const columns = columnsFor([
			{ kind: 'saved', id: 'fast' },
			{ kind: 'saved', id: 'slow' }
		]);
		const rows = verdictRows(columns, plan, t, 'en');
		expect(rows.map((r) => r.id)).toEqual(plan.targets.map((s) => s.id));
		const row = rows.find((r) => r.id === 'tech_contracts')!;
		columns.forEach((column, i) => {
			const result = column.evaluation.targets.find((r) => r.id === 'tech_contracts')!;
			const view = targetView(result, column.evaluation, plan, t, 'en');
			expect(row.cells[i]).toEqual({
				key: column.key,
				verdict: result.verdict,
				verdictText: view.verdictText,
				projectedText: view.projectedText,
				requiredText: view.requiredText
			});
		});
		expect(row.cells[0]!.projectedText).not.toBe(row.cells[1]!.projectedText);
	});
});

describe('chartRows', () => {
	it('draws a line per scenario for every target and says what each reaches', () => {
		const columns = columnsFor([{ kind: 'saved', id: 'fast' }, { kind: 'current' }]);
		const rows = chartRows(columns, plan, t, cm, 'en');
		expect(rows).toHaveLength(plan.targets.length);
		for (const row of rows)
			expect(row.geometry.lines.map((l) => l.key)).toEqual(['saved:fast', 'current']);
		const tech = rows.find((r) => r.id === 'tech_contracts')!;
		expect(tech.summary).toMatch(
			/^.+\. Fast: .+ in 2025; Current scenario: .+ in 2025; target .+$/
		);
	});

	it('marks the census break of a target’s drivers on its overlay, as the target chart does', () => {
		const columns = columnsFor([{ kind: 'saved', id: 'fast' }, { kind: 'current' }]);
		const rows = chartRows(columns, plan, t, cm, 'en');
		const withGdp = plan.targets.filter((s) => s.numerator === 'gdp' || s.denominator === 'gdp');
		expect(withGdp.length).toBeGreaterThan(0);
		for (const spec of withGdp) {
			const row = rows.find((r) => r.id === spec.id)!;
			const keys = row.geometry.breaks.flatMap((m) => m.breaks.map((b) => b.key));
			expect(keys).toContain('gdp:2022-2023');
		}
		const contracts = rows.find((r) => r.id === 'tech_contracts')!;
		expect(contracts.geometry.breaks).toEqual([]);
	});
});

describe('inputRows', () => {
	it('lists the differing assumptions with each scenario’s value, defaults marked', () => {
		const columns = columnsFor([
			{ kind: 'saved', id: 'fast' },
			{ kind: 'saved', id: 'slow' },
			{ kind: 'current' }
		]);
		const rows = inputRows(columns, plan, defaultAsOf(plan, observations), t, cm, 'en');
		expect(rows.map((r) => r.key)).toEqual(['g.tech_contracts', 'tol']);
		const [growth, tolerance] = rows;
		const trend = columns[2]!.evaluation.drivers.tech_contracts.growth;
		expect(growth!.cells).toEqual([
			{ text: formatRate(0.2, 'en'), isDefault: false },
			{ text: formatRate(-0.05, 'en'), isDefault: false },
			{ text: `${formatRate(trend, 'en')} (default)`, isDefault: true }
		]);
		expect(tolerance!.label).toBe(t.changeTolerance);
		expect(tolerance!.cells.map((c) => c.isDefault)).toEqual([true, false, true]);
	});
});

describe('messages', () => {
	const problems: (SavedFileProblem | { reason: 'full'; count: number })[] = [
		{ reason: 'too_large', bytes: 1_500_000 },
		{ reason: 'not_json' },
		{ reason: 'wrong_format' },
		{ reason: 'wrong_version', version: '2' },
		{ reason: 'wrong_version', version: null },
		{ reason: 'not_a_list' },
		{ reason: 'too_many', count: 201 },
		{ reason: 'bad_entry', index: 2, field: 'savedAt' },
		{ reason: 'bad_entry', index: 0, field: null },
		{ reason: 'empty_name', index: 0 },
		{ reason: 'name_too_long', index: 0, name: 'Long', length: 81 },
		{ reason: 'duplicate_id', index: 1, name: 'Twin' },
		{
			reason: 'bad_link',
			index: 0,
			name: 'A',
			ignored: [{ part: 'g.gdp=abc', reason: 'not_a_number' }]
		},
		{ reason: 'full', count: 210 }
	];

	it.each(problems)('name what was wrong with a file ($reason) in both languages', (problem) => {
		for (const lang of ['en', 'zh'] as const) {
			const text = fileProblemText(problem, compareMessages[lang], messages[lang], lang);
			expect(text.length).toBeGreaterThan(5);
			expect(text).toMatch(/[.。]$/);
		}
	});

	it('quote the ignored parts of a bad link with their reason', () => {
		const text = statusText(
			{ kind: 'import_failed', problem: problems[12] as SavedFileProblem },
			cm,
			t,
			'en'
		);
		expect(text).toBe(
			'This file was not imported: the link of scenario 1 (“A”) has parts this app cannot use: g.gdp=abc (not a number). Nothing was changed.'
		);
	});

	it('give sizes in megabytes', () => {
		expect(formatSize(1_000_000, 'en')).toBe('1 MB');
		expect(formatSize(1_540_000, 'en')).toBe('1.5 MB');
	});

	it('say what happened, and whether it is a problem', () => {
		const cases: [Status, string, boolean][] = [
			[{ kind: 'saved', name: 'A' }, 'Saved “A”.', false],
			[{ kind: 'imported', added: 2, renamed: 1 }, 'Imported 2 scenarios; 1 had the id', false],
			[{ kind: 'name', problem: 'too_long' }, 'A name can have at most 80 characters', true],
			[{ kind: 'compare_full' }, 'At most 4 scenarios can be compared', true],
			[{ kind: 'gone', name: 'A' }, '“A” is no longer saved on this device', true]
		];
		for (const [status, start, problem] of cases) {
			expect(statusText(status, cm, t, 'en').startsWith(start)).toBe(true);
			expect(isProblem(status)).toBe(problem);
		}
	});

	it('give the save time in the reader’s language', () => {
		expect(formatSavedAt('2026-11-29T10:05:00.000Z', 'en', 'UTC')).toBe('29 Nov 2026, 10:05');
		expect(formatSavedAt('2026-11-29T10:05:00.000Z', 'zh', 'UTC')).toBe('2026年11月29日 10:05');
	});

	it('have every default name in both languages', () => {
		expect(compareMessages.en.defaultName(3, '2026-11-29')).toBe('3 changes · 2026-11-29');
		expect(compareMessages.en.defaultName(1, '2026-11-29')).toBe('1 change · 2026-11-29');
		expect(compareMessages.zh.defaultName(3, '2026-11-29')).toBe('3 处改动 · 2026-11-29');
	});
});

describe('openFragment', () => {
	it('writes the link the layout writes for that scenario in the reader’s language', () => {
		const { fragment, scenario } = openFragment('g.gdp=0.05', 'zh', { plan, data: observations });
		expect(fragment).toBe(`v=3&p=beijing-2025&g.gdp=0.05&lang=zh&d=${D}`);
		expect(scenario.growth).toEqual({ gdp: 0.05 });
		expect(scenarioLink(scenario, D)).toBe(`v=3&p=beijing-2025&g.gdp=0.05&d=${D}`);
	});
});

describe('storeProblemText', () => {
	const problems: LoadProblem[] = [
		{ kind: 'storage', reason: 'quota' },
		{ kind: 'unreadable', problem: { reason: 'not_json' } },
		{ kind: 'newer', version: '2' },
		{
			kind: 'skipped',
			problems: [
				{ reason: 'bad_entry', index: 1, field: 'savedAt' },
				{ reason: 'empty_name', index: 4 }
			]
		},
		{ kind: 'renumbered', entries: [{ index: 1, name: 'Twin', id: 'a-2' }] },
		{ kind: 'over_limit', count: 230 },
		{ kind: 'backed_up', key: BACKUP_KEY },
		{ kind: 'backup_failed' }
	];

	it.each(problems)('says what is wrong ($kind) in both languages, as sentences', (problem) => {
		for (const lang of ['en', 'zh'] as const) {
			const text = storeProblemText(problem, compareMessages[lang], messages[lang], lang);
			expect(text).toMatch(/[.。]$/);
			expect(text).not.toMatch(/undefined|\[object/);
		}
	});

	it('names each entry left out, and where the stored text is kept', () => {
		expect(storeProblemText(problems[3]!, cm, t, 'en')).toBe(
			'2 saved scenarios could not be read and are not shown: scenario 2 has a missing or invalid “savedAt” (an ISO date and time is expected); scenario 5 has no name. The others are shown. Before the next change is saved, the whole stored text is kept on this device under the storage key “bj-targets:scenarios:backup”.'
		);
	});

	it('says that a newer version’s list is left as it is', () => {
		expect(storeProblemText(problems[2]!, cm, t, 'en')).toContain(
			'format version 2); this version cannot read them and leaves them exactly as they are.'
		);
	});
});

describe('droppedLines', () => {
	it('quote each compare part left out with its reason', () => {
		expect(
			droppedLines(
				[
					{ part: 'c=%E0%A4%A', reason: 'bad_encoding' },
					{ part: 'c=e', reason: 'too_many' }
				],
				cm
			)
		).toEqual([
			'c=%E0%A4%A (its percent-encoding is broken)',
			'c=e (at most 4 scenarios can be compared)'
		]);
	});
});

describe('openFragment of a stored link with a bad part', () => {
	it('reports the ignored part, and links a new tab to the stored link so that it lists it too', () => {
		const opened = openFragment('v=1&g.gdp=abc&g.unicorns=0.1', 'en', { plan, data: observations });
		expect(opened.decoded.ignored).toEqual([{ part: 'g.gdp=abc', reason: 'not_a_number' }]);
		expect(opened.fragment).toBe(`v=3&p=beijing-2025&g.unicorns=0.1&lang=en&d=${D}`);
		expect(opened.hrefFragment).toBe('v=1&g.gdp=abc&g.unicorns=0.1');
	});

	it('links a clean link as the layout writes it', () => {
		const opened = openFragment('v=1&g.unicorns=0.1', 'en', { plan, data: observations });
		expect(opened.hrefFragment).toBe(opened.fragment);
	});
});

describe('cardFragment', () => {
	it("carries the saved name and the reader's language for the card's title", () => {
		const fragment = cardFragment({ name: 'Fast 快', link: `v=1&g.gdp=0.05&d=${D}` }, 'zh', {
			plan,
			data: observations
		});
		expect(fragment).toBe(`v=3&p=beijing-2025&g.gdp=0.05&n=Fast%20%E5%BF%AB&lang=zh&d=${D}`);
	});

	it('passes a stored link with ignored parts on as stored, plus the name', () => {
		expect(
			cardFragment({ name: 'A', link: 'v=1&g.gdp=abc' }, 'en', { plan, data: observations })
		).toBe('v=1&g.gdp=abc&n=A');
	});
});
