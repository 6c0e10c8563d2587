// Puts the evaluator's sentences together from the dictionaries: which hint a refused scenario
// part gets, how many refused parts are listed, the help text's wrapping. The words themselves
// live in src/lib/i18n (cliMessages.ts for the command line's own, messages.ts for the app's).
import { cliMessages, type Hint } from '../lib/i18n/cliMessages';
import { formatNumber } from '../lib/i18n/format';
import { messages } from '../lib/i18n/messages';
import type { ScenarioIssue } from '../lib/model/evaluate';
import { UNCERTAINTY_MODELS } from '../lib/model/ranges';
import { DRIVER_IDS, type Lang } from '../lib/model/types';
import { PARAMETERS } from '../lib/model/parameters';
import type { IgnoredPart } from '../lib/scenario/link';

const EARLIEST_LINK_YEAR = PARAMETERS.year.hard.min;
import type { ArgError } from './args';

/** What a link is read against when --plan chose the plan: its ids and its one data vintage. */
export interface ScenarioPlan {
	id: string;
	drivers: readonly string[];
	targets: readonly string[];
	versions: readonly string[];
}

/** Errors that stop the evaluator with exit code 2 (bad input) or 1 (internal, output). */
export type CliError =
	| ArgError
	| {
			kind: 'bad_scenario';
			ignored: IgnoredPart[];
			minAsOf: number;
			maxAsOf: number;
			/** The plan given with --plan: its unknown driver keys are named as such. */
			plan?: ScenarioPlan;
	  }
	| { kind: 'scenario_issues'; issues: ScenarioIssue[] }
	/** An id that names no built-in plan; `known` lists those that exist. */
	| { kind: 'unknown_plan'; id: string; known: readonly string[] }
	/** A --plan that is neither a built-in plan nor a path (`known`: the built-in ones). */
	| { kind: 'unknown_plan_or_file'; id: string; known: readonly string[] }
	| { kind: 'plan_file_unreadable'; path: string }
	| { kind: 'plan_file_not_json'; path: string; reason: string }
	/** A pack that fails validation: `message` names the file, the record and the field. */
	| { kind: 'plan_file_invalid'; message: string }
	/** A --reading the plan does not offer; `choices` are the target's readings ([] for none). */
	| { kind: 'bad_reading'; target: string; reading: string; choices: readonly string[] }
	| { kind: 'internal'; message: string }
	| { kind: 'output_failed'; reason: string };

/** How many refused scenario parts one error sentence names before "and N more". */
export const LISTED_PARTS = 3;

/** The decoded key of a quoted part (parts are quoted as written, possibly percent-encoded). */
function keyOf(part: string): string {
	const raw = part.split('=')[0] ?? '';
	try {
		return decodeURIComponent(raw).trim();
	} catch {
		return raw.trim();
	}
}

/** Why one scenario part was refused, with what would be accepted instead. */
function ignoredPhrase(
	ignored: IgnoredPart,
	lang: Lang,
	minAsOf: number,
	maxAsOf: number,
	plan?: ScenarioPlan
): string {
	const w = cliMessages[lang];
	const part = w.quote(ignored.part);
	const years = {
		minAsOf,
		maxAsOf,
		years: `${EARLIEST_LINK_YEAR}–${maxAsOf}`,
		...(plan ? { targets: plan.targets, versions: plan.versions } : {})
	};
	const key = keyOf(ignored.part);
	const kind = /^[yu]\./.test(key) ? key[0]! : key;
	const isRange = key.startsWith('g.') && ignored.part.includes('..');
	// The key's own hint, else the one for a growth range or a single growth.
	const byKey = (hints: Record<string, Hint>, range: Hint, growth: Hint) =>
		(Object.hasOwn(hints, kind) ? hints[kind]! : isRange ? range : growth)(part, years);
	switch (ignored.reason) {
		case 'unknown_key':
			return w.unknownKey(part, years);
		case 'not_a_number':
			return byKey(w.notANumber, w.notARange, w.notAGrowth);
		case 'out_of_range':
			return byKey(w.outOfRange, w.rangeOutOfRange, w.growthOutOfRange);
		case 'duplicate':
			return w.duplicate(part, years);
		case 'bad_encoding':
			return w.badEncoding(part, years);
		case 'empty':
			return w.empty(part, years);
		case 'too_long':
			return w.tooLong(part, years);
		case 'unknown_version':
			return w.unknownVersion(part, years);
		case 'unknown_data_version':
			return w.unknownDataVersion(part, years);
		case 'published_year':
			return w.publishedYear(part, years);
		case 'unknown_plan':
		case 'other_plan':
			return w.otherPlan(part, years);
		// Only the app's pages give this reason; the evaluator reads no compared scenarios.
		case 'compare_only':
			return w.unknownKey(part, years);
	}
}

/**
 * The sentence for an unknown `g.`, `y.` or `u.` key naming a driver the --plan plan lacks; null
 * for any other part.
 */
function notPlanDriver(ignored: IgnoredPart, plan: ScenarioPlan, lang: Lang): string | null {
	if (ignored.reason !== 'unknown_key') return null;
	const m = /^(?:g\.([^.]+)|[yu]\.([^.]+)\.[^.]*)$/.exec(keyOf(ignored.part));
	const driver = m?.[1] ?? m?.[2];
	if (driver === undefined || plan.drivers.includes(driver)) return null;
	const w = cliMessages[lang];
	return w.notPlanDriver(w.quote(ignored.part), plan.id);
}

