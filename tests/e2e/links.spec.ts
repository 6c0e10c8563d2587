// Share links that last: a link copied from the share menu reopens the same numbers and chart in
// a fresh browser; Back / Forward step through committed changes; every hostile link of
// tests/hostile-links.json leaves a working page that ran nothing and says what it ignored; the
// scenario comes back after a reload; the embed view and the share menu do what they say; a
// sample of generated, mutated links lists exactly what it ignored (tests/unit/link-parts.ts).
import AxeBuilder from '@axe-core/playwright';
import fc from 'fast-check';
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { targetView } from '../../src/lib/view/targetView';
import { formatRate } from '../../src/lib/i18n/format';
import { menuMessages } from '../../src/lib/i18n/menuMessages';
import { shareMessages } from '../../src/lib/i18n/shareMessages';
import type { DriverId, Scenario, TargetId } from '../../src/lib/model';
import { decodeLink, safePart } from '../../src/lib/scenario/link';
import { checkParts, generatedLink } from '../unit/link-parts';
import { expectedEvaluation, messages, observations, open, plan } from './helpers';

const hostileLinks: string[] = JSON.parse(readFileSync('tests/hostile-links.json', 'utf8'));
const t = messages.en;
const s = shareMessages.en;
test.use({ locale: 'en-US' });

/** Verdict, projection and required growth of every card, by target id. */
async function cardNumbers(page: Page) {
	await expect(page.locator('[data-target]')).toHaveCount(plan.targets.length);
	return page.locator('[data-target]').evaluateAll((cards) =>
		Object.fromEntries(
			cards.map((card) => [
				card.getAttribute('data-target'),
				{
					verdict: card.getAttribute('data-verdict'),
					projected: card.querySelector('[data-field="projected"]')?.textContent?.trim(),
					required: card.querySelector('[data-field="required"]')?.textContent?.trim() ?? null
				}
			])
		)
	);
}

/** The `d` of every path in the target chart, once the chart has its width. */
async function chartPaths(page: Page, id: TargetId): Promise<string[]> {
	const svg = page.locator(`svg[data-chart="${id}"]`);
	await expect(svg).toBeVisible();
	await expect(svg).not.toHaveAttribute('width', '0');
	return svg.locator('path').evaluateAll((paths) => paths.map((p) => p.getAttribute('d') ?? ''));
}

async function pressOn(page: Page, driver: DriverId, ...keys: string[]) {
	const slider = page.locator(`#slider-${driver}`);
	await slider.focus();
	for (const key of keys) await page.keyboard.press(key);
}

const rate = (page: Page, driver: DriverId) => page.getByTestId(`rate-${driver}`);
const shareButton = (page: Page) => page.getByTestId('share-button');

async function openShareMenu(page: Page) {
	await shareButton(page).click();
	await expect(page.getByTestId('share-panel')).toBeVisible();
}

