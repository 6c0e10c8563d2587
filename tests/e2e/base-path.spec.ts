// The app as a commission or a university would serve it: built with BASE_PATH=/targets
// (npm run build:subpath, into build-subpath/) and served at http://host/targets/, nothing
// outside that path. Its pages, links, share link, embed snippet, card link and service worker
// stay under /targets/, a deep link shows the same numbers as the root build, and a newer
// version reaches an open page only when the reader reloads into it.
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { updateMessages } from '../../src/lib/i18n/updateMessages';
import { serveBuild } from '../serve-build.mjs';
import { open, openControlled, plan } from './helpers';

test.use({ locale: 'en-US' });

const BASE = '/targets';
/** The root build of the e2e project, served on PW_PORT (this project's server is on the next). */
const ROOT_ORIGIN = `http://127.0.0.1:${Number(process.env.PW_PORT ?? 4173)}`;
const LINK = 'v=1&g.tech_contracts=0.05&g.gdp=0.052&tol=0.05&lang=en';

/** Every request the page makes to its own origin, by path. */
function ownRequests(page: Page, origin: () => string): string[] {
	const paths: string[] = [];
	page.on('request', (request) => {
		const url = new URL(request.url());
		if (url.origin === origin()) paths.push(url.pathname);
	});
	return paths;
}

const projected = (page: Page) =>
	page.locator('[data-target] [data-field="projected"]').allTextContents();

test('the dashboard opens at /targets/ with every card, fetching nothing outside it', async ({
	page,
	baseURL
}) => {
	const requests = ownRequests(page, () => baseURL!);
	await open(page, `${BASE}/`);
	await expect(page.locator('[data-target]')).toHaveCount(plan.targets.length);
	expect(requests.length).toBeGreaterThan(5);
	expect(requests.filter((path) => !path.startsWith(`${BASE}/`))).toEqual([]);
	// The section links lead into the sub-path.
	for (const link of await page.locator('nav.sections a').all())
		expect(await link.getAttribute('href')).toMatch(/^(\.|\/targets)/);
	await page.locator('nav.sections a').nth(1).click();
	await expect(page).toHaveURL(new RegExp(`${BASE}/en/compare(#|$)`));
});

test('each language has its prerendered pages under /targets, linking to each other', async ({
	page,
	request,
	baseURL
}) => {
	const html = await (await request.get(`${BASE}/en/target/tech_contracts`)).text();
	expect(html).toContain('<html lang="en">');
	const alternates = [...html.matchAll(/<link rel="alternate" hreflang="([^"]+)" href="([^"]+)"/g)];
	const at = (href: string) => new URL(href, `${baseURL}${BASE}/en/target/tech_contracts`).pathname;
	expect(alternates.map(([, lang, href]) => [lang, at(href!)])).toEqual([
		['zh-CN', `${BASE}/target/tech_contracts`],
		['en', `${BASE}/en/target/tech_contracts`],
		['x-default', `${BASE}/target/tech_contracts`]
	]);
	// The switch, at the dashboard of a Chinese browser's visit, leads to /targets/en.
	await page.context().clearCookies();
	await open(page, `${BASE}/en`);
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	await page.locator('a.lang').click();
	await expect(page).toHaveURL(new RegExp(`${BASE}/#v=3&p=beijing-2025&.*lang=zh`));
	await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
});

test('a target page and back stay under /targets', async ({ page }) => {
	await open(page, `${BASE}/#${LINK}`);
	const id = 'tech_contracts';
	await page.locator(`[data-target="${id}"] a[href$="/target/${id}"]`).click();
	await expect(page).toHaveURL(new RegExp(`${BASE}/en/target/${id}#v=3&p=beijing-2025&`));
	await expect(page.locator('#target-title')).toBeVisible();
	await page.goBack();
	await expect(page).toHaveURL(new RegExp(`${BASE}/en#v=3&p=beijing-2025&`));
	await expect(page.locator('[data-target]')).toHaveCount(plan.targets.length);
	await page.locator('nav.sections a').first().click();
	await expect(page).toHaveURL(new RegExp(`${BASE}/en#v=3&p=beijing-2025&`));
});

test('the share link, embed snippet and card link carry /targets/', async ({ page, baseURL }) => {
	await open(page, `${BASE}/#${LINK}`);
	await page.getByTestId('share-button').click();
	const link = await page.getByTestId('share-link').inputValue();
	expect(link).toBe(page.url());
	expect(link.startsWith(`${baseURL}${BASE}/en#v=3&p=beijing-2025&`)).toBe(true);
	const snippet = await page.getByTestId('share-embed').inputValue();
	const src = /<iframe src="([^"]+)"/.exec(snippet)?.[1]?.replaceAll('&amp;', '&');
	expect(src?.startsWith(`${baseURL}${BASE}/en/embed#v=3&p=beijing-2025&`)).toBe(true);
	expect(await page.getByTestId('share-card').getAttribute('href')).toMatch(
		/^\/targets\/en\/card#/
	);

	// The embed's address opens the embed view with the dashboard's numbers.
	const numbers = await projected(page);
	const embed = await page.context().newPage();
	await open(embed, src!);
	await expect(embed.locator('[data-target] [data-field="projected"]').first()).toBeVisible();
	await embed.close();

	// The card's printed link (and its QR code, drawn from the same text) reopens the dashboard.
	await page.getByTestId('share-card').click();
	await expect(page.getByTestId('card-link')).toHaveText(
		new RegExp(`^${baseURL}${BASE}/en#v=3&p=beijing-2025&`)
	);
	await open(page, (await page.getByTestId('card-link').textContent())!);
	expect(await projected(page)).toEqual(numbers);
});

