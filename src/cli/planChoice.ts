// The plan `--plan` names: a built-in pack by its id, or a pack file by its path (read, parsed
// and validated like the built-in ones, its flaws named by file, record and field), turned into
// the model's plan and data with the --reading choices. Pure: the file reader comes in.
import { DataFileError } from '../lib/model/schema';
import type { ObservationsFile, Plan } from '../lib/model/types';
import { validatePack, type PlanPack } from '../lib/plans/packSchema';
import { ReadingChoiceError, toModel } from '../lib/plans/toModel';
import type { CliError } from './messages';

/** The plan chosen with --plan (or --reading), ready to evaluate. */
export interface ChosenPlan {
	pack: PlanPack;
	/** True for a built-in pack, false for one read from a file. */
	builtIn: boolean;
	plan: Plan;
	observations: ObservationsFile;
}

/** A --plan value read as a file path rather than a plan id. */
export const isPackPath = (value: string) => /[/\\]|\.json$/i.test(value);

/** The pack a --plan value names, or the error to report. */
function findPack(
	value: string,
	packs: readonly PlanPack[],
	readFile: ((path: string) => string) | undefined
): { pack: PlanPack; builtIn: boolean } | CliError {
	const builtIn = packs.find((p) => p.id === value);
	if (builtIn) return { pack: builtIn, builtIn: true };
	if (!isPackPath(value))
		return { kind: 'unknown_plan_or_file', id: value, known: packs.map((p) => p.id) };
	let text: string;
	try {
		if (!readFile) throw new Error('no file reader');
		text = readFile(value);
	} catch {
		return { kind: 'plan_file_unreadable', path: value };
	}
	let json: unknown;
	try {
		json = JSON.parse(text);
	} catch (e) {
		return { kind: 'plan_file_not_json', path: value, reason: (e as Error).message };
	}
	try {
		return { pack: validatePack(json, value), builtIn: false };
	} catch (e) {
		if (e instanceof DataFileError) return { kind: 'plan_file_invalid', message: e.message };
		throw e;
	}
}

/**
 * The plan of `--plan value` (the default pack's id when only --reading is given) with the chosen
 * readings, or the error: an unknown id, an unreadable, non-JSON or invalid file, a reading the
 * plan does not offer.
 */
export function choosePlan(
	value: string,
	readings: Readonly<Record<string, string>>,
	packs: readonly PlanPack[],
	readFile?: (path: string) => string
): { ok: true; chosen: ChosenPlan } | { ok: false; error: CliError } {
	const found = findPack(value, packs, readFile);
	if ('kind' in found) return { ok: false, error: found };
	const { pack, builtIn } = found;
	try {
		const model = toModel(pack, { readings, file: builtIn ? undefined : value });
		return { ok: true, chosen: { pack, builtIn, ...model } };
	} catch (e) {
		if (e instanceof ReadingChoiceError)
			return {
				ok: false,
				error: { kind: 'bad_reading', target: e.target, reading: e.reading, choices: e.choices }
			};
		if (e instanceof DataFileError)
			return { ok: false, error: { kind: 'plan_file_invalid', message: e.message } };
		throw e;
	}
}
