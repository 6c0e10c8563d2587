// The app as a commission or a university would serve it: built with BASE_PATH=/targets
// (npm run build:subpath, into build-subpath/) and served at http://host/targets/, nothing
// outside that path. Its pages, links, share link, embed snippet, card link and service worker
// stay under /targets/, and a deep link shows the same numbers as the root build.
import { expect, test, type Page } from '@playwright/test';
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
	await expect(page).toHaveURL(new RegExp(`${BASE}/compare(#|$)`));
});

test('a target page and back stay under /targets', async ({ page }) => {
	await open(page, `${BASE}/#${LINK}`);
	const id = 'tech_contracts';
	await page.locator(`[data-target="${id}"] a[href$="/target/${id}"]`).click();
	await expect(page).toHaveURL(new RegExp(`${BASE}/target/${id}#v=1&`));
	await expect(page.locator('#target-title')).toBeVisible();
	await page.goBack();
	await expect(page).toHaveURL(new RegExp(`${BASE}/#v=1&`));
	await expect(page.locator('[data-target]')).toHaveCount(plan.targets.length);
	await page.locator('nav.sections a').first().click();
	await expect(page).toHaveURL(new RegExp(`${BASE}/#v=1&`));
});

test('the share link, embed snippet and card link carry /targets/', async ({ page, baseURL }) => {
	await open(page, `${BASE}/#${LINK}`);
	await page.getByTestId('share-button').click();
	const link = await page.getByTestId('share-link').inputValue();
	expect(link).toBe(page.url());
	expect(link.startsWith(`${baseURL}${BASE}/#v=1&`)).toBe(true);
	const snippet = await page.getByTestId('share-embed').inputValue();
	const src = /<iframe src="([^"]+)"/.exec(snippet)?.[1]?.replaceAll('&amp;', '&');
	expect(src?.startsWith(`${baseURL}${BASE}/embed#v=1&`)).toBe(true);
	expect(await page.getByTestId('share-card').getAttribute('href')).toMatch(/^\/targets\/card#/);

	// The embed's address opens the embed view with the dashboard's numbers.
	const numbers = await projected(page);
	const embed = await page.context().newPage();
	await open(embed, src!);
	await expect(embed.locator('[data-target] [data-field="projected"]').first()).toBeVisible();
	await embed.close();

	// The card's printed link (and its QR code, drawn from the same text) reopens the dashboard.
	await page.getByTestId('share-card').click();
	await expect(page.getByTestId('card-link')).toHaveText(new RegExp(`^${baseURL}${BASE}/#v=1&`));
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
		await expect(page).toHaveURL(new RegExp(`${BASE}/target/${id}#`));
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
