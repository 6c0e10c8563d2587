import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { observations, plan } from '../lib/model/data';
import { validatePack } from '../lib/plans/packSchema';
import { PLAN_PACKS, planPack, type PlanPack } from '../lib/plans/packs';
import type { JsonReport } from './report';
import { runCli } from './run';
import { progressMessages } from '../lib/i18n/progressMessages';

const RATIO_CATEGORIES = [
	'achieved',
	'on_track',
	'acceleration_needed',
	'limited_progress',
	'moving_away'
];

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
	const files: Record<string, string> = {};
	const runWith = (...argv: string[]) =>
		runCli(
			argv,
			{ LANG: 'C' },
			{
				plan,
				observations,
				plans: PLAN_PACKS,
				readFile: (path) => {
					if (!Object.hasOwn(files, path)) throw new Error('ENOENT');
					return files[path]!;
				}
			}
		);
	const json = (...argv: string[]) => {
		const out = runWith('--json', ...argv);
		expect(out).toMatchObject({ code: 0, stderr: '' });
		return JSON.parse(out.stdout) as JsonReport & { plan: unknown };
	};
	const pack = planPack('china-2025')!;
	const series = (id: string) => pack.observations.series[id]!.observations;
	const figure = (id: string, year: number) => series(id).find((o) => o.year === year)!.value;
	const targetOf = (report: JsonReport, id: string) => report.targets.find((t) => t.id === id)!;

	it('evaluates beijing-2025 as without it, and names the plan', () => {
		const named = json('g.gdp=0.05');
		const plain = json('--plan', 'beijing-2025', 'g.gdp=0.05');
		expect(plain.plan).toEqual({
			id: 'beijing-2025',
			title: planPack('beijing-2025')!.title,
			targetYear: 2025
		});
		// The pack adds where each target stands in the plan; every number is the same.
		const rest: Partial<typeof plain> = { ...plain };
		delete rest.plan;
		for (const t of rest.targets!) {
			expect(t.placement).toBe('body_text');
			delete t.placement;
		}
		expect(rest).toEqual(named);
		const text = runWith('--plan', 'beijing-2025', 'g.gdp=0.05').stdout.split('\n');
		expect(text[1]).toMatch(/^Plan: beijing-2025, Work plan to accelerate/);
		expect([text[0], ...text.slice(2)].join('\n')).toBe(runWith('g.gdp=0.05').stdout);
	});

	it('evaluates china-2025 from the pack’s own figures, the strategic-emerging share a gap', () => {
		const report = json('--plan', 'china-2025', '');
		expect(report.plan).toEqual({ id: 'china-2025', title: pack.title, targetYear: 2025 });
		expect(report.tolerance).toBeNull();
		const rd = targetOf(report, 'rd_growth');
		const cagr = (figure('rd_spend', 2025) / figure('rd_spend', 2020)) ** (1 / 5) - 1;
		expect(rd.projected).toBeCloseTo(cagr, 3);
		expect(rd.verdict).toBe(cagr >= 0.07 ? 'met' : 'not_met');
		expect(rd).toMatchObject({ prices: 'nominal', officialPrices: 'real' });
		const patents = targetOf(report, 'hv_patents');
		expect(patents.projected).toBe(figure('hv_patents_per_10k', 2025));
		expect(patents).toMatchObject({ verdict: 'met', publishedShare: true, target: 12 });
		const basic = targetOf(report, 'basic_research_share');
		const share = (figure('basic_spend', 2025) / figure('rd_spend', 2025)) * 100;
		expect(basic.projected).toBeCloseTo(share, 10);
		expect(basic.projected).toBeCloseTo(figure('basic_research_share', 2025), 1);
		expect(basic.verdict).toBe(share >= 8 ? 'met' : 'not_met');
		const sei = targetOf(report, 'sei_share');
		expect(sei).toMatchObject({ kind: 'gap', verdict: 'gap', projected: null, margin: null });
		expect(sei.gapReason).toEqual(pack.targets.find((t) => t.id === 'sei_share')!.why);
		expect(report.targets.map((t) => t.id)).toEqual(pack.targets.map((t) => t.id));
		// A lower bound (“10.5 % 以上”) is said to be one; a source of unknown kind is not “secondary”.
		const digital = targetOf(report, 'digital_core_share');
		expect(series('digital_core_share').at(-1)!.flags).toEqual(['lower_bound']);
		expect(digital.confidence?.reasons).toEqual([
			{ code: 'lower_bound', driver: 'digital_core_share', years: [2025] }
		]);
	});

	it('explains a refused vintage or view with the chosen plan’s own', () => {
		const out = runWith('--plan', 'china-2025', 'd=2026-11&view=rd_intensity');
		expect(out.stderr).toBe(
			`Invalid scenario, nothing was evaluated: "d=2026-11" names a data version this evaluator does not have (it has ${pack.observations.vintage}); "view=rd_intensity" is not a known target (use ${pack.targets.map((t) => t.id).join(', ')}).\n`
		);
	});

	it('shows a gap as a gap, with its reason, in both languages', () => {
		const en = runWith('--plan', 'china-2025', '').stdout;
		expect(en).toMatch(
			/Strategic emerging industries, share of GDP\s+—\s+—\s+—\s+more than 17%\s+Gap: no data/
		);
		expect(en).toContain('- Strategic emerging industries, share of GDP: a gap: no data');
		expect(en).toContain('No target of this plan is “about” (左右): no tolerance applies.');
		const zh = runWith('--plan', 'china-2025', '--lang', 'zh', '').stdout;
		expect(zh).toMatch(/战略性新兴产业增加值占 GDP 比重\s+—\s+—\s+—\s+超过 17%\s+数据缺口/);
		expect(zh).toContain('未找到全国战略性新兴产业增加值');
	});

	it('switches the reading of the intensity clause: the 2020 level or the 2016–20 mean', () => {
		const read = (r?: string) =>
			targetOf(
				json('--plan', 'china-2025', ...(r ? ['--reading', `rd_intensity_vs_13th=${r}`] : []), ''),
				'rd_intensity_vs_13th'
			);
		const level = read();
		expect(level.target).toBe(figure('rd_intensity_revised', 2020));
		expect(level).toMatchObject({ aspirational: true, reading: { id: 'level_2020' } });
		const years = [2016, 2017, 2018, 2019, 2020];
		const mean = years.reduce((a, y) => a + figure('rd_intensity_revised', y), 0) / years.length;
		const average = read('average_2016_2020');
		expect(average.target).toBeCloseTo(mean, 12);
		expect(average.projected).toBe(level.projected);
		const bad = runWith('--plan', 'china-2025', '--reading', 'rd_intensity_vs_13th=level_2019');
		expect(bad).toMatchObject({ code: 2, stdout: '' });
		expect(bad.stderr).toBe(
			'Target rd_intensity_vs_13th has no reading level_2019; its readings are level_2020, average_2016_2020.\n'
		);
	});

	it.each(['beijing-2025', 'china-2025', 'shanghai-2025', 'china-2030'])(
		'evaluates %s at the default scenario, every target in the pack’s order',
		(id) => {
			const report = json('--plan', id, '');
			const p = planPack(id)!;
			expect(report.targets.map((t) => t.id)).toEqual(p.targets.map((t) => t.id));
			expect(report.asOf).toBeLessThanOrEqual(p.targetYear);
			expect(runWith('--plan', id, '--lang', 'zh', '').code).toBe(0);
		}
	);

	it.each(PLAN_PACKS.map((p) => p.id))(
		'gives every numeric target of %s both progress methods, as figures or a stated reason',
		(id) => {
			const report = json('--plan', id, '');
			for (const t of report.targets) {
				if (t.target === null) {
					expect(t.methods, t.id).toBeNull();
					continue;
				}
				const { ratio, anticipated } = t.methods!;
				for (const m of [ratio, anticipated])
					if ('gap' in m)
						for (const lang of ['en', 'zh'] as const)
							expect(progressMessages[lang].gap[m.gap], `${id} ${t.id}`).toBeTruthy();
				if (!('gap' in ratio)) expect(RATIO_CATEGORIES, `${id} ${t.id}`).toContain(ratio.category);
				if (!('gap' in anticipated))
					expect(anticipated.anticipatedValue).toEqual(expect.any(Number));
				// The anticipated progress continues the ratio method's trend: no trend, no anticipation.
				if ('gap' in ratio) expect(anticipated, `${id} ${t.id}`).toEqual(ratio);
			}
		}
	);

	it('says why a gap with a numeric goal has no method figures', () => {
		const sei = json('--plan', 'china-2025', '').targets.find((t) => t.id === 'sei_share')!;
		expect(sei).toMatchObject({ verdict: 'gap', target: 17 });
		expect(sei.methods).toEqual({ ratio: { gap: 'no_latest' }, anticipated: { gap: 'no_latest' } });
	});

	it('refuses a growth key naming a driver the plan lacks, naming the key and the plan', () => {
		const out = runWith('--plan', 'china-2025', 'g.rd_spend=0.05&g.hightech_va=0.1');
		expect(out).toMatchObject({ code: 2, stdout: '' });
		expect(out.stderr).toContain(
			'"g.hightech_va=0.1" names a driver the plan china-2025 does not have'
		);
		expect(out.stderr).toContain(
			'drivers: gdp, rd_spend, basic_spend, hv_patents, digital_core_share'
		);
		expect(runWith('--plan', 'china-2025', '--lang', 'zh', 'y.unicorns.2024=0.1').stderr).toContain(
			'“y.unicorns.2024=0.1” 所指的驱动量不属于规划 china-2025'
		);
		expect(json('--plan', 'china-2025', 'g.hv_patents=0.05').targets[2]!.drivers).toEqual({
			hv_patents: expect.objectContaining({ growth: 0.05 })
		});
	});

	it('lists what china-2030’s pack leaves unconfirmed among the notes, not as targets', () => {
		const notes = planPack('china-2030')!.notes.filter((n) => n.kind === 'unconfirmed');
		expect(notes.length).toBeGreaterThan(0);
		const en = runWith('--plan', 'china-2030', '').stdout;
		for (const n of notes) expect(en).toContain(`- Unconfirmed, not a target here: ${n.text.en}`);
		const zh = runWith('--plan', 'china-2030', '--lang', 'zh', '').stdout;
		for (const n of notes) expect(zh).toContain(`- 未经确认，此处不作为目标：${n.text.zh}`);
	});

	it('quotes the chosen plan in --help', () => {
		const help = runWith('--plan', 'china-2030', '--help').stdout;
		expect(help).toContain('Projects the 2030 targets');
		expect(help).toContain('drivers: gdp, rd_spend, digital_core_share');
		expect(runWith('--help').stdout).toContain('Projects the 2025 targets');
	});

	it('checks --as-of against the chosen plan’s target year', () => {
		expect(json('--plan', 'china-2030', '--as-of', '2028', '').asOf).toBe(2028);
		expect(runWith('--plan', 'china-2030', '--as-of', '2031', '').stderr).toBe(
			'Invalid --as-of year "2031"; use a year from 2016 to 2030.\n'
		);
	});

	it('reads a pack exported and edited back from its file, giving the edited verdicts', () => {
		const exported = JSON.parse(runWith('--export-plan', 'china-2025').stdout) as PlanPack;
		files['exported.json'] = JSON.stringify(exported);
		expect(json('--plan', 'exported.json', '')).toEqual(json('--plan', 'china-2025', ''));
		exported.targets.find((t) => t.id === 'basic_research_share')!.target = 7;
		files['edited.json'] = JSON.stringify(exported);
		const edited = json('--plan', 'edited.json', '');
		expect(targetOf(edited, 'basic_research_share').verdict).toBe('met');
		expect(targetOf(json('--plan', 'china-2025', ''), 'basic_research_share').verdict).toBe(
			'not_met'
		);
	});

	it('reads a link the app made for a plan file (p=user.<pack id>) against that file', () => {
		const file = 'seeds/examples/china-2030-two-targets.json';
		files[file] = readFileSync(file, 'utf8');
		// The example has no gdp driver (its targets use none): the link sets R&D growth instead.
		const link = 'p=user.china-2030-two-targets&g.rd_spend=0.05';
		const report = json('--plan', file, link);
		expect(report.ignored).toEqual([]);
		expect(report.plan).toMatchObject({ id: 'china-2030-two-targets' });
		expect(targetOf(report, 'rd_growth')).toMatchObject({ verdict: 'not_met' });
		expect(targetOf(report, 'rd_growth').projected).toBeCloseTo(0.05, 12);
		// The pack's own id names it too; another user plan does not.
		expect(json('--plan', file, 'p=china-2030-two-targets&g.rd_spend=0.05')).toEqual(report);
		expect(runWith('--plan', file, 'p=user.other-plan').stderr).toBe(
			'Invalid scenario, nothing was evaluated: "p=user.other-plan" names another plan than the one evaluated (choose it with --plan; --list-plans lists them).\n'
		);
	});

	it('never reads a user plan’s link against a built-in plan, even of the same id', () => {
		const other = runWith('--plan', 'china-2030', 'p=user.china-2030-two-targets&g.gdp=0.05');
		expect(other).toMatchObject({ code: 2, stdout: '' });
		expect(other.stderr).toBe(
			'Invalid scenario, nothing was evaluated: "p=user.china-2030-two-targets" names another plan than the one evaluated (choose it with --plan; --list-plans lists them).\n'
		);
		expect(runWith('--plan', 'china-2030', 'p=user.china-2030').stderr).toContain(
			'"p=user.china-2030" names another plan than the one evaluated'
		);
		expect(json('--plan', 'china-2030', 'p=china-2030&g.gdp=0.05').ignored).toEqual([]);
	});

	it('refuses a malformed pack file, naming the file, the record and the field', () => {
		const broken = structuredClone(pack) as unknown as { targets: Record<string, unknown>[] };
		broken.targets[2]!.comparator = 'greater';
		files['plans/broken.json'] = JSON.stringify(broken);
		const out = runWith('--plan', 'plans/broken.json', '');
		expect(out).toMatchObject({ code: 2, stdout: '' });
		expect(out.stderr).toMatch(
			/^The plan pack was refused: invalid plans\/broken\.json: targets\[2\]\.comparator: .*"greater"\.\n$/
		);
		expect(runWith('--lang', 'zh', '--plan', 'plans/broken.json').stderr).toMatch(
			/^规划数据包被拒绝：invalid plans\/broken\.json: targets\[2\]\.comparator/
		);
		files['plans/text.json'] = '{ not json';
		expect(runWith('--plan', 'plans/text.json').stderr).toMatch(
			/^The plan pack file "plans\/text\.json" is not JSON: /
		);
		expect(runWith('--plan', 'missing.json')).toMatchObject({
			code: 2,
			stderr: 'The plan pack file "missing.json" cannot be read.\n'
		});
	});

	it('refuses an id that names no plan, listing the known ones', () => {
		const out = run('--plan', 'bejing-2025', '--lang', 'zh');
		expect(out).toMatchObject({ code: 2, stdout: '' });
		expect(out.stderr).toContain('没有名为“bejing-2025”的内置规划');
		expect(run('--plan', 'bejing-2025').stderr).toBe(
			'There is no built-in plan "bejing-2025"; the plans are beijing-2025, china-2025, shanghai-2025, china-2030, or give the path of a plan pack file (ending .json).\n'
		);
	});
});
