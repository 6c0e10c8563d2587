// What a link says is what the controls show: a value inside the parameter table's hard bounds but
// beyond a control's usual range is shown exactly (typed field, list) with a visible note beside
// the slider, and the model's numbers agree; a value outside the hard bounds is refused with the
// usual notice.
import { expect, test, type Page } from '@playwright/test';
import { driverName, targetView } from '../../src/lib/view/targetView';
import { controlMessages } from '../../src/lib/i18n/controlMessages';
import { formatRate } from '../../src/lib/i18n/format';
import { DRIVER_IDS, type Scenario } from '../../src/lib/model';
import { expectedEvaluation, messages, open, plan } from './helpers';

const t = messages.en;
const beyond = controlMessages.en.beyondSlider;
test.use({ locale: 'en-US' });

/** Every card and every driver's rate shows what the model gives for `scenario`. */
async function expectModel(page: Page, scenario: Partial<Scenario>) {
	const evaluation = expectedEvaluation(scenario);
	for (const result of evaluation.targets) {
		const card = page.locator(`[data-target="${result.id}"]`);
		const view = targetView(result, evaluation, plan, t, 'en');
		await expect(card).toHaveAttribute('data-verdict', result.verdict);
		await expect(card.locator('[data-field="projected"]')).toHaveText(view.projectedText);
	}
	for (const id of DRIVER_IDS)
		await expect(page.getByTestId(`rate-${id}`)).toHaveText(
			formatRate(evaluation.drivers[id].growth, 'en')
		);
}

test('#v=1&tol=0.3: the typed tolerance shows 30 %, the slider says it lies beyond its range', async ({
	page
}) => {
	await open(page, '/#v=1&tol=0.3');
	await expect(page.getByTestId('notice')).toHaveCount(0);
	await expect(page.getByTestId('tolerance-typed')).toHaveValue('30.0');
	await expect(page.getByTestId('tolerance')).toHaveValue('20');
	await expect(page.getByTestId('tolerance-beyond')).toBeVisible();
	await expect(page.getByTestId('tolerance-beyond')).toHaveText(beyond('0.0%', '20.0%'));
	await expect(page.getByTestId('tolerance')).toHaveAttribute(
		'aria-describedby',
		'tolerance-beyond'
	);
	await expectModel(page, { tolerance: 0.3 });
});

test('#v=1&gw=12: the growth-window list shows 12 years and the default growths use them', async ({
	page
}) => {
	await open(page, '/#v=1&gw=12');
	await expect(page.getByTestId('notice')).toHaveCount(0);
	await expect(page.getByTestId('growth-window')).toHaveValue('12');
	await expectModel(page, { growthWindowYears: 12 });
});

test('#v=1&g.gdp=0.5: the typed growth shows 50 %, the slider says it lies beyond its range', async ({
	page
}) => {
	await open(page, '/#v=1&g.gdp=0.5');
	await expect(page.getByTestId('notice')).toHaveCount(0);
	const control = page.locator('[data-driver="gdp"]');
	await expect(control.getByLabel(t.typedEntry(driverName(plan, 'gdp', 'en')))).toHaveValue('50.0');
	await expect(page.locator('#slider-gdp')).toHaveValue('30');
	await expect(page.getByTestId('beyond-gdp')).toBeVisible();
	await expect(page.getByTestId('beyond-gdp')).toHaveText(beyond('−20.0%', '30.0%'));
	await expect(page.locator('#slider-gdp')).toHaveAttribute(
		'aria-valuetext',
		new RegExp(beyond('−20.0%', '30.0%').replace(/[().]/g, '\\$&'))
	);
	await expectModel(page, { growth: { gdp: 0.5 } });
});

test('#v=1&tol=0.9: a tolerance outside the hard bounds is listed as ignored, the default used', async ({
	page
}) => {
	await open(page, '/#v=1&tol=0.9');
	const notice = page.getByTestId('notice');
	await expect(notice).toHaveAttribute('data-kind', 'link_ignored');
	await expect(notice.getByRole('listitem')).toHaveText(
		`tol=0.9 — ${t.ignoredReason.out_of_range}`
	);
	await expect(page.getByTestId('tolerance-typed')).toHaveValue(
		String(plan.defaults.tolerance * 100) + '.0'
	);
	await expect(page.getByTestId('tolerance-beyond')).toHaveCount(0);
	await expectModel(page, {});
});