/** A scenario part the parser set aside, with the app's word for its reason. */
export function ignoredText(ignored: IgnoredPart, lang: Lang): string {
	const w = cliMessages[lang];
	return w.bracket(w.quote(ignored.part), messages[lang].ignoredReason[ignored.reason]);
}

/** A value the model replaced by its default, with its reason. */
export function issueText(issue: ScenarioIssue, lang: Lang): string {
	const w = cliMessages[lang];
	return w.bracket(`${issue.field}=${issue.value}`, w.issueReason[issue.reason]);
}

/**
 * One sentence, on one line, saying what was wrong with the input and what happened instead.
 * Refused scenario parts are named up to LISTED_PARTS, then counted; the valid keys are listed
 * once, at the end, when any key was unknown.
 */
export function errorSentence(error: CliError, lang: Lang): string {
	const w = cliMessages[lang];
	const q = w.quote;
	switch (error.kind) {
		case 'unknown_option':
			return w.unknownOption(q(error.option));
		case 'missing_value':
			return w.missingValue[error.option];
		case 'bad_model':
			return w.badModel(q(error.value));
		case 'bad_seed':
			return w.badSeed(q(error.value), error.max);
		case 'bad_draws':
			return w.badDraws(q(error.value), error.min, error.max);
		case 'bad_lang':
			return w.badLang(q(error.value));
		case 'bad_as_of':
			return w.badAsOf(q(error.value), error.min, error.max);
		case 'extra_argument':
			return w.extraArgument(q(error.value));
		case 'conflicting_options':
			return w.conflictingOptions(error.first, error.second);
		case 'unknown_plan':
			return w.unknownPlan(q(error.id), w.list([...error.known]));
		case 'unknown_plan_or_file':
			return w.unknownPlanOrFile(q(error.id), w.list([...error.known]));
		case 'plan_file_unreadable':
			return w.planFileUnreadable(q(error.path));
		case 'plan_file_not_json':
			return w.planFileNotJson(q(error.path), error.reason);
		case 'plan_file_invalid':
			return w.planFileInvalid(error.message.replace(/\s+/g, ' ').trim());
		case 'bad_reading':
			return w.badReading(error.target, error.reading, w.list([...error.choices]));
		case 'bad_reading_form':
			return w.badReadingForm(q(error.value));
		case 'bad_scenario': {
			const { ignored, minAsOf, maxAsOf, plan } = error;
			const listed = ignored.slice(0, LISTED_PARTS);
			const rest = ignored.length - listed.length;
			const anyUnknown = ignored.some((i) => i.reason === 'unknown_key');
			const phrase = (i: IgnoredPart) =>
				(plan && notPlanDriver(i, plan, lang)) || ignoredPhrase(i, lang, minAsOf, maxAsOf, plan);
			return w.invalidScenario(
				listed.map(phrase),
				rest > 0 ? w.andMore(formatNumber(rest, lang)) : null,
				anyUnknown ? w.knownKeys((plan?.drivers ?? DRIVER_IDS).join(', ')) : null
			);
		}
		case 'scenario_issues':
			return w.invalidValues(error.issues.map((i) => issueText(i, lang)));
		case 'internal':
			// One line, whatever the underlying message looks like.
			return w.internal(error.message.replace(/\s+/g, ' ').trim());
		case 'output_failed':
			return w.outputFailed(error.reason.replace(/\s+/g, ' ').trim());
	}
}

/** Text broken into lines of at most `width` characters (at spaces, or anywhere for Chinese). */
function wrap(text: string, width: number, indent: string): string {
	const lines: string[] = [];
	let line = '';
	for (const word of /\s/.test(text) ? text.split(' ') : [...text]) {
		const joiner = /\s/.test(text) && line !== '' ? ' ' : '';
		if (line.length + joiner.length + word.length > width && line !== '') {
			lines.push(line);
			line = word;
		} else line += joiner + word;
	}
	if (line !== '') lines.push(line);
	return lines.map((l) => indent + l).join('\n');
}

/** The plan's defaults the help text quotes. */
export interface HelpDefaults {
	tolerance: number;
	growthWindowYears: number;
	averageWindow: { from: number; to: number };
}

/** The --help text. */
export function helpText(
	lang: Lang,
	minAsOf: number,
	maxAsOf: number,
	defaults: HelpDefaults,
	drivers: readonly string[] = DRIVER_IDS
): string {
	const models = Object.values(UNCERTAINTY_MODELS)
		.map((m) => wrap(m[lang], lang === 'en' ? 80 : 44, ' '.repeat(18)))
		.join('\n');
	return cliMessages[lang].help({
		drivers: drivers.join(', '),
		years: `${EARLIEST_LINK_YEAR}–${maxAsOf}`,
		minAsOf,
		maxAsOf,
		tolerance: defaults.tolerance,
		growthWindowYears: defaults.growthWindowYears,
		window: `${defaults.averageWindow.from}-${defaults.averageWindow.to}`,
		models
	});
}
