import { describe, expect, it } from 'vitest';
import {
	dueForCheck,
	isSkipWaiting,
	MIN_CHECK_GAP_MS,
	SKIP_WAITING,
	updateOffer,
	type UpdateFacts
} from './updateOffer';

const facts = (over: Partial<UpdateFacts> = {}): UpdateFacts => ({
	controlledAtStart: true,
	waiting: false,
	controllerChanged: false,
	dismissed: null,
	...over
});

describe('updateOffer', () => {
	it('offers nothing while no newer version waits', () => {
		expect(updateOffer(facts())).toBe('none');
	});

	it('offers a waiting version to a page the older worker served', () => {
		expect(updateOffer(facts({ waiting: true }))).toBe('ready');
	});

	it('offers nothing to a page loaded from the network (first visit, forced reload)', () => {
		expect(updateOffer(facts({ controlledAtStart: false, waiting: true }))).toBe('none');
		expect(updateOffer(facts({ controlledAtStart: false, controllerChanged: true }))).toBe('none');
	});

	it('offers a reload once another tab has switched to the newer version', () => {
		expect(updateOffer(facts({ controllerChanged: true }))).toBe('active');
		expect(updateOffer(facts({ controllerChanged: true, waiting: true }))).toBe('active');
	});

	it('puts aside the offer dismissed, but not a later, different one', () => {
		expect(updateOffer(facts({ waiting: true, dismissed: 'ready' }))).toBe('none');
		expect(updateOffer(facts({ controllerChanged: true, dismissed: 'ready' }))).toBe('active');
		expect(updateOffer(facts({ controllerChanged: true, dismissed: 'active' }))).toBe('none');
	});
});

describe('dueForCheck', () => {
	it('checks a page in view that has not checked yet', () => {
		expect(dueForCheck(1000, null, true)).toBe(true);
	});

	it('never checks a hidden page', () => {
		expect(dueForCheck(1000, null, false)).toBe(false);
	});

	it('waits MIN_CHECK_GAP_MS between two checks', () => {
		expect(dueForCheck(5000 + MIN_CHECK_GAP_MS - 1, 5000, true)).toBe(false);
		expect(dueForCheck(5000 + MIN_CHECK_GAP_MS, 5000, true)).toBe(true);
	});
});

describe('isSkipWaiting', () => {
	it('recognises only the page’s request to take over', () => {
		expect(isSkipWaiting({ type: SKIP_WAITING })).toBe(true);
		expect(isSkipWaiting({ type: 'OTHER' })).toBe(false);
		expect(isSkipWaiting(SKIP_WAITING)).toBe(false);
		expect(isSkipWaiting(null)).toBe(false);
	});
});
