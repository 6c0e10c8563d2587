// Figures published since the data, on the built app: a figure entered with its source is used as
// published data (the projection starts from it), marked user-supplied in the chart and the table,
// graded in words; a bad entry gets a sentence per problem; the figures download as a data-update
// file that opens in a fresh browser context; the grade shows on each dashboard card.
import { expect, test, type Locator } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { confidenceMessages } from '../../src/lib/i18n/confidenceMessages';
import { dataUpdateMessages } from '../../src/lib/i18n/dataUpdateMessages';
import { applyDataUpdate, type DataUpdateEntry } from '../../src/lib/model/dataUpdate';
import { parseDataUpdate } from '../../src/lib/model/dataUpdateFile';
import { emptyScenario, evaluateScenario } from '../../src/lib/model';
import { observations, open, plan } from './helpers';

test.use({ locale: 'en-US' });

const ENTRY: DataUpdateEntry = {
	series: 'tech_contracts',
	year: 2025,
	value: 9876.5,
	source: {
		title: 'Technology market statistics 2025',
		url: 'https://kw.beijing.gov.cn/example.html',
		date: '2026-02-10'
	}
};

const m = confidenceMessages.en;

/** Fills the panel's form with ENTRY's source and the value typed as given, and submits it. */
async function enterFigure(panel: Locator, value: string) {
	await panel.getByLabel(/^Value/).fill(value);
	await panel.getByLabel('Source title').fill(ENTRY.source.title);
	await panel.getByLabel(/^Source address/).fill(ENTRY.source.url);
	await panel.getByLabel(/^Publication date/).fill(ENTRY.source.date);
	await panel.getByRole('button', { name: 'Use this figure' }).click();
}

test('every dashboard card states its confidence grade in words', async ({ page }) => {
	await open(page, '/');
	const model = evaluateScenario(plan, observations, emptyScenario());
	for (const t of model.targets) {
		const grade = page.locator(`[data-target="${t.id}"] [data-field="confidence"]`);
		await expect(grade).toHaveAttribute('data-grade', t.confidence.grade);
		await expect(grade).toContainText(m.gradeLine(m.grade[t.confidence.grade]));
	}
});

test('a figure entered with its source is used, marked, exported and opened elsewhere', async ({
	page,
	browser
}) => {
	await open(page, '/target/tech_contracts');
	const panel = page.getByTestId('data-updates');

	// A bad entry: one sentence per problem, nothing used.
	await panel.getByLabel('Year').fill('2025');
	await panel.getByLabel(/^Value/).fill('lots');
	await panel.getByRole('button', { name: 'Use this figure' }).click();
	const problems = page.getByTestId('data-update-problems');
	await expect(problems).toContainText('Entry 1: the value should be a number, not “lots”.');
	await expect(problems).toContainText('the source title should be a title of 1 to 300 characters');
	await expect(page.getByTestId('data-update-list')).toHaveCount(0);

	// A good one.
	await enterFigure(panel, '9,876.5');
	await expect(page.getByTestId('data-update-status')).toContainText('user-supplied');
	await expect(problems).toHaveCount(0);

	// Used as published data: the projection for 2025 is the figure itself.
	const expected = evaluateScenario(
		plan,
		applyDataUpdate(observations, [ENTRY]),
		emptyScenario()
	).targets.find((t) => t.id === 'tech_contracts')!;
	expect(expected.projected).toBe(9876.5);
	await expect(page.locator('[data-field="projected"]').first()).toContainText('987.7');
	// Marked in the chart, its legend and the table, and graded with the reason.
	await expect(page.locator('[data-mark="point"][data-user-supplied="true"]')).toHaveCount(1);
	await expect(page.locator('[data-mark="user-supplied"]')).toHaveCount(1);
	await expect(page.getByText('Ringed marker: a figure you added')).toBeVisible();
	await expect(
		page.locator('[data-testid="target-table"] tr[data-year="2025"]').first()
	).toContainText('published (user-supplied)');
	const grade = page.locator('[data-target-detail] [data-field="confidence"]');
	await expect(grade).toHaveAttribute('data-grade', expected.confidence.grade);
	await expect(grade).toContainText('Technology contracts 2025: a figure you added');

	// Kept on this device: a reload still uses it.
	await page.reload();
	await page.locator('main[data-hydrated="true"]').waitFor();
	await expect(page.getByTestId('data-update-list')).toContainText('9,876.5');

	// Exported as a data-update file the evaluator reads too.
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.getByTestId('data-update-export').click()
	]);
	const text = await readFile((await download.path())!, 'utf8');
	const parsed = parseDataUpdate(text, observations);
	expect(parsed.ok && parsed.update.entries).toEqual([ENTRY]);

	// Opened in a fresh context (nothing stored there): the figure is used again.
	const fresh = await browser.newContext({ locale: 'en-US' });
	const other = await fresh.newPage();
	await open(other, '/target/tech_contracts');
	await expect(other.getByTestId('data-update-list')).toHaveCount(0);
	await other.getByTestId('data-update-import').setInputFiles({
		name: 'updates.json',
		mimeType: 'application/json',
		buffer: Buffer.from(text)
	});
	await expect(other.getByTestId('data-update-status')).toContainText('Opened: 1 new');
	await expect(other.locator('[data-mark="point"][data-user-supplied="true"]')).toHaveCount(1);
	// Opening it again adds nothing and overwrites nothing.
	await other.getByTestId('data-update-import').setInputFiles({
		name: 'updates.json',
		mimeType: 'application/json',
		buffer: Buffer.from(text)
	});
	await expect(other.getByTestId('data-update-status')).toContainText('0 new, 1 already here');
	// A damaged file changes nothing and says what is wrong.
	await other.getByTestId('data-update-import').setInputFiles({
		name: 'bad.json',
		mimeType: 'application/json',
		buffer: Buffer.from(text.replace('"year": 2025', '"year": "soon"'))
	});
	await expect(other.getByTestId('data-update-problems')).toContainText('Entry 1: the year');
	await expect(other.getByTestId('data-update-list').locator('li')).toHaveCount(1);
	await fresh.close();
});

test('figures stored on this device that cannot be read are kept aside and download as they were', async ({
	page
}) => {
	const broken = '{"format":"bj-targets-data-update","version":1,"entries":[{"year":"soon"}]}';
	await page.addInitScript((text) => {
		if (!sessionStorage.getItem('seeded')) {
			localStorage.setItem('bj-targets:data-updates', text);
			sessionStorage.setItem('seeded', '1');
		}
	}, broken);
	await open(page, '/target/tech_contracts');
	const panel = page.getByTestId('data-updates');
	await expect(panel.getByRole('alert')).toContainText(dataUpdateMessages.en.storedKept);

	// A new figure is added; the unreadable list is still there to download.
	await panel.getByLabel('Year').fill('2025');
	await enterFigure(panel, '9,876.5');
	await expect(page.getByTestId('data-update-status')).toContainText('user-supplied');
	const [file] = await Promise.all([
		page.waitForEvent('download'),
		page.getByTestId('data-update-unreadable').click()
	]);
	expect(await readFile((await file.path())!, 'utf8')).toBe(broken);
});
