import { describe, expect, it } from 'vitest';
import { langFromEnv, parseArgs, type CliOptions } from './args';

const RANGE = { min: 2016, max: 2025 };
const DEFAULTS: CliOptions = {
	json: false,
	help: false,
	lang: 'en',
	asOf: null,
	scenario: null,
	model: null,
	seed: null,
	draws: null,
	dataFile: null,
	plan: null,
	readings: {},
	listPlans: false,
	exportPlan: null
};

describe('parseArgs', () => {
	it.each<[string, string[], Partial<CliOptions>]>([
		['no arguments', [], {}],
		['--json', ['--json'], { json: true }],
		['--help', ['--help'], { help: true }],
		['-h', ['-h'], { help: true }],
		['--lang zh', ['--lang', 'zh'], { lang: 'zh' }],
		['--lang=zh', ['--lang=zh'], { lang: 'zh' }],
		['--as-of 2023', ['--as-of', '2023'], { asOf: 2023 }],
		['--as-of=2016', ['--as-of=2016'], { asOf: 2016 }],
		['a scenario', ['gdp=0.05'], { scenario: 'gdp=0.05' }],
		['an empty scenario', [''], { scenario: '' }],
		['a scenario after --', ['--', '--json'], { scenario: '--json' }],
		[
			'options around a scenario',
			['--json', 'tech_contracts=0.05', '--lang', 'zh'],
			{ json: true, lang: 'zh', scenario: 'tech_contracts=0.05' }
		],
		['--model persistent', ['--model', 'persistent'], { model: 'persistent' }],
		['--model=yearly', ['--model=yearly'], { model: 'yearly' }],
		['--seed 0', ['--seed', '0'], { seed: 0 }],
		['--seed=4294967295', ['--seed=4294967295'], { seed: 4294967295 }],
		['--draws 1000', ['--draws', '1000'], { draws: 1000 }],
		['--draws=100000', ['--draws=100000'], { draws: 100000 }],
		['--data updates.json', ['--data', 'updates.json'], { dataFile: 'updates.json' }],
		['--data=a b.json', ['--data=a b.json'], { dataFile: 'a b.json' }],
		['--plan china-2025', ['--plan', 'china-2025'], { plan: 'china-2025' }],
		['--list-plans --json', ['--list-plans', '--json'], { listPlans: true, json: true }],
		['--export-plan=china-2030', ['--export-plan=china-2030'], { exportPlan: 'china-2030' }],
		[
			'a range with every probability option',
			['--model', 'yearly', '--seed', '7', '--draws', '5000', 'tech_contracts=0.05..0.09'],
			{ model: 'yearly', seed: 7, draws: 5000, scenario: 'tech_contracts=0.05..0.09' }
		]
	])('reads %s', (_, argv, expected) => {
		expect(parseArgs(argv, {}, RANGE)).toEqual({ ok: true, options: { ...DEFAULTS, ...expected } });
	});

	it.each([
		['an unknown option', ['--verbose'], { kind: 'unknown_option', option: '--verbose' }],
		['a value on a flag', ['--json=yes'], { kind: 'unknown_option', option: '--json=yes' }],
		['--lang without a value', ['--lang'], { kind: 'missing_value', option: '--lang' }],
		['--data without a file', ['--data'], { kind: 'missing_value', option: '--data' }],
		[
			'--as-of followed by an option',
			['--as-of', '--json'],
			{ kind: 'missing_value', option: '--as-of' }
		],
		['an unknown language', ['--lang', 'fr'], { kind: 'bad_lang', value: 'fr' }],
		['a year after the range', ['--as-of', '2026'], { kind: 'bad_as_of', value: '2026', ...RANGE }],
		[
			'a year before the range',
			['--as-of', '2015'],
			{ kind: 'bad_as_of', value: '2015', ...RANGE }
		],
		[
			'a year that is not a number',
			['--as-of', 'soon'],
			{ kind: 'bad_as_of', value: 'soon', ...RANGE }
		],
		['a fractional year', ['--as-of', '2023.5'], { kind: 'bad_as_of', value: '2023.5', ...RANGE }],
		[
			'a second scenario',
			['gdp=0.05', 'rd_spend=0.1'],
			{ kind: 'extra_argument', value: 'rd_spend=0.1' }
		],
		['an unknown model', ['--model', 'often'], { kind: 'bad_model', value: 'often' }],
		['--model without a value', ['--model'], { kind: 'missing_value', option: '--model' }],
		[
			'a seed past 2³² − 1',
			['--seed', '4294967296'],
			{ kind: 'bad_seed', value: '4294967296', max: 4294967295 }
		],
		['a fractional seed', ['--seed=1.5'], { kind: 'bad_seed', value: '1.5', max: 4294967295 }],
		['a seed in words', ['--seed', 'lucky'], { kind: 'bad_seed', value: 'lucky', max: 4294967295 }],
		[
			'--seed followed by an option',
			['--seed', '--json'],
			{ kind: 'missing_value', option: '--seed' }
		],
		[
			'too few draws',
			['--draws', '999'],
			{ kind: 'bad_draws', value: '999', min: 1000, max: 100000 }
		],
		[
			'too many draws',
			['--draws=100001'],
			{ kind: 'bad_draws', value: '100001', min: 1000, max: 100000 }
		],
		['--draws without a value', ['--draws'], { kind: 'missing_value', option: '--draws' }],
		['--plan without an id', ['--plan'], { kind: 'missing_value', option: '--plan' }],
		[
			'--export-plan followed by an option',
			['--export-plan', '--json'],
			{ kind: 'missing_value', option: '--export-plan' }
		],
		[
			'a value on --list-plans',
			['--list-plans=all'],
			{ kind: 'unknown_option', option: '--list-plans=all' }
		],
		[
			'--list-plans with --export-plan',
			['--list-plans', '--export-plan', 'china-2025'],
			{ kind: 'conflicting_options', first: '--list-plans', second: '--export-plan' }
		],
		[
			'--export-plan with --plan',
			['--export-plan', 'china-2025', '--plan', 'china-2025'],
			{ kind: 'conflicting_options', first: '--export-plan', second: '--plan' }
		],
		[
			'--list-plans with a scenario',
			['--list-plans', 'g.gdp=0.05'],
			{ kind: 'conflicting_options', first: '--list-plans', second: null }
		]
	])('rejects %s', (_, argv, error) => {
		expect(parseArgs(argv, {}, RANGE)).toEqual({ ok: false, error, lang: 'en' });
	});

	it('reports an error in the --lang language, wherever --lang stands', () => {
		const parsed = parseArgs(['--verbose', '--lang', 'zh'], { LANG: 'en_US.UTF-8' }, RANGE);
		expect(parsed).toMatchObject({ ok: false, lang: 'zh' });
	});

	it('reports a bad --lang first, in the language of the environment', () => {
		const parsed = parseArgs(['--verbose', '--lang', 'fr'], { LANG: 'zh_CN.UTF-8' }, RANGE);
		expect(parsed).toEqual({ ok: false, error: { kind: 'bad_lang', value: 'fr' }, lang: 'zh' });
	});

	it('lets --lang override the environment', () => {
		const parsed = parseArgs(['--lang', 'en'], { LANG: 'zh_CN.UTF-8' }, RANGE);
		expect(parsed.ok && parsed.options.lang).toBe('en');
	});
});

describe('langFromEnv', () => {
	it.each([
		[{}, 'en'],
		[{ LANG: 'C' }, 'en'],
		[{ LANG: 'en_GB.UTF-8' }, 'en'],
		[{ LANG: 'zh_CN.UTF-8' }, 'zh'],
		[{ LANG: 'zh_TW' }, 'zh'],
		[{ LANG: 'en_US.UTF-8', LC_ALL: 'zh_CN.UTF-8' }, 'zh'],
		[{ LANG: 'zh_CN.UTF-8', LC_MESSAGES: 'en_US.UTF-8' }, 'en'],
		[{ LANG: 'zh_CN.UTF-8', LC_ALL: '' }, 'zh']
	])('reads %o as %s', (env, lang) => {
		expect(langFromEnv(env)).toBe(lang);
	});
});
