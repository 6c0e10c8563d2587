// A queue of rendering work put off until the page has painted: each task runs in a task of its
// own (so each can fit in a frame and none adds to one long start-up task), in the order queued,
// which is the page's order. Printing runs whatever is left at once, so a print is never missing
// a part that was still waiting.

import type { Snippet } from 'svelte';

type Task = () => void;

const queue: Task[] = [];
let scheduled = false;
let printHooked = false;

function runOne(): void {
	const task = queue.shift();
	if (task) task();
	if (queue.length > 0) setTimeout(runOne, 0);
	else scheduled = false;
}

function runAll(): void {
	while (queue.length > 0) queue.shift()!();
}

/**
 * Runs `task` after the next frame has painted, one queued task per browser task. Returns a
 * function that takes it off the queue (for a part that goes away before its turn).
 */
export function renderLater(task: Task): () => void {
	queue.push(task);
	if (!printHooked) {
		printHooked = true;
		addEventListener('beforeprint', runAll);
	}
	if (!scheduled) {
		scheduled = true;
		// After a frame (the page painted), or after a moment where frames do not come (a tab
		// in the background), whichever comes first.
		let started = false;
		const start = () => {
			if (started) return;
			started = true;
			setTimeout(runOne, 0);
		};
		requestAnimationFrame(start);
		setTimeout(start, 200);
	}
	return () => {
		const i = queue.indexOf(task);
		if (i >= 0) queue.splice(i, 1);
	};
}

/** The props of Deferred.svelte and of its two sides. */
export interface DeferredProps {
	/** The part; given the width the prerendered part took (0 when none was shown). */
	children: Snippet<[number]>;
	/** The host: a `div` that takes no box of its own (display: contents), or a `tbody`. */
	tag?: 'div' | 'tbody';
	[attribute: `data-${string}`]: string | undefined;
}
