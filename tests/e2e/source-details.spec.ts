// The sources' titles, addresses and notes load on their own (src/lib/model/sourceDetails.ts):
// the dashboard never fetches them, a target page waits for them, and a page whose fetch of them
// fails still opens with its numbers.
import { expect, test, type Page, type Route } from '@playwright/test';
import { messages, open } from './helpers';

test.use({ locale: 'en-US' });

// A script the page still fetches as a test ends (a part rendered late) must not fail the run.
test.afterEach(({ page }) => page.unrouteAll({ behavior: 'ignoreErrors' }));

/** The address of one source the seed data records for R&D intensity (in the words module). */
const A_SOURCE_ADDRESS = 'm.acmerblog.com';

/** Watches the page's scripts: which carried the sources' words; `fail` makes that fetch fail. */
async function watchWords(page: Page, fail = false): Promise<() => string[]> {
	const carried: string[] = [];
	await page.route('**/_app/immutable/**/*.js', async (route: Route) => {
		const response = await route.fetch();
		const body = await response.text();
		if (body.includes(A_SOURCE_ADDRESS)) {
			carried.push(new URL(route.request().url()).pathname);
			if (fail) return route.abort('failed');
		}
		return route.fulfill({ response, body });
	});
	return () => carried;
}

test('the dashboard loads no source words; a target page and the export menu do', async ({
	page
}) => {
	const carried = await watchWords(page);
	await open(page, '/en');
	await expect(page.locator('[data-target]').first()).toBeVisible();
	expect(carried()).toEqual([]);
	await page.getByTestId('export-button').click();
	await expect.poll(() => carried().length).toBe(1);
	await open(page, '/en/target/rd_intensity');
	const table = page.getByTestId('target-table');
	await expect(table.locator(`a[href*="${A_SOURCE_ADDRESS}"]`).first()).toBeAttached();
});

test('a target page whose source words fail to load still opens with its numbers', async ({
	page
}) => {
	const carried = await watchWords(page, true);
	await open(page, '/en/target/rd_intensity');
	expect(carried().length).toBe(1);
	await expect(page.locator('#target-title')).toBeVisible();
	await expect(page.locator('[data-field="projected"]').first()).not.toBeEmpty();
	await expect(page.locator('nav.sections a').first()).toHaveText(messages.en.navDashboard);
});
