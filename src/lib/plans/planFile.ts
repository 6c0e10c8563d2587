// A plan pack a reader brings as a file (chosen or dropped on the page): read, parsed, validated
// as a built-in pack is (packSchema.ts) and tried once with the model, so that a file the app
// accepts is one it can show. Loaded only when a file comes: nothing of it is on a first page.
import { evaluateProjections } from '../model/evaluate';
import { DataFileError } from '../model/schema';
import { emptyScenario } from '../model/types';
import { validatePack, type PlanPack } from './packSchema';
import { toModel } from './toModel';
import { MAX_PLAN_FILE_BYTES } from './userPlanId';

/** What is wrong with a file that is not a plan the app can show. */
export type PlanFileProblem =
	| { kind: 'too_big'; file: string; bytes: number }
	| { kind: 'not_json'; file: string; reason: string }
	/** Another file of this app (a scenario or data-update file: its `format`), not a pack. */
	| { kind: 'other_file'; file: string; format: string }
	/** The validator's finding: the record and field (`path`) and what is wrong there. */
	| { kind: 'invalid'; file: string; path: string; problem: string }
	/** Valid, but the model could not evaluate it (`reason` is the model's message). */
	| { kind: 'unusable'; file: string; reason: string };

export type PlanFileResult = { ok: true; pack: PlanPack } | { ok: false; problem: PlanFileProblem };

/** Reads a plan pack from a file's text (`bytes`, the file's size, is checked first). */
export function readPlanFile(text: string, file: string, bytes = text.length): PlanFileResult {
	if (bytes > MAX_PLAN_FILE_BYTES) return { ok: false, problem: { kind: 'too_big', file, bytes } };
	let json: unknown;
	try {
		json = JSON.parse(text);
	} catch (e) {
		return { ok: false, problem: { kind: 'not_json', file, reason: (e as Error).message } };
	}
	const format = (json as { format?: unknown } | null)?.format;
	if (typeof format === 'string' && !('targets' in (json as object)))
		return { ok: false, problem: { kind: 'other_file', file, format } };
	let pack: PlanPack;
	try {
		pack = validatePack(json, file);
	} catch (e) {
		if (e instanceof DataFileError)
			return {
				ok: false,
				problem: { kind: 'invalid', file, path: e.path || '(top level)', problem: e.problem }
			};
		return { ok: false, problem: { kind: 'unusable', file, reason: (e as Error).message } };
	}
	try {
		const { plan, observations } = toModel(pack);
		evaluateProjections(plan, observations, emptyScenario());
	} catch (e) {
		return { ok: false, problem: { kind: 'unusable', file, reason: (e as Error).message } };
	}
	// The pack as its file held it (validation may fill defaults in): that is what is stored.
	return { ok: true, pack: json as PlanPack };
}

/** A pack's file text, as `--export-plan` prints it: tab-indented JSON and a final newline. */
export function packText(pack: unknown): string {
	return `${JSON.stringify(pack, null, '\t')}\n`;
}

/** The file name a plan downloads under: its pack id. */
export const packFileName = (packId: string): string => `${packId}.json`;
