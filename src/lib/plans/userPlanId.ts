// How the app names a plan a reader loaded from a file: `user.<pack id>`. Built-in ids never hold
// a dot (packSchema's PlanId), so a user's pack can never stand in for a built-in plan, even when
// it was exported from one and carries the same id; a link names it as `p=user.<pack id>`.

/** What every user plan's id starts with, in the app and in its links. */
export const USER_PLAN_PREFIX = 'user.';

/** True for the id of a plan loaded from a file (`user.<pack id>`). */
export const isUserPlanId = (id: string): boolean =>
	id.startsWith(USER_PLAN_PREFIX) && /^[a-z][a-z0-9-]*$/.test(id.slice(USER_PLAN_PREFIX.length));

/** The app's id of a user's pack. */
export const userPlanId = (packId: string): string => `${USER_PLAN_PREFIX}${packId}`;

/** The pack id inside a user plan's id (`user.my-plan` → `my-plan`); the id itself otherwise. */
export const packIdOf = (id: string): string =>
	isUserPlanId(id) ? id.slice(USER_PLAN_PREFIX.length) : id;

/** The largest plan file read (the built-in packs are under 100 KB): checked before reading it. */
export const MAX_PLAN_FILE_BYTES = 2_000_000;
