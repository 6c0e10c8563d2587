// Structural sharing between successive evaluations: a slider move changes one driver and the
// one or two targets that read it, yet every evaluation is a fresh object. Handing the previous
// object back wherever the new one is equal lets Svelte stop at the first unchanged value, so a
// move re-renders the cards and controls it changed, not all of them. Pure.
import type { Evaluation } from '$lib/model/evaluate';

/** Deep equality of plain data (objects, arrays, primitives; NaN equals NaN). */
export function deepEqual(a: unknown, b: unknown): boolean {
	if (Object.is(a, b)) return true;
	if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
	if (Array.isArray(a)) {
		if (!Array.isArray(b) || a.length !== b.length) return false;
		for (let i = 0; i < a.length; i++) if (!deepEqual(a[i], b[i])) return false;
		return true;
	}
	if (Array.isArray(b)) return false;
	const keysA = Object.keys(a);
	if (keysA.length !== Object.keys(b).length) return false;
	for (const key of keysA)
		if (
			!Object.hasOwn(b, key) ||
			!deepEqual((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key])
		)
			return false;
	return true;
}

/** `next` with every driver and target result that equals its predecessor replaced by it. */
export function shareEvaluation(previous: Evaluation | null, next: Evaluation): Evaluation {
	if (!previous) return next;
	const drivers = { ...next.drivers };
	for (const id of Object.keys(drivers) as (keyof typeof drivers)[])
		if (deepEqual(previous.drivers[id], drivers[id])) drivers[id] = previous.drivers[id];
	const targets = next.targets.map((t, i) => {
		const before = previous.targets[i];
		return before && before.id === t.id && deepEqual(before, t) ? before : t;
	});
	const sameTargets = targets.every((t, i) => t === previous.targets[i]);
	return { ...next, drivers, targets: sameTargets ? previous.targets : targets };
}

/** `next` with every entry that equals the previous entry under the same key replaced by it. */
export function shareRecord<T>(
	previous: Record<string, T> | null,
	next: Record<string, T>
): Record<string, T> {
	if (!previous) return next;
	const out: Record<string, T> = {};
	for (const [key, value] of Object.entries(next))
		out[key] =
			Object.hasOwn(previous, key) && deepEqual(previous[key], value) ? previous[key]! : value;
	return out;
}
