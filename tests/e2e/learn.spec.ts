// The /learn page in the browser: in both languages it shows the model's own numbers (targets,
// compound growth, averages, the ratio and the basis breaks); the compound-growth playground
// updates and refuses bad entries in the reader's language; printed, it hides the controls and
// keeps the content; and at 360 px it does not scroll sideways.
import { expect, test, type Page } from '@playwright/test';
import { targetView } from '../../src/lib/view/targetView';
import { formatNumber, formatRate, formatValue } from '../../src/lib/i18n/format';
import { learnMessages } from '../../src/lib/i18n/learnMessages';
import {
	averageExample,
	breakExample,
	compoundExample,
	playground,
	ratioExample
} from '../../src/lib/learn/examples';
import { expectedEvaluation, messages, observations, open, plan, type Lang } from './helpers';

const evaluation = expectedEvaluation();

function watchErrors(page: Page): string[] {
	const errors: string[] = [];
	page.on('pageerror', (e) => errors.push(e.message));
	page.on('console', (msg) => {
		if (msg.type() === 'error' || msg.type() === 'warning') errors.push(msg.text());
	});
	return errors;
}

for (const lang of ['en', 'zh'] as const satisfies Lang[]) {
	const m = learnMessages[lang];
	const rate2 = (x: number | null) => formatRate(x, lang, 2);

	test.describe(`/learn in ${lang}`, () => {
		test.use({ locale: lang === 'zh' ? 'zh-CN' : 'en-US' });

		test('shows every target with the model’s projection and verdict', async ({ page }) => {
			const errors = watchErrors(page);
			await open(page, '/learn');
			await expect(page.locator('h2#learn-title')).toHaveText(m.title);
			const items = page.locator('ol.targets > li');
			await expect(items).toHaveCount(plan.targets.length);
			for (const result of evaluation.targets) {
				const view = targetView(result, evaluation, plan, messages[lang], lang, observations);
				const item = page.locator(`li[data-target="${result.id}"]`);
				await expect(item.locator('h4 a')).toHaveText(view.name);
				await expect(item.locator('h4 a')).toHaveAttribute(
					'href',
					`${lang === 'en' ? '/en' : ''}/target/${result.id}`
				);
				await expect(item.locator('blockquote')).toHaveText(view.clause);
				await expect(item.locator('[data-field="target"]')).toHaveText(view.targetText);
				await expect(item.locator('[data-field="projected"]')).toHaveText(view.projectedText);
				await expect(item.locator('[data-verdict]')).toHaveAttribute(
					'data-verdict',
					result.verdict
				);
			}
			expect(errors).toEqual([]);
		});

		test('draws the print icon as SVG, colours links with the accent, and sets exponents readably at 390 px', async ({
			page
		}) => {
			await page.setViewportSize({ width: 390, height: 844 });
			await open(page, '/learn');
			const print = page.getByRole('button', { name: m.print });
			await expect(print.locator('svg path')).toHaveCount(1);
			expect(await print.textContent()).not.toMatch(/[\u2399\ue000-\uf8ff]/u);
			const link = page.locator('li[data-target] h4 a').first();
			const colours = await link.evaluate((a) => ({
				link: getComputedStyle(a).color,
				accent: getComputedStyle(document.documentElement).getPropertyValue('--accent')
			}));
			expect(colours.link).toBe('rgb(31, 78, 121)');
			expect(colours.accent.trim()).toBe('#1f4e79');
			// An exponent is at least 75 % of its base (browsers default to 71 % per level, 50 % for 1/n).
			const ratios = await page.locator('math msup').evaluateAll((sups) =>
				sups.map((sup) => {
					const [base, script] = [sup.children[0]!, sup.children[1]!];
					const size = (e: Element) =>
						parseFloat(getComputedStyle(e.querySelector('mn, mi') ?? e).fontSize);
					return size(script) / size(base);
				})
			);
			expect(ratios.length).toBeGreaterThan(0);
			for (const r of ratios) expect(r).toBeGreaterThanOrEqual(0.75);
			await page.locator('math msup').first().scrollIntoViewIfNeeded();
			await page.screenshot({ path: `test-results/learn-mathml-390-${lang}.png` });
		});

		test('works the examples with the model’s numbers', async ({ page }) => {
			await open(page, '/learn');
			const compound = compoundExample(evaluation, 'tech_contracts')!;
			await expect(page.locator('[data-field="compound-recomputed"]')).toHaveText(
				formatNumber(compound.recomputed, lang, 1)
			);
			expect(compound.overridden).toBe(false);
			await expect(page.locator('[data-field="compound-that-is"]')).toHaveText(
				m.thatIs(formatValue(compound.projected, compound.unit, lang))
			);
			await expect(page.locator('[data-field="inverse-rate"]')).toHaveText(
				rate2(compound.inverse!.rate)
			);
			await expect(page.locator('[data-field="compound-required"]')).toHaveText(
				rate2(compound.requiredGrowth)
			);

			const average = averageExample(evaluation, 'digital_economy_growth')!;
			const rows = page.getByTestId('average-rates').locator('tbody tr');
			await expect(rows).toHaveCount(average.rates.length);
			for (const r of average.rates)
				await expect(
					page.locator(
						`[data-testid="average-rates"] tr[data-year="${r.year}"] [data-field="rate"]`
					)
				).toHaveText(rate2(r.rate));
			const results = page.locator('[data-field="average-results"]');
			await expect(results).toContainText(rate2(average.compound));
			await expect(results).toContainText(rate2(average.arithmetic));
			await expect(page.locator('[data-field="average-later"]')).toContainText(
				rate2(average.laterWindow!.compound)
			);

			const ratio = ratioExample(evaluation, 'rd_intensity')!;
			const modelRequired = evaluation.targets.find((t) => t.id === 'rd_intensity')!.requiredGrowth;
			await expect(page.locator('[data-field="ratio-required"]')).toHaveText(
				rate2(ratio.requiredGrowth)
			);
			await expect(page.locator('[data-field="ratio-check"]')).toHaveAttribute(
				'data-agrees',
				'true'
			);
			await expect(page.locator('[data-field="ratio-check"]')).toContainText(rate2(modelRequired));

			const gdp = breakExample(evaluation, 'gdp');
			const table = page.getByTestId('basis-table');
			await expect(table.locator('tbody tr')).toHaveCount(gdp.rows.length);
			await expect(table.locator('tr[data-break="true"]')).toHaveCount(gdp.breaks.length);
			for (const row of gdp.rows) {
				const tr = table.locator(`tr[data-year="${row.year}"]`);
				await expect(tr.locator('[data-field="value"]')).toHaveText(
					formatValue(row.value, '亿元', lang)
				);
				if (row.breakFrom)
					await expect(tr.locator('[data-field="growth"]')).toContainText(
						m.breakCell(row.breakFrom, row.basis)
					);
				else if (row.growth !== null)
					await expect(tr.locator('[data-field="growth"]')).toHaveText(
						formatRate(row.growth, lang, 1)
					);
			}
		});

		test('the playground recomputes as the reader types and refuses bad entries', async ({
			page
		}) => {
			await open(page, '/learn');
			const example = compoundExample(evaluation, 'tech_contracts')!;
			const output = page.getByTestId('playground-result');
			const growth = page.getByLabel(m.growthLabel);
			const years = page.getByLabel(m.yearsLabel);
			await expect(growth).toHaveValue(String(Math.round(example.growth * 1000) / 10));

			await growth.fill('5');
			await years.fill('3');
			const result = playground(example, 5, 3);
			if (!result.ok) throw new Error('expected a result');
			await expect(output).toContainText(formatValue(result.value, example.unit, lang));
			await expect(output).toContainText(String(result.year));
			await expect(output.locator('[data-field="doubling"]')).toContainText(
				formatNumber(result.doubling!, lang, 1)
			);

			await growth.fill('200');
			await expect(output).toContainText(
				m.growthError.out_of_range(formatRate(-0.5, lang, 0), formatRate(1, lang, 0))
			);
			await expect(growth).toHaveAttribute('aria-invalid', 'true');
			await growth.fill('');
			await expect(output).toContainText(m.growthError.not_a_number);

			await growth.fill('7');
			await years.fill('2.5');
			await expect(output).toContainText(m.yearsError.not_a_number);
			await expect(years).toHaveAttribute('aria-invalid', 'true');
			await years.fill('10');
			await expect(output).toContainText(
				formatValue((playground(example, 7, 10) as { value: number }).value, example.unit, lang)
			);
			await expect(growth).toHaveAttribute('aria-invalid', 'false');
		});

		test('prints without controls and with all of its content', async ({ page }) => {
			await open(page, '/learn');
			const printButton = page.getByRole('button', { name: m.print });
			await expect(printButton).toBeVisible();
			await page.emulateMedia({ media: 'print' });
			await expect(printButton).toBeHidden();
			await expect(page.getByLabel(m.growthLabel)).toBeHidden();
			await expect(page.getByLabel(m.yearsLabel)).toBeHidden();
			await expect(page.locator('nav.sections')).toBeHidden();
			await expect(page.locator('header.top button')).toBeHidden();
			for (const id of [
				'learn-targets',
				'learn-compound',
				'learn-average',
				'learn-ratio',
				'learn-breaks',
				'learn-next'
			])
				await expect(page.locator(`#${id}`)).toBeVisible();
			await expect(page.getByTestId('playground-result')).toBeVisible();
			await expect(page.getByTestId('basis-table')).toBeVisible();
			await expect(page.getByTestId('average-rates')).toBeVisible();
			// Links print their address; black text on white.
			const hindcast = page.locator('section[aria-labelledby="learn-next"] li', {
				hasText: messages[lang].navHindcast
			});
			await expect(hindcast.locator('.print-only')).toBeVisible();
			await expect(hindcast.locator('.print-only')).toContainText('/hindcast');
			const colours = await page.evaluate(() => ({
				body: getComputedStyle(document.documentElement).backgroundColor,
				text: getComputedStyle(document.querySelector('.learn p')!).color
			}));
			expect(colours).toEqual({ body: 'rgb(255, 255, 255)', text: 'rgb(0, 0, 0)' });
			// Tables are not cut: none is wider than the page.
			const overflow = await page.evaluate(() =>
				[...document.querySelectorAll('.learn table')].some(
					(t) => t.getBoundingClientRect().right > document.documentElement.clientWidth + 1
				)
			);
			expect(overflow).toBe(false);
		});

		test('leaves no visible text in the other language', async ({ page }) => {
			await open(page, '/learn');
			// Formulas (MathML) and basis codes are language-neutral; the rest must be translated.
			const texts = await page.evaluate(() => {
				const out: string[] = [];
				const walker = document.createTreeWalker(
					document.querySelector('main')!,
					NodeFilter.SHOW_TEXT
				);
				for (let node = walker.nextNode(); node; node = walker.nextNode()) {
					const el = node.parentElement;
					const text = node.textContent?.replace(/\s+/g, ' ').trim() ?? '';
					if (!el || text === '' || el.closest('math, code, style')) continue;
					if (el.checkVisibility({ visibilityProperty: true })) out.push(text);
				}
				return out;
			});
			const offending =
				lang === 'en'
					? texts.filter((t) => /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]/.test(t))
					: texts.filter((t) =>
							(t.match(/[A-Za-z][A-Za-z&'’-]*/g) ?? []).some(
								// Symbols (G, A, n, g), ln, and the Latin names Chinese text uses too (the Open SDG platform).
								(w) => w.length > 1 && !['ln', 'R&D', 'GDP', 'pp', 'Open', 'SDG'].includes(w)
							)
						);
			expect(offending).toEqual([]);
		});

		test('does not scroll sideways at 360 px', async ({ page }) => {
			await page.setViewportSize({ width: 360, height: 740 });
			await open(page, '/learn');
			const widths = await page.evaluate(() => ({
				scroll: document.documentElement.scrollWidth,
				client: document.documentElement.clientWidth
			}));
			expect(widths.scroll).toBeLessThanOrEqual(widths.client);
			// Nor does any formula or table need its own sideways scrolling.
			const clipped = await page.evaluate(() =>
				[...document.querySelectorAll('.learn .math, .learn .scroll')]
					.filter((el) => el.scrollWidth > el.clientWidth + 1)
					.map((el) => el.textContent?.trim().slice(0, 40))
			);
			expect(clipped).toEqual([]);
		});
	});
}
