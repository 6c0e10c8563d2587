// Each language has its own prerendered pages: Chinese at the site's paths, English under /en.
// The HTML of every page already carries its language (so nothing re-renders after start and
// nothing shifts), names the other language's page as an alternate, and links only to pages of
// its own language; the switch goes to the same page in the other language with the scenario.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { messages, open, plan } from './helpers';

const BUILD = 'build';

// A script the page still fetches as a test ends (a part rendered late) must not fail the run.
test.afterEach(({ page }) => page.unrouteAll({ behavior: 'ignoreErrors' }));

/** Every prerendered page of the build, by its address ('/compare', '/en/target/gdp', …). */
function prerenderedPages(): { path: string; html: string }[] {
	const pages: { path: string; html: string }[] = [];
	const walk = (dir: string) => {
		for (const entry of readdirSync(dir, { withFileTypes: true })) {
			const file = join(dir, entry.name);
			if (entry.isDirectory()) {
				if (entry.name !== '_app') walk(file);
			} else if (entry.name.endsWith('.html') && entry.name !== '404.html') {
				const name = relative(BUILD, file).replace(/\.html$/, '');
				pages.push({
					path: name === 'index' ? '/' : `/${name}`,
					html: readFileSync(file, 'utf8')
				});
			}
		}
	};
	walk(BUILD);
	return pages;
}

const langOf = (path: string) => (path === '/en' || path.startsWith('/en/') ? 'en' : 'zh');
const withoutLang = (path: string) =>
	path === '/en' ? '/' : path.startsWith('/en/') ? path.slice(3) : path;

/** The hrefs of a page's elements matching `tag` (a regular expression source for the tag). */
function hrefs(html: string, tag: string): { attrs: string; href: string }[] {
	return [...html.matchAll(new RegExp(`<${tag}\\b([^>]*)>`, 'g'))].flatMap(([, attrs]) => {
		const href = /\shref="([^"]*)"/.exec(attrs!)?.[1];
		return href === undefined ? [] : [{ attrs: attrs!, href }];
	});
}

test('every page is prerendered in both languages, each in its own', () => {
	const pages = prerenderedPages();
	const zh = pages.filter((p) => langOf(p.path) === 'zh').map((p) => p.path);
	const en = pages.filter((p) => langOf(p.path) === 'en').map((p) => withoutLang(p.path));
	expect(zh.length).toBeGreaterThan(20);
	expect(en.sort()).toEqual(zh.sort());
	for (const { path, html } of pages) {
		const lang = langOf(path);
		expect(html, path).toContain(`<html lang="${lang === 'zh' ? 'zh-CN' : 'en'}">`);
		// The header's second line is the language's own text, not filled in after start.
		const t = messages[lang];
		// (The embed view has no header: its heading is the plan's title in the language.)
		expect(html, path).toContain(
			path.endsWith('/embed')
				? `<title>${t.appTitle(plan.shortTitle[lang])}</title>`
				: t.navDashboard
		);
	}
});

