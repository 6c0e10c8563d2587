// The answer next to the question: on a phone the cards come first and the menus and the
// assumptions open as sheets inside the screen; on a desktop the controls stay beside the cards
// and the chart; the keyboard reaches the cards, undoes a run of key presses at once, and finds
// the chart's numbers in its data table.
import { expect, test, type Locator, type Page } from '@playwright/test';
import { messages, open, plan, fullPageScreenshot } from './helpers';

const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 900 };
const en = messages.en;

const compared = (link: string) => `c=${encodeURIComponent(link)}`;
/** The pages with tables, each opened as a reader finds it (a comparison, a revealed challenge). */
const TABLE_PAGES = {
	card: '/card#v=1&g.tech_contracts=-0.2&g.rd_spend=0.12&tol=0.1&d=2026-12',
	compare:
		'/compare#v=1&g.gdp=0.05&d=2026-12&' +
		compared('v=1&g.rd_spend=0.08&n=Fast%20research%20spending&d=2026-12') +
		'&' +
		compared('v=1&g.rd_spend=0.02&g.tech_contracts=-0.1&n=Slow&d=2026-12'),
	hindcast: '/hindcast#v=1&d=2026-12',
	classroom:
		'/classroom#v=1&d=2026-12&ch=rd_intensity:p,tech_contracts:r&lock=g.rd_spend&title=Week%203'
} as const;

/** Opens one of TABLE_PAGES in `lang`, with its tables shown (a hindcast's figures, answers revealed). */
async function openTablePage(page: Page, name: keyof typeof TABLE_PAGES, lang: 'en' | 'zh') {
	await open(page, `${TABLE_PAGES[name]}&lang=${lang}`);
	await expect(page.locator('html')).toHaveAttribute('lang', lang === 'zh' ? 'zh-CN' : 'en');
	if (name === 'compare') await page.locator('[data-loaded="true"]').waitFor();
	if (name === 'hindcast')
		for (const summary of await page.locator('details.numbers summary').all())
			await summary.click();
	if (name === 'classroom')
		for (const q of await page.locator('[data-question]').all()) {
			await q.getByTestId('guess').fill('3');
			await q.getByTestId('reveal').click();
		}
}

/**
 * Each visible table in the page's main part: its caption or test id, the font size, the
 * narrowest cell of its first column and its tallest body row, in CSS pixels.
 */
function tableShapes(page: Page) {
	return page.locator('main table').evaluateAll((tables) =>
		tables
			.filter((t) => t.getBoundingClientRect().width > 0)
			.map((t) => {
				const table = t as HTMLTableElement;
				const first = [...table.rows].map((r) => r.cells[0]).filter((c) => c !== undefined);
				const body = [...table.tBodies].flatMap((b) => [...b.rows]);
				return {
					name: table.dataset.testid ?? table.caption?.textContent ?? table.className,
					em: parseFloat(getComputedStyle(first[0]!).fontSize),
					firstWidth: Math.min(...first.map((c) => c.getBoundingClientRect().width)),
					tallestRow: Math.max(...body.map((r) => r.getBoundingClientRect().height))
				};
			})
	);
}

async function openIn(page: Page, lang: 'en' | 'zh', path = '/') {
	await open(page, path);
	const code = lang === 'zh' ? 'zh-CN' : 'en';
	if ((await page.locator('html').getAttribute('lang')) !== code) {
		const other = lang === 'zh' ? messages.en : messages.zh;
		await page.getByRole('link', { name: other.switchLang }).click();
		await expect(page.locator('html')).toHaveAttribute('lang', code);
	}
}

/** True when the element's box lies wholly inside the viewport. */
async function insideViewport(page: Page, el: Locator): Promise<boolean> {
	const box = await el.boundingBox();
	const size = page.viewportSize()!;
	return (
		box !== null &&
		box.x >= 0 &&
		box.y >= 0 &&
		box.x + box.width <= size.width + 0.5 &&
		box.y + box.height <= size.height + 0.5
	);
}

