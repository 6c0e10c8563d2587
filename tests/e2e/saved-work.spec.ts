// Nothing saved is lost, and nothing is dropped without a word: two tabs of the compare page
// share the saved list (each change re-reads it; the other tab follows on the `storage` event),
// a stored list with bad parts keeps its good entries and a backup of its text, a newer format
// is left alone, names cannot show reversed, and a compare link names every part it leaves out.
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { compareMessages } from '../../src/lib/i18n/compareMessages';
import { SAVED_FORMAT, serializeSaved, type SavedScenario } from '../../src/lib/scenario/savedFile';
import { messages, observations, open } from './helpers';

const cm = compareMessages.en;
const t = messages.en;
const D = observations.vintage;
const SAVED_KEY = 'bj-targets:scenarios';
const BACKUP_KEY = 'bj-targets:scenarios:backup';
test.use({ locale: 'en-US' });

const entry = (id: string, name = id, link = `v=1&g.tech_contracts=0.1&d=${D}`): SavedScenario => ({
	id,
	name,
	link,
	savedAt: '2026-11-29T10:00:00.000Z'
});

/** Puts `text` under the saved-scenarios key once for the whole context (all its tabs). */
async function seed(context: BrowserContext, text: string) {
	await context.addInitScript(
		([key, value]) => {
			if (localStorage.getItem('e2e-seeded')) return;
			localStorage.setItem('e2e-seeded', '1');
			localStorage.setItem(key, value);
		},
		[SAVED_KEY, text] as const
	);
}

async function openCompare(page: Page, hash = '') {
	await open(page, `/compare${hash}`);
	await page.locator('[data-loaded="true"]').waitFor();
}

async function saveAs(page: Page, name: string) {
	await page.getByLabel(cm.nameLabel, { exact: true }).fill(name);
	await page.getByRole('button', { name: cm.saveCurrent }).click();
	await expect(page.getByTestId('compare-status')).toContainText(cm.status.saved(name));
}

const savedNames = (page: Page) =>
	page.locator('[data-saved] [data-field="name"]').allTextContents();

const storedNames = async (page: Page) =>
	page.evaluate((key) => {
		const text = localStorage.getItem(key);
		return text === null
			? null
			: (JSON.parse(text) as { scenarios: { name: string }[] }).scenarios.map((s) => s.name);
	}, SAVED_KEY);

/** The page will hear no `storage` event: it acts on what it read on load, as a stale tab. */
async function stopHearingOtherTabs(page: Page) {
	// Before the page's own listener: listeners on the window run in the order they were added.
	await page.addInitScript(() =>
		window.addEventListener('storage', (e) => e.stopImmediatePropagation())
	);
}

/** Two compare tabs on the list `one`, `two`: `a` stale (it hears nothing), `b` live. */
async function staleAndLiveTabs(context: BrowserContext) {
	await seed(context, serializeSaved([entry('one'), entry('two')]));
	const a = await context.newPage();
	const b = await context.newPage();
	await stopHearingOtherTabs(a);
	await openCompare(a);
	await openCompare(b);
	return { a, b };
}

test.describe('two tabs of the compare page', () => {
	test('keep both saves, and each shows the other’s', async ({ context }) => {
		const a = await context.newPage();
		const b = await context.newPage();
		await openCompare(a);
		await openCompare(b);
		await saveAs(a, 'alpha');
		await saveAs(b, 'beta');
		// Another tab's write reaches this tab's view of localStorage a moment later (Chromium keeps
		// a copy per renderer process): polled, so a write that lost 'beta' would still fail.
		await expect.poll(() => storedNames(a)).toEqual(['alpha', 'beta']);
		await expect.poll(() => savedNames(a)).toEqual(['alpha', 'beta']);
		expect(await savedNames(b)).toEqual(['alpha', 'beta']);
	});

	test('a delete, a rename and an import in a stale tab keep what the other saved', async ({
		context
	}) => {
		const { a, b } = await staleAndLiveTabs(context);
		await saveAs(b, 'beta');
		await a.getByRole('button', { name: cm.deleteLabel('one') }).click();
		expect(await storedNames(a)).toEqual(['two', 'beta']);
		await a.getByRole('button', { name: cm.renameLabel('two') }).click();
		await a.getByLabel(cm.newName('two')).fill('deux');
		await a.getByRole('button', { name: cm.saveName }).click();
		expect(await storedNames(a)).toEqual(['deux', 'beta']);
		await a.locator('#import-file').setInputFiles({
			name: 'more.json',
			mimeType: 'application/json',
			buffer: Buffer.from(serializeSaved([entry('gamma')]), 'utf8')
		});
		await expect(a.getByTestId('compare-status')).toContainText(cm.status.imported(1, 0));
		expect(await storedNames(a)).toEqual(['deux', 'beta', 'gamma']);
		expect(await savedNames(a)).toEqual(['deux', 'beta', 'gamma']);
		await expect.poll(() => savedNames(b)).toEqual(['deux', 'beta', 'gamma']);
	});

	test('a rename of a scenario another tab deleted says so and changes nothing', async ({
		context
	}) => {
		const { a, b } = await staleAndLiveTabs(context);
		await a.getByRole('button', { name: cm.renameLabel('one') }).click();
		await b.getByRole('button', { name: cm.deleteLabel('one') }).click();
		await a.getByLabel(cm.newName('one')).fill('uno');
		await a.getByRole('button', { name: cm.saveName }).click();
		await expect(a.getByTestId('compare-alert')).toHaveText(cm.status.gone('one'));
		expect(await storedNames(a)).toEqual(['two']);
	});
});

