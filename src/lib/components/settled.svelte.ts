// A value for a part of the page the reader is not looking at: it follows its source at once
// while the part is near the screen, and otherwise only once the source has stopped changing for
// a moment, so a slider's every step does not rework a long derivation or table far below it. A
// source of another key (another target) is followed at once, so a part never shows a different
// subject than the page.
import { untrack } from 'svelte';

export class Settled<T> {
	current = $state.raw() as T;

	/**
	 * @param read the source (cheap to read: the parts work from `current`)
	 * @param near whether the part is near the screen now
	 * @param key what the value is about; a new key is followed at once
	 * @param settleMs how long the source must be still before a part away from the screen follows
	 */
	constructor(
		read: () => T,
		near: () => boolean,
		key: (value: T) => unknown = () => null,
		settleMs = 250
	) {
		this.current = untrack(read);
		let timer: ReturnType<typeof setTimeout> | undefined;
		$effect.pre(() => {
			const value = read();
			const now = near() || key(value) !== untrack(() => key(this.current));
			clearTimeout(timer);
			if (now) this.current = value;
			else timer = setTimeout(() => (this.current = value), settleMs);
		});
		$effect(() => () => clearTimeout(timer));
	}
}
