// The address bar, history, undo and storage agree: after Back, undo steps back from what is
// shown and the next visit restores it; a link's language is for that visit only; an address
// typed without settings, settings after `?` and a saved scenario with bad parts are each read
// or reported, never dropped in silence.
import { expect, test, type Page } from '@playwright/test';
import { formatRate } from '../../src/lib/i18n/format';
import type { DriverId } from '../../src/lib/model';
import { messages, observations, open, plan } from './helpers';

const t = messages.en;
const id: DriverId = 'tech_contracts';
const rate = (page: Page) => page.getByTestId(`rate-${id}`);
const notice = (page: Page) => page.getByTestId('notice');
test.use({ locale: 'en-US' });

test('after Back, undo steps back from the scenario shown, and the next visit restores it', async ({
	page,
	context
}) => {
	await open(page);
	const rates = [await rate(page).textContent()];
	const slider = page.locator(`#slider-${id}`);
	for (let step = 0; step < 3; step++) {
		await slider.focus();
		await page.keyboard.press('ArrowRight');
		await expect(rate(page)).not.toHaveText(rates.at(-1)!);
		// Presses further apart than a run (RUN_MS, 1 s, in app.svelte.ts) are separate steps.
		await page.waitForTimeout(1200);
		rates.push(await rate(page).textContent());
	}

	await page.goBack();
	await page.goBack();
	await expect(rate(page)).toHaveText(rates[1]!);
	await page.getByRole('heading', { name: t.dashboard(plan.targetYear) }).click();
	await page.keyboard.press('Control+z');
	await expect(rate(page)).toHaveText(rates[0]!);
	await page.keyboard.press('Control+Shift+z');
	await expect(rate(page)).toHaveText(rates[1]!);

	// The scenario saved on this device is the one shown, not the last one committed.
	const again = await context.newPage();
	await open(again, '/');
	await expect(rate(again)).toHaveText(rates[1]!);
});

test('Back to an earlier scenario is what a new visit restores', async ({ page, context }) => {
	await open(page);
	const start = await rate(page).textContent();
	await page.locator(`#slider-${id}`).focus();
	await page.keyboard.press('PageUp');
	await expect(rate(page)).not.toHaveText(start!);
	await page.goBack();
	await expect(rate(page)).toHaveText(start!);

	const again = await context.newPage();
	await open(again, '/');
	await expect(rate(again)).toHaveText(start!);
	await expect(notice(again)).toHaveCount(0);
});

test.describe('a link’s language', () => {
	test.use({ locale: 'zh-CN' });

	test('applies to that visit only; the reader’s own switch is remembered', async ({
		page,
		context
	}) => {
		await open(page, `/#v=1&lang=en&d=${observations.vintage}`);
		await expect(page.locator('html')).toHaveAttribute('lang', 'en');
		expect(await page.evaluate(() => localStorage.getItem('bj-targets:lang'))).toBeNull();

		const later = await context.newPage();
		await open(later, '/');
		await expect(later.locator('html')).toHaveAttribute('lang', 'zh-CN');

		await later.getByRole('link', { name: messages.zh.switchLang.trim() }).click();
		await expect(later.locator('html')).toHaveAttribute('lang', 'en');
		expect(await later.evaluate(() => localStorage.getItem('bj-targets:lang'))).toBe('en');
	});
});

test('an address typed without settings is reported, and the page keeps its scenario', async ({
	page
}) => {
	await open(page);
	await page.locator(`#slider-${id}`).focus();
	await page.keyboard.press('PageUp');
	const shown = await rate(page).textContent();
	await expect(page).toHaveURL(/g\.tech_contracts=/);
	const link = page.url();

	// What typing `#tech_contracts` into the address bar and pressing Enter does.
	await page.goto(new URL('#tech_contracts', link).href);
	await expect(notice(page)).toHaveAttribute('data-kind', 'address');
	await expect(notice(page)).toContainText(t.noticeAddress.no_settings);
	await expect(notice(page).locator('code')).toHaveText('tech_contracts');
	await expect(rate(page)).toHaveText(shown!);
	await expect(page).toHaveURL(link);
});

test('settings after “?” are read, moved after “#”, and said so', async ({ page }) => {
	await open(page, `/?v=1&g.${id}=0.05`);
	await expect(rate(page)).toHaveText(formatRate(0.05, 'en'));
	await expect(notice(page)).toHaveAttribute('data-kind', 'address');
	await expect(notice(page)).toContainText(t.noticeAddress.query_read);
	await expect(page).toHaveURL(/\/en#v=3&p=beijing-2025&g\.tech_contracts=0\.05&/);
	expect(new URL(page.url()).search).toBe('');
});

test('a saved scenario with parts this version cannot use lists them when it comes back', async ({
	page,
	context
}) => {
	await open(page);
	await page.evaluate(
		(vintage) =>
			localStorage.setItem(
				'bj-targets:current',
				`v=1&g.tech_contracts=0.05&g.gdp=lots&d=${vintage}`
			),
		observations.vintage
	);
	const again = await context.newPage();
	await open(again, '/');
	await expect(rate(again)).toHaveText(formatRate(0.05, 'en'));
	await expect(notice(again)).toHaveAttribute('data-kind', 'restored');
	await expect(notice(again)).toContainText(t.noticeRestoredIgnored(1));
	await expect(notice(again).locator('li')).toHaveText(
		`g.gdp=lots — ${t.ignoredReason.not_a_number}`
	);
});
