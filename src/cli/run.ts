// The evaluator without its process: arguments, environment and data in; an exit code and the
// text for stdout and stderr out. evaluate.ts connects it to a real process. Unlike the browser,
// which shows a link's unusable parts and carries on, the command line refuses bad input.
import { PARAMETERS } from '../lib/model/parameters';
import { cliMessages } from '../lib/i18n/cliMessages';
import { confidenceMessages } from '../lib/i18n/confidenceMessages';
import { applyDataUpdate, type DataUpdateEntry } from '../lib/model/dataUpdate';
import { parseDataUpdate } from '../lib/model/dataUpdateFile';
import { evaluateScenario } from '../lib/model/scenarioEvaluation';
import type { Lang, ObservationsFile, Plan } from '../lib/model/types';
import { DEFAULT_UNCERTAINTY } from '../lib/model/uncertainty';
import { DEFAULT_PLAN_ID, type PlanPack } from '../lib/plans/packs';
import { decodeLink } from '../lib/scenario/link';
import { parseArgs, type CliOptions, type Env } from './args';
import { errorSentence, helpText, type CliError } from './messages';
import { exportPlanText, formatPlanList, planListEntries } from './plans';
import { formatTable, toJsonReport } from './report';

export interface CliData {
	plan: Plan;
	observations: ObservationsFile;
	/** Earlier data vintages by name, for links that pin one (`d=`); the latest is `observations`. */
	vintages?: ReadonlyMap<string, ObservationsFile>;
	/** Reads the text of a --data file; throws when it cannot. */
	readFile?: (path: string) => string;
	/** The built-in plan packs, for --list-plans, --export-plan and --plan. */
	plans?: readonly PlanPack[];
}

export interface CliResult {
	/** 0 done, 1 internal error, 2 bad input. */
	code: 0 | 1 | 2;
	stdout: string;
	stderr: string;
	/** The language of the messages, for any error met while writing the output. */
	lang: Lang;
}

const failure = (error: CliError, lang: Lang): CliResult => ({
	code: error.kind === 'internal' || error.kind === 'output_failed' ? 1 : 2,
	stdout: '',
	stderr: `${errorSentence(error, lang)}\n`,
	lang
});

/**
 * Runs `evaluate [--json] [--lang zh|en] [--as-of YEAR] [--model persistent|yearly] [--seed N]
 * [--draws N] [--help] [scenario]`, where the scenario is a share link, whole or partial, read by
 * decodeLink. Any ignored link part (one sentence per part on stderr), bad option or value the
 * model would replace is an error: exit code 2, nothing on stdout. The link's `lang` and `view`
 * do not change the output. --model, --seed and --draws take precedence over the link's `unc`,
 * `seed` and `draws`; any of them turns probabilities on (the others at their defaults). A growth
 * range with no model named anywhere asks for a probability: the default model is used, and the
 * output says so.
 */
