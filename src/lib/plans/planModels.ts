// The plans the app can show, loaded when opened: the default plan from the seed files the app
// has always read (model/data.ts, so its pages and links stay exactly as they were), any other
// built-in plan from its pack, which loads (and is validated) only when that plan is chosen. The
// pack reader (toModel, with the formula parser) comes with it: nothing of it is on a first page.
import { observations, plan } from '../model/data';
import { DEFAULT_PLAN_ID, planChoice } from './catalog';
import type { PlanPack } from './packSchema';
import type { PlanModel } from './toModel';
import { userPlanId } from './userPlanId';

export interface LoadedPlan {
	id: string;
	/** The plan's pack; null for the default plan, which runs on the seed files. */
	pack: PlanPack | null;
	/** The plan and data at the pack's default readings. */
	model: PlanModel;
	/** The plan and data at other readings of its ambiguous clauses (valid ones: validReadings). */
	reread(readings: Readonly<Record<string, string>>): PlanModel;
	/** The file a reader loaded the plan from; absent for a built-in plan. */
	userFile?: string;
}

/** The default plan, at hand without loading anything (it has no readings to choose). */
export const DEFAULT_PLAN: LoadedPlan = {
	id: DEFAULT_PLAN_ID,
	pack: null,
	model: { plan, observations },
	reread: () => DEFAULT_PLAN.model
};

/** A built-in plan by id, loaded and validated; null for an id the catalog does not list. */
export async function loadPlan(id: string): Promise<LoadedPlan | null> {
	if (id === DEFAULT_PLAN_ID) return DEFAULT_PLAN;
	if (!planChoice(id)) return null;
	const [{ planPack }, { toModel }] = await Promise.all([import('./packs'), import('./toModel')]);
	const pack = planPack(id);
	if (!pack) return null;
	return {
		id,
		pack,
		model: toModel(pack),
		reread: (readings) => toModel(pack, { readings: validReadings(pack, readings) })
	};
}

/**
 * A plan a reader loaded from a file (`user.<pack id>`), validated as a built-in pack is; throws a
 * DataFileError naming the file, the record and the field when the pack is malformed.
 */
export async function loadUserPlan(id: string, json: unknown, file: string): Promise<LoadedPlan> {
	const [{ validatePack }, { toModel }] = await Promise.all([
		import('./packSchema'),
		import('./toModel')
	]);
	const pack = validatePack(json, file);
	if (userPlanId(pack.id) !== id) throw new Error(`${file} holds plan ${pack.id}, not ${id}`);
	return {
		id,
		pack,
		model: toModel(pack),
		reread: (readings) => toModel(pack, { readings: validReadings(pack, readings) }),
		userFile: file
	};
}

/** A loaded plan's model at the readings chosen (target id → reading id), else its default. */
export function modelWithReadings(
	loaded: LoadedPlan,
	readings: Readonly<Record<string, string>>
): PlanModel {
	return Object.keys(readings).length === 0 ? loaded.model : loaded.reread(readings);
}

/** The readings a pack offers out of `readings`; the rest are dropped. */
export function validReadings(
	pack: PlanPack,
	readings: Readonly<Record<string, string>>
): Record<string, string> {
	const out: Record<string, string> = {};
	for (const [target, reading] of Object.entries(readings)) {
		const t = pack.targets.find((x) => x.id === target);
		if (t?.readings?.some((r) => r.id === reading)) out[target] = reading;
	}
	return out;
}
