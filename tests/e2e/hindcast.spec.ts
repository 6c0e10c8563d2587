// The hindcast on the built app: its summary names the targets below their goal, each target has
// a chart (projected then, published since) with the numbers behind it, its "latest published"
// is the figure the target page shows, its "first met" is a published year (not the vantage
// year), the overview table keeps its first column readable on a phone, and screenshots in both
// languages at 1280 and 390 px.
import { expect, test } from '@playwright/test';
import { chartLabels } from '../../src/lib/charts/describe';
import { targetChartData } from '../../src/lib/charts/chartData';
import { hindcastMessages } from '../../src/lib/i18n/hindcastMessages';
import { hindcast, latestPublished } from '../../src/lib/model/hindcast';
import { formatValue } from '../../src/lib/i18n/format';
import { hindcastView } from '../../src/routes/hindcast/hindcastView';
import { expectedEvaluation, observations, open, plan, fullPageScreenshot } from './helpers';

test.use({ locale: 'en-US' });
const m = hindcastMessages.en;

test('the summary names the targets below their goal, and their cards stand out', async ({
	page
}) => {
	await open(page, '/hindcast');
	const view = hindcastView(hindcast(plan, observations, 2022), plan, observations, 'en');
	await expect(page.getByTestId('at-risk')).toContainText(view.atRiskText);
	const misses = view.cards.filter((c) => c.miss).map((c) => c.id);
	expect(misses).toContain('basic_research_share');
	for (const card of view.cards) {
		const el = page.locator(`[data-hindcast-card="${card.id}"]`);
		await expect(el).toHaveAttribute('data-miss', card.miss ? 'true' : 'false');
		// The standing is an icon and words, never colour alone.
		await expect(el.locator('header [data-verdict]')).toContainText(card.standingText);
	}
	const basic = page.locator('[data-hindcast-card="basic_research_share"]');
	await expect(basic.locator('header [data-verdict]')).toContainText('✗');
	const basicView = view.cards.find((c) => c.id === 'basic_research_share')!;
	expect(basicView.contradictedText).toContain('“Met”');
	await expect(basic.getByTestId('contradicted')).toContainText(basicView.contradictedText);
	await expect(basic).toHaveCSS('border-left-width', '6px');
});

test('each target has its chart as of the vantage year, with later figures and a table', async ({
	page
}) => {
	await open(page, '/hindcast');
	const card = page.locator('[data-hindcast-card="tech_contracts"]');
	const chart = card.locator('svg[data-chart="tech_contracts"]');
	await expect(chart).toBeVisible();
	await expect(chart.locator('[data-line="projection"]')).toHaveCount(1);
	// 2023 and 2024 were published after 2022: drawn as later marks, not used by the projection.
	await expect(chart.locator('[data-kind="later"]')).toHaveCount(2);
	await expect(chart.locator('.ratchet')).toHaveCount(0);
	await expect(card.locator('[data-legend="projection"]')).toContainText(m.legend.projection(2022));
	await card.getByText(m.tableSummary).click();
	const row = card.locator('[data-testid="hindcast-table"] tr[data-year="2024"]');
	await expect(row).toContainText(formatValue(9153, '亿元', 'en'));
	await expect(row.locator('[data-field="difference"]')).toContainText(m.belowProjection);
	// Moving the vantage year moves the chart's split between figures then and since.
	await page.getByTestId('vantage').selectOption('2023');
	await expect(chart.locator('[data-kind="later"]')).toHaveCount(1);
});

test('“latest published” is the latest figure the target page shows, and “first met” a published year', async ({
	page
}) => {
	await open(page, '/hindcast');
	await page.getByTestId('vantage').selectOption('2023');
	const now = expectedEvaluation();
	for (const id of ['rd_intensity', 'basic_research_share', 'tech_contracts'] as const) {
		const result = now.targets.find((t) => t.id === id)!;
		const latest = latestPublished(result)!;
		const text = `${formatValue(latest.value, result.unit, 'en')} (${latest.year})`;
		await expect(page.locator(`tr[data-target="${id}"] [data-field="latest"]`)).toHaveText(text);
		// The target page's chart ends its published figures on the same point.
		const chart = targetChartData({
			result,
			evaluation: now,
			baseline: null,
			plan,
			data: observations
		});
		expect(chartLabels(chart, 'en').summary).toContain(
			`latest actual ${formatValue(latest.value, result.unit, 'en')} in ${latest.year}`
		);
	}
	// Technology contracts passed 800 billion yuan in 2023, the vantage year itself: first met
	// is 2023 (not the first year after the vantage), and said to have been met by then.
	const first = page.locator('[data-hindcast-card="tech_contracts"] [data-field="first-met"]');
	await expect(first).toContainText('2023');
	await expect(first).toContainText(m.alreadyMet(2023));
	// Basic research share stays under “latest published” even with nothing published since.
	await expect(
		page.locator('tr[data-target="basic_research_share"] [data-field="latest"]')
	).not.toHaveText(m.noData);
});

test('on a phone the overview’s first column stays readable and the table scrolls', async ({
	browser
}) => {
	const context = await browser.newContext({
		locale: 'en-US',
		viewport: { width: 390, height: 800 }
	});
	const page = await context.newPage();
	await open(page, '/hindcast');
	const header = page.locator('tr[data-target="basic_research_share"] th');
	const box = await header.boundingBox();
	expect(box!.width).toBeGreaterThan(150);
	// The answer, where each target stands, comes next to its name, inside the screen.
	const standing = await page
		.locator('tr[data-target="basic_research_share"] [data-field="standing"]')
		.boundingBox();
	expect(standing!.x).toBeLessThan(390 - 60);
	const scrolls = await page
		.locator('.table-scroll')
		.first()
		.evaluate((el) => el.scrollWidth > el.clientWidth);
	expect(scrolls).toBe(true);
	const pageScrolls = await page.evaluate(
		() => document.documentElement.scrollWidth > document.documentElement.clientWidth
	);
	expect(pageScrolls).toBe(false);
	await context.close();
});

test.describe('screenshots', () => {
	for (const lang of ['en', 'zh'] as const)
		for (const width of [1280, 390] as const)
			test(`hindcast in ${lang} at ${width} px`, async ({ browser }) => {
				const context = await browser.newContext({
					locale: lang === 'zh' ? 'zh-CN' : 'en-US',
					viewport: { width, height: 900 }
				});
				const page = await context.newPage();
				await open(page, '/hindcast');
				await expect(page.locator('html')).toHaveAttribute('lang', lang === 'zh' ? 'zh-CN' : 'en');
				await page.locator('[data-hindcast-card="basic_research_share"] details summary').click();
				await fullPageScreenshot(page, `tests/screenshots/hindcast-${lang}-${width}.png`);
				await context.close();
			});
});
