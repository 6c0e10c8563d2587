// The simulator in the browser: every way of changing an assumption (slider by mouse and by
// keyboard, typed entry, presets, "set to required", entered figures, undo / redo / reset) moves
// exactly the cards the model says it moves, to exactly the numbers the model computes.
import { expect, test, type Page } from '@playwright/test';
import { driverControlView } from '../../src/lib/view/driverControl';
import { driverName, targetView } from '../../src/lib/view/targetView';
import { controlMessages } from '../../src/lib/i18n/controlMessages';
import { formatRate } from '../../src/lib/i18n/format';
import type { DriverId, Scenario, TargetId } from '../../src/lib/model';
import { growthSlider, PARAMETERS, snapRate } from '../../src/lib/model/parameters';
import { PRESET_IDS, presetScenario } from '../../src/lib/scenario/presets';
import { emptyScenario } from '../../src/lib/model';
import {
	expectedEvaluation,
	messages,
	observations,
	open,
	plan,
	type Lang,
	fullPageScreenshot
} from './helpers';

const t = messages.en;
test.use({ locale: 'en-US' });

type Growth = Partial<Record<DriverId, number>>;

/** Every card shows the projection, margin, required and assumed growth and verdict of the model. */
async function expectCards(page: Page, scenario: Partial<Scenario>, lang: Lang = 'en') {
	const evaluation = expectedEvaluation(scenario);
	for (const result of evaluation.targets) {
		const view = targetView(result, evaluation, plan, messages[lang], lang);
		const card = page.locator(`[data-target="${result.id}"]`);
		await expect(card, `${result.id} verdict`).toHaveAttribute('data-verdict', result.verdict);
		await expect(card.locator('[data-field="projected"]')).toHaveText(view.projectedText);
		await expect(card.locator('[data-field="assumed"]')).toHaveText(view.assumedText);
		if (result.kind !== 'qualitative') {
			await expect(card.locator('[data-field="margin"]')).toHaveText(view.marginText);
			// The pace note's own spacing is checked once, in its own test below.
			const required = card.locator('[data-field="required"]');
			await expect(required).toHaveText(
				view.paceText
					? new RegExp(`^${escapeRegExp(view.requiredText)} ?· ${escapeRegExp(view.paceText)}$`)
					: view.requiredText
			);
		}
	}
}