export function runCli(argv: readonly string[], env: Env, data: CliData): CliResult {
	const { plan } = data;
	const maxAsOf = plan.targetYear;
	const parsed = parseArgs(argv, env, { min: PARAMETERS.asOf.hard.min, max: maxAsOf });
	if (!parsed.ok) return failure(parsed.error, parsed.lang);
	const { options } = parsed;
	const { lang } = options;
	if (options.help)
		return {
			code: 0,
			stdout: helpText(lang, PARAMETERS.asOf.hard.min, maxAsOf, plan.defaults),
			stderr: '',
			lang
		};

	const plans = planRequest(options, data.plans ?? []);
	if (plans !== null) return plans;

	// A link that pins an earlier data vintage is evaluated on that vintage's figures, and says so.
	const pinned = decodeLink(options.scenario ?? '', { plan, data: data.observations }).state
		.dataVersion;
	const vintage = data.vintages?.get(pinned) ?? null;
	const base = vintage ? { ...data, observations: vintage } : data;
	const updated = readDataUpdate(options.dataFile, base, lang);
	if (!updated.ok) return { code: 2, stdout: '', stderr: updated.stderr, lang };
	const { observations, entries } = updated;
	const vintageNote = vintage
		? `${cliMessages[lang].olderVintage(vintage.vintage, data.observations.vintage)}\n`
		: '';

	const { state, ignored } = decodeLink(options.scenario ?? '', { plan, data: observations });
	const { scenario } = state;
	if (ignored.length > 0)
		return failure(
			{ kind: 'bad_scenario', ignored, minAsOf: PARAMETERS.asOf.hard.min, maxAsOf },
			lang
		);
	if (options.asOf !== null) scenario.asOf = options.asOf;
	const linkUncertainty = scenario.uncertainty;
	if (options.model !== null || options.seed !== null || options.draws !== null) {
		const u = scenario.uncertainty ?? DEFAULT_UNCERTAINTY;
		scenario.uncertainty = {
			model: options.model ?? u.model,
			seed: options.seed ?? u.seed,
			draws: options.draws ?? u.draws,
			correlation: u.correlation
		};
	}
	// No model named by --model or the link, yet probabilities are asked for (by a range, or by
	// --seed or --draws): the default model is used, and said to be.
	const modelByDefault =
		options.model === null &&
		linkUncertainty === null &&
		(scenario.uncertainty !== null || Object.keys(scenario.growthRange).length > 0);
	if (modelByDefault) scenario.uncertainty ??= { ...DEFAULT_UNCERTAINTY };

	const evaluation = evaluateScenario(plan, observations, scenario);
	if (evaluation.issues.length > 0)
		return failure({ kind: 'scenario_issues', issues: evaluation.issues }, lang);
	const stdout = options.json
		? `${JSON.stringify(
				{
					...toJsonReport(evaluation, ignored, modelByDefault, entries),
					// Named only when a link pins an earlier vintage than the latest.
					...(vintage ? { dataVintage: vintage.vintage } : {})
				},
				null,
				2
			)}\n`
		: formatTable(evaluation, { plan, lang, ignored, modelByDefault });
	return { code: 0, stdout, stderr: vintageNote, lang };
}

/**
 * The answer to --list-plans, --export-plan, or a --plan the evaluator cannot take; null when the
 * request is an evaluation of the default plan. Only that plan can be evaluated for now: the model
 * does not read the packs yet.
 */
function planRequest(options: CliOptions, packs: readonly PlanPack[]): CliResult | null {
	const { lang } = options;
	const done = (stdout: string): CliResult => ({ code: 0, stdout, stderr: '', lang });
	const known = (id: string) => packs.some((p) => p.id === id);
	const unknown = (id: string): CliError => ({
		kind: 'unknown_plan',
		id,
		known: packs.map((p) => p.id)
	});
	if (options.listPlans)
		return done(
			options.json
				? `${JSON.stringify(planListEntries(packs), null, 2)}\n`
				: formatPlanList(packs, lang, DEFAULT_PLAN_ID)
		);
	if (options.exportPlan !== null) {
		const pack = packs.find((p) => p.id === options.exportPlan);
		return pack ? done(exportPlanText(pack)) : failure(unknown(options.exportPlan), lang);
	}
	if (options.plan === null || options.plan === DEFAULT_PLAN_ID) return null;
	// A path to a pack file is a plan too, one the evaluator cannot take yet.
	return failure(
		known(options.plan) || /[/\\]|\.json$/i.test(options.plan)
			? { kind: 'plan_not_available', id: options.plan, available: DEFAULT_PLAN_ID }
			: unknown(options.plan),
		lang
	);
}

/**
 * The data with the --data file's figures added (user-supplied), or one sentence per problem of
 * the file, each starting with the file's name.
 */
function readDataUpdate(
	path: string | null,
	data: CliData,
	lang: 'zh' | 'en'
):
	| { ok: true; observations: ObservationsFile; entries: DataUpdateEntry[] }
	| { ok: false; stderr: string } {
	if (path === null) return { ok: true, observations: data.observations, entries: [] };
	const m = confidenceMessages[lang];
	let text: string;
	try {
		if (!data.readFile) throw new Error('no file reader');
		text = data.readFile(path);
	} catch {
		return { ok: false, stderr: `${m.unreadableFile(path)}\n` };
	}
	const parsed = parseDataUpdate(text, data.observations);
	if (!parsed.ok)
		return {
			ok: false,
			stderr: parsed.problems.map((p) => `${path}: ${m.problem(p)}\n`).join('')
		};
	const entries = parsed.update.entries;
	return { ok: true, observations: applyDataUpdate(data.observations, entries), entries };
}
