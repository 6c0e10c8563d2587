// Inert assumptions, probabilities and presets in the browser: with the latest data GDP for 2025
// is published, so its control says its growth changes nothing and "What changed" stays empty
// after moving it; its button sets the as-of that makes it count. The target page shows the
// card's probability; a range's two sliders carry visible end labels; a preset says what it does.
import { expect, test } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { targetView } from '../../src/lib/view/targetView';
import { DEFAULT_UNCERTAINTY } from '../../src/lib/model';
import { encodeLink } from '../../src/lib/scenario/link';
import { presetSummary } from '../../src/lib/view/presetView';
import { emptyScenario } from '../../src/lib/model/types';
import { expectedEvaluation, messages, observations, open, plan } from './helpers';

const t = messages.en;
test.use({ locale: 'en-US' });

test('with the latest data the GDP control says its growth changes nothing, and What changed stays empty', async ({
	page
}) => {
	await open(page);
	const control = page.locator('[data-driver="gdp"]');
	const note = control.getByTestId('inert-gdp');
	await expect(note).toContainText('All years to 2025 are published');
	await expect(note).toContainText('this growth changes nothing');
	const slider = control.locator('#slider-gdp');
	const before = await control.getByTestId('rate-gdp').innerText();
	await slider.focus();
	for (let i = 0; i < 10; i++) await slider.press('ArrowRight');
	await expect(control.getByTestId('rate-gdp')).not.toHaveText(before);
	await expect(page.getByTestId('changes')).toHaveCount(0);
	await expect(page.locator('#changes-title')).toBeVisible();
	// The offered as-of makes the growth count: the note goes and the change is listed.
	await note.getByRole('button', { name: 'See it as the plan saw it (2022)' }).click();
	await expect(page.getByTestId('as-of')).toHaveText('2022');
	await expect(control.getByTestId('inert-gdp')).toHaveCount(0);
	await expect(page.getByTestId('toolbar-as-of')).toHaveText('Data as of 2022 (not the latest)');
	await slider.focus();
	await slider.press('ArrowRight');
	await expect(page.getByTestId('changes')).toContainText('GDP');
});

test('the target page shows the probability the card shows, labelled as cumulative', async ({
	page
}) => {
	const scenario = { uncertainty: { ...DEFAULT_UNCERTAINTY, model: 'persistent' as const } };
	const full = { ...emptyScenario(), ...scenario };
	const evaluation = expectedEvaluation(scenario);
	const result = evaluation.targets.find((r) => r.id === 'basic_research_share')!;
	const view = targetView(result, evaluation, plan, t, 'en');
	expect(view.probabilityText).not.toBe('');
	await open(
		page,
		`/#${encodeLink({ scenario: full, lang: 'en', view: null, dataVersion: observations.vintage })}`
	);
	const card = page.locator('[data-target="basic_research_share"]');
	await expect(card.locator('[data-field="probability"]')).toHaveText(view.probabilityText);
	await open(
		page,
		`/target/basic_research_share#${encodeLink({ scenario: full, lang: 'en', view: null, dataVersion: observations.vintage })}`
	);
	const detail = page.locator('[data-target-detail="basic_research_share"]');
	await expect(detail.locator('[data-field="probability"]')).toHaveText(view.probabilityText);
	await expect(detail.locator('[data-field="probability-within"]')).toHaveText(
		view.withinToleranceText
	);
	expect(view.withinToleranceText).toMatch(/^met or within tolerance: /);
});

test('a range’s two sliders have visible labels for their ends', async ({ page }) => {
	await open(page);
	await page.getByTestId('range-toggle-tech_contracts').check();
	const low = page.getByTestId('range-low-slider-tech_contracts');
	const high = page.getByTestId('range-high-slider-tech_contracts');
	await expect(page.locator('label', { has: low })).toContainText(t.rangeLowEnd);
	await expect(page.locator('label', { has: high })).toContainText(t.rangeHighEnd);
	await expect(page.getByTestId('changes')).toHaveCount(0);
	mkdirSync('tests/screenshots', { recursive: true });
	await page
		.locator('[data-driver="gdp"]')
		.screenshot({ path: 'tests/screenshots/inert-gdp-en.png' });
	await page
		.locator('[data-driver="tech_contracts"]')
		.screenshot({ path: 'tests/screenshots/range-ends-en.png' });
});

test('a preset says what it does, and the data-as-of stays in view', async ({ page }) => {
	await open(page);
	await expect(page.getByTestId('toolbar-as-of')).toHaveText('Data as of 2025 (the latest)');
	await page.locator('[data-preset="plan_view"]').click();
	await expect(page.getByTestId('preset-summary')).toHaveText(
		presetSummary('plan_view', plan, observations, emptyScenario(), 'en')
	);
	await expect(page.getByTestId('preset-summary')).toContainText('data as of 2022 (was 2025)');
	const planView = { ...emptyScenario(), asOf: 2022 };
	await page.locator('[data-preset="strong"]').click();
	const strong = presetSummary('strong', plan, observations, planView, 'en');
	expect(strong).toContain('basic-research spending +');
	await expect(page.getByTestId('preset-summary')).toHaveText(strong);
	// Trend goes back to the latest data, and says so.
	await page.locator('[data-preset="trend"]').click();
	await expect(page.getByTestId('as-of')).toHaveText('2025');
	await expect(page.getByTestId('preset-summary')).toContainText('data as of 2025 (was 2022)');
	await page.screenshot({
		path: 'tests/screenshots/preset-summary-en.png',
		clip: { x: 0, y: 0, width: 1280, height: 400 }
	});
});