test('each page names both languages’ pages as alternates and links within its language', () => {
	for (const { path, html } of prerenderedPages()) {
		const page = new URL(path, 'http://site');
		const at = (href: string) => new URL(href, page).pathname;
		const alternates = Object.fromEntries(
			hrefs(html, 'link')
				.filter(({ attrs }) => /rel="alternate"/.test(attrs))
				.map(({ attrs, href }) => [/hreflang="([^"]*)"/.exec(attrs)![1], at(href)])
		);
		const zhPath = withoutLang(path);
		const enPath = zhPath === '/' ? '/en' : `/en${zhPath}`;
		expect(alternates, path).toEqual({ 'zh-CN': zhPath, en: enPath, 'x-default': zhPath });
		for (const { attrs, href } of hrefs(html, 'a')) {
			if (!/^\.{1,2}\//.test(href) && !href.startsWith('/')) continue;
			const target = at(href);
			if (target.startsWith('/_app/') || /\.\w+$/.test(target)) continue;
			// Only the switch leads to the other language, and it says so.
			const expected = /hreflang=/.test(attrs)
				? langOf(path) === 'zh'
					? 'en'
					: 'zh'
				: langOf(path);
			expect(langOf(target), `${path}: <a href="${href}">`).toBe(expected);
		}
	}
});

/** The layout shifts of the page so far (the cumulative layout shift of the load). */
const layoutShift = (page: Page) =>
	page.evaluate(
		() =>
			new Promise<number>((done) => {
				new PerformanceObserver((list) => {
					const entries = list.getEntries() as (PerformanceEntry & {
						value: number;
						hadRecentInput: boolean;
					})[];
					done(entries.filter((e) => !e.hadRecentInput).reduce((sum, e) => sum + e.value, 0));
				}).observe({ type: 'layout-shift', buffered: true });
				setTimeout(() => done(0), 500);
			})
	);

test('a page loads its own language’s strings only; the switch loads the other’s', async ({
	page
}) => {
	// Each language's strings are a script of their own, found here by a string of each.
	const loaded = { zh: 0, en: 0 };
	page.on('response', async (r) => {
		if (!r.url().endsWith('.js')) return;
		const text = await r.text().catch(() => '');
		if (text.includes(messages.zh.switchLang)) loaded.zh++;
		if (text.includes(messages.en.switchLang)) loaded.en++;
	});
	await open(page, '/en/compare');
	await expect.poll(() => loaded.en).toBe(1);
	expect(loaded.zh).toBe(0);
	// The Chinese strings arrive with the switch, and the page shows them.
	await page.locator('a.lang').click();
	await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
	await expect(page.locator('nav.sections a').first()).toHaveText(messages.zh.navDashboard);
	expect(loaded.zh).toBe(1);
	await expect(page).toHaveURL(/\/compare#.*lang=zh/);
});

test.describe('a switch that fails', () => {
	// A Chinese reader, so the page starts in Chinese and only the switch asks for English.
	test.use({ locale: 'zh-CN' });

	test('a switch whose language cannot load says so, stays, and works once it can', async ({
		page
	}) => {
		let blocked = true;
		await page.route('**/_app/immutable/**/*.js', async (route) => {
			const response = await route.fetch();
			const body = await response.text();
			if (blocked && body.includes(messages.en.switchLang))
				return route.abort('internetdisconnected');
			return route.fulfill({ response, body });
		});
		await open(page, '/compare');
		await page.locator('a.lang').click();
		await expect(page.locator('p.lang-unavailable[role="alert"]')).toHaveText(
			messages.zh.langUnavailable
		);
		await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
		await expect(page.locator('nav.sections a').first()).toHaveText(messages.zh.navDashboard);
		await expect(page).not.toHaveURL(/\/en\//);
		// With the connection back, the same switch works and the message goes.
		blocked = false;
		await page.locator('a.lang').click();
		await expect(page.locator('html')).toHaveAttribute('lang', 'en');
		await expect(page.locator('nav.sections a').first()).toHaveText(messages.en.navDashboard);
		await expect(page.locator('p.lang-unavailable')).toHaveCount(0);
		await expect(page).toHaveURL(/\/en\/compare#/);
	});
});

test.describe('a Chinese browser', () => {
	test.use({ locale: 'zh-CN' });

	test('opens an English address in English, already in the HTML, with no layout shift', async ({
		page
	}) => {
		await open(page, '/en/target/tech_contracts');
		await expect(page.locator('html')).toHaveAttribute('lang', 'en');
		await expect(page.locator('nav.sections a').first()).toHaveText(messages.en.navDashboard);
		await expect(page).toHaveURL(/\/en\/target\/tech_contracts#v=3&.*lang=en/);
		// Once started, the alternates are full addresses, as search engines ask.
		const origin = new URL(page.url()).origin;
		await expect(page.locator('link[rel="alternate"][hreflang="zh-CN"]')).toHaveAttribute(
			'href',
			`${origin}/target/tech_contracts`
		);
		await expect(page.locator('link[rel="alternate"][hreflang="en"]')).toHaveAttribute(
			'href',
			`${origin}/en/target/tech_contracts`
		);
		const shift = await layoutShift(page);
		console.log(`layout shift of /en/target/tech_contracts (zh-CN browser): ${shift.toFixed(4)}`);
		expect(shift).toBeLessThanOrEqual(0.02);
	});

	test('the switch goes to the same page in English with the scenario, and back', async ({
		page
	}) => {
		await open(page, '/target/tech_contracts#v=3&p=beijing-2025&g.tech_contracts=0.2');
		const entries = await page.evaluate(() => history.length);
		const projected = page.locator('[data-field="projected"]').first();
		const chinese = await projected.textContent();
		await page.locator('a.lang').click();
		await expect(page).toHaveURL(/\/en\/target\/tech_contracts#.*g\.tech_contracts=0\.2.*lang=en/);
		await expect(page.locator('html')).toHaveAttribute('lang', 'en');
		await expect(page.locator('nav.sections a').first()).toHaveText(messages.en.navDashboard);
		expect(await page.evaluate(() => history.length)).toBe(entries);
		// The numbers are the scenario's, in English; reloading keeps them.
		const english = await projected.textContent();
		expect(english).not.toBe(chinese);
		await page.reload();
		await expect(page.locator('main')).toHaveAttribute('data-hydrated', 'true');
		await expect(page.locator('html')).toHaveAttribute('lang', 'en');
		await expect(projected).toHaveText(english!);
		// The section links stay in English.
		await page.locator('nav.sections a', { hasText: messages.en.navCompare }).click();
		await expect(page).toHaveURL(/\/en\/compare(#|$)/);
		await page.locator('a.lang').click();
		await expect(page).toHaveURL(/\/compare#.*lang=zh/);
		await expect(page).not.toHaveURL(/\/en\//);
		await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
	});

	test('a link in English opens the English page; the reader’s switch is remembered', async ({
		page
	}) => {
		await open(page, '/#v=3&p=beijing-2025&g.gdp=0.05&lang=en');
		await expect(page).toHaveURL(/\/en#v=3&p=beijing-2025&g\.gdp=0\.05&lang=en/);
		await expect(page.locator('html')).toHaveAttribute('lang', 'en');
		// The link's language was for that visit only: the Chinese address opens in Chinese.
		await open(page, '/hindcast');
		await expect(page).toHaveURL(/\/hindcast#/);
		await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
		// The reader's own switch is remembered: the next visit to a Chinese address goes to English.
		await page.locator('a.lang').click();
		await expect(page).toHaveURL(/\/en\/hindcast#/);
		await open(page, '/plans');
		await expect(page).toHaveURL(/\/en\/plans#/);
	});

	test('the switch works without JavaScript too: a plain link to the other page', async ({
		browser
	}) => {
		const context = await browser.newContext({ javaScriptEnabled: false, locale: 'zh-CN' });
		const page = await context.newPage();
		await page.goto('/compare');
		await page.locator('a.lang').click();
		await expect(page).toHaveURL(/\/en\/compare$/);
		await expect(page.locator('nav.sections a').first()).toHaveText(messages.en.navDashboard);
		await expect(page.locator('h1')).toHaveText(/2025/);
		await context.close();
	});
});
