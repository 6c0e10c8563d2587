// DriverControl in a DOM: its typed fields show exactly what the scenario holds, say visibly when
// a growth lies beyond the slider, and refuse — with a sentence, aria-invalid and no change —
// what the model and a link would refuse.
import { fireEvent, render, screen, within } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import { controlMessages } from '$lib/i18n/controlMessages';
import { messages } from '$lib/i18n/messages';
import { emptyScenario, type DriverId, type Scenario } from '$lib/model';
import { plan } from '$lib/model/data';
import { AppState } from '$lib/state/app.svelte';
import { driverName } from '../view/targetView';
import DriverControlHarness from './DriverControlHarness.svelte';

const t = messages.en;
const GDP = driverName(plan, 'gdp', 'en');

function mount(id: DriverId, scenario: Partial<Scenario> = {}) {
	const app = new AppState();
	app.lang = 'en';
	app.scenario = { ...emptyScenario(), ...scenario };
	const { container } = render(DriverControlHarness, { props: { app, id } });
	const control = within(container.querySelector<HTMLElement>(`[data-driver="${id}"]`)!);
	return { app, control };
}

async function type(field: HTMLElement, text: string) {
	await fireEvent.input(field, { target: { value: text } });
	await fireEvent.change(field);
}

describe('DriverControl, typed growth', () => {
	it('shows a growth beyond the slider exactly, and says it lies beyond', () => {
		const { control } = mount('gdp', { growth: { gdp: 0.5 } });
		expect(control.getByLabelText(t.typedEntry(GDP))).toHaveValue('50.0');
		expect(control.getByRole('slider')).toHaveValue('30');
		const note = control.getByTestId('beyond-gdp');
		expect(note).toHaveTextContent(controlMessages.en.beyondSlider('−20.0%', '30.0%'));
		expect(control.getByRole('slider').getAttribute('aria-describedby')).toContain('beyond-gdp');
	});

	it('shows a growth inside the slider with every decimal a link carries, and no note', () => {
		const { control } = mount('gdp', { growth: { gdp: 0.071235 } });
		expect(control.getByLabelText(t.typedEntry(GDP))).toHaveValue('7.1235');
		expect(control.queryByTestId('beyond-gdp')).toBeNull();
	});

	it('refuses text that is no number with a sentence, and changes nothing', async () => {
		const { app, control } = mount('gdp', { growth: { gdp: 0.05 } });
		const field = control.getByLabelText(t.typedEntry(GDP));
		await type(field, 'abc');
		expect(control.getByRole('alert')).toHaveTextContent(t.typedEntryInvalid);
		expect(field).toHaveAttribute('aria-invalid', 'true');
		expect(app.scenario.growth).toEqual({ gdp: 0.05 });
	});

	it('applies a growth beyond the slider but inside the model’s bounds', async () => {
		const { app, control } = mount('gdp');
		await type(control.getByLabelText(t.typedEntry(GDP)), '50');
		expect(app.scenario.growth).toEqual({ gdp: 0.5 });
		expect(control.getByTestId('beyond-gdp')).toBeVisible();
	});
});

describe('DriverControl, per-year rates', () => {
	const id: DriverId = 'tech_contracts';
	const field = (control: ReturnType<typeof mount>['control']) =>
		control.getByLabelText(t.perYearLabel(driverName(plan, id, 'en'), plan.targetYear));

	it.each([
		['abc', t.typedEntryInvalid],
		['-100', t.typedEntryOutOfRange('−99.0%', '1,000.0%')],
		['1001', t.typedEntryOutOfRange('−99.0%', '1,000.0%')]
	])('refuses %j with an error and aria-invalid, and applies nothing', async (text, message) => {
		const { app, control } = mount(id);
		await type(field(control), text);
		expect(control.getByRole('alert')).toHaveTextContent(message);
		expect(field(control)).toHaveAttribute('aria-invalid', 'true');
		expect(app.scenario.yearlyGrowth).toEqual({});
	});

	it.each([
		['500', 5],
		['-99', -0.99]
	])('applies %j, which a link may carry too', async (text, rate) => {
		const { app, control } = mount(id);
		await type(field(control), text);
		expect(app.scenario.yearlyGrowth).toEqual({ [id]: { [plan.targetYear]: rate } });
		expect(control.queryByRole('alert')).toBeNull();
		expect(field(control)).not.toHaveAttribute('aria-invalid');
	});
});

describe('DriverControl, entered figures', () => {
	const id: DriverId = 'employed';

	async function enter(text: string) {
		const mounted = mount(id);
		const value = mounted.control.getByLabelText(t.enterValueValue, { exact: true });
		await fireEvent.input(value, { target: { value: text } });
		await fireEvent.click(mounted.control.getByRole('button', { name: t.enterValueAdd }));
		return { ...mounted, value };
	}

	it.each([
		['a value that rounds to 0 at a link’s four decimals', '0.000001'],
		['a value above the largest a link carries', '2e12']
	])('refuses %s, saying the accepted range', async (_, text) => {
		const { app, control, value } = await enter(text);
		expect(control.getByRole('alert')).toHaveTextContent(
			controlMessages.en.valueOutOfRange('0.0001', '1,000,000,000,000')
		);
		expect(value).toHaveAttribute('aria-invalid', 'true');
		expect(app.scenario.userValues).toEqual({});
	});

	it('refuses text that is no number', async () => {
		const { app, control } = await enter('many');
		expect(control.getByRole('alert')).toHaveTextContent(t.enterValueInvalid);
		expect(app.scenario.userValues).toEqual({});
	});

	it('uses a valid value and lists it', async () => {
		const { app, control } = await enter('1,230');
		const year = Number(Object.keys(app.scenario.userValues[id] ?? {})[0]);
		expect(app.scenario.userValues).toEqual({ [id]: { [year]: 1230 } });
		expect(control.queryByRole('alert')).toBeNull();
		expect(screen.getByRole('button', { name: t.removeValue(year) })).toBeInTheDocument();
	});
});
