// A plan of the reader's own, from a file: loaded with the plan bar's button or by a drop,
// validated, kept on this device, listed and labelled as theirs, downloadable and removable (with
// Undo); a link to it on a device that lacks it says which file is needed and opens once it is
// loaded. The file here is a built-in pack saved under another id, as a reader would make one.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { planPickerMessages } from '../../src/lib/i18n/planPickerMessages';
import { plansMessages } from '../../src/lib/i18n/plansMessages';
import { userPlanMessages } from '../../src/lib/i18n/userPlanMessages';
import { userPlanNotes } from '../../src/lib/i18n/userPlanNotes';
import { fullPageScreenshot, messages, open, type Lang } from './helpers';

const source = JSON.parse(readFileSync('seeds/plans/china-2030.json', 'utf8'));
/** A reader's pack: the national 2030 targets under an id and title of their own. */
const pack = {
	...source,
	id: 'my-china-2030',
	shortTitle: { zh: '我的全国 2030 年目标', en: 'My national 2030 targets' }
};
const FILE = 'my-china-2030.json';
const file = (json: unknown, name = FILE) => ({
	name,
	mimeType: 'application/json',
	buffer: Buffer.from(typeof json === 'string' ? json : JSON.stringify(json, null, '\t'))
});

const picker = (page: Page, lang: Lang) =>
	page.getByLabel(planPickerMessages[lang].label, { exact: true });

async function loadFile(page: Page, json: unknown = pack, name = FILE) {
	await page.getByTestId('plan-file-input').setInputFiles(file(json, name));
}

/** Opens a page and fails on any script error while it runs. */
async function openClean(page: Page, path: string): Promise<string[]> {
	const errors: string[] = [];
	page.on('pageerror', (e) => errors.push(e.message));
	await open(page, path);
	return errors;
}

