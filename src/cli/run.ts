// The evaluator without its process: arguments, environment and data in; an exit code and the
// text for stdout and stderr out. evaluate.ts connects it to a real process. Unlike the browser,
// which shows a link's unusable parts and carries on, the command line refuses bad input.
import { PARAMETERS } from '../lib/model/parameters';
import { cliMessages } from '../lib/i18n/cliMessages';
import { confidenceMessages } from '../lib/i18n/confidenceMessages';
import { applyDataUpdate, type DataUpdateEntry } from '../lib/model/dataUpdate';
import { parseDataUpdate } from '../lib/model/dataUpdateFile';
import { evaluateScenario } from '../lib/model/scenarioEvaluation';
import { TARGET_IDS, type Lang, type ObservationsFile, type Plan } from '../lib/model/types';
import { DEFAULT_UNCERTAINTY } from '../lib/model/uncertainty';
import { DEFAULT_PLAN_ID, type PlanPack } from '../lib/plans/packs';
import { userPlanId } from '../lib/plans/userPlanId';
import {
	decodeLink,
	KNOWN_DATA_VERSIONS,
	linkPlanId,
	type DecodeOptions
} from '../lib/scenario/link';
import { parseArgs, type CliOptions, type Env } from './args';
import { errorSentence, helpText, type CliError, type ScenarioPlan } from './messages';
import { choosePlan, type ChosenPlan } from './planChoice';
import { exportPlanText, formatPlanList, planListEntries, planSummary } from './plans';
import { formatTable, toJsonReport } from './report';

/** The latest year a plan pack may name (model/schema.ts's Year). */
const LATEST_PACK_YEAR = 2100;

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
	const minAsOf = PARAMETERS.asOf.hard.min;
	// With --plan, the as-of year is checked once the plan, and so its target year, is known.
	const parsed = parseArgs(argv, env, {
		min: minAsOf,
		max: namesPlan(argv) ? LATEST_PACK_YEAR : data.plan.targetYear
	});
	if (!parsed.ok) return failure(parsed.error, parsed.lang);
	const { options } = parsed;
	const { lang } = options;
	const chosen = options.listPlans || options.exportPlan ? null : chosenPlan(options, data);
	if (options.help) {
		// The help quotes the chosen plan's drivers, years and defaults (the seed plan's otherwise).
		const p = chosen?.ok ? chosen.chosen.plan : data.plan;
		const drivers = p.drivers.map((d) => d.id);
		return {
			code: 0,
			stdout: helpText(lang, minAsOf, p.targetYear, p.defaults, drivers),
			stderr: '',
			lang
		};
	}

	const plans = planRequest(options, data.plans ?? []);
	if (plans !== null) return plans;
	if (chosen !== null && !chosen.ok) return failure(chosen.error, lang);
	const target = chosen?.chosen ?? null;
	const plan = target?.plan ?? data.plan;
	const maxAsOf = plan.targetYear;
	if (options.asOf !== null && options.asOf > maxAsOf)
		return failure(
			{ kind: 'bad_as_of', value: String(options.asOf), min: minAsOf, max: maxAsOf },
			lang
		);
	// Another plan's link reads that plan's drivers, targets and only its own data vintage.
	const linkOptions = target && linkOptionsOf(target, options.scenario ?? '');
	const latest = target?.observations ?? data.observations;

	// A link that pins an earlier data vintage is evaluated on that vintage's figures, and says so.
	const pinned = decodeLink(options.scenario ?? '', { plan, data: latest, ...linkOptions }).state
		.dataVersion;
	const vintage = (!linkOptions && data.vintages?.get(pinned)) || null;
	const base = { ...data, observations: vintage ?? latest };
	const updated = readDataUpdate(options.dataFile, base, lang);
	if (!updated.ok) return { code: 2, stdout: '', stderr: updated.stderr, lang };
	const { observations, entries } = updated;
	const vintageNote = vintage
		? `${cliMessages[lang].olderVintage(vintage.vintage, data.observations.vintage)}\n`
		: '';

	const { state, ignored } = decodeLink(options.scenario ?? '', {
		plan,
		data: observations,
		...linkOptions
	});
	const { scenario } = state;
	if (ignored.length > 0)
		return failure(
			{
				kind: 'bad_scenario',
				ignored,
				minAsOf,
				maxAsOf,
				...(target ? { plan: scenarioPlan(target, linkOptions) } : {})
			},
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
					// Named only when --plan chose the plan.
					...(target ? { plan: planSummary(plan) } : {}),
					...toJsonReport(evaluation, ignored, modelByDefault, entries, plan.baselineYear),
					// Named only when a link pins an earlier vintage than the latest.
					...(vintage ? { dataVintage: vintage.vintage } : {})
				},
				null,
				2
			)}\n`
		: formatTable(evaluation, { plan, lang, ignored, modelByDefault, planLine: target !== null });
	return { code: 0, stdout, stderr: vintageNote, lang };
}

/** True when the arguments name a plan with --plan (before any `--`). */
function namesPlan(argv: readonly string[]): boolean {
	const options = argv.slice(0, argv.includes('--') ? argv.indexOf('--') : argv.length);
	return options.some((a) => a === '--plan' || a.startsWith('--plan='));
}

/**
 * The plan --plan names (the default pack when only --reading is given), or its error; null
 * without either: the evaluator then runs on the seed plan, as it always has.
 */
function chosenPlan(options: CliOptions, data: CliData): ReturnType<typeof choosePlan> | null {
	const readings = Object.keys(options.readings).length > 0;
	if (options.plan === null && !readings) return null;
	return choosePlan(
		options.plan ?? DEFAULT_PLAN_ID,
		options.readings,
		data.plans ?? [],
		data.readFile
	);
}

/** The plan a refused link part is explained against: its drivers, targets and vintages. */
function scenarioPlan(chosen: ChosenPlan, link: Partial<DecodeOptions> | null): ScenarioPlan {
	return {
		id: chosen.plan.id,
		drivers: chosen.plan.drivers.map((d) => d.id),
		targets: link?.targetIds ?? TARGET_IDS,
		versions: link?.knownDataVersions ?? KNOWN_DATA_VERSIONS
	};
}

/**
 * How a link is read for a plan chosen with --plan: its drivers and targets, and only its own
 * data vintage — except the built-in seed plan, whose earlier vintages stay readable. A pack
 * read from a file answers to its own id and to the app's name for it (`user.<pack id>`), so a
 * link the app made for a reader's plan file reads against that file; a built-in plan answers to
 * its id alone.
 */
function linkOptionsOf(chosen: ChosenPlan, link: string): Partial<DecodeOptions> | null {
	if (chosen.builtIn && chosen.pack.id === DEFAULT_PLAN_ID) return null;
	const named = linkPlanId(link);
	const asUser = !chosen.builtIn && named === userPlanId(chosen.pack.id);
	return {
		driverIds: chosen.plan.drivers.map((d) => d.id),
		targetIds: chosen.pack.targets.map((t) => t.id),
		knownDataVersions: [chosen.observations.vintage],
		planId: asUser ? named : chosen.pack.id
	};
}

/** The answer to --list-plans or --export-plan; null when the request is an evaluation. */
function planRequest(options: CliOptions, packs: readonly PlanPack[]): CliResult | null {
	const { lang } = options;
	const done = (stdout: string): CliResult => ({ code: 0, stdout, stderr: '', lang });
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
	return null;
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
