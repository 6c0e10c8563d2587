// /plans sets every built-in plan side by side: each at its own defaults, judged against its own
// targets, in both languages; the figures are the model's.
import { expect, test, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { plansMessages } from '../../src/lib/i18n/plansMessages';
import { acrossPeriods, acrossPlaces, planOverview } from '../../src/lib/plans/compare';
import { PLAN_PACKS } from '../../src/lib/plans/packs';
import {
	indicatorViews,
	periodViews,
	PLANS_CSV_COLUMNS,
	plansCsvRows
} from '../../src/lib/view/plansView';
import { fullPageScreenshot, messages, open, plan, saveScreenshotFile } from './helpers';

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

/** Clicks a download button and returns the file's name and bytes. */
async function download(page: Page, testId: string): Promise<{ name: string; bytes: Buffer }> {
	const [file] = await Promise.all([
		page.waitForEvent('download'),
		page.getByTestId(testId).click()
	]);
	return { name: file.suggestedFilename(), bytes: await readFile((await file.path())!) };
}

const svgTexts = (svg: string) =>
	[...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]).join(' ');

test('each chart downloads as a finished figure, SVG and PNG, in the reader’s language', async ({
	page
}) => {
	await page.addInitScript(() => {
		(window as unknown as { violations: string[] }).violations = [];
		document.addEventListener('securitypolicyviolation', (e) =>
			(window as unknown as { violations: string[] }).violations.push(e.violatedDirective)
		);
	});
	for (const lang of ['en', 'zh'] as const) {
		await page.goto('about:blank');
		await open(page, `/plans#v=1&lang=${lang}`);
		const views = [
			...indicatorViews(overviews, lang).map((v) => ({ anchor: v.anchor, title: v.caption })),
			...periodViews(overviews, lang).map((v) => ({ anchor: v.anchor, title: v.caption }))
		];
		for (const { anchor, title } of views) {
			const svg = await download(page, `figure-svg-${anchor}`);
			expect(svg.name).toBe(`plans-${anchor}.svg`);
			const text = svg.bytes.toString('utf8');
			// It parses as SVG, self-contained: nothing to fetch, nothing to run.
			const parsed = await page.evaluate((t) => {
				const doc = new DOMParser().parseFromString(t, 'image/svg+xml');
				return {
					root: doc.documentElement.localName,
					error: doc.querySelector('parsererror') !== null,
					title: doc.querySelector('title')?.textContent,
					outside: doc.querySelectorAll('script, image, use, foreignObject, style, [href]').length
				};
			}, text);
			expect(parsed).toEqual({ root: 'svg', error: false, title, outside: 0 });
			expect(text).toContain(`xml:lang="${lang}"`);
			const words = svgTexts(text).replace(/\s/g, '');
			expect(words).toContain(messages[lang].appTitle(plan.shortTitle[lang]).replace(/\s/g, ''));
			expect(words).toContain(`at=${anchor}`);
			const png = await download(page, `figure-png-${anchor}`);
			expect(png.name).toBe(`plans-${anchor}.png`);
			expect([...png.bytes.subarray(0, 8)]).toEqual([
				0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a
			]);
			if (anchor === views[0]!.anchor || anchor === views.at(-1)!.anchor)
				await saveScreenshotFile(`plans-figure-${anchor}-${lang}.png`, png.bytes);
		}
		await expect(page.locator(`[data-tools="${views[0]!.anchor}"] [role="status"]`)).toHaveText(
			plansMessages[lang].downloaded
		);
	}
	expect(
		await page.evaluate(() => (window as unknown as { violations: string[] }).violations)
	).toEqual([]);
});

test('a link opens the page at a view, focused, and the layout reports nothing', async ({
	page,
	context
}) => {
	const view = indicatorViews(overviews, 'en').at(-1)!;
	await open(page, `/plans#v=1&lang=en&at=${view.anchor}`);
	await expect(page.locator(`h4#${view.anchor}`)).toBeFocused();
	await expect(page.getByTestId('notice')).toHaveCount(0);
	// The layout's scenario link is what the address keeps.
	await expect.poll(() => page.evaluate(() => location.hash)).not.toContain('at=');
	expect(await page.evaluate(() => location.hash)).toContain('lang=en');
	// A bare block id works too (a fresh visit: a fragment typed into the open page is the
	// layout's to answer).
	await page.goto('about:blank');
	await open(page, '/plans#plans-periods');
	await expect(page.locator('h3#plans-periods')).toBeFocused();
	await expect(page.getByTestId('notice')).toHaveCount(0);
	// A block the page does not have is said, once, by the page, not as a scenario part.
	await page.goto('about:blank');
	await open(page, '/plans#v=1&lang=en&at=nowhere');
	await expect(page.getByTestId('plans-unknown-block')).toHaveText(
		plansMessages.en.unknownBlock('nowhere')
	);
	await expect(page.getByTestId('notice')).toHaveCount(0);

	// Copy a link: it holds the language and the block, and reopens there.
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	const period = periodViews(overviews, 'zh')[0]!;
	await open(page, '/plans#v=1&lang=zh');
	await page.getByTestId(`copy-link-${period.anchor}`).click();
	await expect(page.locator(`[data-tools="${period.anchor}"] [role="status"]`)).toHaveText(
		plansMessages.zh.linkCopied
	);
	const copied = await page.evaluate(() => navigator.clipboard.readText());
	expect(copied).toMatch(new RegExp(`/plans#v=3&p=beijing-2025&.*lang=zh.*&at=${period.anchor}$`));
	const other = await context.newPage();
	await open(other, copied);
	await expect(other.locator(`h4#${period.anchor}`)).toBeFocused();
	await expect(other.getByRole('heading', { level: 2 })).toHaveText(plansMessages.zh.title);
	// The contents list links each view, and moves focus there from the keyboard.
	await page
		.getByRole('navigation', { name: plansMessages.zh.sections })
		.getByRole('link', { name: period.caption })
		.focus();
	await page.keyboard.press('Enter');
	await expect(page.locator(`h4#${period.anchor}`)).toBeFocused();
	expect(await page.evaluate(() => location.hash)).not.toContain('at=');
});

test('screenshots: 390 px in Chinese, 1280 px in English', async ({ page }) => {
	await page.setViewportSize({ width: 390, height: 844 });
	await open(page, '/plans#v=1&lang=zh');
	await fullPageScreenshot(page, 'tests/screenshots/plans-390-zh.png');
	await page.setViewportSize({ width: 1280, height: 900 });
	await open(page, '/plans#v=1&lang=en');
	await fullPageScreenshot(page, 'tests/screenshots/plans-1280-en.png');
});
