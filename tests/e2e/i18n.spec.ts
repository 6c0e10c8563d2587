// Both languages in the browser: the switch translates every string and keeps the scenario,
// the choice survives a reload, and a scan of the rendered page finds no text left in the
// other language (it reports the offending strings, not just a count).
import { expect, test, type Page } from '@playwright/test';
import { targetView } from '../../src/lib/view/targetView';
import { formatRate } from '../../src/lib/i18n/format';
import { expectedEvaluation, messages, observations, open, plan, type Lang } from './helpers';

const htmlLang: Record<Lang, string> = { en: 'en', zh: 'zh-CN' };
const locale: Record<Lang, string> = { en: 'en-US', zh: 'zh-CN' };

/**
 * Names from the data that stay as published in either language: the plan's document number
 * and each source's title and publisher (longest first, so a name inside another goes with it).
 */
const dataNames = [
	...new Set([
		plan.id,
		...Object.values(observations.series).flatMap((series) =>
			series.observations.flatMap((o) => [o.source.title, o.source.publisher ?? ''])
		)
	])
]
	.filter((name) => name !== '')
	.sort((a, b) => b.length - a.length);
/** Latin tokens that belong in Chinese text (Open SDG is a platform's name, cited by the progress methods). */
const allowedInChinese = new Set(['R&D', 'GDP', 'pp', 'Hurun', 'Open', 'SDG']);

interface Offence {
	text: string;
	where: string;
}

/**
 * Every visible text node, and every aria-label / title / placeholder / aria-valuetext, that is
 * not inside an element marked with another language, with a short description of its element.
 */
async function renderedStrings(page: Page, lang: Lang) {
	return page.evaluate((pageLang) => {
		const describe = (el: Element) =>
			`${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${
				el.closest('[data-target]')
					? ` in card ${el.closest('[data-target]')!.getAttribute('data-target')}`
					: ''
			}${el.closest('[data-driver]') ? ` in control ${el.closest('[data-driver]')!.getAttribute('data-driver')}` : ''}`;
		const otherLanguage = (el: Element) => {
			const tag = el.closest('[lang]')?.getAttribute('lang') ?? pageLang;
			return tag.split('-')[0] !== pageLang.split('-')[0];
		};
		const texts: { text: string; where: string }[] = [];
		const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
		for (let node = walker.nextNode(); node; node = walker.nextNode()) {
			const el = node.parentElement;
			const text = node.textContent?.replace(/\s+/g, ' ').trim() ?? '';
			// Formulas (MathML and their plain-text form, marked translate="no") are language-neutral.
			if (!el || text === '' || el.closest('script, style, noscript, math, [translate="no"]'))
				continue;
			const visible = el.tagName === 'OPTION' || el.checkVisibility({ visibilityProperty: true });
			if (!visible || otherLanguage(el)) continue;
			texts.push({ text, where: describe(el) });
		}
		const attributes: { text: string; where: string }[] = [];
		for (const el of document.body.querySelectorAll('*')) {
			if (otherLanguage(el)) continue;
			for (const name of ['aria-label', 'title', 'placeholder', 'aria-valuetext', 'alt']) {
				const text = el.getAttribute(name)?.replace(/\s+/g, ' ').trim();
				if (text) attributes.push({ text, where: `${describe(el)} [${name}]` });
			}
		}
		return { texts, attributes };
	}, htmlLang[lang]);
}

const CJK = /[\u3000-\u303f\u3400-\u9fff\uf900-\ufaff\uff00-\uffef]/;

