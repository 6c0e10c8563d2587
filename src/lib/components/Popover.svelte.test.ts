import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import { createRawSnippet } from 'svelte';
import { afterEach, describe, expect, test, vi } from 'vitest';
import Popover from './Popover.svelte';

const children = createRawSnippet(() => ({
	render: () =>
		'<div><button type="button" data-autofocus>Copy link</button><input aria-label="Link" /></div>'
}));

/** A popover between two other buttons, as in the toolbar. */
function mount() {
	const before = document.createElement('button');
	before.textContent = 'Before';
	document.body.append(before);
	const onclose = vi.fn();
	const target = document.body.appendChild(document.createElement('div'));
	render(Popover, {
		target,
		props: {
			label: 'Share',
			title: 'Share this scenario',
			closeLabel: 'Close',
			testid: 'share',
			onclose,
			children
		}
	});
	const after = document.createElement('button');
	after.textContent = 'After';
	document.body.append(after);
	return {
		onclose,
		before,
		after,
		trigger: () => screen.getByRole('button', { name: 'Share' }),
		panel: () => screen.queryByRole('region', { name: 'Share this scenario' }),
		first: () => screen.getByRole('button', { name: 'Copy link' })
	};
}

async function open(c: ReturnType<typeof mount>) {
	await fireEvent.click(c.trigger());
	await waitFor(() => expect(c.first()).toHaveFocus());
}

/** What Tab visits, in order: no element here sets a positive tabindex, so it is DOM order. */
function tabOrder(): HTMLElement[] {
	const all = [
		...document.querySelectorAll<HTMLElement>(
			'button, input, select, textarea, a[href], [tabindex]'
		)
	];
	expect(all.filter((el) => el.tabIndex > 0)).toEqual([]);
	return all.filter((el) => !el.hasAttribute('disabled') && el.tabIndex >= 0);
}

afterEach(() => {
	cleanup();
	document.body.replaceChildren();
});

describe('Popover', () => {
	test('closed, it is one button that says it controls a closed panel', () => {
		const c = mount();
		expect(c.trigger()).toHaveAttribute('aria-expanded', 'false');
		expect(c.panel()).toBeNull();
	});

	test('opening shows the titled panel and moves focus into it', async () => {
		const c = mount();
		await open(c);
		expect(c.trigger()).toHaveAttribute('aria-expanded', 'true');
		expect(c.panel()).toBeInTheDocument();
		expect(c.trigger()).toHaveAttribute('aria-controls', c.panel()!.id);
		expect(c.panel()).toContainElement(document.activeElement as HTMLElement);
	});

	test('Escape closes it and returns focus to the button', async () => {
		const c = mount();
		await open(c);
		await fireEvent.keyDown(c.first(), { key: 'Escape' });
		expect(c.panel()).toBeNull();
		expect(c.trigger()).toHaveFocus();
		expect(c.trigger()).toHaveAttribute('aria-expanded', 'false');
		expect(c.onclose).toHaveBeenCalledTimes(1);
	});

	test('the close button closes it and returns focus to the button', async () => {
		const c = mount();
		await open(c);
		await fireEvent.click(screen.getByRole('button', { name: 'Close' }));
		expect(c.panel()).toBeNull();
		expect(c.trigger()).toHaveFocus();
	});

	test('Tab goes from the button into the panel and on to what follows it', async () => {
		const c = mount();
		await open(c);
		const order = tabOrder();
		const at = order.indexOf(c.trigger());
		expect(order.slice(at - 1)).toEqual([
			c.before,
			c.trigger(),
			screen.getByRole('button', { name: 'Close' }),
			c.first(),
			screen.getByRole('textbox', { name: 'Link' }),
			c.after
		]);
	});

	test('once focus has left it, Escape closes it without taking focus back', async () => {
		const c = mount();
		await open(c);
		c.after.focus();
		await fireEvent.keyDown(c.after, { key: 'Escape' });
		expect(c.panel()).toBeNull();
		expect(c.after).toHaveFocus();
	});

	test('a press outside closes it; a press inside does not', async () => {
		const c = mount();
		await open(c);
		await fireEvent.pointerDown(c.first());
		expect(c.panel()).toBeInTheDocument();
		await fireEvent.pointerDown(c.before);
		expect(c.panel()).toBeNull();
		expect(c.onclose).toHaveBeenCalledTimes(1);
	});

	test('the button toggles it', async () => {
		const c = mount();
		await open(c);
		await fireEvent.click(c.trigger());
		expect(c.panel()).toBeNull();
		expect(c.onclose).toHaveBeenCalledTimes(1);
	});
});