for (const vintage of ['', '&d=2026-11']) {
	test(`a deep link to a target page${vintage ? ' pinning an earlier vintage' : ''} shows the root build's numbers`, async ({
		page
	}) => {
		const id = plan.targets.at(-1)!.id;
		const path = `/target/${id}#${LINK}${vintage}`;
		const detail = page.locator('[data-target-detail] [data-field="projected"]');
		await open(page, `${ROOT_ORIGIN}${path}`);
		const atRoot = await detail.allTextContents();
		const chartAtRoot = await page.locator('[data-target-detail] svg path').count();
		await open(page, `${BASE}${path}`);
		await expect(page).toHaveURL(new RegExp(`${BASE}/en/target/${id}#`));
		expect(atRoot.length).toBeGreaterThan(0);
		expect(await detail.allTextContents()).toEqual(atRoot);
		expect(await page.locator('[data-target-detail] svg path').count()).toBe(chartAtRoot);
	});
}

test.describe('the service worker', () => {
	test.use({ serviceWorkers: 'allow' });

	test('registers with scope /targets/ and serves a target page offline', async ({
		page,
		context,
		baseURL
	}) => {
		await openControlled(page, `${BASE}/`);
		const registration = await page.evaluate(async () => {
			const r = await navigator.serviceWorker.ready;
			return { scope: r.scope, script: r.active?.scriptURL };
		});
		expect(registration).toEqual({
			scope: `${baseURL}${BASE}/`,
			script: `${baseURL}${BASE}/service-worker.js`
		});
		await context.setOffline(true);
		const spec = plan.targets[0]!;
		await open(page, `${BASE}/target/${spec.id}`);
		await expect(page.locator('#target-title')).toHaveText(spec.name.en);
		await context.setOffline(false);
	});
});

/** A copy of build-subpath served at /targets on a free port: a host that can be redeployed. */
async function redeployableHost() {
	const dir = await mkdtemp(join(tmpdir(), 'targets-host-'));
	await cp('build-subpath', dir, { recursive: true });
	const server = await serveBuild({ dir, base: BASE, port: 0 });
	const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
	return {
		origin,
		/** Publishes a newer version: a service worker that differs by a byte is a new worker. */
		async redeploy() {
			const file = join(dir, 'service-worker.js');
			await writeFile(file, `${await readFile(file, 'utf8')}\n// redeployed\n`);
		},
		async close() {
			await new Promise((done) => server.close(done));
			await rm(dir, { recursive: true, force: true });
		}
	};
}

/** Asks for a newer version as a page does when it comes back into view. */
const comeBackIntoView = (page: Page) =>
	page.evaluate(() => document.dispatchEvent(new Event('visibilitychange')));

const waitingWorker = (page: Page) =>
	page.evaluate(async () => (await navigator.serviceWorker.ready).waiting?.state ?? null);

test.describe('a newer version', () => {
	test.use({ serviceWorkers: 'allow' });
	const m = updateMessages.en;

	test('is offered, never taken silently, and loads on Reload', async ({ browser }) => {
		const host = await redeployableHost();
		const context: BrowserContext = await browser.newContext({ locale: 'en-US' });
		try {
			const page = await context.newPage();
			const other = await context.newPage();
			await openControlled(page, `${host.origin}${BASE}/#${LINK}`);
			await openControlled(other, `${host.origin}${BASE}/compare`);
			await expect(page.getByTestId('update-notice')).toHaveCount(0);
			const numbers = await projected(page);

			await host.redeploy();
			await comeBackIntoView(page);
			const notice = page.getByTestId('update-notice');
			await expect(notice).toHaveAttribute('data-offer', 'ready', { timeout: 15_000 });
			await expect(notice).toContainText(m.ready);
			// The newer worker waits: both pages still run on the version they loaded.
			await page.waitForTimeout(1500);
			expect(await waitingWorker(page)).toBe('installed');
			await page.evaluate(() => Object.assign(window, { beforeUpdate: true }));
			const address = page.url();

			await page.getByTestId('update-reload').click();
			await page.waitForFunction(() => !('beforeUpdate' in window));
			await page.locator('main[data-hydrated="true"]').waitFor();
			expect(await waitingWorker(page)).toBeNull();
			await expect(page.getByTestId('update-notice')).toHaveCount(0);
			expect(page.url()).toBe(address);
			expect(await projected(page)).toEqual(numbers);
			// The other tab still runs the older code: it says so and offers to reload.
			await expect(other.getByTestId('update-notice')).toHaveAttribute('data-offer', 'active');
			await expect(other.getByTestId('update-notice')).toContainText(m.active);
		} finally {
			await context.close();
			await host.close();
		}
	});
});
