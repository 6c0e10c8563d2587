// A derived value that keeps its previous object while the new one is deeply equal (see
// share.ts): what a component's view model should be, so that an unrelated slider move
// re-renders nothing in it.
import { deepEqual, shareRecord } from './structuralSharing';

/** Like $derived(compute()), but returns the previous object while the result is deeply equal. */
export function sharedDerived<T>(compute: () => T): { readonly current: T } {
	let previous: { value: T } | null = null;
	const value = $derived.by(() => {
		const next = compute();
		if (previous && deepEqual(previous.value, next)) return previous.value;
		previous = { value: next };
		return next;
	});
	return {
		get current() {
			return value;
		}
	};
}

/**
 * Like $derived(compute()) for a record of view models: each entry keeps its previous object
 * while deeply equal, and the record itself while every entry does.
 */
export function sharedRecord<T>(compute: () => Record<string, T>): {
	readonly current: Record<string, T>;
} {
	let previous: Record<string, T> | null = null;
	const value = $derived.by(() => {
		const next = shareRecord(previous, compute());
		const unchanged =
			previous !== null &&
			Object.keys(next).length === Object.keys(previous).length &&
			Object.entries(next).every(([key, v]) => previous![key] === v);
		if (!unchanged) previous = next;
		return previous!;
	});
	return {
		get current() {
			return value;
		}
	};
}