test('a plan file is loaded, listed as the reader’s, kept across a reload, downloaded and removed with Undo', async ({
	page
}) => {
	const m = { ...userPlanMessages.en, ...userPlanNotes.en };
	const errors = await openClean(page, '/#v=3&lang=en');
	await loadFile(page);
	await expect(page.getByTestId('plan-file-status')).toContainText(
		m.loaded(pack.shortTitle.en, FILE)
	);
	await expect(picker(page, 'en')).toHaveValue('user.my-china-2030');
	await expect(page).toHaveURL(/#v=3&p=user\.my-china-2030&lang=en&d=/);
	await expect(page.locator('h1')).toHaveText(messages.en.appTitle(pack.shortTitle.en));
	await expect(page.getByTestId('user-plan-label')).toContainText(m.badge);
	await expect(page.getByTestId('user-plan-label')).toContainText(FILE);
	for (const t of pack.targets as { id: string }[])
		await expect(page.locator(`[data-target="${t.id}"]`).first()).toBeVisible();
	const option = page.locator('#plan-picker optgroup option');
	await expect(option).toHaveText(`${pack.shortTitle.en}${m.mark}`);
	await expect(page.locator('#plan-picker optgroup')).toHaveAttribute('label', m.group);

	// Kept on this device: a reload (the address names it) shows it again, label and all.
	await page.reload();
	await page.locator('main[data-hydrated="true"]').waitFor();
	await expect(picker(page, 'en')).toHaveValue('user.my-china-2030');
	await expect(page.getByTestId('user-plan-label')).toBeVisible();
	// Its target pages open from the dashboard, with chart and derivation.
	await page.locator('[data-target="rd_growth"] a').first().click();
	await expect(page).toHaveURL(/\/target\/rd_growth#v=3&p=user\.my-china-2030/);
	await expect(page.locator('main svg').first()).toBeVisible();
	await expect(page.locator('main math').first()).toBeAttached();
	await expect(page.getByTestId('user-plan-label')).toBeVisible();

	// Downloaded, it is the file that was loaded.
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page
			.locator('summary', { hasText: m.files })
			.click()
			.then(() => page.getByRole('button', { name: m.download }).click())
	]);
	expect(download.suggestedFilename()).toBe(FILE);
	expect(JSON.parse(readFileSync(await download.path(), 'utf8'))).toEqual(pack);

	// Removed: the default plan is shown; Undo brings the plan back, on this device too.
	if (!(await page.getByRole('button', { name: m.remove }).isVisible()))
		await page.locator('summary', { hasText: m.files }).click();
	await page.getByRole('button', { name: m.remove }).click();
	await expect(page.getByTestId('plan-file-status')).toContainText(m.removed(pack.shortTitle.en));
	await expect(picker(page, 'en')).toHaveValue('beijing-2025');
	// The target page it was on belongs to no plan shown now: the dashboard is shown instead.
	await expect(page).toHaveURL(/\/en#v=3&p=beijing-2025/);
	await expect(page.locator('#plan-picker optgroup')).toHaveCount(0);
	await expect(page.getByTestId('user-plan-label')).toHaveCount(0);
	await page.getByTestId('plan-file-status').getByRole('button', { name: m.undo }).click();
	await expect(picker(page, 'en')).toHaveValue('user.my-china-2030');
	await expect(page.getByTestId('plan-file-status')).toContainText(m.undone);
	expect(await page.evaluate(() => localStorage.getItem('bj-targets:user-plans') ?? '')).toContain(
		'"my-china-2030"'
	);
	expect(errors).toEqual([]);
});

test('a target no built-in plan has opens from its own address, reloaded or shared', async ({
	page
}) => {
	// The reader's pack names its target anew: no page file was built for it.
	const renamed = {
		...pack,
		id: 'renamed-targets',
		targets: pack.targets.map((t: { id: string }) =>
			t.id === 'rd_growth' ? { ...t, id: 'my_rd_growth' } : t
		)
	};
	const errors = await openClean(page, '/#v=3&lang=en');
	await loadFile(page, renamed, 'renamed-targets.json');
	await page.locator('[data-target="my_rd_growth"] a').first().click();
	await expect(page).toHaveURL(/\/target\/my_rd_growth#v=3&p=user\.renamed-targets/);
	await page.reload();
	await page.locator('main[data-hydrated="true"]').waitFor();
	await expect(page.locator('main h2').first()).toContainText(pack.targets[0].name.en);
	await expect(page.locator('main svg').first()).toBeVisible();
	await expect(page.getByTestId('user-plan-label')).toBeVisible();
	expect(errors).toEqual([]);
});

test('the plans page lists a reader’s plan apart, marked as theirs', async ({ page }) => {
	await open(page, '/#v=3&lang=en');
	await loadFile(page);
	await page.getByRole('link', { name: messages.en.navPlans }).click();
	const table = page.getByTestId('plans-user-overview');
	await expect(table).toContainText(plansMessages.en.userCaption);
	await expect(page.getByText(plansMessages.en.userIntro)).toBeVisible();
	await expect(table.locator('[data-plan="user.my-china-2030"]')).toContainText(
		plansMessages.en.userFile(FILE)
	);
	// The built-in overview is as it was.
	await expect(page.getByTestId('plans-overview').locator('tbody tr')).toHaveCount(4);
});

test('the plan files menu opens from the keyboard and closes with Escape or a click elsewhere', async ({
	page
}) => {
	const m = userPlanMessages.en;
	await open(page, '/#v=3&lang=en');
	const summary = page.locator('summary', { hasText: m.files });
	await summary.focus();
	await page.keyboard.press('Enter');
	await expect(page.getByRole('button', { name: m.load })).toBeVisible();
	await page.keyboard.press('Escape');
	await expect(page.getByRole('button', { name: m.load })).toBeHidden();
	await expect(summary).toBeFocused();
	await summary.click();
	await expect(page.getByRole('button', { name: m.download })).toBeVisible();
	await page.locator('main h2').first().click();
	await expect(page.getByRole('button', { name: m.download })).toBeHidden();
});

test('a file that is not a plan is refused with what is wrong, and nothing changes', async ({
	page
}) => {
	const m = { ...userPlanMessages.zh, ...userPlanNotes.zh };
	await open(page, '/#v=3&lang=zh&g.gdp=0.05');
	const before = page.url();
	const broken = { ...pack, targets: [{ ...pack.targets[0], formula: 'R / nowhere' }] };
	await loadFile(page, broken, 'broken.json');
	const status = page.getByTestId('plan-file-status');
	await expect(status).toContainText('broken.json 不是有效的规划包：字段 targets[0].formula 有误');
	await loadFile(page, '{"id": "x",', 'half.json');
	await expect(status).toContainText('half.json 不是 JSON 文件');
	await loadFile(page, { format: 'bj-targets-data-update', version: 1, entries: [] }, 'u.json');
	await expect(status).toContainText(
		m.problem({ kind: 'other_file', file: 'u.json', format: 'bj-targets-data-update' })
	);
	await expect(picker(page, 'zh')).toHaveValue('beijing-2025');
	await expect(page.locator('#plan-picker optgroup')).toHaveCount(0);
	expect(page.url()).toBe(before);
	expect(await page.evaluate(() => localStorage.getItem('bj-targets:user-plans'))).toBeNull();
});

test('a plan file dropped on the page is loaded', async ({ page }) => {
	await open(page, '/#v=3&lang=en');
	const text = JSON.stringify(pack);
	await page.evaluate(
		({ text, name }) => {
			const data = new DataTransfer();
			data.items.add(new File([text], name, { type: 'application/json' }));
			document.body.dispatchEvent(new DragEvent('dragover', { dataTransfer: data, bubbles: true }));
			document.body.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true }));
		},
		{ text, name: FILE }
	);
	await expect(picker(page, 'en')).toHaveValue('user.my-china-2030');
	await expect(page.getByTestId('user-plan-label')).toBeVisible();
});

