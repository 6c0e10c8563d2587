// Saved scenarios and their comparison in the built app: save what the dashboard shows, rename,
// delete and undo, compare (verdicts, overlaid lines, differing assumptions), paste a link with a
// bad part, share the comparison by link, export and re-import, refuse invalid files without
// changing anything, and keep the list over a reload.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { targetView } from '../../src/lib/view/targetView';
import { compareMessages } from '../../src/lib/i18n/compareMessages';
import type { Scenario } from '../../src/lib/model';
import { decodeLink } from '../../src/lib/scenario/link';
import { serializeSaved, type SavedScenario } from '../../src/lib/scenario/savedFile';
import {
	expectedEvaluation,
	messages,
	observations,
	open,
	plan,
	saveScreenshotFile,
	type Lang
} from './helpers';

const cm = compareMessages.en;
const t = messages.en;
const D = observations.vintage;
test.use({ locale: 'en-US' });

const scenarioOf = (link: string): Scenario =>
	decodeLink(link, { plan, data: observations }).state.scenario;

async function openCompare(page: Page, hash = '') {
	await open(page, `/compare${hash}`);
	await page.locator('[data-loaded="true"]').waitFor();
}

/** Raises a driver's growth on the dashboard with the keyboard; returns the scenario shown. */
async function raiseOnDashboard(page: Page, driver: string, steps: number): Promise<Scenario> {
	await open(page, '/');
	await page.locator(`#slider-${driver}`).focus();
	for (let i = 0; i < steps; i++) await page.keyboard.press('ArrowRight');
	await expect(page).toHaveURL(new RegExp(`g\\.${driver}=`));
	return scenarioOf(new URL(page.url()).hash);
}

async function saveCurrent(page: Page, name?: string) {
	if (name !== undefined) await page.getByLabel(cm.nameLabel, { exact: true }).fill(name);
	await page.getByRole('button', { name: cm.saveCurrent }).click();
	await expect(page.getByTestId('compare-status')).toContainText('Saved “');
}

const savedNames = (page: Page) =>
	page.locator('[data-saved] [data-field="name"]').allTextContents();

/** The verdict table shows, per target and column, what the model computes for that scenario. */
async function expectVerdicts(page: Page, columns: { label: string; scenario: Scenario }[]) {
	const table = page.getByTestId('verdict-table');
	await expect(table.locator('thead th[scope="col"]')).toHaveText([
		cm.targetColumn,
		...columns.map((c) => c.label)
	]);
	for (const [i, column] of columns.entries()) {
		const evaluation = expectedEvaluation(column.scenario);
		for (const result of evaluation.targets) {
			const view = targetView(result, evaluation, plan, t, 'en');
			const cell = table.locator(`tr[data-target="${result.id}"] td`).nth(i);
			await expect(cell, `${result.id} in ${column.label}`).toHaveAttribute(
				'data-verdict',
				result.verdict
			);
			await expect(cell.locator('[data-field="projected"]')).toHaveText(
				cm.projectedCell(view.projectedText, evaluation.targetYear)
			);
			await expect(cell.getByText(view.verdictText, { exact: true })).toBeVisible();
		}
	}
}

