// Accessibility in the browser: an axe audit of every route in both languages (a violation of any
// impact fails, minor ones included; axe's "needs review" results are not violations), and a
// keyboard path from the top of the dashboard to a card's details link with a visible focus ring
// throughout.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { messages, open, plan, type Lang } from './helpers';

const locale: Record<Lang, string> = { en: 'en-US', zh: 'zh-CN' };
const routes = [
	'/',
	'/compare',
	'/hindcast',
	'/plans',
	'/learn',
	'/learn/playground',
	'/embed',
	'/classroom',
	'/classroom#v=1&d=2026-12&ch=tech_contracts:p,rd_intensity:r&lock=g.gdp',
	'/classroom#v=1&d=2026-12&ch=digital_economy_growth:p,rd_intensity:p&real=2022',
	'/card',
	...plan.targets.map((t) => `/target/${t.id}`)
];

async function routeExists(page: Page, path: string): Promise<boolean> {
	return (await page.request.get(path)).ok();
}

for (const lang of ['en', 'zh'] as const) {
	test.describe(`in ${lang}`, () => {
		test.use({ locale: locale[lang] });

		for (const path of routes) {
			test(`${path} has no axe violations`, async ({ page }) => {
				// Every route is built: a missing one fails here rather than being skipped.
				expect(await routeExists(page, path), `${path} is built`).toBe(true);
				await open(page, path);
				await expect(page.locator('html')).toHaveAttribute('lang', lang === 'zh' ? 'zh-CN' : 'en');
				const results = await new AxeBuilder({ page }).analyze();
				expect(
					results.violations.map(
						(v) =>
							`${v.id} (${v.impact}): ${v.help} — ${v.nodes.length} node(s): ${v.nodes
								.slice(0, 8)
								.map((n) => n.target.join(' '))
								.join(', ')}`
					)
				).toEqual([]);
			});
		}

		test('Tab from the top reaches every kind of control with a visible focus ring', async ({
			page
		}) => {
			await open(page);
			await expect(page.locator('header a.lang')).toContainText(messages[lang].switchLang);
			// What each stop must be, in the order the keyboard meets them.
			const wanted = [
				['language switch', 'header a.lang'],
				['first preset', '[data-preset="trend"]'],
				['last preset', '[data-preset="plan_view"]'],
				['a slider', 'input[type="range"][id^="slider-"]'],
				['a typed field', '[data-driver] input.typed'],
				["a card's details link", '[data-target] a[href*="/target/"]']
			] as const;
			const reached: string[] = [];
			const unringed: string[] = [];
			for (let i = 0; i < 300 && reached.length < wanted.length; i++) {
				await page.keyboard.press('Tab');
				const [name, selector] = wanted[reached.length]!;
				const stop = await page.evaluate((sel) => {
					const el = document.activeElement;
					if (!el || !el.matches(sel)) return null;
					const style = getComputedStyle(el);
					return {
						ring: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0,
						outline: `${style.outlineStyle} ${style.outlineWidth} ${style.outlineColor}`
					};
				}, selector);
				if (!stop) continue;
				reached.push(name);
				if (!stop.ring) unringed.push(`${name}: outline ${stop.outline}`);
			}
			expect(reached).toEqual(wanted.map(([name]) => name));
			expect(unringed).toEqual([]);
		});
	});
}
