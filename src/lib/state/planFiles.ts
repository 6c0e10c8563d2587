// What the plan bar does with plan files: load one (chosen or dropped), download the plan shown
// as one, remove a plan from this device and undo that. The pack reader loads only when a file
// comes (plans/planFile.ts), so none of it is on a first page.
import { userPlanNotes } from '../i18n/userPlanNotes';
import type { Lang, Text } from '../model/types';
import type { PlanFileProblem } from '../plans/planFile';
import { DEFAULT_PLAN_ID } from '../plans/catalog';
import { isUserPlanId, MAX_PLAN_FILE_BYTES, packIdOf } from '../plans/userPlanId';
import type { AppState } from './app.svelte';
import { switchPlan } from './linkSync';
import type { StorageResult } from './storage';
import { unreadableUserPlans, userPlans } from './userPlans.svelte';

export { userPlanNotes };
type Notes = (typeof userPlanNotes)[Lang];

/** What the plan bar says after a file action, in either language; `undo` offers to take it back. */
export interface FileNote {
	say(n: Notes): string;
	error: boolean;
	undo: boolean;
	/** True when the action showed another plan. */
	switched?: boolean;
}

export type PlanFileOutcome =
	| {
			ok: true;
			title: Text;
			file: string;
			replaced: boolean;
			stored: StorageResult<null>;
			/** False when the plan was stored but this build could not open it. */
			opened: boolean;
	  }
	| { ok: false; problem: PlanFileProblem };

/** The part of a File this module reads (so tests can pass their own). */
export interface PlanFileSource {
	name: string;
	size: number;
	text(): Promise<string>;
}

/**
 * Reads a plan file; a valid one is stored on this device (replacing the plan with its id, with
 * Undo) and shown, unless a link is waiting for exactly that plan (app.missingPlan), which then
 * opens instead (the layout sees the plan arrive). A problem changes nothing.
 */
export async function loadPlanFile(app: AppState, file: PlanFileSource): Promise<PlanFileOutcome> {
	const [{ readPlanFile }, text] = await Promise.all([
		import('../plans/planFile'),
		file.size > MAX_PLAN_FILE_BYTES ? Promise.resolve('') : file.text()
	]);
	const read = readPlanFile(text, file.name, file.size);
	if (!read.ok) return read;
	const { entry, replaced, stored } = userPlans.add(read.pack, file.name);
	const outcome = { ok: true as const, title: entry.shortTitle, file: file.name, replaced, stored };
	if (app.missingPlan?.id === entry.id) return { ...outcome, opened: true };
	const loaded = await switchPlan(app, entry.id);
	return { ...outcome, opened: loaded !== null };
}

/** Downloads the plan shown as a pack file (`<pack id>.json`): a reader's as loaded, a built-in one as built. */
export async function downloadPlanFile(app: AppState): Promise<void> {
	const id = app.planId;
	const [{ packText, packFileName }, { downloadText }, pack] = await Promise.all([
		import('../plans/planFile'),
		import('../export/download'),
		isUserPlanId(id)
			? Promise.resolve(userPlans.get(id)?.pack ?? app.loadedPlan.pack)
			: import('../plans/packs').then((m) => m.planPack(id))
	]);
	if (pack) downloadText(packText(pack), packFileName(packIdOf(id)), 'application/json');
}

/** Removes a reader's plan from this device; the default plan is shown if it was the one shown. */
export async function removePlan(app: AppState, id: string): Promise<StorageResult<null>> {
	if (app.planId === id) await switchPlan(app, DEFAULT_PLAN_ID);
	return userPlans.remove(id);
}

/** What loading a file did, said in the reader's language. */
export function describeOutcome(app: AppState, outcome: PlanFileOutcome): FileNote {
	if (!outcome.ok) return { say: (n) => n.problem(outcome.problem), error: true, undo: false };
	const say = (n: Notes) => {
		const title = outcome.title[app.lang];
		const parts = [
			outcome.replaced ? n.replaced(title, outcome.file) : n.loaded(title, outcome.file)
		];
		if (!outcome.stored.ok) parts.push(n.notStored(outcome.stored.reason));
		if (!outcome.opened) parts.push(n.openFailed(title));
		return parts.join(' ');
	};
	return { say, error: !outcome.opened, undo: outcome.stored.ok, switched: outcome.opened };
}

/** The plan removed last, shown again if its removal is undone. */
let removedId: string | null = null;

/** Removes the reader's plan shown from this device (the default plan is then shown). */
export async function removeShown(app: AppState): Promise<FileNote> {
	const id = app.planId;
	const title = app.plan.shortTitle[app.lang];
	const stored = await removePlan(app, id);
	removedId = id;
	return stored.ok
		? { say: (n) => n.removed(title), error: false, undo: true, switched: true }
		: { say: (n) => n.notStored(stored.reason), error: true, undo: false };
}

/** Goes back to the plans before the last change; a plan whose removal is undone is shown again. */
export async function undoChange(app: AppState): Promise<FileNote> {
	const done = userPlans.undo();
	if (!done.ok)
		return {
			say: (n) => (done.reason === 'nothing' ? n.undoFailed : n.notStored(done.reason)),
			error: true,
			undo: false
		};
	const back = removedId;
	removedId = null;
	if (back && userPlans.has(back)) await switchPlan(app, back);
	else if (isUserPlanId(app.planId) && !userPlans.has(app.planId))
		await switchPlan(app, DEFAULT_PLAN_ID);
	return { say: (n) => n.undone, error: false, undo: false, switched: true };
}

/** Downloads the stored list that could not be read, as it was. */
export async function downloadUnreadable(): Promise<void> {
	const text = unreadableUserPlans();
	if (text === null) return;
	const { downloadText } = await import('../export/download');
	downloadText(text, 'bj-targets-user-plans.json', 'application/json');
}
