// Comparing scenarios, as data: which scenarios are compared (the selection, kept on this device),
// the compare link that shares a selection, and the assumptions that differ between them. Pure:
// it reads no address, no storage and no clock; the compare page does that.
//
// The compare link is the ordinary scenario link followed by one `c=` part per compared scenario:
// `#v=1&g.gdp=0.05&d=2026-11&c=<encodeURIComponent(link1)>&c=<…>`. The ordinary part stays first
// because the layout reads every fragment as the current scenario (and keeps the address in step
// with it); the `c=` parts are the compare page's own.
import * as v from 'valibot';
import type { Plan } from '../model/types';
import type { Change } from './diff';
import {
	decodeLink,
	encodeLink,
	linkPlanId,
	MAX_LINK_LENGTH,
	safePart,
	SEED_PLAN_ID,
	type DecodeOptions
} from './link';

import { MAX_COMPARED, type DroppedComparison } from './compareFragment';

export {
	COMPARE_KEY,
	compareFragment,
	MAX_COMPARED,
	readCompareFragment,
	type DroppedComparison
} from './compareFragment';

/** One compared scenario: the live one, a saved one (by id) or a pasted link (its text). */
export type CompareItem =
	{ kind: 'current' } | { kind: 'saved'; id: string } | { kind: 'link'; link: string };

/** A key that tells two items apart (and tells when they are the same). */
export function itemKey(item: CompareItem): string {
	switch (item.kind) {
		case 'current':
			return 'current';
		case 'saved':
			return `saved:${item.id}`;
		case 'link':
			return `link:${item.link}`;
	}
}

export function isSelected(selection: readonly CompareItem[], item: CompareItem): boolean {
	const key = itemKey(item);
	return selection.some((i) => itemKey(i) === key);
}

/** The selection with `item` added at the end; unchanged when it is there or MAX_COMPARED are. */
export function addItem(selection: readonly CompareItem[], item: CompareItem): CompareItem[] {
	if (isSelected(selection, item) || selection.length >= MAX_COMPARED) return [...selection];
	return [...selection, item];
}

export function removeItem(selection: readonly CompareItem[], item: CompareItem): CompareItem[] {
	const key = itemKey(item);
	return selection.filter((i) => itemKey(i) !== key);
}

/** Removes `item` when selected, else adds it (when there is room). */
export function toggleItem(selection: readonly CompareItem[], item: CompareItem): CompareItem[] {
	return isSelected(selection, item) ? removeItem(selection, item) : addItem(selection, item);
}

/** The selection without saved scenarios that no longer exist, duplicates, or items past the limit. */
export function pruneSelection(
	selection: readonly CompareItem[],
	savedIds: readonly string[]
): CompareItem[] {
	const ids = new Set(savedIds);
	return selection
		.filter((i) => i.kind !== 'saved' || ids.has(i.id))
		.reduce<CompareItem[]>((out, item) => addItem(out, item), []);
}

const Item = v.variant('kind', [
	v.object({ kind: v.literal('current') }),
	v.object({ kind: v.literal('saved'), id: v.pipe(v.string(), v.minLength(1)) }),
	v.object({ kind: v.literal('link'), link: v.pipe(v.string(), v.maxLength(MAX_LINK_LENGTH)) })
]);
const Selection = v.object({ version: v.literal(1), items: v.array(Item) });

/** The selection as text for local storage. */
export function serializeSelection(selection: readonly CompareItem[]): string {
	return JSON.stringify({ version: 1, items: selection });
}

/** A stored selection; anything unreadable is an empty selection (it is only a convenience). */
export function parseSelection(text: string | null): CompareItem[] {
	if (text === null) return [];
	try {
		const parsed = v.safeParse(Selection, JSON.parse(text));
		return parsed.success ? parsed.output.items.reduce<CompareItem[]>(addItem, []) : [];
	} catch {
		return [];
	}
}

/** A link as this build writes it, scenario only (no language, view): equal scenarios, equal text. */
export function canonicalLink(text: string, options: DecodeOptions): string {
	const { state } = decodeLink(text, options);
	return encodeLink({ ...state, lang: null, view: null, name: undefined, plan: options.planId });
}

/**
 * The selection a compare link asks for: each link as the current scenario when it is the same
 * scenario, else as a saved one when one has the same scenario, else as a pasted link. Only a
 * link that decodes with nothing ignored can stand for the current or a saved scenario: any other
 * (junk, markup, `javascript:` …, which decodes to the defaults) stays a pasted link, so that the
 * parts it ignored are listed where it is compared. Names (`n=`) do not tell scenarios apart, but
 * a named link never stands for the current scenario: it keeps its name as a pasted link. A link that asks for a scenario already in
 * the selection, or a scenario of another plan than `options.planId`, is left out and named in
 * `dropped`.
 */
