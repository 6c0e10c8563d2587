// Reads the evaluator's command line. Pure: the arguments and the environment come in; options
// or one error go out. The words for both live in messages.ts.
import { UNCERTAINTY_MODEL_IDS, type Lang, type UncertaintyModel } from '../lib/model/types';
import { accepts, PARAMETERS } from '../lib/model/parameters';

export interface CliOptions {
	json: boolean;
	help: boolean;
	lang: Lang;
	/** The --as-of year, checked against the accepted range; null when not given. */
	asOf: number | null;
	/** The scenario argument (a link or its parameter part); null when not given. */
	scenario: string | null;
	/** --model: the uncertainty model; null when not given. */
	model: UncertaintyModel | null;
	/** --seed: the Monte Carlo seed, 0 to PARAMETERS.seed.hard.max; null when not given. */
	seed: number | null;
	/** --draws: Monte Carlo draws per target, PARAMETERS.draws.hard bounds; null when not given. */
	draws: number | null;
	/** --data: the path of a data-update file whose figures join the data; null when not given. */
	dataFile: string | null;
	/** --plan: the id of a built-in plan or the path of a pack file; null for the default plan. */
	plan: string | null;
	/** --reading TARGET=READING, repeatable: the reading chosen per target. */
	readings: Record<string, string>;
	/** --list-plans: list the built-in plans instead of evaluating. */
	listPlans: boolean;
	/** --export-plan: the id of the built-in plan whose pack is printed; null when not given. */
	exportPlan: string | null;
}

export type ValueOption =
	| '--lang'
	| '--as-of'
	| '--model'
	| '--seed'
	| '--draws'
	| '--data'
	| '--plan'
	| '--reading'
	| '--export-plan';

export type ArgError =
	| { kind: 'unknown_option'; option: string }
	| { kind: 'missing_value'; option: ValueOption }
	| { kind: 'bad_lang'; value: string }
	| { kind: 'bad_as_of'; value: string; min: number; max: number }
	| { kind: 'bad_model'; value: string }
	| { kind: 'bad_seed'; value: string; max: number }
	| { kind: 'bad_draws'; value: string; min: number; max: number }
	| { kind: 'extra_argument'; value: string }
	| { kind: 'bad_reading_form'; value: string }
	/** Two requests that exclude each other; `second` null for a scenario. */
	| { kind: 'conflicting_options'; first: string; second: string | null };

export type ParsedArgs =
	{ ok: true; options: CliOptions } | { ok: false; error: ArgError; lang: Lang };

export type Env = Record<string, string | undefined>;

const isLang = (value: string): value is Lang => value === 'zh' || value === 'en';
const isModel = (value: string): value is UncertaintyModel =>
	(UNCERTAINTY_MODEL_IDS as readonly string[]).includes(value);
/** A whole number written in decimal digits, or NaN. */
const wholeNumber = (value: string) => (/^\d{1,10}$/.test(value) ? Number(value) : NaN);

/** The language of the environment: zh when the locale (LC_ALL, LC_MESSAGES, LANG) is Chinese. */
export function langFromEnv(env: Env): Lang {
	const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
	return locale.toLowerCase().startsWith('zh') ? 'zh' : 'en';
}

/**
 * Parses `[--json] [--lang zh|en] [--as-of YEAR] [--model persistent|yearly] [--seed N]
 * [--draws N] [--data FILE] [--plan ID|FILE] [--reading TARGET=READING]… [--list-plans]
 * [--export-plan ID] [--help] [--]
 * [scenario]`; options also take the `--name=value` form. --list-plans and --export-plan exclude
 * each other, a scenario and --plan. The first error wins, reported in the --lang language when
 * that is valid, else in the environment's.
 */
