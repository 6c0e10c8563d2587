// The target detail pages: for every target, in both languages, the chart and the data table
// render, the table shows the model's projection as the dashboard formats it, and every figure
// links to its source. Also: basis breaks are marked, an unknown id gets a clear message, and
// screenshots at desktop and phone widths are saved to tests/screenshots/.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator } from '@playwright/test';
import { chartMessages } from '../../src/lib/i18n/chartMessages';
import { formatValue } from '../../src/lib/i18n/format';
import { expectedEvaluation, open, plan, type Lang, fullPageScreenshot } from './helpers';

const SCREENSHOTS = 'tests/screenshots';

const exactly = (text: string) =>
	new RegExp(`^\\s*${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*$`);

async function valueCells(table: Locator, text: string) {
	return table.locator('[data-field="value"]').filter({ hasText: exactly(text) });
}

for (const lang of ['en', 'zh'] as const satisfies Lang[]) {
	test.describe(`target detail in ${lang}`, () => {
		test.use({ locale: lang === 'zh' ? 'zh-CN' : 'en-US' });

		for (const spec of plan.targets) {
			test(`${spec.id}: chart, data table and sources`, async ({ page }) => {
				const errors: string[] = [];
				page.on('pageerror', (e) => errors.push(e.message));
				page.on('console', (m) => {
					if (m.type() === 'error' || m.type() === 'warning') errors.push(m.text());
				});
				await open(page, `/target/${spec.id}`);
				const result = expectedEvaluation().targets.find((t) => t.id === spec.id)!;

				await expect(page.locator('#target-title')).toHaveText(spec.name[lang]);
				await expect(page.locator('.clause blockquote')).toHaveText(
					lang === 'zh' ? spec.clause : spec.clauseEn
				);
				await expect(page.locator('[data-target-detail] [data-verdict]').first()).toHaveAttribute(
					'data-verdict',
					result.verdict
				);

				const chart = page.locator('svg[role="img"]');
				await expect(chart).toHaveCount(1);
				await expect(chart).toHaveAttribute('aria-label', new RegExp(`^${spec.name[lang]}`));
				await expect(chart.locator('title').first()).toHaveText(spec.name[lang]);

				const table = page.getByTestId('target-table');
				await expect(table).toBeVisible();
				await expect(table.locator('caption')).toContainText(spec.name[lang]);

				// The projected 2025 row shows the model's value, formatted as the dashboard does.
				const projected2025 = result.indicatorPath.find(
					(p) => p.year === 2025 && p.kind === 'projected'
				);
				if (projected2025)
					await expect(
						table.locator(
							'tbody[data-group="indicator"] tr[data-year="2025"][data-kind="projected"] [data-field="value"]'
						)
					).toHaveText(formatValue(projected2025.value, result.unit, lang));
				if (result.projected !== null)
					expect(
						await (
							await valueCells(table, formatValue(result.projected, result.unit, lang))
						).count()
					).toBeGreaterThan(0);

				const link = table.locator('a[href^="http"]').first();
				await expect(link).toHaveAttribute('href', /^https?:\/\//);
				await expect(link).toHaveAttribute('target', '_blank');
				await expect(link).toHaveAttribute('rel', /noopener/);
				await expect(link).toHaveAttribute('rel', /noreferrer/);
				expect(errors).toEqual([]);
			});
		}

		test('rd_intensity marks the census basis breaks and explains them', async ({ page }) => {
			await open(page, '/target/rd_intensity');
			const breaks = page.locator('svg[role="img"] [data-mark="basis-break"]');
			await expect(breaks).toHaveCount(2);
			await expect(breaks.last()).toHaveAttribute('data-break', 'gdp:2022-2023');
			await expect(page.getByTestId('basis-notes')).toContainText(chartMessages[lang].basisExplain);
			await expect(page.locator('[data-legend="basis-break"]')).toBeVisible();
		});

		test('the detail page has no axe violations', async ({ page }) => {
			await open(page, '/target/rd_intensity');
			// Scoped to the page's own content; the shared header is checked with the dashboard.
			const results = await new AxeBuilder({ page }).include('main').analyze();
			expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
		});

		test('the back link returns to the dashboard', async ({ page }) => {
			await open(page, '/target/tech_contracts');
			await page.getByRole('link', { name: chartMessages[lang].backToDashboard }).click();
			await expect(page.locator('[data-target="tech_contracts"]')).toBeVisible();
		});

		test('an unknown target id shows a bilingual message with a link back', async ({ page }) => {
			// The static host has no page for an unknown id, but the app's router still reaches the
			// route on client-side navigation (an outdated link inside the app).
			await open(page);
			await page.evaluate(() => {
				const a = document.createElement('a');
				a.href = '/target/nope';
				a.id = 'unknown-target-link';
				a.textContent = 'nope';
				document.querySelector('main')!.append(a);
			});
			await page.locator('#unknown-target-link').click();
			const message = page.getByTestId('target-not-found');
			await expect(message).toBeVisible();
			await expect(message).toContainText(chartMessages.en.notFound('nope'));
			await expect(message).toContainText(chartMessages.zh.notFound('nope'));
			await message.getByRole('link', { name: chartMessages[lang].notFoundBack }).click();
			await expect(page.locator('[data-target="rd_intensity"]')).toBeVisible();
		});

		for (const width of [1280, 360]) {
			test(`screenshot of rd_intensity at ${width} px`, async ({ page }) => {
				await page.setViewportSize({ width, height: 900 });
				await open(page, '/target/rd_intensity');
				const chart = page.locator('svg[role="img"]');
				await expect(chart).toBeVisible();
				// The chart follows its container's width and the page never scrolls sideways.
				const box = (await chart.boundingBox())!;
				expect(box.width).toBeLessThanOrEqual(width);
				const overflow = await page.evaluate(
					() => document.documentElement.scrollWidth - document.documentElement.clientWidth
				);
				expect(overflow).toBeLessThanOrEqual(0);
				await fullPageScreenshot(page, `${SCREENSHOTS}/target-rd_intensity-${lang}-${width}.png`);
			});
		}
	});
}
