// /plans sets every built-in plan side by side: each at its own defaults, judged against its own
// targets, in both languages; the figures are the model's.
import { expect, test } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { plansMessages } from '../../src/lib/i18n/plansMessages';
import { acrossPeriods, acrossPlaces, planOverview } from '../../src/lib/plans/compare';
import { PLAN_PACKS } from '../../src/lib/plans/packs';
import { PLANS_CSV_COLUMNS, plansCsvRows } from '../../src/lib/view/plansView';
import { messages, open } from './helpers';

const overviews = PLAN_PACKS.map(planOverview);

test('lists every plan with its verdict counts, target year and source', async ({ page }) => {
	await open(page, '/plans#v=1&lang=en');
	const table = page.getByTestId('plans-overview');
	await expect(table.locator('tbody tr')).toHaveCount(PLAN_PACKS.length);
	for (const o of overviews) {
		const row = table.locator(`tr[data-plan="${o.pack.id}"]`);
		await expect(row).toContainText(o.pack.shortTitle.en);
		await expect(row).toContainText(String(o.plan.targetYear));
		await expect(row.getByRole('link')).toHaveAttribute('href', o.pack.sourceUrl);
		for (const [verdict, n] of Object.entries(o.counts))
			await expect(row.locator(`[data-verdict="${verdict}"]`)).toContainText(
				plansMessages.en.verdictCount(
					messages.en.verdict[verdict as keyof typeof messages.en.verdict],
					n!
				)
			);
	}
});

test('judges each place against its own target, and sets one place’s periods side by side', async ({
	page
}) => {
	await open(page, '/plans#v=1&lang=en');
	for (const g of acrossPlaces(overviews)) {
		const block = page.locator(`[data-indicator="${g.id}"]`);
		for (const r of g.rows) {
			const row = block.locator(`tr[data-plan="${r.overview.pack.id}"]`);
			if (r.methods.ratio.ok)
				await expect(row).toHaveAttribute('data-category', r.methods.ratio.value.category);
			else await expect(row).not.toHaveAttribute('data-category');
		}
	}
	for (const p of acrossPeriods(overviews)) {
		const block = page.locator(
			`[data-period="${p.earlier.plan.targetYear}-${p.later.plan.targetYear}"]`
		);
		for (const r of p.rows)
			await expect(block.locator(`tr[data-target="${r.id}"]`)).toHaveAttribute(
				'data-change',
				r.change
			);
	}
});

test('speaks Chinese, and reads on a phone without the page scrolling sideways', async ({
	page
}) => {
	await page.setViewportSize({ width: 390, height: 844 });
	await open(page, '/plans#v=1&lang=zh');
	await expect(page.getByRole('heading', { level: 2 })).toHaveText(plansMessages.zh.title);
	await expect(page.getByRole('link', { name: messages.zh.navPlans })).toHaveAttribute(
		'aria-current',
		'page'
	);
	const overflow = await page.evaluate(
		() => document.documentElement.scrollWidth - document.documentElement.clientWidth
	);
	expect(overflow).toBeLessThanOrEqual(0);
});

test('downloads the three views as one CSV', async ({ page }) => {
	await open(page, '/plans#v=1&lang=en');
	const [file] = await Promise.all([
		page.waitForEvent('download'),
		page.getByTestId('plans-csv').click()
	]);
	expect(file.suggestedFilename()).toBe('plans-compared.csv');
	const text = (await readFile(await file.path())).toString('utf8');
	const lines = text
		.replace(/^\uFEFF/, '')
		.trim()
		.split('\r\n');
	expect(lines[0]).toBe(PLANS_CSV_COLUMNS.join(','));
	expect(lines.length).toBe(plansCsvRows(overviews, 'en').length);
	await expect(page.locator('[data-plans] .download [role="status"]')).toHaveText(
		plansMessages.en.downloaded
	);
});
