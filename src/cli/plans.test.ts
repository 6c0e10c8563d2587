import { describe, expect, it } from 'vitest';
import { observations, plan } from '../lib/model/data';
import { validatePack } from '../lib/plans/packSchema';
import { PLAN_PACKS, planPack } from '../lib/plans/packs';
import { runCli } from './run';

const run = (...argv: string[]) =>
	runCli(argv, { LANG: 'C' }, { plan, observations, plans: PLAN_PACKS });

describe('--list-plans', () => {
	it('prints the built-in plans as a table in the reader’s language', () => {
		const en = run('--list-plans');
		expect(en.code).toBe(0);
		expect(en.stderr).toBe('');
		const lines = en.stdout.split('\n');
		expect(lines[0]).toBe('Built-in plans (4):');
		expect(lines[1]).toMatch(/^Id\s+Target year\s+Targets\s+Plan$/);
		expect(lines[2]).toMatch(/^beijing-2025\s+2025\s+8\s+Beijing innovation centre/);
		expect(lines[5]).toMatch(/^china-2030\s+2030\s+2\s+China, 15th Five-Year Plan/);
		const zh = run('--list-plans', '--lang', 'zh').stdout.split('\n');
		expect(zh[0]).toBe('内置规划（4 个）：');
		expect(zh[3]).toMatch(/^china-2025\s+2025\s+6\s+全国“十四五”科技创新目标$/);
	});

	it('prints them as JSON with --json: id, title in both languages, target year, number of targets', () => {
		const out = run('--list-plans', '--json');
		expect(out.code).toBe(0);
		expect(JSON.parse(out.stdout)).toEqual(
			PLAN_PACKS.map((p) => ({
				id: p.id,
				title: p.title,
				targetYear: p.targetYear,
				targets: p.targets.length
			}))
		);
		expect(JSON.parse(out.stdout)[2]).toMatchObject({
			id: 'shanghai-2025',
			targetYear: 2025,
			targets: 8
		});
	});

	it('takes no scenario', () => {
		const out = run('--list-plans', 'g.gdp=0.05');
		expect(out).toMatchObject({ code: 2, stdout: '' });
		expect(out.stderr).toBe(
			'--list-plans cannot be combined with a scenario: it lists or prints plans and evaluates nothing; give one request at a time.\n'
		);
	});
});

describe('--export-plan', () => {
	it.each(PLAN_PACKS.map((p) => p.id))(
		'prints %s as one JSON document that validates back unchanged',
		(id) => {
			const out = run('--export-plan', id);
			expect(out).toMatchObject({ code: 0, stderr: '' });
			const read = validatePack(JSON.parse(out.stdout), 'exported.json');
			expect(read).toEqual(planPack(id));
		}
	);

	it('refuses an unknown id with one sentence naming it and the known ones', () => {
		const out = run('--export-plan', 'china-2035');
		expect(out).toMatchObject({ code: 2, stdout: '' });
		expect(out.stderr).toBe(
			'There is no built-in plan "china-2035"; the plans are beijing-2025, china-2025, shanghai-2025, china-2030.\n'
		);
		expect(run('--export-plan', 'x', '--lang', 'zh').stderr).toBe(
			'没有名为“x”的内置规划；现有规划为 beijing-2025、china-2025、shanghai-2025、china-2030。\n'
		);
	});
});

describe('--plan', () => {
	it('evaluates beijing-2025 as without it', () => {
		const named = run('--plan', 'beijing-2025', '--json', 'g.gdp=0.05');
		expect(named.code).toBe(0);
		expect(named.stdout).toBe(run('--json', 'g.gdp=0.05').stdout);
	});

	it.each(['china-2025', 'seeds/plans/china-2025.json'])(
		'refuses %s: evaluating other plans is not available yet',
		(id) => {
			const out = run('--plan', id);
			expect(out).toMatchObject({ code: 2, stdout: '' });
			expect(out.stderr).toBe(
				`Evaluating the plan "${id}" is not available yet: for now the evaluator can evaluate only beijing-2025 (--export-plan prints a built-in plan's pack).\n`
			);
		}
	);

	it('refuses an id that names no plan, listing the known ones', () => {
		const out = run('--plan', 'bejing-2025', '--lang', 'zh');
		expect(out).toMatchObject({ code: 2, stdout: '' });
		expect(out.stderr).toContain('没有名为“bejing-2025”的内置规划');
	});
});