test('a copied link reopens the same numbers and the same chart in a fresh browser', async ({
	page,
	browser
}) => {
	await open(page);
	await pressOn(page, 'tech_contracts', 'ArrowRight', 'ArrowRight', 'ArrowRight');
	await pressOn(page, 'rd_spend', 'PageDown');
	await pressOn(page, 'basic_spend', 'End');
	await expect(rate(page, 'basic_spend')).toHaveText(formatRate(0.3, 'en'));
	const numbers = await cardNumbers(page);

	await openShareMenu(page);
	const link = await page.getByTestId('share-link').inputValue();
	expect(link).toBe(page.url());
	expect(link).toMatch(
		/#v=3&p=beijing-2025&g\.rd_spend=.*&g\.basic_spend=0\.3&.*g\.tech_contracts=/
	);

	const fresh = await browser.newContext({ locale: 'en-US' });
	const other = await fresh.newPage();
	await open(other, link);
	expect(await cardNumbers(other)).toEqual(numbers);
	await expect(other.getByTestId('notice')).toHaveCount(0);

	// The detail page of one target, reached by its link on the dashboard, then shared.
	await page.keyboard.press('Escape');
	await page.locator('[data-target="tech_contracts"] a[href$="/target/tech_contracts"]').click();
	await expect(page).toHaveURL(/\/target\/tech_contracts#v=3&p=beijing-2025&.*view=tech_contracts/);
	const paths = await chartPaths(page, 'tech_contracts');
	expect(paths.length).toBeGreaterThan(2);
	await open(other, page.url());
	await expect.poll(() => chartPaths(other, 'tech_contracts'), { timeout: 10_000 }).toEqual(paths);
	await expect(other.locator('[data-target-detail] [data-field="projected"]')).toHaveText(
		numbers.tech_contracts!.projected!
	);
	await fresh.close();
});

test('Back and Forward step through committed changes', async ({ page }) => {
	await open(page);
	const id: DriverId = 'tech_contracts';
	const start = await rate(page, id).textContent();
	await pressOn(page, id, 'ArrowRight');
	const first = await rate(page, id).textContent();
	// Key presses on one slider less than a second apart are one step: these are two.
	await page.waitForTimeout(1200);
	await pressOn(page, id, 'ArrowRight');
	const second = await rate(page, id).textContent();
	expect(new Set([start, first, second]).size).toBe(3);

	for (const [step, expected] of [
		['back', first],
		['back', start],
		['forward', first],
		['forward', second],
		['back', first]
	] as const) {
		if (step === 'back') await page.goBack();
		else await page.goForward();
		await expect(rate(page, id), `${step} → ${expected}`).toHaveText(expected!);
	}
	// What Back shows is a whole scenario: the cards follow the slider.
	const growth = decodeLink(page.url(), { plan, data: observations }).state.scenario.growth;
	const evaluation = expectedEvaluation({ growth });
	const result = evaluation.targets.find((r) => r.id === id)!;
	await expect(page.locator(`[data-target="${id}"] [data-field="projected"]`)).toHaveText(
		targetView(result, evaluation, plan, t, 'en').projectedText
	);
});

test('every hostile link leaves a working page that ran nothing and says what it ignored', async ({
	page
}) => {
	test.setTimeout(240_000);
	const dialogs: string[] = [];
	page.on('dialog', (dialog) => {
		dialogs.push(dialog.message());
		void dialog.dismiss();
	});
	const errors: string[] = [];
	page.on('pageerror', (error) => errors.push(error.message));

	for (const [index, entry] of hostileLinks.entries()) {
		const label = `entry ${index}: ${JSON.stringify(entry.slice(0, 60))}`;
		// The fragment as the browser keeps it (it percent-encodes some characters).
		const hash = new URL(`/#${entry}`, 'http://127.0.0.1').hash;
		const decoded = decodeLink(hash, { plan, data: observations });

		await page.goto('about:blank');
		await page.goto(`/#${entry}`);
		await expect(page.locator('main[data-hydrated="true"]'), label).toBeAttached();
		if (decoded.state.view) {
			await expect(page, label).toHaveURL(new RegExp(`/target/${decoded.state.view}#`));
			await expect(page.locator(`svg[data-chart="${decoded.state.view}"]`), label).toBeVisible();
		} else {
			await expect(page.locator('[data-target]:visible'), label).toHaveCount(plan.targets.length);
		}

		const notice = page.getByTestId('notice');
		if (decoded.ignored.length > 0) {
			await expect(notice, label).toBeVisible();
			await expect(notice, label).toHaveAttribute('data-kind', 'link_ignored');
			// Ignored parts are quoted as text, never as markup.
			await expect(notice.locator('code *'), label).toHaveCount(0);
		} else {
			await expect(notice.and(page.locator('[data-kind="link_ignored"]')), label).toHaveCount(0);
		}

		const injected = await page.evaluate(() => ({
			pwned: (window as unknown as { __pwned?: unknown }).__pwned !== undefined,
			elements: document.querySelectorAll(
				'img[src="x"], svg[onload], iframe, [onerror], [onload], [onmouseover]'
			).length
		}));
		expect(injected, label).toEqual({ pwned: false, elements: 0 });
	}
	expect(dialogs).toEqual([]);
	expect(errors).toEqual([]);
});

test('the scenario comes back in a new page, with a notice and a way to start fresh', async ({
	page,
	context
}) => {
	await open(page);
	const id: DriverId = 'zgc_revenue';
	const start = await rate(page, id).textContent();
	await pressOn(page, id, 'PageUp');
	const changed = await rate(page, id).textContent();
	expect(changed).not.toBe(start);

	const again = await context.newPage();
	await open(again, '/');
	await expect(rate(again, id)).toHaveText(changed!);
	const notice = again.getByTestId('notice');
	await expect(notice).toHaveAttribute('data-kind', 'restored');
	await expect(notice).toContainText(t.noticeRestored);

	await notice.getByRole('button', { name: t.startFresh }).click();
	await expect(rate(again, id)).toHaveText(start!);
	await expect(notice).toHaveCount(0);
	await expect(again).toHaveURL(/#v=3&p=beijing-2025&lang=en&d=/);
});

test.describe('the embed view', () => {
	test('shows one target’s verdict and chart from a link, and opens it in the full app', async ({
		page
	}) => {
		const growth = { tech_contracts: -0.2 };
		const link = `v=1&g.tech_contracts=-0.2&lang=en&view=tech_contracts&d=${observations.vintage}`;
		const evaluation = expectedEvaluation({ growth });
		const result = evaluation.targets.find((r) => r.id === 'tech_contracts')!;
		const view = targetView(result, evaluation, plan, t, 'en');
		expect(result.verdict).toBe('not_met');

		await open(page, `/embed#${link}`);
		const target = page.locator('[data-target="tech_contracts"]');
		await expect(target).toHaveAttribute('data-verdict', result.verdict);
		await expect(target.locator('[data-verdict]')).toContainText(t.verdict.not_met);
		await expect(target.locator('[data-field="projected"]')).toHaveText(view.projectedText);
		await expect(page.locator('svg[data-chart="tech_contracts"]')).toBeVisible();
		await expect(page.getByTestId('embed').locator('input, button, select, textarea')).toHaveCount(
			0
		);
		await expect(page.getByTestId('embed-vintage')).toHaveText(
			s.embedVintage(observations.vintage, evaluation.asOf)
		);
		// The assumptions behind the verdict stand beside it: the changed driver and the as-of year.
		const assumptions = page.getByTestId('embed-assumptions');
		await expect(assumptions).toContainText('Technology contracts');
		await expect(assumptions).toContainText(formatRate(-0.2, 'en'));
		await expect(assumptions).toContainText(String(evaluation.asOf));

		const full = page.getByTestId('open-full');
		await expect(full).toHaveAttribute(
			'href',
			`/en/target/tech_contracts#${link.replace('v=1&', 'v=3&p=beijing-2025&')}`
		);
		const [app] = await Promise.all([page.waitForEvent('popup'), full.click()]);
		await app.locator('main[data-hydrated="true"]').waitFor();
		await expect(app.locator('[data-target-detail] [data-verdict]').first()).toHaveAttribute(
			'data-verdict',
			'not_met'
		);

		const axe = await new AxeBuilder({ page }).analyze();
		expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual(
			[]
		);
	});

	test('without a view shows every target’s verdict compactly', async ({ page }) => {
		const scenario: Partial<Scenario> = { growth: { zgc_revenue: 0.3 } };
		await open(page, '/embed#v=1&g.zgc_revenue=0.3&lang=en');
		const evaluation = expectedEvaluation(scenario);
		for (const result of evaluation.targets) {
			const row = page.locator(`[data-target="${result.id}"]`);
			await expect(row).toHaveAttribute('data-verdict', result.verdict);
			await expect(row.locator('[data-field="projected"]')).toHaveText(
				targetView(result, evaluation, plan, t, 'en').projectedText
			);
		}
		await expect(page.getByTestId('open-full')).toHaveAttribute(
			'href',
			`/en#v=3&p=beijing-2025&g.zgc_revenue=0.3&lang=en&d=${observations.vintage}`
		);
	});
});

test.describe('the share menu', () => {
	test('copies the link, draws its QR code and offers an embed snippet that works', async ({
		page,
		context
	}) => {
		await context.grantPermissions(['clipboard-read', 'clipboard-write']);
		await open(page);
		await pressOn(page, 'hightech_va', 'ArrowLeft');

		const button = shareButton(page);
		await expect(button).toHaveAttribute('aria-expanded', 'false');
		await openShareMenu(page);
		await expect(button).toHaveAttribute('aria-expanded', 'true');
		const copy = page.getByTestId('copy-link');
		await expect(copy).toBeFocused();
		await copy.click();
		await expect(page.getByTestId('copy-link-status')).toHaveText(s.linkCopied);
		await expect(page.getByTestId('copy-link-status')).toHaveAttribute('aria-live', 'polite');
		expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(page.url());
		await expect(page.getByTestId('share-link')).toHaveValue(page.url());

		const qr = page.getByRole('img', { name: s.qrAlt });
		await expect(qr).toBeVisible();
		await expect(qr).toHaveAttribute('src', /^data:image\/svg\+xml;charset=utf-8,%3Csvg/);

		const snippet = await page.getByTestId('share-embed').inputValue();
		expect(snippet).toContain('/embed#v=3&amp;p=beijing-2025');
		expect(snippet).toMatch(
			/^<iframe src="http:\/\/127\.0\.0\.1:\d+\/en\/embed#v=3&amp;p=beijing-2025&amp;g\.hightech_va=/
		);
		await page.getByTestId('copy-embed').click();
		await expect(page.getByTestId('copy-embed-status')).toHaveText(s.embedCopied);
		expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(snippet);

		// The link follows the state while the menu is open, and so does its QR code.
		const before = await qr.getAttribute('src');
		await page.locator('[data-preset="strong"]').click();
		await expect(page.getByTestId('share-panel')).toHaveCount(0);
		await openShareMenu(page);
		await expect(page.getByTestId('share-link')).toHaveValue(page.url());
		await expect(qr).not.toHaveAttribute('src', before!);

		// Escape closes the menu and gives focus back to its button.
		await page.getByTestId('share-embed').focus();
		await page.keyboard.press('Escape');
		await expect(page.getByTestId('share-panel')).toHaveCount(0);
		await expect(button).toBeFocused();
		await expect(button).toHaveAttribute('aria-expanded', 'false');

		// The snippet, pasted into another page, shows the scenario's verdicts.
		const host = await context.newPage();
		await host.setContent(`<!doctype html><title>host</title>${snippet}`);
		const embed = host.frameLocator('iframe');
		const evaluation = expectedEvaluation(
			decodeLink(snippet.replaceAll('&amp;', '&'), { plan, data: observations }).state.scenario
		);
		for (const result of evaluation.targets)
			await expect(embed.locator(`[data-target="${result.id}"]`)).toHaveAttribute(
				'data-verdict',
				result.verdict
			);
	});

	test('sits in the toolbar beside a link to saved scenarios and comparison', async ({ page }) => {
		await open(page);
		const compare = page.getByRole('link', { name: menuMessages.en.compare });
		await expect(compare).toHaveAttribute('href', '/en/compare');
		await expect(shareButton(page)).toHaveText(menuMessages.en.share);
		await expect(shareButton(page)).toHaveAttribute('aria-controls', /.+/);
		// In Chinese too.
		await page.locator('header a.lang').click();
		await expect(page.getByRole('link', { name: menuMessages.zh.compare })).toBeVisible();
		await expect(shareButton(page)).toHaveText(menuMessages.zh.share);
	});

	test('where the clipboard refuses, selects the link and says how to copy it', async ({
		page
	}) => {
		await page.addInitScript(() => {
			Object.defineProperty(navigator, 'clipboard', {
				value: { writeText: () => Promise.reject(new DOMException('denied', 'NotAllowedError')) }
			});
		});
		await open(page);
		await openShareMenu(page);
		await page.getByTestId('copy-link').click();
		await expect(page.getByTestId('copy-link-status')).toHaveText(s.copyManually);
		const field = page.getByTestId('share-link');
		await expect(field).toBeFocused();
		const selection = await field.evaluate((el: HTMLInputElement) => [
			el.selectionStart,
			el.selectionEnd,
			el.value.length
		]);
		expect(selection).toEqual([0, selection[2], selection[2]]);
	});

	test('the open menu has no serious accessibility findings; a click elsewhere closes it', async ({
		page
	}) => {
		await open(page);
		await openShareMenu(page);
		await expect(page.getByRole('img', { name: s.qrAlt })).toBeVisible();
		const axe = await new AxeBuilder({ page }).include('[data-testid="share-panel"]').analyze();
		expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual(
			[]
		);
		await page.getByRole('heading', { name: t.assumptions }).click();
		await expect(page.getByTestId('share-panel')).toHaveCount(0);
	});
});

test.describe('a link that pins an earlier data vintage', () => {
	test('opens with that vintage’s numbers, says what changed, and switches in one click', async ({
		page
	}) => {
		const { vintageMessages, describeVintageChange } =
			await import('../../src/lib/i18n/vintageMessages');
		const { diffVintages } = await import('../../src/lib/model/vintageDiff');
		const { validateObservations } = await import('../../src/lib/model/schema');
		const older = validateObservations(
			JSON.parse(readFileSync('seeds/vintages/2026-11.json', 'utf8')),
			'seeds/vintages/2026-11.json'
		);
		const changes = diffVintages(older, observations);
		const m = vintageMessages.en;
		await open(page, '/#v=1&asof=2023&lang=en&d=2026-11');
		const notice = page.getByTestId('notice');
		await expect(notice).toHaveAttribute('data-kind', 'older_data');
		await expect(notice).toContainText(m.heading('2026-11', observations.vintage));
		await expect(page.getByTestId('vintage-changes').locator('li').first()).toHaveText(
			describeVintageChange(changes[0]!, 'en')
		);
		// As of 2023, R&D intensity rests on GDP as first published (old vintage): a projection.
		const card = page.locator('[data-target="rd_intensity"]');
		await expect(card).toHaveAttribute('data-verdict', 'met');
		await expect(page).toHaveURL(/d=2026-11$/);

		await notice.getByRole('button', { name: m.switchTo(observations.vintage) }).click();
		await expect(page.getByTestId('notice')).toHaveCount(0);
		// On the corrected data GDP 2023 alone is on the 5th-census basis: no growth to project with.
		await expect(card).toHaveAttribute('data-verdict', 'needs_assumption');
		await expect(page).toHaveURL(new RegExp(`d=${observations.vintage}$`));
	});

	test('says so in Chinese too', async ({ page }) => {
		const { vintageMessages } = await import('../../src/lib/i18n/vintageMessages');
		await open(page, '/#v=1&lang=zh&d=2026-11');
		await expect(page.getByTestId('notice')).toContainText(
			vintageMessages.zh.heading('2026-11', observations.vintage)
		);
		await expect(
			page.getByRole('button', { name: vintageMessages.zh.switchTo(observations.vintage) })
		).toBeVisible();
	});
});

test('a sample of generated, mutated links lists exactly the parts it ignored and applies the rest', async ({
	page
}) => {
	test.setTimeout(240_000);
	// Links the page can show whole: today's data, the dashboard, at most the 8 parts a notice lists.
	const sample = fc
		.sample(generatedLink, { seed: 11_2025, numRuns: 400 })
		.map((link) => new URL(`/#${link.params}`, 'http://127.0.0.1').hash.slice(1))
		.map((params) => ({ params, decoded: decodeLink(`#${params}`, { plan, data: observations }) }))
		.filter(
			({ decoded }) =>
				decoded.state.view === null &&
				decoded.state.dataVersion === observations.vintage &&
				decoded.ignored.length <= 8
		)
		.slice(0, 20);
	expect(sample).toHaveLength(20);
	expect(sample.filter(({ decoded }) => decoded.ignored.length > 0).length).toBeGreaterThan(5);

	for (const { params, decoded } of sample) {
		const label = JSON.stringify(params);
		// The oracle's verdict on the link as the browser hands it over.
		const verdict = checkParts({ prefix: '#', params });
		expect(verdict.problems, label).toEqual([]);

		await page.goto('about:blank');
		await open(page, `/#${params}`);
		const notice = page.getByTestId('notice');
		const listed = notice.locator('li code');
		if (verdict.ignored.length > 0) {
			await expect(notice, label).toHaveAttribute('data-kind', 'link_ignored');
			await expect(listed, label).toHaveText(verdict.ignored.map(safePart));
		} else
			await expect(notice.and(page.locator('[data-kind="link_ignored"]')), label).toHaveCount(0);

		const lang = decoded.state.lang ?? 'en';
		for (const [id, growth] of Object.entries(decoded.state.scenario.growth))
			if (!decoded.state.scenario.growthRange[id as DriverId])
				await expect(rate(page, id as DriverId), label).toHaveText(formatRate(growth!, lang));
	}
});