test.describe('on a phone (390 × 844)', () => {
	test.use({ viewport: PHONE });

	for (const menu of ['share', 'export'] as const) {
		test(`the ${menu} panel lies inside the screen and every item in it can be clicked`, async ({
			page
		}) => {
			await openIn(page, 'en');
			await page.getByTestId(`${menu}-button`).click();
			const panel = page.getByTestId(`${menu}-panel`);
			await expect(panel).toBeVisible();
			expect(await insideViewport(page, panel)).toBe(true);
			const items = panel.locator('button, a[href], input, select, summary');
			// The panel's items load when it first opens: wait for them, not just for its frame.
			await expect.poll(() => items.count()).toBeGreaterThan(1);
			const count = await items.count();
			for (let i = 0; i < count; i++) {
				const item = items.nth(i);
				if (!(await item.isVisible())) continue;
				await item.scrollIntoViewIfNeeded();
				expect(await insideViewport(page, item), `item ${i} inside the screen`).toBe(true);
				// Fails when another element (or the toolbar's clipping) covers the item's centre.
				await item.click({ trial: true, timeout: 2000 });
			}
		});
	}

	for (const lang of ['en', 'zh'] as const) {
		test(`the first verdict is on the first screen and the title is whole (${lang})`, async ({
			page
		}) => {
			await openIn(page, lang);
			const verdict = page.locator('[data-target]').first().locator('.badge[data-verdict]');
			await expect(verdict).toBeVisible();
			expect(await insideViewport(page, verdict)).toBe(true);
			const title = page.locator('h1');
			const cut = await title.evaluate(
				(h) => h.scrollWidth > h.clientWidth + 1 || h.scrollHeight > h.clientHeight + 1
			);
			expect(cut).toBe(false);
		});
	}

	test('the assumptions are a sheet one tap away, with the cards still in view as a slider moves', async ({
		page
	}) => {
		await openIn(page, 'en');
		const sheet = page.getByTestId('assumptions');
		await expect(sheet).toBeHidden();
		const card = page.locator('[data-target="rd_intensity"]');
		// The reader has scrolled to a card, then opens the sheet.
		await card.evaluate((el) => el.scrollIntoView({ block: 'start' }));
		const toggle = page.getByRole('button', { name: 'Adjust assumptions' });
		await expect(toggle).toHaveAttribute('aria-expanded', 'false');
		await toggle.click();
		await expect(sheet).toBeVisible();
		const sheetBox = (await sheet.boundingBox())!;
		expect(sheetBox.height).toBeLessThanOrEqual(PHONE.height * 0.55);

		const projected = card.locator('[data-field="projected"]');
		const before = await projected.textContent();
		const slider = sheet.locator('#slider-rd_spend');
		await slider.scrollIntoViewIfNeeded();
		await slider.focus();
		await page.keyboard.press('PageUp');
		await expect(projected).not.toHaveText(before!);
		// The card's changed number shows above the sheet.
		const valueBox = (await projected.boundingBox())!;
		expect(valueBox.y).toBeGreaterThanOrEqual(0);
		expect(valueBox.y + valueBox.height).toBeLessThanOrEqual((await sheet.boundingBox())!.y + 0.5);

		await page.keyboard.press('Escape');
		await expect(sheet).toBeHidden();
		await expect(toggle).toBeFocused();
	});

	test('the nav and the toolbar show that they scroll', async ({ page }) => {
		await openIn(page, 'en');
		const nav = page.locator('nav.sections');
		expect(await nav.evaluate((n) => n.scrollWidth > n.clientWidth)).toBe(true);
		expect(await nav.evaluate((n) => getComputedStyle(n).backgroundImage)).toContain(
			'linear-gradient'
		);
		const group = page.locator('.toolbar .group').last();
		expect(await group.evaluate((g) => g.scrollWidth > g.clientWidth)).toBe(true);
		const edge = await group.evaluate((g) => {
			const after = getComputedStyle(g, '::after');
			return { image: after.backgroundImage, position: after.position, width: after.width };
		});
		expect(edge.image).toContain('linear-gradient');
		expect(edge.position).toBe('sticky');
		expect(parseFloat(edge.width)).toBeGreaterThan(16);
	});

	for (const lang of ['en', 'zh'] as const)
		test(`the rows of the data table are not squeezed into tall columns (${lang})`, async ({
			page
		}) => {
			await openIn(page, lang, '/target/rd_intensity');
			const rows = page.locator('[data-testid="target-table"] tbody tr[data-year]');
			const heights = await rows.evaluateAll((trs) =>
				trs.map((tr) => tr.getBoundingClientRect().height)
			);
			expect(heights.length).toBeGreaterThan(3);
			// Squeezed, the tallest row was 400 to 480 px.
			expect(Math.max(...heights)).toBeLessThan(260);
		});
});

