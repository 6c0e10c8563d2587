// The export menu on the built app: the CSV starts with a byte-order mark, has the documented
// header and one verdict row per target as the model computes it; the scenario file opens again
// (and a bad one changes nothing); the chart's SVG is the chart on the page and its PNG is a PNG.
import { expect, test, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { CSV_COLUMNS, readCsv, SIGNIFICANT_DIGITS } from '../../src/lib/export/csv';
import { scenarioFileText } from '../../src/lib/export/scenarioFile';
import { exportMessages } from '../../src/lib/i18n/exportMessages';
import { menuMessages } from '../../src/lib/i18n/menuMessages';
import { expectedEvaluation, observations, open, saveScreenshotFile } from './helpers';

test.use({ locale: 'en-US' });

/** Clicks an item of the open export menu and returns the downloaded bytes. */
async function download(page: Page, testId: string): Promise<Buffer> {
	await page.getByTestId('export-button').click();
	const [file] = await Promise.all([
		page.waitForEvent('download'),
		page.getByTestId(testId).click()
	]);
	await page.keyboard.press('Escape');
	return readFile((await file.path())!);
}

const column = (name: (typeof CSV_COLUMNS)[number]) => CSV_COLUMNS.indexOf(name);

test('the CSV has a byte-order mark, the documented header and the model’s verdicts', async ({
	page
}) => {
	await open(page, '/#v=1&g.tech_contracts=-0.2&d=2026-12');
	const bytes = await download(page, 'export-csv');
	expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
	const rows = readCsv(bytes.subarray(3).toString('utf8'));
	expect(rows[0]!.join(',')).toBe(CSV_COLUMNS.join(','));
	const verdicts = rows.filter(
		(r) => r[column('section')] === 'verdict' && r[column('kind')] === 'projected'
	);
	const model = expectedEvaluation({ growth: { tech_contracts: -0.2 } });
	expect(verdicts.map((r) => [r[column('target')], r[column('verdict')]])).toEqual(
		model.targets.map((t) => [t.id, t.verdict])
	);
	for (const t of model.targets) {
		const value = verdicts.find((r) => r[column('target')] === t.id)![column('value')]!;
		if (t.projected === null) expect(value).toBe('');
		// Raw values without float noise: SIGNIFICANT_DIGITS significant digits.
		else expect(Number(value)).toBe(Number(t.projected.toPrecision(SIGNIFICANT_DIGITS)));
	}
	const meta = rows.filter((r) => r[column('section')] === 'meta');
	expect(meta.find((r) => r[column('kind')] === 'data_version')![column('value')]).toBe(
		observations.vintage
	);
});

test('the scenario file opens again, and a bad file changes nothing', async ({ page }) => {
	const m = exportMessages.en;
	await open(page, '/#v=1&g.tech_contracts=-0.2&d=2026-12');
	const file = JSON.parse((await download(page, 'export-json')).toString('utf8'));
	expect(file).toMatchObject({ format: 'bj-targets-scenario', version: 1 });
	expect(file.link).toContain('g.tech_contracts=-0.2');

	await open(page, '/#v=1&d=2026-12');
	const card = page.locator('[data-target="tech_contracts"]');
	const before = await card.getAttribute('data-verdict');
	await page.getByTestId('export-button').click();
	await page.getByTestId('import-json').setInputFiles({
		name: 'bad.json',
		mimeType: 'application/json',
		buffer: Buffer.from('{"format":"something else"}')
	});
	await expect(page.getByTestId('export-status')).toHaveText(m.problem({ reason: 'wrong_format' }));
	await expect(card).toHaveAttribute('data-verdict', before!);

	await page.getByTestId('import-json').setInputFiles({
		name: 'scenario.json',
		mimeType: 'application/json',
		buffer: Buffer.from(scenarioFileText(file.link, file.dataVersion))
	});
	await expect(page.getByTestId('export-status')).toHaveText(m.imported);
	await expect(card).toHaveAttribute(
		'data-verdict',
		expectedEvaluation({ growth: { tech_contracts: -0.2 } }).targets.find(
			(t) => t.id === 'tech_contracts'
		)!.verdict
	);
});

test('the chart downloads as a finished figure around the chart on the page, SVG and PNG', async ({
	page
}) => {
	await open(page, '/target/tech_contracts#v=1&g.tech_contracts=0.2&d=2026-12');
	const chart = page.locator('svg[role="img"]');
	await expect(chart).toHaveCount(1);
	const onPage = await chart
		.locator('path')
		.evaluateAll((paths) => paths.map((p) => p.getAttribute('d')));
	expect(onPage.length).toBeGreaterThan(0);
	const svg = (await download(page, 'export-svg')).toString('utf8');
	expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
	// The chart itself is nested whole: its paths, in order.
	const nested = svg.slice(svg.indexOf('<svg', 1), svg.lastIndexOf('</svg>', svg.length - 7) + 6);
	const exported = [...nested.matchAll(/<path[^>]*?\sd="([^"]*)"/g)].map((match) => match[1]);
	expect(exported).toEqual(onPage);
	// Around it: title, scenario, data-as-of, unit, legend, source and link, as text.
	const text = [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]).join(' ');
	expect(text).toContain('Technology contract');
	expect(text).toMatch(/Own assumptions: .*Technology contracts growth 20\.0%/);
	expect(text).toMatch(/Data published up to \d{4} \(data vintage 2026-12\)/);
	expect(text).toContain('Unit: billion yuan');
	expect(text).toMatch(/Source: [^.]+\((official|state media|repost|third party)\)/);
	expect(text).toContain('Projection: this app');
	expect(text.replace(/ /g, '')).toContain('g.tech_contracts=0.2');
	expect(svg).toMatch(/data-legend="projection"/);
	const png = await download(page, 'export-png');
	expect([...png.subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
});

for (const lang of ['en', 'zh'] as const)
	test(`the exported figure, drawn as a PNG, in ${lang} (screenshot)`, async ({ page }) => {
		await open(page, `/target/rd_intensity#v=1&g.rd_spend=0.08&lang=${lang}&d=2026-12`);
		const png = await download(page, 'export-png');
		await saveScreenshotFile(`export-figure-${lang}.png`, png);
		// The figure's own words are in the page's language.
		const svg = (await download(page, 'export-svg')).toString('utf8');
		const text = [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]).join('');
		const words = lang === 'zh' ? '数据截至' : 'Data published up to';
		expect(text.replace(/\s/g, '')).toContain(words.replace(/\s/g, ''));
		expect(svg).toContain(`xml:lang="${lang}"`);
	});

test('the summary CSV speaks the reader’s language', async ({ page }) => {
	await open(page, '/#v=1&g.tech_contracts=-0.2&lang=zh&d=2026-12');
	const bytes = await download(page, 'export-summary');
	const rows = readCsv(bytes.subarray(3).toString('utf8'));
	expect(rows[0]![0]).toBe('目标');
	expect(rows.length).toBeGreaterThan(8);
});

test('Escape closes the export menu and returns focus to its button', async ({ page }) => {
	await open(page);
	const button = page.getByTestId('export-button');
	await button.click();
	await expect(page.getByTestId('export-panel')).toBeVisible();
	await expect(page.getByTestId('export-csv')).toBeFocused();
	await page.keyboard.press('Escape');
	await expect(page.getByTestId('export-panel')).toHaveCount(0);
	await expect(button).toBeFocused();
	await expect(button).toHaveAttribute('aria-expanded', 'false');
});

test('the export menu loads its items on first opening, and says so when they cannot load', async ({
	page
}) => {
	await open(page);
	// Nothing of the menu's items was fetched to show the page.
	await expect(page.getByTestId('export-csv')).toHaveCount(0);
	// Offline from here: the items' code cannot be fetched.
	await page.route('**/_app/immutable/**', (route) => route.abort('internetdisconnected'));
	await page.getByTestId('export-button').click();
	await expect(page.getByTestId('export-panel').getByRole('alert')).toHaveText(
		menuMessages.en.loadFailed
	);
	await expect(page.getByTestId('export-csv')).toHaveCount(0);
	await page.keyboard.press('Escape');
	await expect(page.getByTestId('export-button')).toBeFocused();
});
