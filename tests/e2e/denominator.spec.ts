// The employment denominator of the R&D-personnel target (emp=): a link chooses it, the page
// shows the choice and the low grade, switching back restores the published-employment numbers,
// and a bad value is listed in the ignored-parts notice.
import { expect, test, type Page } from '@playwright/test';
import { denominatorMessages } from '../../src/lib/i18n/denominatorMessages';
import { formatValue } from '../../src/lib/i18n/format';
import { LINK_VERSION } from '../../src/lib/scenario/link';
import { expectedEvaluation, open, type Lang } from './helpers';

const PATH = '/target/rd_personnel_density';
const density = (scenario: Parameters<typeof expectedEvaluation>[0]) =>
	expectedEvaluation(scenario).targets.find((t) => t.id === 'rd_personnel_density')!.projected;

async function pageLang(page: Page): Promise<Lang> {
	return (await page.locator('html').getAttribute('lang'))?.startsWith('en') ? 'en' : 'zh';
}

test('a link choosing the census denominator shows it selected and the verdict graded low', async ({
	page
}) => {
	await open(page, `${PATH}#v=${LINK_VERSION}&emp=census_2023`);
	const lang = await pageLang(page);
	const group = page.getByRole('group', { name: denominatorMessages[lang].label });
	await expect(group).toBeVisible();
	await expect(group.locator('input[value="census_2023"]')).toBeChecked();
	await expect(group.locator('input[value="default"]')).not.toBeChecked();
	await expect(group.locator('[data-option="census_2023"]')).toContainText(
		denominatorMessages[lang].lowConfidence
	);
	await expect(page.locator('[data-field="confidence"]').first()).toHaveAttribute(
		'data-grade',
		'low'
	);
	await expect(
		page.getByTestId('notice').and(page.locator('[data-kind="link_ignored"]'))
	).toHaveCount(0);
});

test('switching the denominator moves the projected density, and back again', async ({ page }) => {
	await open(page, `${PATH}#v=${LINK_VERSION}&g.employed=0.01&emp=census_2023&lang=en`);
	const projected = page.locator('[data-field="projected"]');
	const text = (scenario: Parameters<typeof expectedEvaluation>[0]) =>
		formatValue(density({ growth: { employed: 0.01 }, ...scenario }), '人年/万人', 'en');
	const census = text({ employmentDenominator: 'census_2023' });
	const published = text({});
	expect(census).not.toBe(published);
	await expect(projected).toHaveText(census);

	const group = page.getByRole('group', { name: denominatorMessages.en.label });
	// Keyboard: the radio group is reached and changed with the arrow keys.
	await group.locator('input[value="census_2023"]').focus();
	await page.keyboard.press('ArrowDown');
	await expect(group.locator('input[value="implied_2018"]')).toBeChecked();
	await expect(projected).toHaveText(text({ employmentDenominator: 'implied_2018' }));
	await expect(page).toHaveURL(/emp=implied_2018/);

	await group.locator('input[value="default"]').check();
	await expect(projected).toHaveText(published);
	await expect(page).not.toHaveURL(/emp=/);
	await expect(page.locator('[data-field="confidence"]').first()).not.toHaveAttribute(
		'data-grade',
		'high'
	);
});

test('an unknown denominator is listed in the ignored-parts notice', async ({ page }) => {
	await open(page, `${PATH}#v=${LINK_VERSION}&emp=bogus`);
	const notice = page.getByTestId('notice');
	await expect(notice).toBeVisible();
	await expect(notice).toHaveAttribute('data-kind', 'link_ignored');
	await expect(notice).toContainText('emp=bogus');
	const group = page.locator('[data-testid="employment-denominator"]');
	await expect(group.locator('input[value="default"]')).toBeChecked();
});
