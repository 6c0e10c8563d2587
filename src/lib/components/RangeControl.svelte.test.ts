import { cleanup, fireEvent, render, screen } from '@testing-library/svelte';
import { afterEach, describe, expect, test } from 'vitest';
import { formatRate } from '$lib/i18n/format';
import { messages } from '$lib/i18n/messages';
import type { DriverId, Lang } from '$lib/model';
import { growthSlider, PARAMETERS, resolveBounds } from '$lib/model/parameters';
import { percentText } from '$lib/view/bounds';
import { AppState, appStateContext } from '$lib/state/app.svelte';
import RangeControl from './RangeControl.svelte';

const id: DriverId = 'tech_contracts';
const name = 'Technology contracts';
const param = growthSlider(id);
/** What a typed end may be: the growth's hard bounds, wider than the slider's. */
const hard = resolveBounds(PARAMETERS.growth.hard, 0);

function mount(lang: Lang = 'en') {
	const app = new AppState();
	app.lang = lang;
	render(RangeControl, { props: { id, name }, context: appStateContext(app) });
	const t = messages[lang];
	return {
		app,
		toggle: () => screen.getByRole('checkbox', { name: t.rangeToggle }),
		low: () => screen.getByRole<HTMLInputElement>('textbox', { name: t.rangeLow(name) }),
		high: () => screen.getByRole<HTMLInputElement>('textbox', { name: t.rangeHigh(name) }),
		lowSlider: () => screen.getByRole<HTMLInputElement>('slider', { name: t.rangeLowSlider(name) }),
		highSlider: () =>
			screen.getByRole<HTMLInputElement>('slider', { name: t.rangeHighSlider(name) }),
		range: () => app.scenario.growthRange[id]
	};
}

async function type(field: HTMLInputElement, text: string) {
	await fireEvent.input(field, { target: { value: text } });
	await fireEvent.keyDown(field, { key: 'Enter' });
}

async function slide(slider: HTMLInputElement, percent: number, release = true) {
	await fireEvent.input(slider, { target: { value: String(percent) } });
	if (release) await fireEvent.change(slider);
}

afterEach(cleanup);

