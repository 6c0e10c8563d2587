// The classroom on the built app: a teacher composes a challenge, a fresh page opens its link,
// the locked assumption is read-only, a student's guess is revealed against the model's number
// with the gap, and nothing the student does reaches the address or the saved scenario.
import { expect, test } from '@playwright/test';
import { classroomMessages } from '../../src/lib/i18n/classroomMessages';
import { formatRate, formatValue } from '../../src/lib/i18n/format';
import {
	answerFor,
	reveal,
	revealView,
	summarise,
	thresholdText
} from '../../src/lib/learn/classroom';
import { expectedEvaluation, messages, open, fullPageScreenshot } from './helpers';

test.use({ locale: 'en-US' });
const m = classroomMessages.en;
const SAVED_KEY = 'bj-targets:current';
const SAVED = 'v=1&g.unicorns=0.02&d=2026-12';

test('a teacher’s challenge link opens for a student, who guesses and reveals', async ({
	page,
	browser
}) => {
	// The teacher starts from a scenario in the address, ticks two questions and one lock, and
	// names the challenge; the link gets a QR code.
	await open(page, '/classroom#v=1&g.tech_contracts=0.05&d=2026-12');
	await expect(page.getByTestId('scenario-origin')).toContainText(m.scenarioFrom.link);
	await page.locator('[data-ask="tech_contracts:p"]').check();
	await page.locator('[data-ask="basic_research_share:r"]').check();
	// Only drivers that move an answer can be locked: GDP's 2025 figure is published, and a
	// required growth does not depend on its own driver's growth.
	await expect(page.locator('[data-lock]')).toHaveCount(2);
	await expect(page.locator('[data-lock="gdp"]')).toHaveCount(0);
	await expect(page.locator('[data-lock="basic_spend"]')).toHaveCount(0);
	await page.locator('[data-lock="rd_spend"]').check();
	await page.getByTestId('challenge-title-input').fill('Week 3: contracts & research');
	const link = await page.getByTestId('challenge-link').inputValue();
	expect(link).toMatch(
		/\/classroom#v=3&p=beijing-2025&g\.tech_contracts=0\.05&d=2026-12&ch=basic_research_share:r,tech_contracts:p&lock=g\.rd_spend&title=Week%203%3A%20contracts%20%26%20research$/
	);
	await expect(page.getByTestId('challenge-qr')).toBeVisible();
	await expect(page.getByTestId('challenge-qr')).toHaveAttribute('src', /^data:image\/svg\+xml/);

	// A student, on a device with a saved scenario of its own, opens the link in a fresh page.
	const student = await (await browser.newContext({ locale: 'en-US' })).newPage();
	await open(student, '/');
	await student.evaluate(([key, value]) => localStorage.setItem(key, value), [
		SAVED_KEY,
		SAVED
	] as const);
	await open(student, link.replace(/^https?:\/\/[^/]+/, ''));
	await expect(student.getByTestId('notice')).toHaveCount(0);
	await expect(student.getByTestId('challenge-problems')).toHaveCount(0);
	await expect(student.getByTestId('challenge-title')).toContainText(
		'Week 3: contracts & research'
	);
	await expect(student).toHaveTitle(/^Week 3: contracts & research · /);

	// The locked assumption is shown read-only with its value; only drivers the answers read
	// have controls.
	const model = expectedEvaluation({ growth: { tech_contracts: 0.05 } });
	const locked = student.getByTestId('locked-rd_spend');
	await expect(locked).toContainText(m.lockedMark);
	await expect(locked).toContainText(formatRate(model.drivers.rd_spend.growth, 'en'));
	await expect(locked.locator('input, button, select')).toHaveCount(0);
	for (const irrelevant of ['rd_spend', 'gdp', 'basic_spend'])
		await expect(student.locator(`#slider-${irrelevant}`)).toHaveCount(0);
	await expect(student.locator('#slider-tech_contracts')).toHaveCount(1);

	// The guess is typed in billion yuan, as the question and the target are written in English.
	const question = student.locator('[data-question="tech_contracts:projected"]');
	await expect(question.locator('label')).toContainText('(billion yuan)');
	await question.getByTestId('guess').fill('900');
	await expect(question.getByTestId('reading')).toHaveText('Read as 900 billion yuan.');
	await question.getByTestId('reveal').click();
	const answer = answerFor(
		model.targets.find((t) => t.id === 'tech_contracts')!,
		'projected'
	);
	const record = reveal(9000, answer);
	const view = revealView(record, '亿元', m, 'en', (ids) => ids.join(', '));
	await expect(question.locator('[data-field="guess"]')).toHaveText('900 billion yuan');
	await expect(question.locator('[data-field="answer"]')).toContainText(view.answerText);
	await expect(question.locator('[data-field="gap"]')).toHaveText(view.gapText);
	expect(view.gapText).toMatch(
		/^You were [\d,.]+ billion yuan (low|high) \([\d.]+% of the answer\)\.$/
	);
	await expect(question.getByTestId('guess')).toHaveAttribute('readonly', '');
	await expect(question.getByTestId('reveal')).toHaveCount(0);
	await expect(question.getByTestId('try-again')).toBeFocused();

	// The working: the target page with the assumptions this answer was computed on.
	const working = question.getByTestId('see-working');
	await expect(working).toHaveText(m.seeWorking('Technology contracts'));
	const href = (await working.getAttribute('href'))!;
	expect(href).toMatch(/^\/en\/target\/tech_contracts#v=3&p=beijing-2025&/);
	expect(href).toContain('g.tech_contracts=0.05');
	const reader = await (await browser.newContext({ locale: 'en-US' })).newPage();
	await open(reader, href);
	await expect(reader.getByTestId('derivation')).toBeVisible();
	await expect(reader.locator('[data-field="projected"]')).toHaveText(
		formatValue(answer.ok ? answer.value : null, '亿元', 'en')
	);
	await reader.context().close();

	const summary = summarise([undefined, record]);
	await expect(student.getByTestId('summary')).toHaveText(
		m.summary(summary.revealed, summary.total, summary.close, summary.answered)
	);
	await expect(student.getByTestId('threshold')).toHaveText(thresholdText(m, 'en'));

	// A growth guess: read as percent, its gap in percentage points only.
	const rate = student.locator('[data-question="basic_research_share:required"]');
	await rate.getByTestId('guess').fill('abc');
	await rate.getByTestId('reveal').click();
	await expect(rate.locator('[role="alert"]')).toHaveText(m.guessProblem.not_a_number);
	await rate.getByTestId('guess').fill('0.05');
	await expect(rate.getByTestId('reading')).toContainText('if you meant 5 %, type 5');
	await rate.getByTestId('guess').fill('5 %');
	await rate.getByTestId('reveal').click();
	await expect(rate.locator('[data-field="guess"]')).toHaveText('5.0%');
	await expect(rate.locator('[data-field="answer"]')).not.toHaveText('—');
	await expect(rate.locator('[data-field="gap"]')).toHaveText(/^You were [\d.]+ pp (low|high)\.$/);

	// Try again clears the guess; the student's work never reached the address or the device.
	await question.getByTestId('try-again').click();
	await expect(question.getByTestId('guess')).toHaveValue('');
	await expect(question.getByTestId('guess')).toBeFocused();
	await expect(question.getByTestId('see-working')).toHaveCount(0);
	expect(new URL(student.url()).hash).toBe(new URL(link).hash);
	expect(await student.evaluate((key) => localStorage.getItem(key), SAVED_KEY)).toBe(SAVED);
	await student.context().close();
});

test('a malformed challenge says what it skipped and still asks questions', async ({ page }) => {
	await open(page, '/classroom#v=1&ch=moon:p,tech_contracts:x&lock=g.nothing&d=2026-12');
	const problems = page.getByTestId('challenge-problems');
	await expect(problems).toContainText(m.problemsIntro(4));
	await expect(problems).toContainText(`moon:p — ${m.problem.unknown_target}`);
	await expect(problems).toContainText(m.problem.no_questions);
	await expect(page.locator('[data-question]')).toHaveCount(6);
	await expect(page.getByTestId('notice')).toHaveCount(0);
});

test('the teacher starts from the scenario saved on this device, and changes nothing', async ({
	page
}) => {
	await open(page, '/');
	await page.evaluate(([key, value]) => localStorage.setItem(key, value), [
		SAVED_KEY,
		SAVED
	] as const);
	await open(page, '/classroom');
	await expect(page.getByTestId('scenario-origin')).toContainText(m.scenarioFrom.saved);
	await page.locator('[data-ask="unicorns:p"]').check();
	await expect(page.getByTestId('challenge-link')).toHaveValue(
		/#v=3&p=beijing-2025&g\.unicorns=0\.02&d=2026-12&ch=unicorns:p$/
	);
	expect(new URL(page.url()).hash).toBe('');
	expect(await page.evaluate((key) => localStorage.getItem(key), SAVED_KEY)).toBe(SAVED);
});

test('the section link takes the scenario on show to the teacher’s panel', async ({ page }) => {
	await open(page, '/#v=1&g.tech_contracts=0.07&d=2026-12');
	await page.getByRole('link', { name: messages.en.navClassroom, exact: true }).click();
	await expect(page.getByTestId('scenario-origin')).toContainText(m.scenarioFrom.current);
	await page.locator('[data-ask="tech_contracts:p"]').check();
	await expect(page.getByTestId('challenge-link')).toHaveValue(
		/\/classroom#v=3&p=beijing-2025&g\.tech_contracts=0\.07&d=2026-12&ch=tech_contracts:p$/
	);
});

test.describe('screenshots of a revealed challenge', () => {
	const challenge =
		'/classroom#v=1&d=2026-12&ch=rd_intensity:p,tech_contracts:p,tech_contracts:r&lock=g.rd_spend&title=Week%203%3A%20R%26D%20and%20contracts';
	for (const lang of ['en', 'zh'] as const)
		for (const width of [1280, 390] as const)
			test(`classroom in ${lang} at ${width} px`, async ({ browser }) => {
				const context = await browser.newContext({
					locale: lang === 'zh' ? 'zh-CN' : 'en-US',
					viewport: { width, height: 900 }
				});
				const page = await context.newPage();
				await open(page, challenge);
				await expect(page.locator('html')).toHaveAttribute('lang', lang === 'zh' ? 'zh-CN' : 'en');
				for (const [key, guess] of [
					['rd_intensity:projected', '6.9'],
					['tech_contracts:projected', lang === 'zh' ? '10000' : '1000'],
					['tech_contracts:required', '3']
				] as const) {
					const q = page.locator(`[data-question="${key}"]`);
					await q.getByTestId('guess').fill(guess);
					await q.getByTestId('reveal').click();
					await expect(q.getByTestId('see-working')).toBeVisible();
				}
				await fullPageScreenshot(page, `tests/screenshots/classroom-${lang}-${width}.png`);
				await context.close();
			});
});