/** Strings that are not in `lang`: CJK in English, English words in Chinese. */
function untranslated(strings: Offence[], lang: Lang): Offence[] {
	const withoutDataNames = (text: string) =>
		dataNames.reduce((rest, name) => rest.split(name).join(' '), text);
	if (lang === 'en') return strings.filter(({ text }) => CJK.test(withoutDataNames(text)));
	return strings.filter(({ text }) => {
		const words =
			withoutDataNames(text)
				.replace(/https?:\/\/\S+/g, '')
				.match(/[A-Za-z][A-Za-z&'’-]*/g) ?? [];
		return words.some((w) => !allowedInChinese.has(w));
	});
}

const report = (offences: Offence[]) => offences.map((o) => `${o.where}: ${o.text}`);

/** A busy dashboard: a changed growth, an entered figure, every details element open. */
async function exerciseDashboard(page: Page, lang: Lang) {
	const t = messages[lang];
	const control = page.locator('[data-driver="employed"]');
	await control.locator('summary').click();
	await control.getByLabel(t.enterValueValue, { exact: true }).fill('1230');
	await control.getByRole('button', { name: t.enterValueAdd }).click();
	await page.locator('#slider-tech_contracts').focus();
	await page.keyboard.press('PageDown');
	await page.locator('[data-driver="rd_spend"] input.typed').fill('abc');
	await page.locator('[data-driver="rd_spend"] input.typed').press('Enter');
	await expect(page.getByTestId('changes').getByRole('listitem')).toHaveCount(2);
	await page
		.locator('details')
		.evaluateAll((all) => all.forEach((d) => d.setAttribute('open', '')));
}

async function detailRouteExists(page: Page): Promise<boolean> {
	const response = await page.request.get('/target/rd_intensity');
	return response.ok();
}

for (const lang of ['en', 'zh'] as const) {
	const other: Lang = lang === 'en' ? 'zh' : 'en';

	test.describe(`in ${lang}`, () => {
		test.use({ locale: locale[lang] });

		test(`the language button switches every string to ${other} and keeps the scenario`, async ({
			page
		}) => {
			await open(page);
			await expect(page.locator('html')).toHaveAttribute('lang', htmlLang[lang]);
			await page.locator('#slider-tech_contracts').focus();
			await page.keyboard.press('Home');
			await page.locator('[data-driver="rd_spend"] input.typed').fill('5');
			await page.locator('[data-driver="rd_spend"] input.typed').press('Enter');
			const scenario = { growth: { tech_contracts: -0.2, rd_spend: 0.05 } };
			const evaluation = expectedEvaluation(scenario);
			const verdicts = () =>
				page
					.locator('[data-target]')
					.evaluateAll((cards) => cards.map((c) => c.getAttribute('data-verdict')));
			await expect(page.locator('[data-target="tech_contracts"]')).toHaveAttribute(
				'data-verdict',
				'not_met'
			);
			const before = await verdicts();
			expect(before).toEqual(evaluation.targets.map((r) => r.verdict));

			await page.getByRole('link', { name: messages[lang].switchLang }).click();
			await expect(page.locator('html')).toHaveAttribute('lang', htmlLang[other]);
			await expect(page.getByRole('heading', { level: 1 })).toHaveText(
				messages[other].appTitle(plan.shortTitle[other])
			);
			await expect(page).toHaveTitle(messages[other].appTitle(plan.shortTitle[other]));
			expect(await verdicts()).toEqual(before);
			await expect(page.locator('#slider-tech_contracts')).toHaveValue('-20');
			await expect(page.getByTestId('rate-tech_contracts')).toHaveText(formatRate(-0.2, other));
			await expect(page.getByTestId('rate-rd_spend')).toHaveText(formatRate(0.05, other));
			for (const result of evaluation.targets) {
				const view = targetView(result, evaluation, plan, messages[other], other);
				const card = page.locator(`[data-target="${result.id}"]`);
				await expect(card.getByRole('heading')).toHaveText(view.name);
				await expect(card.locator('[data-field="projected"]')).toHaveText(view.projectedText);
				await expect(card.locator('[data-verdict]').last()).toContainText(view.verdictText);
			}
			const strings = await renderedStrings(page, other);
			expect(report(untranslated(strings.texts, other))).toEqual([]);
		});

		test('the choice of language is remembered across a reload', async ({ page }) => {
			await open(page);
			await page.getByRole('link', { name: messages[lang].switchLang }).click();
			await expect(page.locator('html')).toHaveAttribute('lang', htmlLang[other]);
			await page.reload();
			await page.locator('main[data-hydrated="true"]').waitFor();
			await expect(page.locator('html')).toHaveAttribute('lang', htmlLang[other]);
			await expect(page.getByRole('heading', { level: 1 })).toHaveText(
				messages[other].appTitle(plan.shortTitle[other])
			);
			expect(await page.evaluate(() => localStorage.getItem('bj-targets:lang'))).toBe(other);
		});

		test(`no visible text on the dashboard is left untranslated`, async ({ page }) => {
			await open(page);
			await exerciseDashboard(page, lang);
			const { texts } = await renderedStrings(page, lang);
			expect(texts.length).toBeGreaterThan(100);
			expect(report(untranslated(texts, lang))).toEqual([]);
		});

		test(`no label, tooltip or spoken value on the dashboard is left untranslated`, async ({
			page
		}) => {
			await open(page);
			await exerciseDashboard(page, lang);
			const { attributes } = await renderedStrings(page, lang);
			expect(attributes.length).toBeGreaterThan(20);
			expect(report(untranslated(attributes, lang))).toEqual([]);
		});

		test(`no text on /target/rd_intensity is left untranslated`, async ({ page }) => {
			expect(await detailRouteExists(page), 'the detail route is built').toBe(true);
			await open(page, '/target/rd_intensity');
			await expect(page.locator('html')).toHaveAttribute('lang', htmlLang[lang]);
			await page
				.locator('details')
				.evaluateAll((all) => all.forEach((d) => d.setAttribute('open', '')));
			const { texts, attributes } = await renderedStrings(page, lang);
			expect(report(untranslated([...texts, ...attributes], lang))).toEqual([]);
		});
	});
}