export function selectionFromLinks(
	links: readonly string[],
	current: string,
	saved: readonly { id: string; link: string }[],
	options: DecodeOptions
): { selection: CompareItem[]; dropped: DroppedComparison[] } {
	const canonical = (text: string) => canonicalLink(text, options);
	const currentKey = canonical(current);
	const savedKeys = saved.map((s) => ({ id: s.id, key: canonical(s.link) }));
	const selection: CompareItem[] = [];
	const dropped: DroppedComparison[] = [];
	const plan = options.planId ?? SEED_PLAN_ID;
	for (const link of links) {
		const named = linkPlanId(link);
		if (named !== plan) {
			dropped.push({ part: safePart(link), reason: 'other_plan', plan: safePart(named) });
			continue;
		}
		const { state, ignored } = decodeLink(link, options);
		const clean = ignored.length === 0;
		const key = encodeLink({
			...state,
			lang: null,
			view: null,
			name: undefined,
			plan: options.planId
		});
		const match = clean ? savedKeys.find((s) => s.key === key) : undefined;
		const item: CompareItem =
			clean && key === currentKey && state.name === undefined
				? { kind: 'current' }
				: match
					? { kind: 'saved', id: match.id }
					: { kind: 'link', link };
		if (isSelected(selection, item)) dropped.push({ part: safePart(link), reason: 'repeated' });
		else if (selection.length >= MAX_COMPARED)
			dropped.push({ part: safePart(link), reason: 'too_many' });
		else selection.push(item);
	}
	return { selection, dropped };
}

/** The key of a change's setting: `g.<driver>`, `y.<driver>.<year>`, `v.<driver>.<year>`, `tol`,
 * `window`, `gw`, `asof`, `r.<driver>`, `emp`, `unc`, `seed`, `draws` or `corr` (the keys of the dashboard's "what changed" list). */
export function changeKey(change: Change): string {
	switch (change.kind) {
		case 'growth':
			return `g.${change.driver}`;
		case 'yearly':
			return `y.${change.driver}.${change.year}`;
		case 'user_value':
			return `v.${change.driver}.${change.year}`;
		case 'tolerance':
			return 'tol';
		case 'average_window':
			return 'window';
		case 'growth_window':
			return 'gw';
		case 'as_of':
			return 'asof';
		case 'range':
			return `r.${change.driver}`;
		case 'uncertainty_model':
			return 'unc';
		case 'uncertainty_seed':
			return 'seed';
		case 'uncertainty_draws':
			return 'draws';
		case 'uncertainty_correlation':
			return 'corr';
		case 'employment_denominator':
			return 'emp';
	}
}

/** One setting that differs between compared scenarios: each one's change, or null (default). */
export interface InputDifference {
	key: string;
	cells: (Change | null)[];
}

/**
 * The settings that differ between any two of the scenarios, given each one's changes from the
 * defaults (diff.ts). A setting left at its default in one scenario and set in another differs,
 * even to the same value: the default follows the data, the setting does not. Rows come in the
 * order of the "what changed" list: as-of year, then each driver (plan order) with its growth,
 * per-year rates and entered values (years ascending), then tolerance, averaging window and
 * growth window.
 */
export function inputDifferences(plan: Plan, columns: readonly Change[][]): InputDifference[] {
	const rows = new Map<string, { rank: number[]; cells: (Change | null)[] }>();
	columns.forEach((changes, column) => {
		for (const change of changes) {
			const key = changeKey(change);
			let row = rows.get(key);
			if (!row) {
				row = { rank: changeRank(plan, change), cells: columns.map(() => null) };
				rows.set(key, row);
			}
			row.cells[column] = change;
		}
	});
	return [...rows.entries()]
		.filter(([, row]) => !allSame(row.cells))
		.sort(([, a], [, b]) => compareRanks(a.rank, b.rank))
		.map(([key, row]) => ({ key, cells: row.cells }));
}

function changeRank(plan: Plan, change: Change): number[] {
	const driver = (id: string) => plan.drivers.findIndex((d) => d.id === id);
	switch (change.kind) {
		case 'as_of':
			return [0];
		case 'growth':
			return [1, driver(change.driver), 0, 0];
		case 'yearly':
			return [1, driver(change.driver), 1, change.year];
		case 'user_value':
			return [1, driver(change.driver), 2, change.year];
		case 'tolerance':
			return [2];
		case 'average_window':
			return [3];
		case 'growth_window':
			return [4];
		case 'range':
			return [1, driver(change.driver), 3, 0];
		case 'uncertainty_model':
			return [5];
		case 'uncertainty_seed':
			return [6];
		case 'uncertainty_draws':
			return [7];
		case 'uncertainty_correlation':
			return [8];
		case 'employment_denominator':
			return [9];
	}
}

function compareRanks(a: number[], b: number[]): number {
	for (let i = 0; i < Math.max(a.length, b.length); i++) {
		const d = (a[i] ?? 0) - (b[i] ?? 0);
		if (d !== 0) return d;
	}
	return 0;
}

function allSame(cells: (Change | null)[]): boolean {
	const value = (c: Change | null) => (c === null ? 'default' : JSON.stringify(c.to));
	return cells.every((c) => value(c) === value(cells[0] ?? null));
}