test.describe('a stored list with bad parts', () => {
	test('shows its good entries, names the bad one, and backs up the text before saving', async ({
		context,
		page
	}) => {
		const text = JSON.stringify({
			format: SAVED_FORMAT,
			version: 1,
			scenarios: [
				entry('a', 'Good one'),
				{ ...entry('b'), savedAt: 'yesterday' },
				entry('c', 'Good two')
			]
		});
		await seed(context, text);
		await openCompare(page);
		expect(await savedNames(page)).toEqual(['Good one', 'Good two']);
		const problem = page.getByTestId('storage-problem');
		await expect(problem).toContainText('1 saved scenario could not be read and is not shown');
		await expect(problem).toContainText('scenario 2 has a missing or invalid “savedAt”');
		await saveAs(page, 'New');
		expect(await storedNames(page)).toEqual(['Good one', 'Good two', 'New']);
		expect(await page.evaluate((key) => localStorage.getItem(key), BACKUP_KEY)).toBe(text);
		await expect(problem).toHaveText(cm.status.backedUp(BACKUP_KEY));
	});

	test('unreadable text is kept under the backup key before a save replaces it', async ({
		context,
		page
	}) => {
		await seed(context, '{"format": "bj-targets-scen');
		await openCompare(page);
		await expect(page.getByTestId('storage-problem')).toContainText(
			cm.status.unreadable(cm.fileProblem.not_json, BACKUP_KEY)
		);
		await saveAs(page, 'Fresh');
		expect(await page.evaluate((key) => localStorage.getItem(key), BACKUP_KEY)).toBe(
			'{"format": "bj-targets-scen'
		);
		expect(await storedNames(page)).toEqual(['Fresh']);
	});

	test('over the limit and with a repeated id, every entry is shown', async ({ context, page }) => {
		const list = Array.from({ length: 201 }, (_, i) => entry(`s-${i}`, `Scenario ${i}`));
		list[1] = { ...list[1]!, id: 's-0' };
		await seed(context, serializeSaved(list));
		await openCompare(page);
		await expect(page.locator('[data-saved]')).toHaveCount(201);
		const problem = page.getByTestId('storage-problem');
		await expect(problem).toContainText(cm.status.overLimit(201, 200));
		await expect(problem).toContainText('“Scenario 1”');
	});

	test('a newer format version is shown as such and never written over', async ({
		context,
		page
	}) => {
		const newer = JSON.stringify({ format: SAVED_FORMAT, version: 2, scenarios: [], more: 1 });
		await seed(context, newer);
		await openCompare(page);
		const problem = page.getByTestId('storage-problem');
		await expect(problem).toHaveText(cm.status.newer('2'));
		await saveAs(page, 'Only for now');
		expect(await savedNames(page)).toEqual(['Only for now']);
		expect(await page.evaluate((key) => localStorage.getItem(key), SAVED_KEY)).toBe(newer);
		await expect(problem).toHaveText(cm.status.newer('2'));
	});
});

test('a name with bidirectional controls shows as typed, not reversed', async ({ page }) => {
	await openCompare(page);
	await page.getByLabel(cm.nameLabel, { exact: true }).fill('\u202etxt.exe');
	await page.getByRole('button', { name: cm.saveCurrent }).click();
	expect(await savedNames(page)).toEqual(['txt.exe']);
	expect(await storedNames(page)).toEqual(['txt.exe']);
});

test('opening a stored scenario with a bad part lists that part', async ({ context, page }) => {
	await seed(context, serializeSaved([entry('x', 'Half good', 'v=1&g.gdp=abc&g.unicorns=0.1')]));
	await openCompare(page);
	await page.getByRole('link', { name: cm.openLabel('Half good') }).click();
	await expect(page).toHaveURL(/\/en#v=3&p=beijing-2025&g\.unicorns=0\.1&lang=en/);
	const notice = page.getByTestId('notice');
	await expect(notice.locator('li')).toHaveText(`g.gdp=abc — ${t.ignoredReason.not_a_number}`);
});

test.describe('a compare link', () => {
	test('names the c= parts it leaves out: past four, and broken encoding', async ({ page }) => {
		const parts = ['0.01', '0.02', '0.03', '0.04', '0.05'].map(
			(g) => `c=${encodeURIComponent(`v=1&g.gdp=${g}`)}`
		);
		await openCompare(page, `#v=1&${parts.join('&')}&c=%E0%A4%A`);
		await expect(page.getByTestId('compared').locator(':scope > li')).toHaveCount(4);
		const dropped = page.getByTestId('dropped');
		await expect(dropped).toContainText(cm.droppedIntro(2));
		await expect(dropped.locator('li')).toHaveText([
			`c=v%3D1%26g.gdp%3D0.05 (${cm.droppedReason.too_many(4)})`,
			`c=%E0%A4%A (${cm.droppedReason.bad_encoding})`
		]);
	});

	for (const junk of ['hello', '<b>bold</b>', 'javascript:alert(1)']) {
		test(`keeps “${junk}” apart from the current scenario and lists what it ignored`, async ({
			page
		}) => {
			await openCompare(page, `#v=1&c=${encodeURIComponent(junk)}`);
			const compared = page.getByTestId('compared');
			await expect(compared.locator('[data-field="label"]')).toHaveText([cm.pastedLabel(1)]);
			await expect(compared.getByTestId('ignored')).toContainText(
				cm.ignoredIntro(cm.pastedLabel(1), 1)
			);
		});
	}
});
