import { spawnSync } from 'node:child_process';
import { closeSync, openSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { observations, plan } from '../lib/model/data';
import { evaluateScenario } from '../lib/model/scenarioEvaluation';
import { emptyScenario, TARGET_IDS, type Scenario } from '../lib/model/types';
import { decodeLink } from '../lib/scenario/link';
import { UNCERTAINTY_MODELS } from '../lib/model/uncertainty';
import { progressMethods } from '../lib/model/progress';
import { displayWidth, formatTable, toJsonReport } from './report';
import { runCli } from './run';

const data = { plan, observations };
const linkData = { plan, data: observations };
const evaluate = (scenario: Partial<Scenario>) =>
	evaluateScenario(plan, observations, { ...emptyScenario(), ...scenario });
const fromParams = (text: string) => {
	const { state, ignored } = decodeLink(text, linkData);
	return toJsonReport(
		evaluateScenario(plan, observations, state.scenario),
		ignored,
		false,
		[],
		plan.baselineYear
	);
};
const targetOf = (report: ReturnType<typeof toJsonReport>, id: string) => {
	const target = report.targets.find((t) => t.id === id);
	if (!target) throw new Error(`no target ${id}`);
	return target;
};

/** Paths of every undefined value inside a plain object. */
function undefinedPaths(value: unknown, path = '$'): string[] {
	if (value === undefined) return [path];
	if (value === null || typeof value !== 'object') return [];
	return Object.entries(value).flatMap(([k, v]) => undefinedPaths(v, `${path}.${k}`));
}

const TARGET_FIELDS = [
	'id',
	'kind',
	'unit',
	'comparator',
	'target',
	'tolerance',
	'baseYear',
	'baseValue',
	'assumedGrowth',
	'projected',
	'verdict',
	'margin',
	'marginRelative',
	'requiredGrowth',
	'requiredGrowthWithinTolerance',
	'firstYearMet',
	'window',
	'average',
	'missing',
	'drivers',
	'probability',
	'probabilityWithinTolerance',
	'model',
	'method',
	'draws',
	'seed',
	'standardError',
	'correlation',
	'neededGrowth',
	'sensitivity',
	'confidence',
	'methods'
].sort();

describe('toJsonReport', () => {
	it('carries the published progress methods per numeric target, gaps as { gap }', () => {
		const ev = evaluate({ asOf: 2022 });
		const report = toJsonReport(ev, [], false, [], plan.baselineYear);
		for (const t of ev.targets) {
			const m = progressMethods(ev, t, plan.baselineYear);
			const json = targetOf(report, t.id).methods;
			if (m === null) expect(json).toBeNull();
			else
				expect(json).toEqual({
					ratio: m.ratio.ok ? m.ratio.value : { gap: m.ratio.reason },
					anticipated: m.anticipated.ok ? m.anticipated.value : { gap: m.anticipated.reason }
				});
		}
		const contracts = targetOf(report, 'tech_contracts').methods!.ratio;
		expect(contracts).toMatchObject({ baseYear: 2020, latestYear: 2022 });
		// With every figure, high-tech value added has no two on one basis from 2020 on.
		const latest = toJsonReport(evaluate({}), [], false, [], plan.baselineYear);
		expect(targetOf(latest, 'hightech_va').methods!.ratio).toEqual({ gap: 'basis_break' });
		expect(targetOf(report, 'zgc_revenue').methods).toBeNull();
	});

	it('gives the high-tech value added as of 2023 the growth that reaches 12,000 in two years', () => {
		const hightech = targetOf(toJsonReport(evaluate({ asOf: 2023 })), 'hightech_va');
		expect(hightech.baseYear).toBe(2023);
		expect(hightech.baseValue).toBeCloseTo(11875.4, 6);
		expect(hightech.requiredGrowth).toBeCloseTo((12000 / 11875.4) ** (1 / 2) - 1, 12);
		expect(hightech.requiredGrowth).toBeCloseTo(0.005232, 6);
	});

	it('projects technology contracts from 2024 at the assumed 5 %', () => {
		const contracts = targetOf(fromParams('tech_contracts=0.05'), 'tech_contracts');
		expect(contracts).toMatchObject({
			baseYear: 2024,
			baseValue: 9153,
			assumedGrowth: 0.05,
			verdict: 'met'
		});
		expect(contracts.projected).toBeCloseTo(9610.65, 8);
		expect(contracts.margin).toBeCloseTo(1610.65, 8);
		expect(contracts.marginRelative).toBeCloseTo(1610.65 / 8000, 12);
		expect(contracts.requiredGrowth).toBeCloseTo(8000 / 9153 - 1, 12);
		expect(contracts.drivers.tech_contracts).toEqual({
			baseYear: 2024,
			baseValue: 9153,
			growth: 0.05,
			value2025: contracts.projected
		});
	});

	it('reports the as-of year, the tolerance and every target in plan order', () => {
		const report = fromParams('');
		expect(report.asOf).toBe(2025);
		expect(report.tolerance).toBe(0.05);
		expect(report.targets.map((t) => t.id)).toEqual([...TARGET_IDS]);
		expect(report.ignored).toEqual([]);
		expect(report.issues).toEqual([]);
	});

	it.each([
		['the defaults', ''],
		['an assumed growth', 'tech_contracts=0.05&employed=0.01'],
		['an early as-of year', 'asof=2016'],
		['as of 2023', 'asof=2023&tol=0.1'],
		['probabilities', 'asof=2022&employed=0.01&tech_contracts=0.03..0.09&unc=yearly&draws=1000']
	])('has every field and no undefined value under %s', (_, text) => {
		const report = fromParams(text);
		expect(undefinedPaths(report)).toEqual([]);
		expect(undefinedPaths(JSON.parse(JSON.stringify(report)))).toEqual([]);
		for (const t of report.targets) {
			expect(Object.keys(t).sort()).toEqual(TARGET_FIELDS);
			expect(t.window === null).toBe(t.kind !== 'average_growth');
			expect(t.average === null).toBe(t.kind !== 'average_growth');
		}
		expect(JSON.parse(JSON.stringify(report))).toEqual(report);
	});

	it('gives the window and both averages of the digital-economy growth', () => {
		const digital = targetOf(fromParams(''), 'digital_economy_growth');
		expect(digital.window).toEqual({ from: 2021, to: 2025 });
		const rates = [0.131, 0.044, 0.085, 0.077, 0.087];
		expect(digital.average?.rates.map((r) => r.rate)).toEqual(
			rates.map((r) => expect.closeTo(r, 12))
		);
		expect(digital.average?.arithmetic).toBeCloseTo(rates.reduce((a, b) => a + b) / 5, 12);
		const product = rates.reduce((p, r) => p * (1 + r), 1);
		expect(digital.average?.compound).toBeCloseTo(product ** (1 / 5) - 1, 12);
	});

	it('names the missing driver and leaves the projection null', () => {
		const density = targetOf(fromParams(''), 'rd_personnel_density');
		expect(density).toMatchObject({
			verdict: 'needs_assumption',
			missing: ['employed'],
			projected: null,
			margin: null
		});
		const supplied = targetOf(fromParams('employed=0.01'), 'rd_personnel_density');
		expect(supplied.missing).toEqual([]);
		expect(supplied.projected).toBeCloseTo(
			supplied.drivers.rd_personnel!.value2025! / (1220.1 * 1.01 ** 9),
			9
		);
	});
});

describe('formatTable', () => {
	const evaluation = evaluate({ growth: { tech_contracts: 0.05 } });

	it.each(['en', 'zh'] as const)('aligns the header and every row in %s', (lang) => {
		const lines = formatTable(evaluation, { plan, lang }).split('\n');
		const rule = lines.findIndex((l) => /^-+$/.test(l));
		const table = [lines[rule - 1]!, ...lines.slice(rule + 1, rule + 1 + plan.targets.length)];
		// The last column is right-aligned, so every line of the table ends in the same column.
		expect(new Set(table.map(displayWidth))).toEqual(new Set([displayWidth(lines[rule]!)]));
		for (const [i, spec] of plan.targets.entries())
			expect(table[i + 1]!.startsWith(spec.name[lang])).toBe(true);
	});

	it('shows base, growth, projection, goal, verdict, margin and required growth in English', () => {
		// The cells are the app's card texts: its verdict words, units and number formats.
		const text = formatTable(evaluation, { plan, lang: 'en' });
		const row = text.split('\n').find((l) => l.startsWith('Technology contracts'));
		expect(row?.split(/\s{2,}/)).toEqual([
			'Technology contracts',
			'2024: 915.3 billion yuan',
			'5.0%',
			'961.1 billion yuan',
			'more than 800 billion yuan',
			'Met',
			'+161.1 billion yuan',
			'may shrink by up to 12.6%'
		]);
		const intensity = text.split('\n').find((l) => l.startsWith('R&D intensity'));
		expect(intensity?.split(/\s{2,}/)).toContain('about 6%');
		expect(text).toContain('reaches the tolerance bound; within tolerance from 5.70%.');
		expect(text).toContain('compound average 8.4%, arithmetic mean 8.5%');
		expect(text).toContain('every year of the window is published');
		expect(text).toContain('no growth is known for Employed persons (employed, data up to 2016)');
		expect(text).toContain('e.g. employed=0.01');
		expect(text).toContain('no numeric target; tracked level 10.17 trillion yuan in 2025');
		expect(text.trimEnd().split('\n').at(-1)).toBe('Ignored scenario parts: none. Issues: none.');
	});

	it('speaks Chinese in zh', () => {
		const text = formatTable(evaluation, { plan, lang: 'zh' });
		const row = text.split('\n').find((l) => l.startsWith('技术合同成交额'));
		expect(row?.split(/\s{2,}/)).toEqual([
			'技术合同成交额',
			'2024: 9,153.0 亿元',
			'5.0%',
			'9,610.7 亿元',
			'超过 8,000 亿元',
			'达成',
			'+1,610.6 亿元',
			'可下降至多 12.6%'
		]);
		expect(text).toContain('6%左右');
		expect(text).toContain('5.70% 起算在容差内');
		expect(text).toContain('需要假设');
		expect(text).toContain('例如 employed=0.01');
		expect(text.trimEnd().split('\n').at(-1)).toBe('忽略的情景参数：无。问题：无。');
	});

	it('lists ignored parts and issues on the last line', () => {
		const withIssue = evaluate({ growth: { gdp: 99 } });
		const text = formatTable(withIssue, {
			plan,
			lang: 'en',
			ignored: [{ part: 'foo=1', reason: 'unknown_key' }]
		});
		expect(text.trimEnd().split('\n').at(-1)).toBe(
			'Ignored scenario parts: "foo=1" (unknown setting). Issues: growth.gdp=99 (invalid growth).'
		);
	});
});

describe('runCli', () => {
	const run = (argv: string[], env: Record<string, string> = { LANG: 'C' }) =>
		runCli(argv, env, data);

	it('prints the table in the language of the environment', () => {
		expect(run([]).stdout).toContain('Verdict');
		expect(run([], { LANG: 'zh_CN.UTF-8' }).stdout).toContain('判定');
	});

	it('prints one JSON object equal to the report', () => {
		const result = run(['--json', 'tech_contracts=0.05']);
		expect(result.code).toBe(0);
		expect(result.stderr).toBe('');
		expect(JSON.parse(result.stdout)).toEqual(fromParams('tech_contracts=0.05'));
	});

	it('lets --as-of take precedence over asof in the scenario', () => {
		const result = run(['--json', '--as-of', '2023', 'https://example.org/#asof=2020']);
		expect(JSON.parse(result.stdout).asOf).toBe(2023);
	});

	it('prints help and succeeds', () => {
		const result = run(['--help']);
		expect(result.code).toBe(0);
		expect(result.stdout).toContain('--as-of YEAR');
		expect(result.stdout).toContain('u.<driver>.<year>');
		expect(run(['--help', '--lang', 'zh']).stdout).toContain('y.<驱动量>.<年份>');
	});

	it.each([
		['an unknown driver', ['foo=1'], 'unknown key'],
		['a non-number', ['gdp=fast'], 'is not a number'],
		['a growth of −100 %', ['gdp=-1'], 'out of range'],
		['a repeated key', ['gdp=0.05&gdp=0.06'], 'repeats an earlier key'],
		['an as-of year past the target year', ['asof=2026'], 'from 2016 to 2025'],
		['an unknown option', ['--fast'], 'Unknown option "--fast"'],
		['a bad --as-of', ['--as-of', '1999'], 'use a year from 2016 to 2025'],
		['a missing --as-of year', ['--as-of'], 'needs a year'],
		['a second scenario', ['gdp=0.05', 'rd_spend=0.1'], 'one argument']
	])('refuses %s with one sentence and exit code 2', (_, argv, phrase) => {
		const result = run(argv);
		expect(result.code).toBe(2);
		expect(result.stdout).toBe('');
		expect(result.stderr).toContain(phrase);
		expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
	});

	it.each([
		[
			'a full link of the current version',
			`https://example.org/#v=1&g.tech_contracts=0.05&d=${observations.vintage}`
		],
		['a bare fragment', '#v=1&g.tech_contracts=0.05'],
		['a version-0 link', 'tech_contracts=0.05'],
		['a link naming the language and the view', 'v=1&g.tech_contracts=0.05&lang=zh&view=unicorns']
	])('evaluates %s', (_, link) => {
		const result = run(['--json', link]);
		expect(result).toMatchObject({ code: 0, stderr: '' });
		expect(JSON.parse(result.stdout)).toEqual(fromParams('tech_contracts=0.05'));
	});

	it('reads per-year rates, entered values and windows from a link', () => {
		const link = 'v=1&y.tech_contracts.2025=0.1&u.employed.2020=1300&gw=3&win=2022-2025&tol=0.1';
		const result = run(['--json', link]);
		expect(result.code).toBe(0);
		const report = JSON.parse(result.stdout);
		expect(targetOf(report, 'tech_contracts').projected).toBeCloseTo(9153 * 1.1, 8);
		expect(targetOf(report, 'digital_economy_growth').window).toEqual({ from: 2022, to: 2025 });
		expect(report.tolerance).toBe(0.1);
	});

	it.each([
		['a newer link version', ['v=4&g.gdp=0.05'], 'newer link format', 'v=3'],
		['an unknown data version', ['v=1&d=1999-01'], 'data version', '2026-11'],
		['a value for a published year', ['v=1&u.gdp.2020=1'], 'published figure', 'u.gdp.2020=1'],
		['an out-of-range entered value', ['v=1&u.employed.2017=1e12'], 'default growth', '2000–2025'],
		['a window written wrongly', ['v=1&win=2021'], 'window of years', 'win=2021-2025'],
		['an unknown view', ['v=1&view=x'], 'not a known target', 'rd_intensity'],
		['a broken escape', ['v=1&g.gdp=%E0%A4%A'], 'invalid percent-encoding', '%E0%A4%A']
	])('refuses %s with one sentence that says what to do', (_, argv, phrase, hint) => {
		const result = run(argv);
		expect(result.code).toBe(2);
		expect(result.stdout).toBe('');
		expect(result.stderr).toContain(phrase);
		expect(result.stderr).toContain(hint);
		expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
	});

	it('names the first three refused parts in one sentence and counts the rest', () => {
		const result = run(['v=1&foo=1&g.gdp=0.05&g.gdp=0.06&&tol=9']);
		expect(result.code).toBe(2);
		expect(result.stderr).toBe(
			'Invalid scenario, nothing was evaluated: "foo=1" has an unknown key; ' +
				'"g.gdp=0.06" repeats an earlier key; there is an empty part (a stray &); and 1 more ' +
				'(the keys are g.<driver>, y.<driver>.<year>, u.<driver>.<year>, tol, gw, win, asof, ' +
				'unc, seed, draws, corr, lang, view, d, v; drivers: gdp, rd_spend, basic_spend, ' +
				'rd_personnel, employed, hightech_va, digital_va, tech_contracts, zgc_revenue, unicorns).\n'
		);
	});

	it.each(['en', 'zh'] as const)(
		'answers a link of 5,000 unknown keys with one short sentence in %s',
		(lang) => {
			const link = Array.from({ length: 5000 }, (_, i) => `k${i}=1`).join('&');
			const result = run(['--lang', lang, link]);
			expect(result.code).toBe(2);
			expect(result.stdout).toBe('');
			expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
			expect(result.stderr.length).toBeLessThan(600);
			// The link is cut at 20,000 characters: 2,638 unknown keys and the unread rest.
			expect(result.stderr).toContain(lang === 'en' ? 'and 2,636 more' : '另有 2,636 处');
			expect(result.stderr.split('tech_contracts')).toHaveLength(2);
		}
	);

	it('quotes hostile parts without markup', () => {
		const result = run(['v=1&<script>alert(1)</script>=1']);
		expect(result.stderr).toContain('"%3Cscript%3Ealert(1)%3C/script%3E=1" has an unknown key');
		expect(result.stderr).not.toContain('<script>');
	});

	it.each([
		['v=4', '“v=4”来自更新版本的链接格式（本程序只认识到 v=3）'],
		['v=1&d=x', '“d=x”指定的数据版本本程序没有（现有 2026-11、2026-12）'],
		['v=1&u.gdp.2020=1', '“u.gdp.2020=1”为已有公布值的年份输入了数值（公布值不能替换）']
	])('explains %s in Chinese', (link, sentence) => {
		expect(run(['--lang', 'zh', link]).stderr).toBe(`情景参数无效，未进行计算：${sentence}。\n`);
	});

	it('refuses in Chinese under --lang zh', () => {
		const result = run(['--lang', 'zh', 'gdp=fast']);
		expect(result.code).toBe(2);
		expect(result.stderr).toBe(
			'情景参数无效，未进行计算：“gdp=fast”不是数字（增速写作小数，例如 0.05 表示 5%）。\n'
		);
	});
});

describe('probabilities on the command line', () => {
	const run = (argv: string[], env: Record<string, string> = { LANG: 'C' }) =>
		runCli(argv, env, data);
	const json = (argv: string[]) => {
		const result = run(['--json', ...argv]);
		expect(result).toMatchObject({ code: 0, stderr: '' });
		return JSON.parse(result.stdout) as ReturnType<typeof toJsonReport>;
	};

	it('adds probability, model, method and (for Monte Carlo) draws and seed to each target', () => {
		const report = json([
			'--model',
			'persistent',
			'--seed',
			'7',
			'--draws',
			'2000',
			'asof=2022&employed=0.01'
		]);
		expect(report.uncertainty).toEqual({
			model: 'persistent',
			seed: 7,
			draws: 2000,
			correlation: null
		});
		const level = targetOf(report, 'hightech_va');
		expect(level).toMatchObject({
			model: 'persistent',
			method: 'analytic',
			draws: null,
			seed: null
		});
		expect(level.probability).toBeCloseTo(0.5861269141, 9);
		const ratio = targetOf(report, 'basic_research_share');
		expect(ratio).toMatchObject({
			model: 'persistent',
			method: 'monte_carlo',
			draws: 2000,
			seed: 7
		});
		expect(ratio.probabilityWithinTolerance!).toBeGreaterThanOrEqual(ratio.probability!);
		expect(ratio.neededGrowth.map((n) => n.chance)).toEqual([0.5, 0.8, 0.95]);
		expect(targetOf(report, 'zgc_revenue')).toMatchObject({
			probability: null,
			probabilityWithinTolerance: null,
			model: null,
			method: null,
			draws: null,
			seed: null
		});
	});

	it('leaves probabilities null without a model, but reports the sensitivity', () => {
		const report = json(['asof=2022']);
		expect(report.uncertainty).toBeNull();
		const t = targetOf(report, 'hightech_va');
		expect(t.probability).toBeNull();
		expect(t.sensitivity[0]).toMatchObject({ driver: 'hightech_va', flipsVerdict: true });
	});

	it('reads ranges and settings from the link, and lets the options take precedence', () => {
		const link = 'v=1&g.tech_contracts=-0.15..-0.1&unc=yearly&seed=3&draws=1000&corr=0.5';
		const fromLink = json([link]);
		expect(fromLink.uncertainty).toEqual({
			model: 'yearly',
			seed: 3,
			draws: 1000,
			correlation: 0.5
		});
		expect(targetOf(fromLink, 'tech_contracts').probability).toBeCloseTo(0.5160780865, 9);
		const overridden = json(['--model', 'persistent', '--seed', '4', link]);
		expect(overridden.uncertainty).toEqual({
			model: 'persistent',
			seed: 4,
			draws: 1000,
			correlation: 0.5
		});
		// The version-0 form of a range, as the command line has always read growths.
		expect(
			targetOf(json(['tech_contracts=-0.15..-0.1', '--model', 'yearly']), 'tech_contracts')
				.probability
		).toBeCloseTo(0.5160780865, 9);
	});

	it('reproduces a seeded run exactly', () => {
		const argv = ['--model', 'yearly', '--seed', '99', 'asof=2022&employed=0.01'];
		expect(run(['--json', ...argv]).stdout).toBe(run(['--json', ...argv]).stdout);
		expect(run(argv).stdout).toBe(run(argv).stdout);
	});

	it.each(['en', 'zh'] as const)(
		'adds an aligned probability column and its legend in %s',
		(lang) => {
			const text = run(['--lang', lang, '--model', 'persistent', 'asof=2022&employed=0.01']).stdout;
			const lines = text.split('\n');
			const rule = lines.findIndex((l) => /^-+$/.test(l));
			const table = [lines[rule - 1]!, ...lines.slice(rule + 1, rule + 1 + plan.targets.length)];
			expect(new Set(table.map(displayWidth))).toEqual(new Set([displayWidth(lines[rule]!)]));
			expect(lines[rule - 1]).toContain(lang === 'en' ? 'P(met)' : '达成概率');
			const row = lines.find((l) =>
				l.startsWith(lang === 'en' ? 'High-tech value added' : '高技术产业增加值')
			);
			expect(row).toContain('59%');
			expect(text).toContain(UNCERTAINTY_MODELS.persistent[lang]);
			expect(text).toContain(
				lang === 'en' ? '† by Monte Carlo: 10,000 draws per target, seed 2025.' : '随机种子 2025'
			);
			expect(text).toContain(
				lang === 'en' ? '±1 pp on hightech_va flips the verdict' : 'hightech_va的增速变动'
			);
		}
	);

	it('has no probability column without a model or a range', () => {
		expect(run(['asof=2022']).stdout).not.toContain('P(met)');
		expect(json(['asof=2022']).modelByDefault).toBe(false);
	});

	it.each(['hightech_va=-0.01..0.03', 'v=1&g.hightech_va=-0.01..0.03'])(
		'reads the range in %s with the default model, and says so',
		(link) => {
			const report = json([link]);
			expect(report.uncertainty).toEqual({
				model: 'persistent',
				seed: 2025,
				draws: 10000,
				correlation: null
			});
			expect(report.modelByDefault).toBe(true);
			const explicit = json(['--model', 'persistent', link]);
			expect(explicit.modelByDefault).toBe(false);
			expect(targetOf(report, 'hightech_va').probability).toBe(
				targetOf(explicit, 'hightech_va').probability
			);
			expect(targetOf(report, 'hightech_va').probability).toBeGreaterThan(0);
			expect(run([link]).stdout).toContain(
				'without naming a model (--model or unc=), so the default model is used: Persistent.'
			);
			expect(run(['--lang', 'zh', link]).stdout).toContain('因此采用默认模型：持续型。');
		}
	);

	it.each([
		['an unknown model', ['--model', 'often'], 'Unknown model "often" for --model'],
		['a missing model', ['--model'], 'Option --model needs a model'],
		['a negative seed', ['--seed', '-1'], 'Invalid --seed "-1"'],
		['a seed past 2³² − 1', ['--seed=4294967296'], 'Invalid --seed "4294967296"'],
		['a fractional seed', ['--seed', '1.5'], 'use a whole number from 0 to 4294967295'],
		['too few draws', ['--draws', '10'], 'use a whole number from 1000 to 100000'],
		['a reversed range', ['g.gdp=0.09..0.05'], 'the low end not above the high end'],
		['a range without an end', ['g.gdp=0.05..'], 'is not a growth range (write low..high'],
		['an unknown model in the link', ['unc=often'], 'not an uncertainty model here'],
		['draws out of range in the link', ['draws=5'], 'use 1000 to 100000 draws'],
		['a correlation out of range', ['corr=2'], 'use a correlation from −1 to 1'],
		['a word for a seed', ['seed=lucky'], 'is not a whole number (e.g. seed=2025)']
	])('refuses %s with one sentence and exit code 2', (_, argv, phrase) => {
		const result = run(argv);
		expect(result.code).toBe(2);
		expect(result.stdout).toBe('');
		expect(result.stderr).toContain(phrase);
		expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
	});

	it('refuses a range the model rejects, naming the reason', () => {
		// Links only carry ranges that pass; a scenario built in code can still be wrong.
		const e = evaluate({ growthRange: { gdp: { low: 0.09, high: 0.05 } } });
		expect(e.issues).toEqual([
			{ field: 'growthRange.gdp', value: '0.09..0.05', reason: 'reversed_range' }
		]);
		expect(formatTable(e, { plan, lang: 'en' })).toContain(
			'growthRange.gdp=0.09..0.05 (growth range reversed (the low end is above the high end))'
		);
	});

	it('documents the options and the keys in the help', () => {
		const en = run(['--help']).stdout;
		expect(en).toContain('--model MODEL');
		expect(en).toContain('--seed N');
		expect(en).toContain('--draws N');
		expect(en).toContain('g.tech_contracts=0.05..0.09');
		expect(en).toContain('unc ');
		const zh = run(['--help', '--lang', 'zh']).stdout;
		expect(zh).toContain('--model 模型');
		expect(zh).toContain('逐年型');
	});
});

describe('the evaluate command', () => {
	const root = fileURLToPath(new URL('../..', import.meta.url));
	const cli = (...args: string[]) =>
		spawnSync('node_modules/.bin/tsx', ['src/cli/evaluate.ts', ...args], {
			cwd: root,
			encoding: 'utf8',
			env: { PATH: process.env.PATH, LANG: 'C' },
			timeout: 60_000
		});

	it('exits 0 with parseable JSON', { timeout: 60_000 }, () => {
		const result = cli('--json', 'tech_contracts=0.05');
		expect(result.status).toBe(0);
		const report = JSON.parse(result.stdout);
		expect(targetOf(report, 'tech_contracts').projected).toBeCloseTo(9610.65, 8);
	});

	it('exits 1 with one sentence when stdout cannot be written', { timeout: 60_000 }, () => {
		const full = openSync('/dev/full', 'w');
		try {
			const result = spawnSync('node_modules/.bin/tsx', ['src/cli/evaluate.ts', 'gdp=0.05'], {
				cwd: root,
				encoding: 'utf8',
				env: { PATH: process.env.PATH, LANG: 'C' },
				stdio: ['ignore', full, 'pipe'],
				timeout: 60_000
			});
			expect(result.status).toBe(1);
			expect(result.stderr).toBe(
				'The evaluator could not write its output (ENOSPC: no space left on device); nothing more was written.\n'
			);
		} finally {
			closeSync(full);
		}
	});

	it('exits 2 with one line on stderr for an unknown key', { timeout: 60_000 }, () => {
		const result = cli('foo=1');
		expect(result.status).toBe(2);
		expect(result.stdout).toBe('');
		expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
		expect(result.stderr).toContain('"foo=1" has an unknown key');
	});
});

describe('the employment denominator on the command line (emp=)', () => {
	const json = (argv: string[]) => {
		const result = runCli(['--json', ...argv], { LANG: 'C' }, data);
		expect(result).toMatchObject({ code: 0, stderr: '' });
		return JSON.parse(result.stdout) as ReturnType<typeof toJsonReport>;
	};

	it('reads emp= as the app does and shows the choice, its figure and the low grade', () => {
		const report = json(['v=1&g.employed=0.01&emp=census_2023']);
		expect(report.employmentDenominator).toEqual({
			id: 'census_2023',
			year: 2023,
			value: 1313.6,
			derived: false,
			unused: null
		});
		const density = targetOf(report, 'rd_personnel_density');
		expect(density.baseYear).toBe(2023);
		expect(density.confidence?.grade).toBe('low');
		expect(density.confidence?.reasons.map((r) => r.code)).toContain('alternative_denominator');
	});

	it('marks the implied 2018 figure as derived', () => {
		const report = json(['v=1&g.employed=0.01&emp=implied_2018']);
		expect(report.employmentDenominator).toMatchObject({ id: 'implied_2018', derived: true });
		expect(report.employmentDenominator!.value).toBeCloseTo(267338 / 216, 9);
	});

	it('is null without the key', () => {
		expect(json(['v=1&g.employed=0.01']).employmentDenominator).toBeNull();
	});

	it.each([
		['en', '"emp=bogus" is not an employment denominator here (use census_2023 or implied_2018)'],
		['zh', '“emp=bogus”不是可用的就业人员分母（census_2023 或 implied_2018）']
	])('stops on a bad value with one sentence naming it (%s)', (lang, phrase) => {
		const result = runCli(['--lang', lang, 'v=1&emp=bogus'], { LANG: 'C' }, data);
		expect(result.code).toBe(2);
		expect(result.stderr).toContain(phrase);
	});
});
