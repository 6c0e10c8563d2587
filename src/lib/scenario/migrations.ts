// The versions of the link format and the steps between them. Append-only: a published link
// must read the same forever, so a migration is never edited or removed, only followed by a new
// one. Pure: decoded `[key, value]` pairs in, pairs out; checking the values is link.ts's job.
import { DRIVER_IDS } from '../model/types';

/** One decoded `key=value` pair of a link, in link order. */
export type LinkParam = [key: string, value: string];

export interface Migration {
	from: number;
	to: number;
	/** Rewrites the pairs of a version-`from` link (its `v` pair removed) into version `to`. */
	migrate(params: readonly LinkParam[]): LinkParam[];
}

const DRIVERS = new Set<string>(DRIVER_IDS);

/** A migration that keeps every pair as it is (a copy). */
const same = (params: readonly LinkParam[]): LinkParam[] =>
	params.map(([key, value]): LinkParam => [key, value]);

/**
 * Every migration, oldest first; each one's `to` is the next one's `from`.
 *
 * - 0 → 1. Version 0 is the command line's first form, `tech_contracts=0.05&asof=2023&tol=0.1`
 *   (no `v`): a bare driver id named its constant growth. Version 1 spells that `g.<driver>` and
 *   adds per-year rates, entered values, windows, language, view and data version. Keys that were
 *   already version-1 spellings (`g.<driver>`, `asof`, `tol`) and keys version 0 did not know
 *   pass through unchanged, for version 1 to read or report.
 */
export const MIGRATIONS: readonly Migration[] = [
	{
		from: 0,
		to: 1,
		migrate: (params) => params.map(([key, value]) => [DRIVERS.has(key) ? `g.${key}` : key, value])
	},
	/**
	 * 1 → 2. Version 2 was never written: the golden links have long held `v=2` as the example
	 * of a link from a newer build, so a link claiming it is still reported so (NEVER_WRITTEN) and
	 * reads as it always did. Nothing to rewrite.
	 */
	{ from: 1, to: 2, migrate: same },
	/**
	 * 2 → 3. Version 3 names the plan (`p=<plan id>`): the app shows several plans. Every link
	 * before it was made with the seed plan, and a link without `p` still means it (SEED_PLAN_ID),
	 * so nothing is rewritten: the pairs pass through as they are.
	 */
	{ from: 2, to: 3, migrate: same }
];

/** Versions no build wrote: a link that claims one is reported as from a newer build. */
export const NEVER_WRITTEN: readonly number[] = [2];

/** The plan a link without `p` names: the seed plan, which every link before version 2 used. */
export const SEED_PLAN_ID = 'beijing-2025';

/** The version this build writes: where the last migration leads. */
export const LINK_VERSION: number = MIGRATIONS.at(-1)?.to ?? 0;

/**
 * Brings the pairs of a version-`version` link up to LINK_VERSION by running every migration from
 * that version on, in order. A version at or past LINK_VERSION is returned as it is.
 */
export function migrateParams(
	params: readonly LinkParam[],
	version: number
): { params: LinkParam[]; applied: number } {
	let out = params.map(([k, v]): LinkParam => [k, v]);
	let applied = 0;
	for (const m of MIGRATIONS)
		if (m.from >= version) {
			out = m.migrate(out);
			applied++;
		}
	return { params: out, applied };
}
