// The Content Security Policy (kit.csp in svelte.config.js, a <meta> tag on every prerendered
// page) blocks nothing the app does: no page reports a violation or logs a CSP error, and the
// dashboard still hydrates and recomputes when a slider moves (mathjs compiles without eval).
import { expect, test, type Page } from '@playwright/test';
import { open, plan } from './helpers';

declare global {
	interface Window {
		__cspViolations: string[];
	}
}

const routes = [
	'/',
	'/compare',
	'/hindcast',
	'/plans',
	'/learn',
	'/learn/playground',
	'/embed',
	...plan.targets.map((t) => `/target/${t.id}`)
];

test.use({ locale: 'en-US' });

/** Records violations on window (from the first script on) and CSP errors in the console. */
async function watch(page: Page): Promise<string[]> {
	await page.addInitScript(() => {
		window.__cspViolations = [];
		document.addEventListener('securitypolicyviolation', (e) =>
			window.__cspViolations.push(
				`${e.violatedDirective} blocked ${e.blockedURI} (${e.sourceFile}:${e.lineNumber})`
			)
		);
	});
	const consoleErrors: string[] = [];
	page.on('console', (message) => {
		const text = message.text();
		if (/content security policy/i.test(text)) consoleErrors.push(text);
	});
	return consoleErrors;
}

test('every page carries the policy in a meta tag, without unsafe-eval', async ({ page }) => {
	await open(page);
	const policy = await page
		.locator('meta[http-equiv="content-security-policy"]')
		.getAttribute('content');
	expect(policy).toContain("default-src 'self'");
	expect(policy).toMatch(/script-src 'self' 'sha256-/);
	expect(policy).toContain("object-src 'none'");
	expect(policy).not.toContain('unsafe-eval');
});

for (const route of routes) {
	test(`${route} runs under the policy with no violations`, async ({ page }) => {
		const consoleErrors = await watch(page);
		await open(page, route);
		// Give late work (lazy chunks, charts drawn after mount) a moment to trip the policy.
		await page.waitForLoadState('networkidle');
		expect(await page.evaluate(() => window.__cspViolations)).toEqual([]);
		expect(consoleErrors).toEqual([]);
	});
}

test('under the policy the dashboard hydrates and a slider still changes a card', async ({
	page
}) => {
	const consoleErrors = await watch(page);
	await open(page);
	await expect(page.locator('[data-target]')).toHaveCount(8);
	const card = page.locator('[data-target="tech_contracts"] [data-field="projected"]');
	const before = await card.textContent();
	const slider = page.locator('#slider-tech_contracts');
	await slider.focus();
	await slider.press('End');
	await expect(card).not.toHaveText(before ?? '');
	// The share menu's QR code (an SVG data: URL, allowed by img-src) draws too.
	await page.getByTestId('share-button').click();
	await expect(page.getByTestId('share-qr')).toBeVisible();
	expect(await page.evaluate(() => window.__cspViolations)).toEqual([]);
	expect(consoleErrors).toEqual([]);
});
