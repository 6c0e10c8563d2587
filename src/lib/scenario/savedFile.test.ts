import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { linkState } from '../../../tests/unit/link-arbitraries';
import { observations, plan } from '../model/data';
import { decodeLink, encodeLink } from './link';
import {
	MAX_FILE_BYTES,
	MAX_ID_LENGTH,
	MAX_NAME_LENGTH,
	MAX_SAVED,
	nameLength,
	parseSaved,
	parseSavedLeniently,
	quoteName,
	SAVED_FORMAT,
	SAVED_VERSION,
	serializeSaved,
	utf8Bytes,
	type SavedFileProblem,
	type SavedScenario
} from './savedFile';

const options = { plan, data: observations };
const LINK = `v=1&g.tech_contracts=0.05&d=${observations.vintage}`;
const entry = (overrides: Partial<SavedScenario> = {}): SavedScenario => ({
	id: 's-1',
	name: 'Faster contracts',
	link: LINK,
	savedAt: '2026-11-29T10:00:00.000Z',
	...overrides
});
const doc = (scenarios: unknown[], rest: Record<string, unknown> = {}) =>
	JSON.stringify({ format: SAVED_FORMAT, version: SAVED_VERSION, scenarios, ...rest });

describe('serializeSaved', () => {
	it('writes the versioned document with the four fields of each scenario, in order', () => {
		const text = serializeSaved([{ ...entry(), extra: 1 } as SavedScenario]);
		expect(JSON.parse(text)).toEqual({
			format: 'bj-targets-scenarios',
			version: 1,
			scenarios: [entry()]
		});
		expect(text.endsWith('\n')).toBe(true);
	});
});

