// The scenario card on the built app: it shows the dashboard's verdicts and numbers for a link,
// the data vintage, today's date, the link and its QR code, and it prints as exactly one A4 page
// — also with many assumptions and probabilities on. Each verdict's confidence grade is the
// dashboard card's.
import { expect, test, type Page } from '@playwright/test';
import { cardMessages } from '../../src/lib/i18n/cardMessages';
import { compareMessages } from '../../src/lib/i18n/compareMessages';
import { exportMessages } from '../../src/lib/i18n/exportMessages';
import { serializeSaved } from '../../src/lib/scenario/savedFile';
import { observations, open, plan } from './helpers';

test.use({ locale: 'en-US' });
const m = cardMessages.en;
const LINK = 'v=1&g.tech_contracts=-0.2&g.rd_spend=0.12&tol=0.1&d=2026-12';
// Every driver set, per-year rates and probabilities: the longest card this suite makes.
const BUSY =
	'v=1&' +
	plan.drivers.map((d, i) => `g.${d.id}=0.0${i % 9}..0.1${i % 9}`).join('&') +
	'&y.gdp.2025=0.03&y.rd_spend.2025=0.09&tol=0.1&gw=3&unc=persistent&draws=2000&d=2026-12';

/** The pages in a PDF: `/Type /Page` objects, less the page tree's own `/Type /Pages`. */
function pdfPages(pdf: Buffer): number {
	const text = pdf.toString('latin1');
	const count = (re: RegExp) => (text.match(re) ?? []).length;
	return count(/\/Type\s*\/Page/g) - count(/\/Type\s*\/Pages/g);
}

async function rows(page: Page, selector: string) {
	return page.locator(selector).evaluateAll((els) =>
		els.map((el) => ({
			id: el.getAttribute('data-target'),
			verdict: el.getAttribute('data-verdict'),
			projected: el.querySelector('[data-field="projected"]')?.textContent?.trim(),
			target: el.querySelector('[data-field="target"]')?.textContent?.trim()
		}))
	);
}

test('the card shows the dashboard’s verdicts and numbers for a link', async ({ page }) => {
	await open(page, `/#${LINK}`);
	const numeric = plan.targets
		.filter((t) => t.target !== null)
		.map((t) => `[data-target="${t.id}"]`);
	const dashboard = await rows(page, `article:is(${numeric.join(',')})`);
	expect(dashboard).toHaveLength(numeric.length);
	const grades = (selector: string) =>
		page.locator(selector).evaluateAll((els) => els.map((el) => el.getAttribute('data-grade')));
	const dashboardGrades = await grades(
		numeric.map((n) => `article${n} [data-field="confidence"]`).join(',')
	);
	expect(dashboardGrades).toHaveLength(numeric.length);

	await open(page, `/card#${LINK}`);
	const card = page.getByTestId('card');
	expect(await rows(page, '[data-card] tbody tr')).toEqual(dashboard);
	expect(await grades('[data-testid="card-confidence"] [data-target]')).toEqual(dashboardGrades);
	await expect(card.locator('h2')).toHaveText(plan.shortTitle.en);
	await expect(page.getByTestId('card-assumptions')).toContainText('Technology contracts');
	await expect(page.getByTestId('card-vintage')).toContainText(observations.vintage);
	await expect(page.getByTestId('card-date')).toContainText(
		new Intl.DateTimeFormat('en-GB', { year: 'numeric', month: 'long', day: 'numeric' }).format(
			new Date()
		)
	);
	const link = await page.getByTestId('card-link').textContent();
	expect(link).toMatch(
		/^http:\/\/[^/]+\/en#v=3&p=beijing-2025&g\.rd_spend=0\.12&g\.tech_contracts=-0\.2&tol=0\.1&lang=en&d=2026-12$/
	);
	const qr = page.getByTestId('card-qr');
	await expect(qr).toHaveAttribute('alt', m.qrAlt);
	await expect(qr).toHaveAttribute('src', /^data:image\/svg\+xml/);

	// The reader's own title goes on the card.
	await page.getByTestId('card-title-input').fill('Class 3 · pessimistic contracts');
	await expect(page.getByTestId('card-title')).toHaveText('Class 3 · pessimistic contracts');
});