test('saved scenarios: save, rename, compare, paste, export, import and reload', async ({
	page
}) => {
	// Two scenarios set on the dashboard by keyboard, each saved from the compare page.
	const first = await raiseOnDashboard(page, 'rd_spend', 5);
	await openCompare(page);
	await expect(page.getByTestId('none-saved')).toBeVisible();
	await saveCurrent(page, 'Faster R&D');
	const second = await raiseOnDashboard(page, 'tech_contracts', 5);
	expect(second.growth.rd_spend).toBe(first.growth.rd_spend);
	await openCompare(page);
	await saveCurrent(page);
	const [, defaultName] = await savedNames(page);
	expect(defaultName).toMatch(/^2 changes · \d{4}-\d{2}-\d{2}$/);

	// Rename the second.
	await page.getByRole('button', { name: cm.renameLabel(defaultName!) }).click();
	await page.getByLabel(cm.newName(defaultName!)).fill('Faster contracts too');
	await page.getByRole('button', { name: cm.saveName }).click();
	expect(await savedNames(page)).toEqual(['Faster R&D', 'Faster contracts too']);
	await expect(
		page.getByRole('button', { name: cm.renameLabel('Faster contracts too') })
	).toBeFocused();

	// Delete and undo.
	await page.getByRole('button', { name: cm.deleteLabel('Faster R&D') }).click();
	expect(await savedNames(page)).toEqual(['Faster contracts too']);
	await expect(page.getByTestId('compare-status')).toContainText(cm.status.deleted('Faster R&D'));
	await expect(page.getByRole('button', { name: cm.undo })).toBeFocused();
	await page.keyboard.press('Enter');
	expect(await savedNames(page)).toEqual(['Faster R&D', 'Faster contracts too']);
	await expect(page.getByRole('button', { name: cm.renameLabel('Faster R&D') })).toBeFocused();

	// Compare the two: verdicts side by side, two lines per chart, the differing assumption.
	await page.getByRole('checkbox', { name: cm.compareLabel('Faster R&D') }).check();
	await page.getByRole('checkbox', { name: cm.compareLabel('Faster contracts too') }).check();
	await expectVerdicts(page, [
		{ label: 'Faster R&D', scenario: first },
		{ label: 'Faster contracts too', scenario: second }
	]);
	const charts = page.locator('[data-overlay]');
	await expect(charts).toHaveCount(plan.targets.length);
	for (const chart of await charts.all())
		await expect(chart.locator('path[data-series]')).toHaveCount(2);
	await expect(page.getByTestId('overlay-legend').locator('li')).toHaveText([
		'Faster R&D',
		'Faster contracts too'
	]);
	// The census break of GDP is marked on the overlays of targets over GDP, as on the target chart.
	const gdpTargets = plan.targets.filter((s) => s.numerator === 'gdp' || s.denominator === 'gdp');
	expect(gdpTargets.length).toBeGreaterThan(0);
	for (const spec of gdpTargets)
		await expect(
			page.locator(
				`[data-overlay="${spec.id}"] [data-mark="basis-break"][data-break="gdp:2022-2023"]`
			)
		).toHaveCount(1);
	await expect(
		page.locator('[data-overlay="tech_contracts"] [data-mark="basis-break"]')
	).toHaveCount(0);
	const tech = page.locator('[data-overlay="tech_contracts"] path[data-series]');
	expect(await tech.nth(0).getAttribute('d')).not.toBe(await tech.nth(1).getAttribute('d'));
	expect(await tech.nth(0).getAttribute('stroke-dasharray')).not.toBe(
		await tech.nth(1).getAttribute('stroke-dasharray')
	);
	const inputs = page.getByTestId('inputs-table');
	await expect(inputs.locator('tbody tr')).toHaveCount(1);
	await expect(inputs.locator('tr[data-input="g.tech_contracts"] td').nth(0)).toContainText(
		'(default)'
	);

	// A pasted link with one bad part: compared, and its ignored part listed as text.
	await page.getByLabel(cm.pasteLabel).fill(`v=1&g.unicorns=0.1&g.gdp=abc&d=${D}`);
	await page.getByRole('button', { name: cm.pasteAdd }).click();
	const ignored = page.getByTestId('ignored');
	await expect(ignored).toContainText(cm.ignoredIntro(cm.pastedLabel(1), 1));
	await expect(ignored.locator('li')).toHaveText(`g.gdp=abc — ${t.ignoredReason.not_a_number}`);
	await expectVerdicts(page, [
		{ label: 'Faster R&D', scenario: first },
		{ label: 'Faster contracts too', scenario: second },
		{ label: cm.pastedLabel(1), scenario: scenarioOf('v=1&g.unicorns=0.1') }
	]);
	await expect(page.locator('[data-overlay="unicorns"] path[data-series]')).toHaveCount(3);

	// Export, then re-import the file: both kept, the imports marked.
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: cm.exportAll }).click()
	]);
	expect(download.suggestedFilename()).toMatch(/^scenarios-\d{4}-\d{2}-\d{2}\.json$/);
	const file = (await download.path())!;
	const exported = JSON.parse(await readFile(file, 'utf8'));
	expect(exported).toMatchObject({ format: 'bj-targets-scenarios', version: 1 });
	expect(exported.scenarios.map((s: SavedScenario) => s.name)).toEqual([
		'Faster R&D',
		'Faster contracts too'
	]);
	await page.locator('#import-file').setInputFiles(file);
	await expect(page.getByTestId('compare-status')).toContainText(cm.status.imported(2, 2));
	const afterImport = [
		'Faster R&D',
		'Faster contracts too',
		'Faster R&D (imported)',
		'Faster contracts too (imported)'
	];
	expect(await savedNames(page)).toEqual(afterImport);

	// Invalid files: a clear message each, and the list unchanged.
	const invalid: { name: string; text: string; says: string }[] = [
		{ name: 'notes.json', text: 'not json at all', says: cm.fileProblem.not_json },
		{
			name: 'newer.json',
			text: JSON.stringify({ format: 'bj-targets-scenarios', version: 2, scenarios: [] }),
			says: cm.fileProblem.wrong_version('2')
		},
		{
			name: 'bad-link.json',
			text: serializeSaved([
				{ id: 'x', name: 'Broken', link: 'v=1&g.gdp=abc', savedAt: '2026-11-29T10:00:00.000Z' }
			]),
			says: 'g.gdp=abc (not a number)'
		}
	];
	for (const bad of invalid) {
		await page.locator('#import-file').setInputFiles({
			name: bad.name,
			mimeType: 'application/json',
			buffer: Buffer.from(bad.text, 'utf8')
		});
		const alert = page.getByTestId('compare-alert');
		await expect(alert).toContainText(bad.says);
		await expect(alert).toContainText('Nothing was changed.');
		expect(await savedNames(page)).toEqual(afterImport);
	}

	// A reload keeps the list and the comparison.
	await page.reload();
	await page.locator('[data-loaded="true"]').waitFor();
	expect(await savedNames(page)).toEqual(afterImport);
	await expect(page.getByTestId('compared').locator(':scope > li')).toHaveCount(3);
});