describe('parseSaved', () => {
	it('reads a valid document, names trimmed', () => {
		const result = parseSaved(
			doc([entry({ name: '  Faster contracts ' }), entry({ id: 's-2' })]),
			options
		);
		expect(result).toEqual({ ok: true, scenarios: [entry(), entry({ id: 's-2' })] });
	});

	it('reads an empty list', () => {
		expect(parseSaved(doc([]), options)).toEqual({ ok: true, scenarios: [] });
	});

	it('reads a name of exactly the longest length, counted in characters', () => {
		const name = '创'.repeat(MAX_NAME_LENGTH);
		expect(parseSaved(doc([entry({ name })]), options).ok).toBe(true);
	});

	const badPart = `v=1&g.tech_contracts=abc&d=${observations.vintage}`;
	const cases: { why: string; text: string; problem: SavedFileProblem }[] = [
		{ why: 'text that is not JSON', text: '{"format": ', problem: { reason: 'not_json' } },
		{ why: 'an empty file', text: '', problem: { reason: 'not_json' } },
		{ why: 'JSON that is not an object', text: '[1, 2]', problem: { reason: 'wrong_format' } },
		{ why: 'JSON null', text: 'null', problem: { reason: 'wrong_format' } },
		{
			why: 'another format',
			text: JSON.stringify({ format: 'other', version: 1, scenarios: [] }),
			problem: { reason: 'wrong_format' }
		},
		{
			why: 'no format',
			text: JSON.stringify({ version: 1, scenarios: [] }),
			problem: { reason: 'wrong_format' }
		},
		{
			why: 'a newer version',
			text: doc([], { version: 2 }),
			problem: { reason: 'wrong_version', version: '2' }
		},
		{
			why: 'a version written as text',
			text: doc([], { version: '1' }),
			problem: { reason: 'wrong_version', version: '"1"' }
		},
		{
			why: 'no version',
			text: JSON.stringify({ format: SAVED_FORMAT, scenarios: [] }),
			problem: { reason: 'wrong_version', version: null }
		},
		{
			why: 'scenarios that are not a list',
			text: doc([], { scenarios: {} }),
			problem: { reason: 'not_a_list' }
		},
		{
			why: 'more than MAX_SAVED scenarios',
			text: doc(Array.from({ length: MAX_SAVED + 1 }, (_, i) => entry({ id: `s-${i}` }))),
			problem: { reason: 'too_many', count: MAX_SAVED + 1 }
		},
		{
			why: 'an entry that is not an object',
			text: doc([entry(), 'x']),
			problem: { reason: 'bad_entry', index: 1, field: null }
		},
		{
			why: 'an entry without an id',
			text: doc([{ name: 'a', link: LINK, savedAt: entry().savedAt }]),
			problem: { reason: 'bad_entry', index: 0, field: 'id' }
		},
		{
			why: 'an empty id',
			text: doc([entry({ id: '' })]),
			problem: { reason: 'bad_entry', index: 0, field: 'id' }
		},
		{
			why: 'an over-long id',
			text: doc([entry({ id: 'x'.repeat(MAX_ID_LENGTH + 1) })]),
			problem: { reason: 'bad_entry', index: 0, field: 'id' }
		},
		{
			why: 'a name that is not text',
			text: doc([{ ...entry(), name: 5 }]),
			problem: { reason: 'bad_entry', index: 0, field: 'name' }
		},
		{
			why: 'a link that is not text',
			text: doc([{ ...entry(), link: null }]),
			problem: { reason: 'bad_entry', index: 0, field: 'link' }
		},
		{
			why: 'a savedAt that is not an ISO timestamp',
			text: doc([entry({ savedAt: '29/11/2026' })]),
			problem: { reason: 'bad_entry', index: 0, field: 'savedAt' }
		},
		{
			why: 'a blank name',
			text: doc([entry(), entry({ id: 's-2', name: '   ' })]),
			problem: { reason: 'empty_name', index: 1 }
		},
		{
			why: 'a name that is too long',
			text: doc([entry({ name: 'n'.repeat(MAX_NAME_LENGTH + 1) })]),
			problem: {
				reason: 'name_too_long',
				index: 0,
				name: `${'n'.repeat(39)}…`,
				length: MAX_NAME_LENGTH + 1
			}
		},
		{
			why: 'an id used twice',
			text: doc([entry(), entry({ name: 'Twin' })]),
			problem: { reason: 'duplicate_id', index: 1, name: 'Twin' }
		},
		{
			why: 'a link with a part that does not decode',
			text: doc([entry({ link: badPart })]),
			problem: {
				reason: 'bad_link',
				index: 0,
				name: 'Faster contracts',
				ignored: [{ part: 'g.tech_contracts=abc', reason: 'not_a_number' }]
			}
		},
		{
			why: 'a link naming an unknown data version',
			text: doc([entry({ link: 'v=1&d=1999-01' })]),
			problem: {
				reason: 'bad_link',
				index: 0,
				name: 'Faster contracts',
				ignored: [{ part: 'd=1999-01', reason: 'unknown_data_version' }]
			}
		}
	];

	it.each(cases)('rejects $why', ({ text, problem }) => {
		expect(parseSaved(text, options)).toEqual({ ok: false, problem });
	});

	it('rejects a document over MAX_FILE_BYTES before reading it as JSON', () => {
		const text = doc([entry({ name: 'x' })], { padding: 'é'.repeat(MAX_FILE_BYTES / 2) });
		const result = parseSaved(text, options);
		expect(result).toEqual({ ok: false, problem: { reason: 'too_large', bytes: utf8Bytes(text) } });
	});

	it('reads links leniently when asked (local storage), keeping entries with ignored parts', () => {
		const text = doc([entry({ link: 'v=1&g.gdp=abc' })]);
		expect(parseSaved(text, { ...options, strictLinks: false })).toEqual({
			ok: true,
			scenarios: [entry({ link: 'v=1&g.gdp=abc' })]
		});
	});

	it('reports the first problem only', () => {
		const text = doc([entry({ name: '' }), entry({ savedAt: 'x' })]);
		expect(parseSaved(text, options)).toEqual({
			ok: false,
			problem: { reason: 'empty_name', index: 0 }
		});
	});
});

describe('parseSaved and names', () => {
	it('removes bidirectional controls from names, so that none shows reversed', () => {
		const result = parseSaved(doc([entry({ name: '\u202etxt.exe\u2069' })]), options);
		expect(result).toEqual({ ok: true, scenarios: [entry({ name: 'txt.exe' })] });
	});

	it('rejects a name made of bidirectional controls only as empty', () => {
		expect(parseSaved(doc([entry({ name: '\u202e\u200f' })]), options)).toEqual({
			ok: false,
			problem: { reason: 'empty_name', index: 0 }
		});
	});
});