test.describe('tables on a phone (390 × 844)', () => {
	test.use({ viewport: PHONE });

	for (const name of Object.keys(TABLE_PAGES) as (keyof typeof TABLE_PAGES)[])
		for (const lang of ['en', 'zh'] as const)
			test(`${name}: no first column squeezed to a word per line, no page scrolling sideways (${lang})`, async ({
				page
			}) => {
				await openTablePage(page, name, lang);
				const shapes = await tableShapes(page);
				// Squeezed, the card's first column was 26 px wide (one character a line), its rows
				// 255 px tall. A year column is narrow by nature, its rows short.
				for (const shape of shapes)
					expect(
						shape.firstWidth >= 6 * shape.em || shape.tallestRow <= 6 * shape.em,
						`${shape.name}: first column ${shape.firstWidth} px, tallest row ${shape.tallestRow} px`
					).toBe(true);
				if (name !== 'classroom') expect(shapes.length).toBeGreaterThan(0);
				const pageWidth = await page.evaluate(() => document.documentElement.scrollWidth);
				expect(pageWidth).toBeLessThanOrEqual(PHONE.width);
			});

	test('a table wider than the screen scrolls in a named, focusable box with a cue at its edge', async ({
		page
	}) => {
		await openTablePage(page, 'card', 'zh');
		const box = page.locator('[data-card] .table-scroll');
		await expect(box).toHaveAttribute('tabindex', '0');
		await expect(box).toHaveAccessibleName(/.+/);
		expect(await box.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
		const cue = () => box.evaluate((el) => getComputedStyle(el, '::after').opacity);
		expect(Number(await cue())).toBeGreaterThan(0.5);
		await box.evaluate((el) => el.scrollTo({ left: el.scrollWidth }));
		await expect.poll(async () => Number(await cue())).toBeLessThan(0.1);
	});
});

test.describe('screenshots of the card, compare, hindcast and classroom pages', () => {
	for (const [width, height] of [
		[390, 844],
		[1280, 900]
	] as const)
		for (const name of Object.keys(TABLE_PAGES) as (keyof typeof TABLE_PAGES)[])
			for (const lang of ['en', 'zh'] as const)
				test(`${name} in ${lang} at ${width} px`, async ({ browser }) => {
					const context = await browser.newContext({
						locale: lang === 'zh' ? 'zh-CN' : 'en-US',
						viewport: { width, height }
					});
					const page = await context.newPage();
					await openTablePage(page, name, lang);
					await fullPageScreenshot(page, `tests/screenshots/page-${name}-${lang}-${width}.png`);
					await context.close();
				});
});

test.describe('on a desktop (1280 × 900)', () => {
	test.use({ viewport: DESKTOP });

	test('a target card is in view while the last driver’s slider has focus', async ({ page }) => {
		await openIn(page, 'en');
		const last = plan.drivers.at(-1)!.id;
		const slider = page.locator(`#slider-${last}`);
		await slider.focus();
		await page.keyboard.press('ArrowRight');
		expect(await insideViewport(page, slider)).toBe(true);
		const cards = page.locator('[data-target]');
		let visible = 0;
		for (let i = 0; i < (await cards.count()); i++) {
			const box = await cards.nth(i).boundingBox();
			if (box && box.y < DESKTOP.height && box.y + box.height > 0) visible++;
		}
		expect(visible).toBeGreaterThan(0);
	});

	test('each driver names the targets whose formula uses it', async ({ page }) => {
		await openIn(page, 'en');
		for (const driver of plan.drivers) {
			const uses = plan.targets.filter((t) => new RegExp(`\\b${driver.id}\\b`).test(t.formula));
			const line = page.locator(`[data-moves="${driver.id}"]`);
			if (uses.length === 0) await expect(line).toHaveText('No target’s formula uses this driver.');
			for (const t of uses) await expect(line).toContainText(t.name.en);
			for (const t of plan.targets.filter((x) => !uses.includes(x)))
				await expect(line).not.toContainText(t.name.en);
		}
	});

	test('on the target page the controls sit beside the chart', async ({ page }) => {
		await openIn(page, 'en', '/target/rd_intensity');
		const chart = (await page.locator('section.chart').boundingBox())!;
		const drivers = (await page.locator('section.drivers').boundingBox())!;
		expect(drivers.x).toBeGreaterThanOrEqual(chart.x + chart.width);
		expect(drivers.width).toBeLessThan(400);
		// Side by side: their tops are level.
		expect(Math.abs(drivers.y - chart.y)).toBeLessThan(2);
		expect(drivers.y).toBeLessThan(DESKTOP.height);
	});
});

test.describe('keyboard', () => {
	test.use({ viewport: DESKTOP });

	test('the skip link leads to the first card within a few Tab presses', async ({ page }) => {
		await openIn(page, 'en');
		await page.locator('body').focus();
		await page.keyboard.press('Tab');
		await expect(page.getByRole('link', { name: en.skipToMain })).toBeFocused();
		await page.keyboard.press('Enter');
		let presses = 0;
		const inFirstCard = () =>
			page.evaluate(
				() => document.querySelector('[data-target]')?.contains(document.activeElement) ?? false
			);
		while (!(await inFirstCard()) && presses < 20) {
			await page.keyboard.press('Tab');
			presses++;
		}
		test
			.info()
			.annotations.push({ type: 'tab presses after the skip link', description: `${presses}` });
		expect(presses).toBeLessThanOrEqual(3);
	});

	test('a run of arrow-key presses on one slider is one undo step', async ({ page }) => {
		await openIn(page, 'en');
		const rate = page.getByTestId('rate-rd_spend');
		const start = await rate.textContent();
		await page.locator('#slider-rd_spend').focus();
		for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowRight');
		await expect(rate).not.toHaveText(start!);
		await page.keyboard.press('Control+z');
		await expect(rate).toHaveText(start!);
		await expect(page.getByRole('button', { name: en.undo })).toBeDisabled();
	});

	test('the chart points to its data table, which is reachable and labelled', async ({ page }) => {
		await openIn(page, 'en', '/target/rd_intensity');
		await expect(page.locator('section.chart')).toHaveAccessibleDescription(/data table below/);
		await page.getByRole('button', { name: 'Go to the data table' }).click();
		const table = page.locator('#data-table');
		await expect(table).toBeFocused();
		await expect(table).toHaveAttribute('tabindex', '0');
		await expect(table).toHaveAccessibleName(/.+/);
	});
});
