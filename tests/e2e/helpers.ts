// Shared steps for the browser tests: open a page of the built app and wait until it is
// hydrated (input before hydration would be lost).
import { mkdir, writeFile } from 'node:fs/promises';
import { expect, type Page } from '@playwright/test';
import { messages } from '../../src/lib/i18n/messages';
import { observations, plan } from '../../src/lib/model/data';
import { emptyScenario, evaluateScenario, type Lang, type Scenario } from '../../src/lib/model';

export async function open(page: Page, path = '/'): Promise<void> {
	await page.goto(path);
	await page.locator('main[data-hydrated="true"]').waitFor();
}

/**
 * Marks the prerendered elements that match `selector` (`data-prerendered`) before any script
 * runs: a part rendered live later (Deferred.svelte) replaces them, so none is left once it is.
 */
export async function markPrerendered(page: Page, selector: string): Promise<void> {
	await page.addInitScript((selector) => {
		document.addEventListener('readystatechange', () => {
			if (document.readyState !== 'interactive') return;
			for (const element of document.querySelectorAll<HTMLElement>(selector))
				element.dataset.prerendered = '';
		});
	}, selector);
}

/**
 * Opens a page and waits until the installed service worker controls it (the test must allow
 * service workers: `test.use({ serviceWorkers: 'allow' })`).
 */
export async function openControlled(page: Page, path = '/'): Promise<void> {
	await open(page, path);
	await page.evaluate(async () => {
		await navigator.serviceWorker.ready;
	});
	// A page opened before its worker activated is not controlled until it loads again.
	if (!(await page.evaluate(() => navigator.serviceWorker.controller !== null))) {
		await page.reload();
		await page.locator('main[data-hydrated="true"]').waitFor();
	}
	expect(await page.evaluate(() => navigator.serviceWorker.controller?.state)).toBe('activated');
}

export function expectedEvaluation(scenario: Partial<Scenario> = {}) {
	return evaluateScenario(plan, observations, { ...emptyScenario(), ...scenario });
}

export { messages, observations, plan, type Lang };

/**
 * A screenshot of the whole page into tests/screenshots. Parts below the fold skip rendering until
 * scrolled to (`content-visibility: auto`), which a full-page capture never does, so they would
 * show as empty frames: they are made visible first, through the CSSOM (the page's CSP refuses an
 * injected style sheet, and Playwright's own `style` option left them blank).
 */
export async function fullPageScreenshot(page: Page, path: string): Promise<void> {
	await page.evaluate(async () => {
		for (const el of document.querySelectorAll<HTMLElement>('*'))
			if (getComputedStyle(el).contentVisibility === 'auto') el.style.contentVisibility = 'visible';
		await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
	});
	await page.screenshot({ path, fullPage: true });
}

/**
 * Writes a downloaded image into tests/screenshots (made if missing: a clean clone has no such
 * folder, and only Playwright's own screenshots create it).
 */
export async function saveScreenshotFile(name: string, data: Buffer): Promise<void> {
	await mkdir('tests/screenshots', { recursive: true });
	await writeFile(`tests/screenshots/${name}`, data);
}
