import { describe, expect, it } from 'vitest';
import { observations } from './data';
import { applyDataUpdate, dataUpdateText, mergeDataUpdates } from './dataUpdate';
import { checkEntryInput, parseDataUpdate, type DataUpdateProblem } from './dataUpdateFile';
import { preferredByYear } from './series';
import { dataUpdateEntry as entry } from './testFixtures';

const fileText = (entries: unknown[], extra: Record<string, unknown> = {}) =>
	JSON.stringify({ format: 'bj-targets-data-update', version: 1, entries, ...extra });

const problemsOf = (text: string): DataUpdateProblem[] => {
	const r = parseDataUpdate(text, observations);
	return r.ok ? [] : r.problems;
};

describe('parseDataUpdate', () => {
	it('reads back what dataUpdateText writes', () => {
		const entries = [entry(), entry({ series: 'gdp', value: 54000, year: 2026 })];
		const r = parseDataUpdate(dataUpdateText(entries), observations);
		expect(r).toEqual({
			ok: true,
			update: { format: 'bj-targets-data-update', version: 1, entries }
		});
	});

	it.each([
		{ name: 'not JSON', text: '{', problems: [{ code: 'not_json' }] },
		{
			name: 'another format',
			text: '{"format":"x","version":1,"entries":[]}',
			problems: [{ code: 'wrong_format' }]
		},
		{ name: 'a JSON array', text: '[]', problems: [{ code: 'wrong_format' }] },
		{
			name: 'a newer version',
			text: fileText([], { version: 2 }),
			problems: [{ code: 'wrong_version', version: '2' }]
		},
		{
			name: 'entries not a list',
			text: fileText([], { entries: {} }),
			problems: [{ code: 'no_entries' }]
		}
	])('refuses $name', ({ text, problems }) => {
		expect(problemsOf(text)).toEqual(problems);
	});

	it('names the entry (from 1) and the field of every problem', () => {
		const text = fileText([
			entry(),
			{ ...entry(), series: 'nope', year: 2025.5 },
			{ ...entry(), value: 'lots', source: { title: ' ', url: 'ftp://x.org', date: '2026-13' } },
			{ ...entry(), extra: 1 },
			{ ...entry(), value: -3 },
			{ ...entry(), source: null }
		]);
		expect(problemsOf(text)).toEqual([
			{ code: 'bad_field', entry: 2, field: 'year', expected: 'year', value: '2025.5' },
			{ code: 'bad_field', entry: 2, field: 'series', expected: 'known_series', value: 'nope' },
			{ code: 'bad_field', entry: 3, field: 'value', expected: 'number', value: 'lots' },
			{ code: 'bad_field', entry: 3, field: 'source.title', expected: 'title', value: ' ' },
			{
				code: 'bad_field',
				entry: 3,
				field: 'source.url',
				expected: 'web_address',
				value: 'ftp://x.org'
			},
			{ code: 'bad_field', entry: 3, field: 'source.date', expected: 'date', value: '2026-13' },
			{ code: 'unknown_field', entry: 4, field: 'extra' },
			{ code: 'bad_field', entry: 5, field: 'value', expected: 'positive', value: '-3' },
			{ code: 'bad_field', entry: 6, field: 'source', expected: 'source', value: 'null' }
		]);
	});

	it('accepts a negative growth rate (rates are not levels)', () => {
		expect(problemsOf(fileText([entry({ series: 'digital_va_growth', value: -1.5 })]))).toEqual([]);
	});

	it('refuses a file over the size limit before reading it', () => {
		const text = fileText([entry({ source: { ...entry().source, title: 'x'.repeat(250_000) } })]);
		expect(problemsOf(text)[0]?.code).toBe('too_large');
	});

	it('checks one typed entry by the same rules', () => {
		expect(checkEntryInput(entry(), observations)).toEqual({ ok: true, entry: entry() });
		const bad = checkEntryInput({ ...entry(), year: 'soon' }, observations);
		expect(bad.ok ? [] : bad.problems.map((p) => p.code)).toEqual(['bad_field']);
	});
});

describe('mergeDataUpdates', () => {
	it('adds new entries, keeps identical ones once and keeps both sides of a conflict', () => {
		const a = entry();
		const b = entry({ series: 'gdp', value: 54000 });
		const changed = entry({ value: 9900 });
		const r = mergeDataUpdates([a], [a, b, changed]);
		expect(r.added).toEqual([b]);
		expect(r.unchanged).toEqual([a]);
		expect(r.conflicts).toEqual([{ incoming: changed, existing: a }]);
		expect(r.entries).toEqual([a, b, changed]);
	});
});

describe('applyDataUpdate', () => {
	it('adds each entry as a user-supplied observation on the basis of the figure before it', () => {
		const data = applyDataUpdate(observations, [entry()]);
		const added = data.series.tech_contracts!.observations.at(-1)!;
		expect(added).toMatchObject({
			year: 2025,
			value: 9800.5,
			basis: 'registered',
			userSupplied: true
		});
		expect(observations.series.tech_contracts!.observations.some((o) => o.userSupplied)).toBe(
			false
		);
	});

	it('leaves the choice between figures of one year to the conflict rule', () => {
		// 2024 has a low-medium published figure: a user-supplied one (medium) is preferred to it.
		const data = applyDataUpdate(observations, [entry({ year: 2024, value: 9153.2 })]);
		const chosen = preferredByYear(data.series.tech_contracts!.observations).get(2024)!;
		expect(chosen.chosen.userSupplied).toBe(true);
		expect(chosen.alternatives.map((o) => o.value)).toEqual([9153]);
		// 2023 has a high-confidence published figure: it stays in use, the user's shown beside it.
		const kept = applyDataUpdate(observations, [entry({ year: 2023, value: 8600 })]);
		const chosen2023 = preferredByYear(kept.series.tech_contracts!.observations).get(2023)!;
		expect(chosen2023.chosen.value).toBe(8536.9);
		expect(chosen2023.alternatives[0]?.userSupplied).toBe(true);
	});

	it('returns the same object for the same data and entries, and the data for none', () => {
		const entries = [entry()];
		expect(applyDataUpdate(observations, entries)).toBe(applyDataUpdate(observations, entries));
		expect(applyDataUpdate(observations, [])).toBe(observations);
	});
});
