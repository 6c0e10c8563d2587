// The target page and /hindcast render their long parts (charts, the derivation's steps, the
// tables' rows) live only after the first paint (Deferred.svelte): until then the prerendered HTML
// stays as it is. Every part is there from the start, becomes live, keeps its place (no layout
// shift beyond the budget) and stays available to screen readers and the keyboard.
import { expect, test, type Page } from '@playwright/test';
import { markPrerendered, open } from './helpers';

/** Sums the page's layout shifts from its start. */
async function watchShifts(page: Page) {
	await page.addInitScript(() => {
		const w = window as unknown as { shift: number };
		w.shift = 0;
		new PerformanceObserver((list) => {
			for (const entry of list.getEntries() as (PerformanceEntry & { value: number })[])
				w.shift += entry.value;
		}).observe({ type: 'layout-shift', buffered: true });
	});
}
const shifts = (page: Page) => page.evaluate(() => (window as unknown as { shift: number }).shift);

const PARTS =
	'svg[data-chart], [data-testid="derivation"] li[data-step] h4, [data-testid="target-table"] tbody tr';

test.describe('target page', () => {
	test.use({ viewport: { width: 412, height: 823 }, locale: 'en-US' });

	test('starts from its prerendered parts, then renders them live in place', async ({ page }) => {
		await watchShifts(page);
		await markPrerendered(page, PARTS);
		await open(page, '/en/target/rd_intensity');
		const parts = page.locator(PARTS);
		const count = await parts.count();
		// Steps, rows and the chart: all there when the page starts.
		expect(count).toBeGreaterThan(40);
		await expect(page.locator('[data-prerendered]')).toHaveCount(0);
		await expect(parts).toHaveCount(count);
		// The data table is still the chart's keyboard and screen-reader path.
		const region = page.getByRole('region', { name: /every number in the chart/ });
		await expect(region).toHaveAttribute('tabindex', '0');
		await expect(region.locator('tbody tr').first()).toBeVisible();
		await page.getByRole('button', { name: 'Go to the data table' }).click();
		await expect(region).toBeFocused();
		expect(await shifts(page)).toBeLessThan(0.02);
	});

	test('opened from the dashboard, with nothing prerendered, it renders every part', async ({
		page
	}) => {
		await open(page, '/en');
		await page.locator('a[href$="/target/tech_contracts"]').first().click();
		await expect(page).toHaveURL(/\/target\/tech_contracts/);
		await expect(page.locator('svg[data-chart="tech_contracts"]')).toBeVisible();
		await expect(page.getByTestId('derivation').locator('li[data-step] h4')).not.toHaveCount(0);
		await expect(page.getByTestId('target-table').locator('tbody tr')).not.toHaveCount(0);
	});
});

test('/hindcast starts from every card’s prerendered chart and table, then renders them live', async ({
	page
}) => {
	const parts = 'svg[data-chart], [data-testid="hindcast-table"] tbody tr';
	await watchShifts(page);
	await markPrerendered(page, parts);
	await page.setViewportSize({ width: 412, height: 823 });
	await open(page, '/en/hindcast');
	const count = await page.locator(parts).count();
	expect(count).toBeGreaterThan(10);
	await expect(page.locator('[data-prerendered]')).toHaveCount(0);
	await expect(page.locator(parts)).toHaveCount(count);
	// A live card follows the vantage year.
	const first = page.locator('[data-hindcast-card] svg[data-chart]').first();
	const before = await first.innerHTML();
	await page.getByTestId('vantage').selectOption({ index: 0 });
	await expect.poll(() => first.innerHTML()).not.toBe(before);
	expect(await shifts(page)).toBeLessThan(0.02);
});
