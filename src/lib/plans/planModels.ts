// The plans the app can show, loaded when opened: the default plan from the seed files the app
// has always read (model/data.ts, so its pages and links stay exactly as they were), any other
// built-in plan from its pack, which loads (and is validated) only when that plan is chosen.
import { observations, plan } from '../model/data';
import { DEFAULT_PLAN_ID, planChoice } from './catalog';
import type { PlanPack } from './packSchema';
import { toModel, type PlanModel } from './toModel';

export interface LoadedPlan {
	id: string;
	/** The plan's pack; null for the default plan, which runs on the seed files. */
	pack: PlanPack | null;
	/** The plan and data at the pack's default readings. */
	model: PlanModel;
}

/** The default plan, at hand without loading anything. */
export const DEFAULT_PLAN: LoadedPlan = {
	id: DEFAULT_PLAN_ID,
	pack: null,
	model: { plan, observations }
};

/** A built-in plan by id, loaded and validated; null for an id the catalog does not list. */
export async function loadPlan(id: string): Promise<LoadedPlan | null> {
	if (id === DEFAULT_PLAN_ID) return DEFAULT_PLAN;
	if (!planChoice(id)) return null;
	const { planPack } = await import('./packs');
	const pack = planPack(id);
	return pack ? { id, pack, model: toModel(pack) } : null;
}

/**
 * A loaded plan's model at the readings chosen for its ambiguous clauses (target id → reading
 * id); readings the pack does not offer are left at the pack's default (readingsOf filters them).
 */
export function modelWithReadings(
	loaded: LoadedPlan,
	readings: Readonly<Record<string, string>>
): PlanModel {
	if (!loaded.pack || Object.keys(readings).length === 0) return loaded.model;
	return toModel(loaded.pack, { readings: validReadings(loaded.pack, readings) });
}

/** The readings a pack offers out of `readings`; the rest are dropped (the caller reports them). */
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
