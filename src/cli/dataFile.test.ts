import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { observations, plan } from '../lib/model/data';
import { dataUpdateText, type DataUpdateEntry } from '../lib/model/dataUpdate';
import type { JsonReport } from './report';
import { runCli } from './run';

const ENTRY: DataUpdateEntry = {
	series: 'tech_contracts',
	year: 2025,
	value: 9800,
	source: { title: '2025 年北京技术市场', url: 'https://kw.beijing.gov.cn/a.html', date: '2026-02' }
};

const run = (argv: string[], files: Record<string, string>, env = { LANG: 'C' }) =>
	runCli(argv, env, {
		plan,
		observations,
		readFile: (path) => {
			const text = files[path];
			if (text === undefined) throw new Error('ENOENT');
			return text;
		}
	});

const target = (report: JsonReport, id: string) => report.targets.find((t) => t.id === id)!;

describe('--data', () => {
	it('uses the file’s figures as published data, and lists them in the JSON', () => {
		const result = run(['--json', '--data', 'u.json'], { 'u.json': dataUpdateText([ENTRY]) });
		expect(result).toMatchObject({ code: 0, stderr: '' });
		const report = JSON.parse(result.stdout) as JsonReport;
		const contracts = target(report, 'tech_contracts');
		expect(contracts).toMatchObject({ baseYear: 2025, baseValue: 9800, projected: 9800 });
		expect(contracts.confidence).toEqual({
			grade: 'medium',
			reasons: [{ code: 'user_supplied', driver: 'tech_contracts', years: [2025] }]
		});
		expect(report.dataUpdates).toEqual([ENTRY]);
	});

	it('gives every target a grade and its reasons without a file', () => {
		const report = JSON.parse(run(['--json'], {}).stdout) as JsonReport;
		expect(report.dataUpdates).toEqual([]);
		for (const t of report.targets)
			expect(['high', 'medium', 'low']).toContain(t.confidence?.grade);
		expect(target(report, 'rd_personnel_density').confidence?.reasons[0]).toEqual({
			code: 'no_projection',
			drivers: ['employed']
		});
	});

	it('exits 2 with one sentence per problem, each naming the file, the entry and the field', () => {
		const bad = JSON.stringify({
			format: 'bj-targets-data-update',
			version: 1,
			entries: [{ ...ENTRY, year: 'x' }, ENTRY, { ...ENTRY, source: { ...ENTRY.source, url: 'x' } }]
		});
		const result = run(['--data', 'bad.json'], { 'bad.json': bad });
		expect(result.code).toBe(2);
		expect(result.stdout).toBe('');
		expect(result.stderr.trimEnd().split('\n')).toEqual([
			'bad.json: Entry 1: the year should be a whole year from 1949 to 2100, not “x”.',
			'bad.json: Entry 3: the source address should be a web address starting with http:// or https://, not “x”.'
		]);
	});

	it('says so, in the chosen language, when the file cannot be read', () => {
		const result = run(['--lang', 'zh', '--data', 'missing.json'], {});
		expect(result).toEqual({
			code: 2,
			stdout: '',
			stderr: '无法读取数据补录文件“missing.json”。\n',
			lang: 'zh'
		});
	});

	it('reads a real file through the evaluate command', { timeout: 60_000 }, () => {
		const dir = mkdtempSync(join(tmpdir(), 'bj-data-'));
		const file = join(dir, 'updates.json');
		writeFileSync(file, dataUpdateText([ENTRY]));
		const root = fileURLToPath(new URL('../..', import.meta.url));
		const result = spawnSync(
			'node_modules/.bin/tsx',
			['src/cli/evaluate.ts', '--json', '--data', file],
			{
				cwd: root,
				encoding: 'utf8',
				env: { PATH: process.env.PATH, LANG: 'C' },
				timeout: 60_000
			}
		);
		expect(result.status).toBe(0);
		expect(target(JSON.parse(result.stdout), 'tech_contracts').baseValue).toBe(9800);
	});
});
