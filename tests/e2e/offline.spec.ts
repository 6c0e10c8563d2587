// Offline: once the service worker (src/service-worker.ts) has installed and controls the page,
// the dashboard and a target page load, hydrate and compute with the network cut off.
// Playwright's default `serviceWorkers: 'allow'` lets the worker register in these tests.
import { expect, test } from '@playwright/test';
import { open, openControlled, plan } from './helpers';

test.use({ locale: 'en-US', serviceWorkers: 'allow' });

test('the dashboard loads, hydrates and shows every card offline', async ({ page, context }) => {
	await openControlled(page);
	await context.setOffline(true);
	await page.reload();
	await page.locator('main[data-hydrated="true"]').waitFor();
	await expect(page.locator('[data-target]')).toHaveCount(8);
	// Still computing: a slider moves its card.
	const card = page.locator('[data-target="tech_contracts"] [data-field="projected"]');
	const before = await card.textContent();
	await page.locator('#slider-tech_contracts').focus();
	await page.keyboard.press('End');
	await expect(card).not.toHaveText(before ?? '');
	await context.setOffline(false);
});

test('a target page loads offline, never visited online', async ({ page, context }) => {
	await openControlled(page);
	await context.setOffline(true);
	const spec = plan.targets.at(-1)!;
	await open(page, `/target/${spec.id}`);
	await expect(page.locator('#target-title')).toHaveText(spec.name.en);
	await expect(page.locator('[data-target-detail] [data-verdict]').first()).toBeVisible();
	await context.setOffline(false);
});

test('an address no page was built for starts the app from its shell offline', async ({
	page,
	context
}) => {
	await openControlled(page);
	await context.setOffline(true);
	// A target only a reader's plan file could have: the shell (404.html) starts the app, which
	// says the target is not in the plan shown rather than leaving the page blank.
	await open(page, '/target/no_such_target#v=3&lang=en');
	await expect(page.getByTestId('target-not-found')).toContainText('no_such_target');
	await context.setOffline(false);
});