describe('parseSavedLeniently', () => {
	it('keeps every readable entry and names each bad one', () => {
		const text = doc([
			entry({ id: 'a' }),
			'x',
			entry({ id: 'b', name: ' ' }),
			entry({ id: 'c', name: 'n'.repeat(MAX_NAME_LENGTH + 1) }),
			entry({ id: 'd', link: 'v=1&g.gdp=abc' })
		]);
		expect(parseSavedLeniently(text)).toEqual({
			ok: true,
			scenarios: [entry({ id: 'a' }), entry({ id: 'd', link: 'v=1&g.gdp=abc' })],
			skipped: [
				{ reason: 'bad_entry', index: 1, field: null },
				{ reason: 'empty_name', index: 2 },
				{
					reason: 'name_too_long',
					index: 3,
					name: `${'n'.repeat(39)}…`,
					length: MAX_NAME_LENGTH + 1
				}
			],
			renumbered: []
		});
	});

	it('keeps an entry whose id an earlier one has, with an id no other entry has', () => {
		const text = doc([entry(), entry({ name: 'Twin' }), entry({ id: 's-1-2', name: 'Third' })]);
		expect(parseSavedLeniently(text)).toEqual({
			ok: true,
			scenarios: [
				entry(),
				entry({ id: 's-1-3', name: 'Twin' }),
				entry({ id: 's-1-2', name: 'Third' })
			],
			skipped: [],
			renumbered: [{ index: 1, name: 'Twin', id: 's-1-3' }]
		});
	});

	it('keeps more than MAX_SAVED entries', () => {
		const text = doc(Array.from({ length: MAX_SAVED + 1 }, (_, i) => entry({ id: `s-${i}` })));
		const result = parseSavedLeniently(text);
		expect(result.ok && result.scenarios).toHaveLength(MAX_SAVED + 1);
	});

	it.each([
		{ why: 'a newer version', text: doc([], { version: 2 }), newer: true },
		{ why: 'a version written as text', text: doc([], { version: '2' }), newer: false },
		{ why: 'an older version', text: doc([], { version: 0 }), newer: false },
		{ why: 'text that is not JSON', text: '{', newer: false }
	])('fails on $why, saying whether a newer build wrote it', ({ text, newer }) => {
		const result = parseSavedLeniently(text);
		expect(result.ok).toBe(false);
		expect(!result.ok && result.newer).toBe(newer);
	});
});

describe('the helpers', () => {
	it('count characters, not UTF-16 units', () => {
		expect(nameLength('𝔸b')).toBe(2);
		expect(utf8Bytes('é')).toBe(2);
	});

	it('quote a long name cut to the given length with an ellipsis', () => {
		expect(quoteName('abcdef', 4)).toBe('abc…');
		expect(quoteName('abcd', 4)).toBe('abcd');
	});
});

// Scenarios whose link decodes with nothing ignored (entered values can push a driver's default
// growth out of range, which the decoder ignores).
const cleanLink = linkState
	.map((state) => encodeLink({ ...state, lang: null, view: null }))
	.filter((link) => decodeLink(link, options).ignored.length === 0);

const savedScenario: fc.Arbitrary<SavedScenario> = fc.record({
	id: fc.string({ minLength: 1, maxLength: MAX_ID_LENGTH }),
	name: fc
		.string({ unit: 'grapheme', minLength: 1, maxLength: MAX_NAME_LENGTH })
		.map((s) => s.trim())
		.filter((s) => s !== '' && nameLength(s) <= MAX_NAME_LENGTH),
	link: cleanLink,
	savedAt: fc
		.date({ min: new Date('2000-01-01'), max: new Date('2100-01-01'), noInvalidDate: true })
		.map((d) => d.toISOString())
});

describe('export and import', () => {
	it('any exported list re-imports to the same list', () => {
		fc.assert(
			fc.property(
				fc.uniqueArray(savedScenario, { selector: (s) => s.id, maxLength: 12 }),
				(list) => {
					expect(parseSaved(serializeSaved(list), options)).toEqual({ ok: true, scenarios: list });
				}
			),
			{ seed: 20261129, numRuns: 150 }
		);
	});
});