describe('RangeControl', () => {
	test('starts as a labelled toggle, off, with no ends shown', () => {
		const c = mount();
		expect(c.toggle()).not.toBeChecked();
		expect(c.toggle()).toBeEnabled();
		expect(screen.queryByRole('textbox')).toBeNull();
		expect(screen.queryByRole('slider')).toBeNull();
	});

	test('turned on, it shows the driver’s default range in labelled fields and sliders', async () => {
		const c = mount();
		const inUse = c.app.evaluation.drivers[id].range!;
		await fireEvent.click(c.toggle());
		expect(c.toggle()).toBeChecked();
		expect(c.range()).toEqual({ low: inUse.low, high: inUse.high });
		// The typed fields show the ends exactly, as a link carries them.
		expect(c.low()).toHaveValue(percentText(inUse.low));
		expect(c.high()).toHaveValue(percentText(inUse.high));
		expect(c.lowSlider()).toHaveAttribute('aria-valuetext', formatRate(inUse.low, 'en'));
		expect(c.highSlider()).toHaveAttribute('aria-valuetext', formatRate(inUse.high, 'en'));
		for (const slider of [c.lowSlider(), c.highSlider()]) {
			expect(slider).toHaveAttribute('min', String(param.min * 100));
			expect(slider).toHaveAttribute('max', String(param.max * 100));
		}
		// Each field says where its help or its error is.
		expect(c.low()).toHaveAccessibleDescription(messages.en.rangeHelp);
	});

	test('typed ends are applied on Enter as one step of history', async () => {
		const c = mount();
		await fireEvent.click(c.toggle());
		await type(c.low(), '2');
		await type(c.high(), '8.5 %');
		expect(c.range()).toEqual({ low: 0.02, high: 0.085 });
		expect(c.low()).toHaveValue('2.0');
		expect(c.high()).toHaveValue('8.5');
		c.app.undo();
		expect(c.range()?.low).toBe(0.02);
		expect(c.range()?.high).not.toBe(0.085);
	});

	test('a reversed or out-of-range entry is refused with a sentence and the range kept', async () => {
		const c = mount();
		await fireEvent.click(c.toggle());
		const before = c.range();
		await type(c.low(), '20');
		expect(screen.getByRole('alert')).toHaveTextContent(messages.en.rangeReversed);
		expect(c.low()).toHaveAttribute('aria-invalid', 'true');
		expect(c.low()).toHaveAccessibleDescription(messages.en.rangeReversed);
		// A typed end may pass the slider's ends, not the growth's hard bounds (−99 %…+1000 %).
		await type(c.high(), String(hard.max * 100 + 1));
		expect(screen.getByRole('alert')).toHaveTextContent(
			messages.en.typedEntryOutOfRange(formatRate(hard.min, 'en'), formatRate(hard.max, 'en'))
		);
		await type(c.high(), 'fast');
		expect(screen.getByRole('alert')).toHaveTextContent(messages.en.typedEntryInvalid);
		await type(c.low(), String(hard.min * 100 - 1));
		expect(screen.getByRole('alert')).toHaveTextContent(
			messages.en.typedEntryOutOfRange(formatRate(hard.min, 'en'), formatRate(hard.max, 'en'))
		);
		expect(c.range()).toBe(before);
	});

	test('the sliders reach both ends of the driver’s bounds, and no further', async () => {
		const c = mount();
		await fireEvent.click(c.toggle());
		await slide(c.lowSlider(), param.min * 100);
		await slide(c.highSlider(), param.max * 100);
		expect(c.range()).toEqual({ low: param.min, high: param.max });
		expect(c.low()).toHaveValue((param.min * 100).toFixed(1));
		expect(c.high()).toHaveValue((param.max * 100).toFixed(1));
		expect(c.lowSlider()).toHaveAttribute('aria-valuetext', formatRate(param.min, 'en'));
		expect(c.highSlider()).toHaveAttribute('aria-valuetext', formatRate(param.max, 'en'));
		// The browser keeps a range input inside its bounds.
		await slide(c.lowSlider(), -99);
		await slide(c.highSlider(), 99);
		expect(c.range()).toEqual({ low: param.min, high: param.max });
	});

	test('a slider previews while dragged and commits on release', async () => {
		const c = mount();
		await fireEvent.click(c.toggle());
		const committed = c.app.revision;
		await slide(c.highSlider(), 20, false);
		expect(c.range()?.high).toBe(0.2);
		expect(c.app.isCommitted).toBe(false);
		await fireEvent.change(c.highSlider());
		expect(c.app.isCommitted).toBe(true);
		expect(c.app.revision).toBe(committed + 1);
	});

	test('a low end dragged above the high end is refused', async () => {
		const c = mount();
		await fireEvent.click(c.toggle());
		const before = c.range();
		await slide(c.lowSlider(), 25);
		expect(screen.getByRole('alert')).toHaveTextContent(messages.en.rangeReversed);
		expect(c.range()).toBe(before);
	});

	test('after a refused entry, moving that end’s slider shows the slider’s value', async () => {
		const c = mount();
		await fireEvent.click(c.toggle());
		await type(c.low(), 'fast');
		await slide(c.lowSlider(), 1);
		expect(c.range()?.low).toBe(0.01);
		expect(screen.queryByRole('alert')).toBeNull();
		expect(c.low()).toHaveValue('1.0');
	});

	test('turned off, the range’s centre stays as the point growth', async () => {
		const c = mount();
		await fireEvent.click(c.toggle());
		await type(c.low(), '2');
		await type(c.high(), '8');
		await fireEvent.click(c.toggle());
		expect(c.range()).toBeUndefined();
		// √(1.02 × 1.08) − 1 = 4.959 %, at the slider's step.
		expect(c.app.scenario.growth[id]).toBe(0.05);
		expect(screen.queryByRole('textbox')).toBeNull();
	});

	test('speaks Chinese in Chinese', async () => {
		const c = mount('zh');
		await fireEvent.click(c.toggle());
		expect(c.low()).toBeInTheDocument();
		expect(c.lowSlider()).toHaveAttribute(
			'aria-valuetext',
			formatRate(c.app.evaluation.drivers[id].range!.low, 'zh')
		);
		expect(screen.getByText(messages.zh.rangeHelp)).toBeInTheDocument();
	});
});

describe('RangeControl’s two sliders', () => {
	test('carry visible labels for their ends, in the reader’s language', async () => {
		for (const lang of ['en', 'zh'] as const) {
			const c = mount(lang);
			await fireEvent.click(c.toggle());
			const t = messages[lang];
			expect(c.lowSlider().closest('label')).toHaveTextContent(t.rangeLowEnd);
			expect(c.highSlider().closest('label')).toHaveTextContent(t.rangeHighEnd);
			cleanup();
		}
	});
});