test('a link to a plan this device lacks says which file it needs, and opens once it is loaded', async ({
	page
}) => {
	const m = { ...userPlanMessages.en, ...userPlanNotes.en };
	const link = '/#v=3&p=user.my-china-2030&g.gdp=0.05&lang=en';
	const errors = await openClean(page, link);
	const notice = page.getByTestId('missing-plan');
	await expect(notice).toContainText(m.missingTitle('my-china-2030'));
	await expect(notice).toContainText(FILE);
	// Nothing of the link is applied to another plan, and the address still holds it.
	await expect(picker(page, 'en')).toHaveValue('beijing-2025');
	await expect(page).toHaveURL(/p=user\.my-china-2030&g\.gdp=0\.05/);
	expect(
		(await new AxeBuilder({ page }).include('[data-testid="missing-plan"]').analyze()).violations
	).toEqual([]);

	await notice.locator('input[type="file"]').setInputFiles(file(pack));
	await expect(notice).toHaveCount(0);
	await expect(picker(page, 'en')).toHaveValue('user.my-china-2030');
	await expect(page).toHaveURL(/#v=3&p=user\.my-china-2030&g\.gdp=0\.05&lang=en/);
	expect(errors).toEqual([]);
});

test.describe('screenshots', () => {
	for (const [lang, width, height] of [
		['zh', 390, 844],
		['en', 1280, 900]
	] as const) {
		test(`a reader's plan in ${lang} at ${width}`, async ({ page }) => {
			await page.setViewportSize({ width, height });
			await open(page, `/#v=3&lang=${lang}`);
			await loadFile(page);
			await expect(page.getByTestId('user-plan-label')).toBeVisible();
			expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
				width
			);
			await fullPageScreenshot(page, `tests/screenshots/user-plan-${lang}-${width}.png`);
		});
		test(`a link whose plan file is missing, in ${lang} at ${width}`, async ({ page }) => {
			await page.setViewportSize({ width, height });
			await open(page, `/#v=3&p=user.my-china-2030&lang=${lang}`);
			await expect(page.getByTestId('missing-plan')).toBeVisible();
			await fullPageScreenshot(page, `tests/screenshots/user-plan-missing-${lang}-${width}.png`);
		});
	}
});
