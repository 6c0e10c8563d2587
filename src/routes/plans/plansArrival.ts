// /plans on arrival: its own part of the address (plansAddress.ts) is read and taken out before the
// layout's first navigation callback reads the rest as the scenario link; and a block named by a
// link or a contents entry is scrolled to and focused. Browser only.
import { readPlansFragment, type PlansFragment } from './plansAddress';

/**
 * Reads the block the address names and removes the /plans part from it. Runs in the page's
 * onMount, before the router has started, so SvelteKit's replaceState cannot be used yet; the
 * history entry's own state is kept.
 */
export function takePlansFragment(anchors: readonly string[]): PlansFragment {
	const read = readPlansFragment(location.hash, anchors);
	if (read.anchor !== null || read.unknown !== null) {
		const hash = read.rest === '' ? '' : `#${read.rest}`;
		history.replaceState(history.state, '', `${location.pathname}${location.search}${hash}`);
	}
	return read;
}

/** Scrolls to the block with this id and moves focus to it (its heading has tabindex -1). */
export function focusBlock(id: string): void {
	const block = document.getElementById(id);
	if (!block) return;
	block.scrollIntoView({ block: 'start' });
	block.focus({ preventScroll: true });
}