const seeded: SavedScenario[] = [
	{
		id: 'fast',
		name: 'Fast',
		link: `v=1&g.tech_contracts=0.2&d=${D}`,
		savedAt: '2026-11-29T10:00:00.000Z'
	},
	{
		id: 'slow',
		name: 'Slow',
		link: `v=1&g.tech_contracts=-0.05&tol=0.2&d=${D}`,
		savedAt: '2026-11-29T11:00:00.000Z'
	}
];

/** Starts the page with two saved scenarios on this device, both being compared. */
async function seed(page: Page) {
	await page.addInitScript(
		([list, selection]) => {
			if (sessionStorage.getItem('seeded')) return;
			sessionStorage.setItem('seeded', '1');
			localStorage.setItem('bj-targets:scenarios', list);
			localStorage.setItem('bj-targets:compare', selection);
		},
		[
			serializeSaved(seeded),
			JSON.stringify({ version: 1, items: seeded.map((s) => ({ kind: 'saved', id: s.id })) })
		] as const
	);
}

test('a compare link opens the same comparison, with the scenarios’ names, in a fresh browser', async ({
	page,
	browser
}) => {
	await seed(page);
	await openCompare(page);
	await page.getByLabel(cm.pasteLabel).fill('v=1&g.unicorns=0.1');
	await page.getByRole('button', { name: cm.pasteAdd }).click();
	const url = await page.locator('#compare-link').inputValue();
	expect(url).toMatch(/\/compare#v=3&p=beijing-2025&.*&c=.*&c=.*&c=/);

	const other = await browser.newContext({ locale: 'en-US' });
	const fresh = await other.newPage();
	await fresh.goto(url);
	await fresh.locator('[data-loaded="true"]').waitFor();
	// The saved scenarios' names travel in the link (`n=`); the unnamed pasted link is numbered.
	expect(url).toContain(encodeURIComponent('&n=Fast&'));
	await expect(fresh.getByTestId('compared').locator('[data-field="label"]')).toHaveText([
		'Fast',
		'Slow',
		cm.pastedLabel(1)
	]);
	await expectVerdicts(fresh, [
		{ label: 'Fast', scenario: scenarioOf(seeded[0]!.link) },
		{ label: 'Slow', scenario: scenarioOf(seeded[1]!.link) },
		{ label: cm.pastedLabel(1), scenario: scenarioOf('v=1&g.unicorns=0.1') }
	]);
	await expect(fresh.getByTestId('notice')).toHaveCount(0);
	// The address goes back to the layout's: the current scenario only.
	await expect(fresh).not.toHaveURL(/&c=/);
	await other.close();
});

test('opening a saved scenario shows it on the dashboard', async ({ page }) => {
	await seed(page);
	await openCompare(page);
	await page.getByRole('link', { name: cm.openLabel('Fast') }).click();
	await expect(page).toHaveURL(/\/en#v=3&p=beijing-2025&g\.tech_contracts=0\.2&lang=en/);
	const evaluation = expectedEvaluation(scenarioOf(seeded[0]!.link));
	const result = evaluation.targets.find((r) => r.id === 'tech_contracts')!;
	await expect(page.locator('[data-target="tech_contracts"]')).toHaveAttribute(
		'data-verdict',
		result.verdict
	);
});

test('unavailable storage is reported, and saving still works for the visit', async ({ page }) => {
	await page.addInitScript(() => {
		Storage.prototype.setItem = () => {
			throw new DOMException('full', 'QuotaExceededError');
		};
	});
	await openCompare(page);
	await saveCurrent(page, 'Kept for now');
	await expect(page.getByTestId('storage-problem')).toHaveText(cm.status.storage.quota);
	expect(await savedNames(page)).toEqual(['Kept for now']);
});

for (const lang of ['en', 'zh'] as const satisfies Lang[]) {
	test.describe(`in ${lang}`, () => {
		test.use({ locale: lang === 'zh' ? 'zh-CN' : 'en-US' });

		test('the compare page has no serious or critical axe violations', async ({ page }) => {
			await seed(page);
			await openCompare(page);
			await expect(page.getByTestId('verdict-table')).toBeVisible();
			await expect(page.getByRole('heading', { level: 2 })).toHaveText(
				compareMessages[lang].pageTitle
			);
			const results = await new AxeBuilder({ page }).analyze();
			const serious = results.violations.filter(
				(v) => v.impact === 'serious' || v.impact === 'critical'
			);
			expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)).toEqual([]);
		});
	});
}

test('the comparison exports its table as CSV and its charts as one figure', async ({ page }) => {
	await seed(page);
	await openCompare(page);
	await expect(page.getByTestId('verdict-table')).toBeVisible();
	const get = async (testId: string) => {
		const [file] = await Promise.all([
			page.waitForEvent('download'),
			page.getByTestId(testId).click()
		]);
		return readFile((await file.path())!);
	};
	const csv = (await get('compare-csv')).toString('utf8');
	expect(csv.startsWith('\uFEFFScenario,Target,Goal,Projected 2025,')).toBe(true);
	expect(csv).toContain('\r\nFast,');
	expect(csv).toContain('\r\nSlow,');
	const svg = (await get('compare-svg')).toString('utf8');
	const text = [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]).join(' ');
	expect(text).toContain('“Fast”, “Slow”');
	expect(text).toMatch(/Data published up to \d{4}/);
	expect(text).toMatch(/Source: /);
	const png = await get('compare-png');
	expect([...png.subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
	await saveScreenshotFile('compare-figure-en.png', png);
});
