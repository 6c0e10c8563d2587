// Between the live state and its links: decoding one against the app's plan and data, reporting
// what it ignored, and the link of what the page shows. (addressSync.svelte.ts keeps the address
// bar and storage in step.)
import {
	decodeLink,
	encodeLink,
	linkPlanId,
	type DecodedLink,
	type DecodeOptions
} from '../scenario/link';
import { decodePinnedLink } from '../scenario/pinnedVintage';
import { loadVintage } from '../model/data';
import type { TargetId } from '../model/types';
import { planChoice } from '../plans/catalog';
import { loadPlan, loadUserPlan, type LoadedPlan } from '../plans/planModels';
import { isUserPlanId } from '../plans/userPlanId';
import type { AppState } from './app.svelte';
import { userPlans } from './userPlans.svelte';

/** True for a plan this device can show: a built-in one, or one the reader loaded from a file. */
export const knownPlan = (id: string): boolean => planChoice(id) !== null || userPlans.has(id);

/**
 * The plan a link names when it is one loaded from a file on another device and not on this one:
 * the link waits for its file (app.missingPlan); null otherwise.
 */
export function missingUserPlanOf(text: string): string | null {
	const id = linkPlanId(text);
	return isUserPlanId(id) && !userPlans.has(id) ? id : null;
}

/**
 * What a link is read against on this page: the plan shown, its data, its drivers and targets;
 * only the default plan keeps earlier data vintages a link may pin.
 */
export function linkOptionsFor(app: AppState): DecodeOptions {
	const plan = app.plan;
	return {
		plan,
		data: app.data,
		driverIds: plan.drivers.map((d) => d.id),
		targetIds: plan.targets.map((t) => t.id),
		planId: app.planId,
		...(app.isDefaultPlan ? {} : { knownDataVersions: [app.latestData.vintage] })
	};
}

/** Reads a link against the plan shown; a `p=` naming a plan this app lacks is said so. */
export function decodeForApp(app: AppState, text: string): DecodedLink {
	const decoded = decodeLink(text, linkOptionsFor(app));
	if (!knownPlan(linkPlanId(text)))
		for (const part of decoded.ignored)
			if (part.reason === 'other_plan') part.reason = 'unknown_plan';
	return decoded;
}

/**
 * The plan a link names when it is not the plan shown (it must load before the link is read): a
 * built-in one or one on this device; null when the link names the plan shown, or a plan this
 * device lacks (decodeForApp says so, or missingUserPlanOf for a plan from a file).
 */
export function otherPlanOf(app: AppState, text: string): string | null {
	const id = linkPlanId(text);
	return id !== app.planId && knownPlan(id) ? id : null;
}

/** A plan by id: built in, or loaded from a file and kept on this device (validated again). */
async function loadAnyPlan(id: string): Promise<LoadedPlan | null> {
	if (!isUserPlanId(id)) return loadPlan(id);
	const entry = userPlans.get(id);
	return entry ? loadUserPlan(id, entry.pack, entry.file) : null;
}

/**
 * Loads a plan and shows it (from its defaults, with no history). Null when it could not be
 * loaded (a network failure while offline, a stored pack this build finds invalid): the plan
 * shown stays.
 */
export async function switchPlan(
	app: AppState,
	id: string,
	/** Runs right after the switch, before any effect sees it (reads a link against the plan). */
	then?: () => void
): Promise<LoadedPlan | null> {
	app.pendingPlan = id;
	try {
		const loaded = await loadAnyPlan(id);
		if (loaded) {
			app.usePlan(loaded);
			then?.();
		}
		return loaded;
	} catch {
		return null;
	} finally {
		app.pendingPlan = null;
	}
}

/** Takes the readings a link chose for the plan's ambiguous clauses (none: the pack's own). */
export function adoptReadings(app: AppState, decoded: DecodedLink): void {
	const next = decoded.state.readings ?? {};
	const same =
		Object.keys(next).length === Object.keys(app.readings).length &&
		Object.entries(next).every(([k, v]) => app.readings[k] === v);
	if (!same) app.readings = next;
}

/** Tells the reader what a link left out: ignored parts, or data other than this build's. */
export function reportIgnored(app: AppState, decoded: DecodedLink): void {
	const newerData = decoded.state.dataVersion !== app.data.vintage;
	if (decoded.ignored.length > 0 || newerData)
		app.notice = { kind: 'link_ignored', ignored: decoded.ignored, newerData };
}

/**
 * The fragment (without `#`) that reproduces what the page shows; with `name`, it carries the
 * scenario's name (`n=`) as well, for a shared link or the card.
 */
export function linkFor(app: AppState, view: TargetId | null, name: string | null = null): string {
	return encodeLink({
		scenario: app.scenario,
		lang: app.lang,
		view,
		dataVersion: app.pendingVintage ?? app.data.vintage,
		name: name ?? undefined,
		plan: app.planId,
		readings: { ...app.readings }
	});
}

/**
 * Opens a link that pins an earlier data vintage with that vintage's numbers (loaded now, and
 * only now), and tells the reader that newer data exists, what changed and how to switch. A
 * vintage that cannot be loaded leaves the latest data, said so by reportIgnored.
 */
export async function openPinnedVintage(app: AppState, fragment: string): Promise<void> {
	const { decoded, data } = await decodePinnedLink(fragment, {
		plan: app.plan,
		data: app.latestData,
		load: loadVintage
	}).finally(() => (app.pendingVintage = null));
	if (data === app.latestData) return reportIgnored(app, decoded);
	// What changed since that vintage is worked out only here, so it loads only with such a link.
	const { diffVintages } = await import('../model/vintageDiff');
	app.vintageData = data;
	app.load(decoded.state.scenario);
	app.notice = {
		kind: 'older_data',
		pinned: data.vintage,
		latest: app.latestData.vintage,
		changes: diffVintages(data, app.latestData),
		ignored: decoded.ignored
	};
}

/** Leaves a pinned earlier vintage for the latest data (the address then names the latest). */
export function useLatestData(app: AppState): void {
	app.vintageData = app.latestData;
	app.notice = null;
}