export function parseArgs(
	argv: readonly string[],
	env: Env,
	asOfRange: { min: number; max: number }
): ParsedArgs {
	const options: CliOptions = {
		json: false,
		help: false,
		lang: langFromEnv(env),
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
	const errors: ArgError[] = [];
	let langError: ArgError | null = null;
	const fail = (e: ArgError) => errors.push(e);
	let onlyPositionals = false;

	for (let i = 0; i < argv.length; i++) {
		const arg = argv[i]!;
		if (onlyPositionals || !arg.startsWith('-') || arg === '-') {
			if (options.scenario === null) options.scenario = arg;
			else fail({ kind: 'extra_argument', value: arg });
			continue;
		}
		if (arg === '--') {
			onlyPositionals = true;
			continue;
		}
		const eq = arg.indexOf('=');
		const name = eq < 0 ? arg : arg.slice(0, eq);
		const inline = eq < 0 ? null : arg.slice(eq + 1);
		const takeValue = (option: ValueOption): string | null => {
			if (inline !== null) return inline;
			const next = argv[i + 1];
			if (next === undefined || next.startsWith('--')) {
				fail({ kind: 'missing_value', option });
				return null;
			}
			i++;
			return next;
		};
		switch (name) {
			case '--json':
			case '--help':
			case '-h':
			case '--list-plans':
				if (inline !== null) fail({ kind: 'unknown_option', option: arg });
				else if (name === '--json') options.json = true;
				else if (name === '--list-plans') options.listPlans = true;
				else options.help = true;
				break;
			case '--lang': {
				const value = takeValue('--lang');
				if (value === null) break;
				if (isLang(value)) options.lang = value;
				else langError ??= { kind: 'bad_lang', value };
				break;
			}
			case '--as-of': {
				const value = takeValue('--as-of');
				if (value === null) break;
				const year = /^\d{4}$/.test(value) ? Number(value) : NaN;
				if (year >= asOfRange.min && year <= asOfRange.max) options.asOf = year;
				else fail({ kind: 'bad_as_of', value, ...asOfRange });
				break;
			}
			case '--model': {
				const value = takeValue('--model');
				if (value === null) break;
				if (isModel(value)) options.model = value;
				else fail({ kind: 'bad_model', value });
				break;
			}
			case '--seed': {
				const value = takeValue('--seed');
				if (value === null) break;
				const seed = wholeNumber(value);
				if (accepts(PARAMETERS.seed, seed)) options.seed = seed;
				else fail({ kind: 'bad_seed', value, max: PARAMETERS.seed.hard.max });
				break;
			}
			case '--draws': {
				const value = takeValue('--draws');
				if (value === null) break;
				const draws = wholeNumber(value);
				if (accepts(PARAMETERS.draws, draws)) options.draws = draws;
				else fail({ kind: 'bad_draws', value, ...PARAMETERS.draws.hard });
				break;
			}
			case '--reading': {
				const value = takeValue('--reading');
				if (value === null) break;
				const m = /^([a-z][a-z0-9_]*)=([a-z][a-z0-9_]*)$/.exec(value);
				if (m) options.readings[m[1]!] = m[2]!;
				else fail({ kind: 'bad_reading_form', value });
				break;
			}
			case '--data':
			case '--plan':
			case '--export-plan': {
				const value = takeValue(name);
				if (value === null) break;
				if (name === '--data') options.dataFile = value;
				else if (name === '--plan') options.plan = value;
				else options.exportPlan = value;
				break;
			}
			default:
				fail({ kind: 'unknown_option', option: arg });
		}
	}
	// Listing or printing plans evaluates nothing: it takes no scenario and no --plan, and the two
	// exclude each other.
	const listing = options.listPlans ? '--list-plans' : options.exportPlan && '--export-plan';
	if (listing) {
		if (options.listPlans && options.exportPlan !== null)
			fail({ kind: 'conflicting_options', first: listing, second: '--export-plan' });
		else if (options.plan !== null)
			fail({ kind: 'conflicting_options', first: listing, second: '--plan' });
		else if (options.scenario !== null)
			fail({ kind: 'conflicting_options', first: listing, second: null });
	}
	// A bad --lang is reported first, and in the environment's language.
	if (langError) return { ok: false, error: langError, lang: langFromEnv(env) };
	const error = errors[0];
	if (error) return { ok: false, error, lang: options.lang };
	return { ok: true, options };
}
