import { describe, expect, test } from 'vitest';
import {
	MAX_SCENARIO_FILE_BYTES,
	parseScenarioFile,
	readScenarioFile,
	scenarioFileText,
	SCENARIO_FILE_FORMAT
} from './scenarioFile';

const link = 'v=1&g.tech_contracts=0.05&d=2026-11';

describe('scenarioFileText and parseScenarioFile', () => {
	test('parseScenarioFile reads back what scenarioFileText writes', () => {
		const text = scenarioFileText(link, '2026-11', '2026-11-29T10:00:00.000Z');
		expect(parseScenarioFile(text)).toEqual({
			ok: true,
			file: {
				format: SCENARIO_FILE_FORMAT,
				version: 1,
				link,
				dataVersion: '2026-11',
				exportedAt: '2026-11-29T10:00:00.000Z'
			}
		});
	});

	test('scenarioFileText leaves out exportedAt when no time is given', () => {
		expect(JSON.parse(scenarioFileText(link, '2026-11'))).not.toHaveProperty('exportedAt');
	});

	test('parseScenarioFile drops a leading # on the link', () => {
		const result = parseScenarioFile(scenarioFileText(`#${link}`, '2026-11'));
		expect(result.ok && result.file.link).toBe(link);
	});

	const valid = { format: SCENARIO_FILE_FORMAT, version: 1, link, dataVersion: '2026-11' };
	test.each([
		['not JSON', '{', { reason: 'not_json' }],
		['another format', JSON.stringify({ ...valid, format: 'other' }), { reason: 'wrong_format' }],
		[
			'a saved-scenarios list',
			JSON.stringify({ format: 'bj-targets-scenarios' }),
			{ reason: 'wrong_format' }
		],
		['a newer version', JSON.stringify({ ...valid, version: 2 }), { reason: 'wrong_version' }],
		[
			'a link that is not text',
			JSON.stringify({ ...valid, link: 5 }),
			{ reason: 'bad_field', field: 'link' }
		],
		[
			'no data version',
			JSON.stringify({ ...valid, dataVersion: undefined }),
			{ reason: 'bad_field', field: 'dataVersion' }
		],
		[
			'a bad time',
			JSON.stringify({ ...valid, exportedAt: 'yesterday' }),
			{ reason: 'bad_field', field: 'exportedAt' }
		],
		['a huge file', ' '.repeat(200_000), { reason: 'too_large', bytes: 200_000 }]
	])('parseScenarioFile rejects %s', (_, text, problem) => {
		expect(parseScenarioFile(text)).toEqual({ ok: false, problem });
	});
});

describe('readScenarioFile', () => {
	/** A file that counts how often its text is read. */
	const fileOf = (size: number, text = '') => {
		const reads = { count: 0 };
		return { reads, file: { size, text: async () => (reads.count++, text) } };
	};

	test('refuses a file over MAX_SCENARIO_FILE_BYTES without reading it', async () => {
		const { file, reads } = fileOf(520_000_000);
		expect(await readScenarioFile(file)).toEqual({
			ok: false,
			problem: { reason: 'too_large', bytes: 520_000_000 }
		});
		expect(reads.count).toBe(0);
	});

	test('reads a file within the limit', async () => {
		const text = scenarioFileText('v=1', '2026-11');
		const { file, reads } = fileOf(MAX_SCENARIO_FILE_BYTES, text);
		expect(await readScenarioFile(file)).toEqual(parseScenarioFile(text));
		expect(reads.count).toBe(1);
	});
});

describe('a scenario file with the user’s figures', () => {
	test('carries the data-update entries and reads them back', () => {
		const entries = [
			{
				series: 'tech_contracts',
				year: 2025,
				value: 9800,
				source: { title: 'T', url: 'https://example.org', date: '2026-02' }
			}
		];
		const parsed = parseScenarioFile(scenarioFileText('v=1', '2026-11', undefined, entries));
		expect(parsed.ok && parsed.file.dataUpdates).toEqual(entries);
		const none = parseScenarioFile(scenarioFileText('v=1', '2026-11'));
		expect(none.ok && 'dataUpdates' in none.file).toBe(false);
	});
});