function escapeRegExp(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * What each card shows right now (verdict and text), by target id. textContent, not innerText:
 * cards off screen skip rendering (content-visibility), and innerText reads what is rendered.
 */
async function cardSnapshot(page: Page): Promise<Record<string, string>> {
	return page
		.locator('[data-target]')
		.evaluateAll((cards) =>
			Object.fromEntries(
				cards.map((c) => [
					c.getAttribute('data-target'),
					`${c.getAttribute('data-verdict')}|${c.textContent}`
				])
			)
		);
}

function changedCards(before: Record<string, string>, after: Record<string, string>): string[] {
	return Object.keys(after)
		.filter((id) => before[id] !== after[id])
		.sort();
}

/** The targets whose card text the model says differs between two scenarios. */
function modelChangedTargets(from: Partial<Scenario>, to: Partial<Scenario>): string[] {
	const a = expectedEvaluation(from);
	const b = expectedEvaluation(to);
	return b.targets
		.filter((r) => {
			const old = a.targets.find((o) => o.id === r.id)!;
			const before = targetView(old, a, plan, t, 'en');
			const after = targetView(r, b, plan, t, 'en');
			return old.verdict !== r.verdict || JSON.stringify(before) !== JSON.stringify(after);
		})
		.map((r) => r.id)
		.sort();
}

/** The growth the app stores for a slider position (the slider shows percent). */
async function sliderRate(page: Page, id: DriverId): Promise<number> {
	const value = await page.locator(`#slider-${id}`).inputValue();
	return snapRate(Number(value) / 100, growthSlider(id));
}

function typedField(page: Page, id: DriverId) {
	return page.locator(`[data-driver="${id}"]`).getByLabel(t.typedEntry(driverName(plan, id, 'en')));
}

async function typeGrowth(page: Page, id: DriverId, text: string) {
	const field = typedField(page, id);
	await field.fill(text);
	await field.press('Enter');
}

async function setAsOf(page: Page, asOf: number) {
	await page.getByTestId('as-of-select').selectOption(String(asOf));
	await expect(page.getByTestId('as-of')).toHaveText(String(asOf));
}

const defaultGrowth = (id: DriverId, scenario: Partial<Scenario> = {}) =>
	expectedEvaluation(scenario).drivers[id].growth;

// At the latest data GDP, digital value added and unicorns are published for 2025 itself, so
// their growth moves nothing; an earlier as-of year leaves years to project. R&D personnel
// only matters once employment has a growth (it has no published one to start from).
const driverCases: {
	driver: DriverId;
	asOf?: number;
	typed?: Growth;
	changes: TargetId[];
}[] = [
	{ driver: 'gdp', asOf: 2023, changes: ['rd_intensity'] },
	{ driver: 'rd_spend', changes: ['basic_research_share', 'rd_intensity'] },
	{ driver: 'basic_spend', changes: ['basic_research_share'] },
	{ driver: 'rd_personnel', typed: { employed: 0 }, changes: ['rd_personnel_density'] },
	{ driver: 'employed', changes: ['rd_personnel_density'] },
	{ driver: 'hightech_va', changes: ['hightech_va'] },
	{ driver: 'digital_va', asOf: 2024, changes: ['digital_economy_growth'] },
	{ driver: 'tech_contracts', changes: ['tech_contracts'] },
	{ driver: 'zgc_revenue', changes: ['zgc_revenue'] },
	{ driver: 'unicorns', asOf: 2024, changes: ['unicorns'] }
];

test.describe('moving a slider', () => {
	for (const c of driverCases) {
		const base = (): Partial<Scenario> => ({ asOf: c.asOf ?? null, growth: { ...c.typed } });

		async function prepare(page: Page) {
			await open(page);
			if (c.asOf) await setAsOf(page, c.asOf);
			for (const [id, rate] of Object.entries(c.typed ?? {}))
				await typeGrowth(page, id as DriverId, String(rate * 100));
			await expectCards(page, base());
			return cardSnapshot(page);
		}

		/** The page shows the model's result for the slider's position, and only `changes` moved. */
		async function expectMoved(page: Page, before: Record<string, string>) {
			const rate = await sliderRate(page, c.driver);
			const scenario = { ...base(), growth: { ...c.typed, [c.driver]: rate } };
			await expect(page.getByTestId(`rate-${c.driver}`)).toHaveText(formatRate(rate, 'en'));
			await expectCards(page, scenario);
			expect(modelChangedTargets(base(), scenario)).toEqual(c.changes);
			expect(changedCards(before, await cardSnapshot(page))).toEqual(c.changes);
		}

		test(`${c.driver} with the mouse changes only ${c.changes.join(' and ')}`, async ({ page }) => {
			const before = await prepare(page);
			const slider = page.locator(`#slider-${c.driver}`);
			await slider.scrollIntoViewIfNeeded();
			const box = (await slider.boundingBox())!;
			// A click on the track jumps the thumb there.
			await slider.click({ position: { x: box.width * 0.2, y: box.height / 2 } });
			await expectMoved(page, before);
			// A drag from the thumb to 85 % of the track.
			const p = growthSlider(c.driver);
			const fraction = ((await sliderRate(page, c.driver)) - p.min) / (p.max - p.min);
			// A note may appear above the slider after the click (an inert growth): read it again,
			// with the slider in view (the note may have pushed it down).
			await slider.scrollIntoViewIfNeeded();
			const at = (await slider.boundingBox())!;
			const y = at.y + at.height / 2;
			await page.mouse.move(at.x + 8 + fraction * (at.width - 16), y);
			await page.mouse.down();
			await page.mouse.move(at.x + at.width * 0.85, y, { steps: 8 });
			await page.mouse.up();
			expect(await sliderRate(page, c.driver)).toBeGreaterThan(p.min + 0.75 * (p.max - p.min));
			await expectMoved(page, before);
		});

		test(`${c.driver} with the keyboard changes only ${c.changes.join(' and ')}`, async ({
			page
		}) => {
			const before = await prepare(page);
			const slider = page.locator(`#slider-${c.driver}`);
			await slider.focus();
			const start = Number(await slider.inputValue());
			await page.keyboard.press('ArrowRight');
			await expect(slider).toHaveValue((start + 0.1).toFixed(1).replace(/\.0$/, ''));
			await expectMoved(page, before);
			// Never back onto the starting value, so every step moves the same cards.
			for (const key of ['PageUp', 'ArrowLeft', 'Home']) {
				await page.keyboard.press(key);
				await expectMoved(page, before);
			}
			expect(await sliderRate(page, c.driver)).toBe(growthSlider(c.driver).min);
		});
	}

	test('at the latest data GDP is published for 2025, so its slider moves no card', async ({
		page
	}) => {
		await open(page);
		const before = await cardSnapshot(page);
		await page.locator('#slider-gdp').focus();
		await page.keyboard.press('Home');
		await expect(page.getByTestId('rate-gdp')).toHaveText(formatRate(-0.2, 'en'));
		await expectCards(page, { growth: { gdp: -0.2 } });
		expect(changedCards(before, await cardSnapshot(page))).toEqual([]);
	});

	test('Home on technology contracts turns its verdict to not met', async ({ page }) => {
		await open(page);
		const card = page.locator('[data-target="tech_contracts"]');
		await expect(card).toHaveAttribute('data-verdict', 'met');
		await page.locator('#slider-tech_contracts').focus();
		await page.keyboard.press('Home');
		await expect(card).toHaveAttribute('data-verdict', 'not_met');
		await expect(card.locator('[data-verdict]').last()).toContainText(t.verdict.not_met);
	});
});

test('a middle dot joining two phrases has a space on each side', async ({ page }) => {
	await open(page);
	const evaluation = expectedEvaluation();
	const result = evaluation.targets.find((r) => r.id === 'basic_research_share')!;
	const view = targetView(result, evaluation, plan, t, 'en');
	expect(view.paceText).not.toBe('');
	await expect(
		page.locator('[data-target="basic_research_share"] [data-field="required"]')
	).toHaveText(`${view.requiredText} · ${view.paceText}`);
	const control = driverControlView(
		'tech_contracts',
		evaluation,
		emptyScenario(),
		plan,
		observations,
		t,
		'en'
	);
	await expect(page.locator('#mark-tech_contracts')).toHaveText(
		`${control.markText} · ${control.baseText}`
	);
});

test.describe('typed entry', () => {
	const id: DriverId = 'tech_contracts';
	const accepted: [string, number][] = [
		['7.5', 0.075],
		['7.5%', 0.075],
		['７.５％', 0.075],
		['-3', -0.03],
		['−3 %', -0.03]
	];
	for (const [text, rate] of accepted) {
		test(`accepts "${text}" as ${formatRate(rate, 'en')}`, async ({ page }) => {
			await open(page);
			await typeGrowth(page, id, text);
			await expect(page.getByTestId(`rate-${id}`)).toHaveText(formatRate(rate, 'en'));
			await expect(page.locator(`#slider-${id}`)).toHaveValue(String(rate * 100));
			await expectCards(page, { growth: { [id]: rate } });
			await expect(page.locator(`[data-driver="${id}"] [role="alert"]`)).toHaveCount(0);
			await expect(typedField(page, id)).not.toHaveAttribute('aria-invalid', 'true');
		});
	}

	// Typed growth is refused only outside the hard bounds the model and links accept.
	const hard = PARAMETERS.growth.hard;
	const rejected: [string, string][] = [
		['abc', t.typedEntryInvalid],
		['7,5', t.typedEntryInvalid],
		['1e2', t.typedEntryInvalid],
		['1001', t.typedEntryOutOfRange(formatRate(hard.min, 'en'), formatRate(hard.max, 'en'))]
	];
	for (const [text, message] of rejected) {
		test(`rejects "${text}" with a message beside the field and keeps the previous value`, async ({
			page
		}) => {
			await open(page);
			await typeGrowth(page, id, '7.5');
			await expect(page.getByTestId(`rate-${id}`)).toHaveText('7.5%');
			const before = await cardSnapshot(page);
			await typeGrowth(page, id, text);
			const alert = page.locator(`[data-driver="${id}"]`).getByRole('alert');
			await expect(alert).toHaveText(message);
			const field = typedField(page, id);
			await expect(field).toHaveAttribute('aria-invalid', 'true');
			await expect(field).toHaveAttribute('aria-describedby', (await alert.getAttribute('id'))!);
			await expect(page.getByTestId(`rate-${id}`)).toHaveText('7.5%');
			await expectCards(page, { growth: { [id]: 0.075 } });
			expect(await cardSnapshot(page)).toEqual(before);
			// Escape drops the refused text and the message.
			await field.press('Escape');
			await expect(alert).toHaveCount(0);
			await expect(field).toHaveValue('7.5');
		});
	}
});

test.describe('undo, redo and reset', () => {
	const id: DriverId = 'tech_contracts';
	const rateText = (page: Page) => page.getByTestId(`rate-${id}`);
	const undo = (page: Page) => page.getByRole('button', { name: t.undo });
	const redo = (page: Page) => page.getByRole('button', { name: t.redo });
	const trend = defaultGrowth(id)!;

	test('the buttons step back and forth over whole changes', async ({ page }) => {
		await open(page);
		await expect(undo(page)).toBeDisabled();
		await expect(redo(page)).toBeDisabled();
		await page.locator(`#slider-${id}`).focus();
		await page.keyboard.press('ArrowRight');
		const first = await sliderRate(page, id);
		await typeGrowth(page, id, '7.5');
		await expect(rateText(page)).toHaveText('7.5%');

		await undo(page).click();
		await expect(rateText(page)).toHaveText(formatRate(first, 'en'));
		await expectCards(page, { growth: { [id]: first } });
		await expect(redo(page)).toBeEnabled();
		await undo(page).click();
		await expect(rateText(page)).toHaveText(formatRate(trend, 'en'));
		await expectCards(page, {});
		await expect(undo(page)).toBeDisabled();
		await redo(page).click();
		await redo(page).click();
		await expect(rateText(page)).toHaveText('7.5%');
		await expectCards(page, { growth: { [id]: 0.075 } });
		await expect(redo(page)).toBeDisabled();
	});

	test('a whole drag is one step of history', async ({ page }) => {
		await open(page);
		const slider = page.locator(`#slider-${id}`);
		await slider.scrollIntoViewIfNeeded();
		const box = (await slider.boundingBox())!;
		const y = box.y + box.height / 2;
		await page.mouse.move(box.x + box.width * 0.3, y);
		await page.mouse.down();
		await page.mouse.move(box.x + box.width * 0.6, y, { steps: 10 });
		await page.mouse.move(box.x + box.width * 0.9, y, { steps: 10 });
		await page.mouse.up();
		await expect(rateText(page)).not.toHaveText(formatRate(trend, 'en'));
		await undo(page).click();
		await expect(rateText(page)).toHaveText(formatRate(trend, 'en'));
		await expect(undo(page)).toBeDisabled();
		await expect(page.getByTestId('changes')).toHaveCount(0);
	});

	test('Control+Z and Control+Shift+Z undo and redo outside text fields only', async ({ page }) => {
		await open(page);
		await typeGrowth(page, id, '7.5');
		await typeGrowth(page, id, '12');
		await expect(rateText(page)).toHaveText('12.0%');
		// In the text field the browser's own undo applies; the scenario stays.
		await typedField(page, id).press('Control+z');
		await expect(rateText(page)).toHaveText('12.0%');

		await page.getByRole('heading', { name: t.dashboard(plan.targetYear) }).click();
		await page.keyboard.press('Control+z');
		await expect(rateText(page)).toHaveText('7.5%');
		await expectCards(page, { growth: { [id]: 0.075 } });
		await page.keyboard.press('Control+z');
		await expect(rateText(page)).toHaveText(formatRate(trend, 'en'));
		await page.keyboard.press('Control+Shift+z');
		await expect(rateText(page)).toHaveText('7.5%');
		// On a focused slider (not a text field) the shortcut applies too.
		await page.locator(`#slider-${id}`).focus();
		await page.keyboard.press('Control+Shift+Z');
		await expect(rateText(page)).toHaveText('12.0%');
		await expectCards(page, { growth: { [id]: 0.12 } });
	});

	test('Reset in one control clears only that driver; Reset all clears everything', async ({
		page
	}) => {
		await open(page);
		await typeGrowth(page, id, '7.5');
		await typeGrowth(page, 'rd_spend', '5');
		await expectCards(page, { growth: { [id]: 0.075, rd_spend: 0.05 } });
		const reset = page.locator(`[data-driver="${id}"]`).getByRole('button', {
			name: `${t.reset} ${driverName(plan, id, 'en')}`,
			exact: true
		});
		await reset.click();
		await expect(rateText(page)).toHaveText(formatRate(trend, 'en'));
		await expect(reset).toBeDisabled();
		await expect(page.getByTestId('rate-rd_spend')).toHaveText('5.0%');
		await expectCards(page, { growth: { rd_spend: 0.05 } });

		await page.getByRole('button', { name: t.resetAll, exact: true }).click();
		await expect(page.getByTestId('rate-rd_spend')).toHaveText(
			formatRate(defaultGrowth('rd_spend'), 'en')
		);
		await expectCards(page, {});
		await expect(page.getByTestId('changes')).toHaveCount(0);
		await expect(page.getByText(t.noChanges)).toBeVisible();
		// Reset all is itself one step: undo brings the R&D assumption back.
		await page.getByRole('button', { name: t.undo }).click();
		await expect(page.getByTestId('rate-rd_spend')).toHaveText('5.0%');
	});

	test('"What changed" lists each departure from the defaults as old → new', async ({ page }) => {
		await open(page);
		await expect(page.getByText(t.noChanges)).toBeVisible();
		await typeGrowth(page, id, '7.5');
		await typeGrowth(page, 'rd_spend', '5');
		await setAsOf(page, 2024);
		const line = (driver: DriverId, from: number | null, to: number) =>
			`${t.changeGrowth(driverName(plan, driver, 'en'))}: ${from === null ? t.noneValue : formatRate(from, 'en')} → ${formatRate(to, 'en')}`;
		await expect(page.getByTestId('changes').getByRole('listitem')).toHaveText([
			`${t.changeAsOf}: ${expectedEvaluation().asOf} → 2024`,
			line('rd_spend', defaultGrowth('rd_spend', { asOf: 2024 }), 0.05),
			line(id, defaultGrowth(id, { asOf: 2024 }), 0.075)
		]);
		await expect(page.getByTestId('changes').locator('strong')).toHaveText([
			'2024',
			'5.0%',
			'7.5%'
		]);
	});
});

test.describe('presets', () => {
	for (const id of PRESET_IDS) {
		test(`${id} shows what the model computes for the preset`, async ({ page }) => {
			await open(page);
			await page.locator(`[data-preset="${id}"]`).click();
			const scenario = presetScenario(id, plan, observations, emptyScenario());
			await expectCards(page, scenario);
			await expect(page.getByTestId('as-of')).toHaveText(String(expectedEvaluation(scenario).asOf));
		});
	}

	for (const asOf of [null, 2023]) {
		test(`after just_meets (as of ${asOf ?? 'latest'}) every numeric target is met unless it needs an assumption`, async ({
			page
		}) => {
			await open(page);
			if (asOf) await setAsOf(page, asOf);
			await page.locator('[data-preset="strong"]').click();
			await page.locator('[data-preset="just_meets"]').click();
			await expectCards(
				page,
				presetScenario('just_meets', plan, observations, { ...emptyScenario(), asOf })
			);
			for (const spec of plan.targets.filter((s) => s.kind !== 'qualitative'))
				expect(
					await page.locator(`[data-target="${spec.id}"]`).getAttribute('data-verdict'),
					spec.id
				).toMatch(/^(met|needs_assumption)$/);
		});
	}

	test('plan_view sets the data as of 2022', async ({ page }) => {
		await open(page);
		await page.locator('[data-preset="plan_view"]').click();
		await expect(page.getByTestId('as-of')).toHaveText('2022');
		await expect(page.getByTestId('as-of-select')).toHaveValue('2022');
		await page.locator('[data-preset="trend"]').click();
		// Trend is every default, the latest data included, and says that it changed the as-of.
		await expect(page.getByTestId('as-of')).toHaveText('2025');
		await expect(page.getByTestId('preset-summary')).toContainText('(was 2022)');
	});
});

test.describe('"Set to required"', () => {
	const ids = plan.targets
		.filter((s) => s.kind === 'level' || s.kind === 'ratio')
		.filter(
			(s) => expectedEvaluation().targets.find((r) => r.id === s.id)!.requiredGrowth !== null
		);
	for (const spec of ids) {
		test(`on ${spec.id} makes a missed target met`, async ({ page }) => {
			await open(page);
			const card = page.locator(`[data-target="${spec.id}"]`);
			await page.locator(`#slider-${spec.numerator}`).focus();
			await page.keyboard.press('Home');
			const low: Growth = { [spec.numerator]: growthSlider(spec.numerator).min };
			await expect(card).toHaveAttribute('data-verdict', 'not_met');
			const required = expectedEvaluation({ growth: low }).targets.find(
				(r) => r.id === spec.id
			)!.requiredGrowth!;
			await card.locator('[data-action="set-required"]').click();
			await expect(card).toHaveAttribute('data-verdict', 'met');
			const set = Math.ceil(required * 1e6) / 1e6;
			await expect(page.getByTestId(`rate-${spec.numerator}`)).toHaveText(formatRate(set, 'en'));
			await expectCards(page, { growth: { [spec.numerator]: set } });
		});
	}
});

test.describe('entering a missing figure for employed persons', () => {
	const density = (page: Page) => page.locator('[data-target="rd_personnel_density"]');

	async function enterEmployed(page: Page, year: number, value: string) {
		const control = page.locator('[data-driver="employed"]');
		await control.getByText(t.perYear).click();
		await control.getByLabel(t.enterValueYear).selectOption(String(year));
		await control.getByLabel(t.enterValueValue, { exact: true }).fill(value);
		await control.getByRole('button', { name: t.enterValueAdd }).click();
		await expect(control.getByRole('listitem').filter({ hasText: `${year}:` })).toBeVisible();
	}

	test('a value for 2025 gives R&D personnel density a numeric verdict by itself', async ({
		page
	}) => {
		await open(page);
		await expect(density(page)).toHaveAttribute('data-verdict', 'needs_assumption');
		await enterEmployed(page, 2025, '1,230');
		await expect(density(page)).not.toHaveAttribute('data-verdict', 'needs_assumption');
		await expectCards(page, { userValues: { employed: { 2025: 1230 } } });
	});

	test('a value for an earlier year needs a growth too', async ({ page }) => {
		await open(page);
		await enterEmployed(page, 2023, '1200');
		const userValues = { employed: { 2023: 1200 } };
		await expectCards(page, { userValues });
		await typeGrowth(page, 'employed', '0.5');
		await expect(density(page)).not.toHaveAttribute('data-verdict', 'needs_assumption');
		await expectCards(page, { userValues, growth: { employed: 0.005 } });
	});

	test('a value that is not a positive number is refused with a message', async ({ page }) => {
		await open(page);
		const control = page.locator('[data-driver="employed"]');
		await control.getByText(t.perYear).click();
		await control.getByLabel(t.enterValueValue, { exact: true }).fill('-5');
		await control.getByRole('button', { name: t.enterValueAdd }).click();
		// A number outside the table's bounds gets the bounds a link accepts.
		await expect(control.getByRole('alert')).toHaveText(
			controlMessages.en.valueOutOfRange('0.0001', '1,000,000,000,000')
		);
		await control.getByLabel(t.enterValueValue, { exact: true }).fill('many');
		await control.getByRole('button', { name: t.enterValueAdd }).click();
		await expect(control.getByRole('alert')).toHaveText(t.enterValueInvalid);
		await expect(density(page)).toHaveAttribute('data-verdict', 'needs_assumption');
	});
});

test.describe('on a phone (360 × 740)', () => {
	test.use({ viewport: { width: 360, height: 740 } });

	test('cards stack in one column, nothing scrolls sideways, controls are at least 44 px tall', async ({
		page
	}) => {
		await open(page);
		const boxes = await page
			.locator('[data-target]')
			.evaluateAll((cards) => cards.map((c) => c.getBoundingClientRect().toJSON() as DOMRect));
		expect(boxes).toHaveLength(8);
		boxes.reduce((above, box) => {
			expect(Math.abs(box.x - above.x)).toBeLessThan(1);
			expect(box.y).toBeGreaterThanOrEqual(above.y + above.height);
			return box;
		});
		expect(await page.evaluate(() => document.scrollingElement!.scrollWidth)).toBeLessThanOrEqual(
			360
		);
		const small = await page.locator('button, input[type="range"]').evaluateAll((els) =>
			els
				.filter((el) => el.checkVisibility())
				.map((el) => ({
					what: `${el.tagName} ${el.id || el.getAttribute('aria-label') || el.textContent}`,
					height: el.getBoundingClientRect().height
				}))
				// A control of zero height (in the closed assumptions sheet) cannot be tapped at all.
				.filter((el) => el.height > 0 && el.height < 44)
		);
		expect(small).toEqual([]);
	});
});

test.describe('screenshots', () => {
	for (const lang of ['en', 'zh'] as const) {
		for (const [device, width, height] of [
			['desktop', 1280, 800],
			['phone', 390, 844]
		] as const) {
			test(`dashboard in ${lang} on a ${device}`, async ({ browser }) => {
				const context = await browser.newContext({
					locale: lang === 'zh' ? 'zh-CN' : 'en-US',
					viewport: { width, height }
				});
				const page = await context.newPage();
				await open(page);
				await expect(page.locator('html')).toHaveAttribute('lang', lang === 'zh' ? 'zh-CN' : 'en');
				await fullPageScreenshot(page, `tests/screenshots/dashboard-${lang}-${device}.png`);
				await context.close();
			});
		}
	}
});
