// How likely is each target, in the browser: turning a model on shows each card's probability,
// a range on one driver moves that card's probability to the model's number, the detail page
// draws the fan, and the tornado marks an assumption that flips the verdict (found in Node).
import { expect, test } from '@playwright/test';
import { driverName, targetView } from '../../src/lib/view/targetView';
import { chartMessages } from '../../src/lib/i18n/chartMessages';
import { DEFAULT_UNCERTAINTY, emptyScenario, type Scenario } from '../../src/lib/model';
import { encodeLink } from '../../src/lib/scenario/link';
import {
	expectedEvaluation,
	messages,
	observations,
	open,
	plan,
	fullPageScreenshot
} from './helpers';

const t = messages.en;
test.use({ locale: 'en-US' });

function probabilityText(scenario: Partial<Scenario>) {
	const evaluation = expectedEvaluation(scenario);
	const result = evaluation.targets.find((r) => r.id === 'tech_contracts')!;
	return targetView(result, evaluation, plan, t, 'en').probabilityText;
}

test('a model and a range on tech_contracts change its probability and draw the fan', async ({
	page
}) => {
	await open(page);
	const card = page.locator('[data-target="tech_contracts"]');
	await expect(card.locator('[data-field="probability"]')).toHaveCount(0);

	await page.getByTestId('uncertainty-persistent').check();
	const on = { uncertainty: { ...DEFAULT_UNCERTAINTY, model: 'persistent' as const } };
	await expect(card.locator('[data-field="probability"]')).toHaveText(probabilityText(on));
	await expect(card.locator('[data-field="method"]')).toHaveText(t.methodAnalytic);
	await expect(page.getByTestId('expected-met')).toBeVisible();

	const range = { low: -0.1, high: 0.05 };
	await page.getByTestId('range-toggle-tech_contracts').check();
	await page.getByTestId('range-low-tech_contracts').fill('-10');
	await page.getByTestId('range-high-tech_contracts').fill('5');
	await page.getByTestId('range-high-tech_contracts').press('Enter');
	const ranged = { ...on, growthRange: { tech_contracts: range } };
	expect(probabilityText(ranged)).not.toBe(probabilityText(on));
	await expect(card.locator('[data-field="probability"]')).toHaveText(probabilityText(ranged));

	// A reversed range is refused with a sentence; the previous range stays.
	await page.getByTestId('range-low-tech_contracts').fill('8');
	await page.getByTestId('range-low-tech_contracts').press('Enter');
	await expect(page.getByRole('alert')).toHaveText(t.rangeReversed);
	await expect(card.locator('[data-field="probability"]')).toHaveText(probabilityText(ranged));
	await expect(page.getByTestId('changes')).toContainText(
		t.changeRange(driverName(plan, 'tech_contracts', 'en'))
	);
	await expect(page.getByTestId('changes')).toContainText(t.changeUncertainty);

	await card.getByRole('link').click();
	await expect(page).toHaveURL(/\/target\/tech_contracts/);
	await page.locator('main[data-hydrated="true"]').waitFor();
	const fan = page.getByTestId('fan');
	await expect(fan.locator('path[data-fan="90"]')).toHaveAttribute('d', /^M.+Z$/);
	await expect(fan.locator('path[data-fan="50"]')).toHaveAttribute('d', /^M.+Z$/);
	await expect(page.locator('[data-legend="fan90"]')).toBeVisible();
	await expect(page.getByTestId('tornado')).toBeVisible();
});

test('the tornado marks an assumption that flips the verdict', async ({ page }) => {
	// A growth just above the required one: −1 pp falls short, so the verdict flips.
	const base = expectedEvaluation().targets.find((r) => r.id === 'tech_contracts')!;
	let growth: number | null = null;
	for (let k = 1; k <= 20 && growth === null; k++) {
		const g = Math.ceil(base.requiredGrowth! * 1000) / 1000 + k * 0.001;
		const r = expectedEvaluation({ growth: { tech_contracts: g } }).targets.find(
			(x) => x.id === 'tech_contracts'
		)!;
		if (r.sensitivity[0]?.flipsVerdict) growth = g;
	}
	expect(growth).not.toBeNull();

	await page.setViewportSize({ width: 1280, height: 900 });
	await open(page, '/target/tech_contracts');
	const row = page.locator('[data-tornado-row="tech_contracts"]');
	await expect(row).toHaveAttribute('data-flips', 'false');
	const typed = page.locator('[data-driver="tech_contracts"] input.typed');
	await typed.fill((growth! * 100).toFixed(1));
	await typed.press('Enter');
	await expect(row).toHaveAttribute('data-flips', 'true');
	const m = chartMessages.en.tornado;
	await expect(page.getByTestId('flips-tech_contracts')).toContainText(m.flips);
	await expect(
		page.getByTestId('tornado-table').locator('[data-driver-row="tech_contracts"]')
	).toContainText(m.flipsYes);

	// The same scenario with a model on, from a link: the fan and the probability column too.
	const scenario = {
		...emptyScenario(),
		growth: { tech_contracts: growth! },
		uncertainty: { ...DEFAULT_UNCERTAINTY, model: 'persistent' as const }
	};
	const link = encodeLink({ scenario, lang: 'en', view: null, dataVersion: observations.vintage });
	await page.goto('about:blank');
	await open(page, `/target/tech_contracts#${link}`);
	await expect(page.getByTestId('fan').locator('path[data-fan="90"]')).toHaveCount(1);
	await expect(row).toHaveAttribute('data-flips', 'true');
	await expect(page.getByTestId('tornado-table')).toContainText(m.probabilityUp);
	await fullPageScreenshot(page, 'tests/screenshots/uncertainty-fan-tornado-en.png');
});
