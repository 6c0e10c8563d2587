// Every built-in plan in the browser: chosen on any page, named in the link (`p=`), each with its
// own title, targets, charts and derivations, in both languages; scenarios stay within one plan.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { planPickerMessages } from '../../src/lib/i18n/planPickerMessages';
import { PLAN_CATALOG } from '../../src/lib/plans/catalog';
import { PLAN_PACKS } from '../../src/lib/plans/packs';
import { toModel } from '../../src/lib/plans/toModel';
import { fullPageScreenshot, messages, open, type Lang } from './helpers';

/** Opens a page and fails on any script error while it runs. */
async function openClean(page: Page, path: string): Promise<string[]> {
	const errors: string[] = [];
	page.on('pageerror', (e) => errors.push(e.message));
	await open(page, path);
	return errors;
}

const titleOf = (id: string, lang: Lang) =>
	messages[lang].appTitle(PLAN_CATALOG.find((p) => p.id === id)!.shortTitle[lang]);

test('the picker switches plan: title, targets and link follow, and Back returns', async ({
	page
}) => {
	const errors = await openClean(page, '/#v=1&g.gdp=0.05&lang=en');
	const picker = page.getByLabel(planPickerMessages.en.label, { exact: true });
	await expect(picker).toHaveValue('beijing-2025');
	await expect(page.locator('h1')).toHaveText(titleOf('beijing-2025', 'en'));

	await picker.selectOption('china-2025');
	await expect(page).toHaveURL(/#v=3&p=china-2025&lang=en&d=/);
	await expect(page.locator('h1')).toHaveText(titleOf('china-2025', 'en'));
	const china = toModel(PLAN_PACKS.find((p) => p.id === 'china-2025')!).plan;
	for (const t of china.targets)
		await expect(page.locator(`[data-target="${t.id}"]`).first()).toBeVisible();
	// The seed plan's targets are gone; the scenario starts from the new plan's defaults.
	await expect(page.locator('[data-target="zgc_revenue"]')).toHaveCount(0);
	await expect(page.getByTestId('plan-status')).toContainText(
		planPickerMessages.en.switched(china.shortTitle.en)
	);

	await page.goBack();
	await expect(picker).toHaveValue('beijing-2025');
	await expect(page).toHaveURL(/#v=3&p=beijing-2025&g\.gdp=0\.05&lang=en/);
	await expect(page.locator('h1')).toHaveText(titleOf('beijing-2025', 'en'));
	expect(errors).toEqual([]);
});

for (const choice of PLAN_CATALOG)
	for (const lang of ['zh', 'en'] as const)
		test(`${choice.id} opens from its link in ${lang}: every target, its page, chart and derivation`, async ({
			page
		}) => {
			const errors = await openClean(page, `/#v=3&p=${choice.id}&lang=${lang}`);
			await expect(page.locator('h1')).toHaveText(titleOf(choice.id, lang));
			const model = toModel(PLAN_PACKS.find((p) => p.id === choice.id)!).plan;
			for (const t of model.targets)
				await expect(page.locator(`[data-target="${t.id}"]`).first()).toBeVisible();
			// The first numeric target's own page: its chart, the data table behind it, the derivation.
			const first = model.targets.find((t) => t.kind !== 'qualitative')!;
			await open(page, `/target/${first.id}#v=3&p=${choice.id}&lang=${lang}`);
			await expect(page.locator('h1')).toHaveText(titleOf(choice.id, lang));
			await expect(page.locator('main h2').first()).toContainText(first.name[lang]);
			await expect(page.locator('main svg').first()).toBeVisible();
			await expect(page.locator('#data-table')).toBeAttached();
			await expect(page.locator('main math').first()).toBeAttached();
			expect(errors).toEqual([]);
		});

test('a target the new plan lacks gives way to its dashboard', async ({ page }) => {
	await open(page, '/target/zgc_revenue#v=1&lang=en');
	await page.getByLabel(planPickerMessages.en.label, { exact: true }).selectOption('china-2030');
	await expect(page).toHaveURL(/\/en#v=3&p=china-2030&lang=en&d=/);
	await expect(page.locator('[data-target="rd_growth"]').first()).toBeVisible();
});

test('a link naming a plan this app lacks keeps the plan shown and says so', async ({ page }) => {
	const errors = await openClean(page, '/#v=3&p=atlantis-2025&g.gdp=0.05&lang=en');
	await expect(page.locator('main')).toBeVisible();
	await expect(page.getByText(messages.en.ignoredReason.unknown_plan)).toBeVisible();
	await expect(page.locator('h1')).toHaveText(titleOf('beijing-2025', 'en'));
	expect(errors).toEqual([]);
});

test('compare refuses a pasted scenario of another plan with a sentence', async ({ page }) => {
	await open(page, '/compare#v=3&p=china-2025&lang=en');
	await page.locator('#paste-link').fill('https://example.org/#v=3&p=shanghai-2025&g.gdp=0.05');
	await page.locator('[data-action="add-pasted"]').click();
	await expect(page.getByText(/scenario of another plan/)).toBeVisible();
});

test('the picker is keyboard-operable and the page passes axe with another plan, on a phone in zh', async ({
	page
}) => {
	await page.setViewportSize({ width: 390, height: 844 });
	await open(page, '/#v=3&p=shanghai-2025&lang=zh');
	const picker = page.getByLabel(planPickerMessages.zh.label, { exact: true });
	await picker.focus();
	await page.keyboard.press('ArrowDown');
	await expect(picker).not.toHaveValue('shanghai-2025');
	await expect(page).not.toHaveURL(/p=shanghai-2025/);
	expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
	const results = await new AxeBuilder({ page }).analyze();
	expect(
		results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)
	).toEqual([]);
});

test.describe('screenshots', () => {
	for (const [lang, width, height] of [
		['zh', 390, 844],
		['en', 1280, 900]
	] as const)
		for (const id of ['china-2025', 'shanghai-2025', 'china-2030'])
			test(`${id} dashboard in ${lang} at ${width}`, async ({ page }) => {
				await page.setViewportSize({ width, height });
				await open(page, `/#v=3&p=${id}&lang=${lang}`);
				await fullPageScreenshot(page, `tests/screenshots/plan-${id}-${lang}-${width}.png`);
			});
});

test('an ambiguous clause is read as the reader chooses, and the link keeps the reading', async ({
	page
}) => {
	await open(page, '/target/rd_intensity_vs_13th#v=3&p=china-2025&lang=en');
	const target = page.locator('[data-target-detail] dd[data-field="target"]').first();
	await expect(target).toContainText('2.41%');
	await page.getByRole('radio', { name: /Above the 2016–2020 average/ }).check();
	await expect(target).toContainText('2.20%');
	await expect(page).toHaveURL(/read\.rd_intensity_vs_13th=average_2016_2020/);
	// The link opens with that reading; the dashboard's card says which reading it uses.
	await page.reload();
	await page.locator('main[data-hydrated="true"]').waitFor();
	await expect(target).toContainText('2.20%');
	await open(page, '/#v=3&p=china-2025&read.rd_intensity_vs_13th=average_2016_2020&lang=en');
	await expect(
		page.locator('[data-target="rd_intensity_vs_13th"] [data-field="reading"]')
	).toContainText('Above the 2016–2020 average');
	await open(page, '/target/rd_growth#v=3&p=china-2025&lang=en');
	await expect(page.getByTestId('prices')).toContainText('nominal');
});