test('the export menu opens the card with the current scenario', async ({ page }) => {
	await open(page, `/#${LINK}`);
	await page.getByTestId('export-button').click();
	await page.getByRole('link', { name: exportMessages.en.card }).click();
	await page.waitForURL(/\/card#/);
	await expect(page.getByTestId('card')).toBeVisible();
	await expect(page.locator('[data-card] tr[data-target="tech_contracts"]')).toHaveAttribute(
		'data-verdict',
		'not_met'
	);
});

test('a saved scenario’s card takes its name as the title', async ({ page }) => {
	const name = 'Plan B · 悲观 <i>contracts</i>';
	const list = serializeSaved([{ id: 'b', name, link: LINK, savedAt: '2026-11-29T10:00:00.000Z' }]);
	await page.addInitScript((text) => {
		if (sessionStorage.getItem('seeded')) return;
		sessionStorage.setItem('seeded', '1');
		localStorage.setItem('bj-targets:scenarios', text);
	}, list);
	await open(page, '/compare');
	await page.getByRole('link', { name: compareMessages.en.cardLabel(name) }).click();
	await page.waitForURL(/\/card#/);
	await expect(page.getByTestId('card-title')).toHaveText(name);
	await expect(page.getByTestId('card-title-input')).toHaveValue(name);
	await expect(page.locator('[data-card] tr[data-target="tech_contracts"]')).toHaveAttribute(
		'data-verdict',
		'not_met'
	);
});

test('a scenario saved under a name takes it to the card opened from the share menu', async ({
	page
}) => {
	await open(page, `/compare#${LINK}`);
	await page.locator('#save-name').fill('Plan C · 合同下滑');
	await page.locator('[data-action="save-current"]').click();
	await expect(
		page.getByRole('link', { name: compareMessages.en.cardLabel('Plan C · 合同下滑') })
	).toBeVisible();
	// The dashboard with the same scenario, its settings written in another order.
	await open(page, '/#v=1&tol=0.1&g.rd_spend=0.12&g.tech_contracts=-0.2&lang=en&d=2026-12');
	await page.getByTestId('share-button').click();
	await expect(page.getByTestId('share-name')).toContainText('Plan C · 合同下滑');
	await expect(page.getByTestId('share-link')).toHaveValue(/&n=Plan%20C%20%C2%B7%20/);
	await page.getByTestId('share-card').click();
	await page.waitForURL(/\/card#/);
	await expect(page.getByTestId('card-title')).toHaveText('Plan C · 合同下滑');

	// Once a setting moves, the scenario is no longer the saved one: the card has no name.
	await open(page, '/#v=1&tol=0.1&g.rd_spend=0.13&g.tech_contracts=-0.2&lang=en&d=2026-12');
	await page.getByTestId('export-button').click();
	await expect(page.getByTestId('export-card')).not.toHaveAttribute('href', /n=/);
	await page.getByTestId('export-card').click();
	await page.waitForURL(/\/card#/);
	await expect(page.getByTestId('card')).toBeVisible();
	await expect(page.getByTestId('card-title')).toHaveCount(0);
});

test('a named link keeps its name on the way to the card, from the dashboard and a target page', async ({
	page
}) => {
	for (const path of ['/', '/target/rd_intensity']) {
		await open(page, `${path}#${LINK}&n=Workshop%20A`);
		await page.getByTestId('export-button').click();
		await page.getByTestId('export-card').click();
		await page.waitForURL(/\/card#/);
		await expect(page.getByTestId('card-title')).toHaveText('Workshop A');
	}
	// The dashboard's share menu as well (the target page shares through its export menu).
	await open(page, `/#${LINK}&n=Workshop%20A`);
	await page.getByTestId('share-button').click();
	await page.getByTestId('share-card').click();
	await page.waitForURL(/\/card#/);
	await expect(page.getByTestId('card-title')).toHaveText('Workshop A');
});

for (const [name, link] of [
	['a short scenario', LINK],
	['a busy scenario with probabilities', BUSY]
] as const)
	for (const lang of ['en', 'zh'] as const)
		test(`${name} prints as one A4 page in ${lang}`, async ({ page }) => {
			await open(page, `/card#${link}&lang=${lang}`);
			await expect(page.getByTestId('card-qr')).toBeVisible();
			await page
				.getByTestId('card-title-input')
				.fill('A long scenario title, as a teacher might type it');
			const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
			expect(pdfPages(pdf)).toBe(1);
		});
