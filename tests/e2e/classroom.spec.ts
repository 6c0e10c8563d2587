// The classroom on the built app: a teacher composes a challenge, a fresh page opens its link,
// the locked assumption is read-only, a student's guess is revealed against the model's number
// with the gap, and nothing the student does reaches the address or the saved scenario.
import { expect, test } from '@playwright/test';
import { classroomMessages } from '../../src/lib/i18n/classroomMessages';
import { formatRate } from '../../src/lib/i18n/format';
import {
	answerFor,
	reveal,
	revealView,
	summarise,
	thresholdText
} from '../../src/lib/learn/classroom';
import { expectedEvaluation, messages, open } from './helpers';

test.use({ locale: 'en-US' });
const m = classroomMessages.en;
const SAVED_KEY = 'bj-targets:current';
const SAVED = 'v=1&g.unicorns=0.02&d=2026-11';

test('a teacher’s challenge link opens for a student, who guesses and reveals', async ({
	page,
	browser
}) => {
	// The teacher starts from a scenario in the address and ticks two questions and one lock.
	await open(page, '/classroom#v=1&g.tech_contracts=0.05&d=2026-11');
	await expect(page.getByTestId('scenario-origin')).toContainText(m.scenarioFrom.link);
	await page.locator('[data-ask="tech_contracts:p"]').check();
	await page.locator('[data-ask="rd_intensity:r"]').check();
	await page.locator('[data-lock="gdp"]').check();
	const link = await page.getByTestId('challenge-link').inputValue();
	expect(link).toMatch(
		/\/classroom#v=1&g\.tech_contracts=0\.05&d=2026-11&ch=rd_intensity:r,tech_contracts:p&lock=g\.gdp$/
	);

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

	// The locked assumption is shown read-only with its value; the open ones have controls.
	const model = expectedEvaluation({ growth: { tech_contracts: 0.05 } });
	const locked = student.getByTestId('locked-gdp');
	await expect(locked).toContainText(m.lockedMark);
	await expect(locked).toContainText(formatRate(model.drivers.gdp.growth, 'en'));
	await expect(locked.locator('input, button, select')).toHaveCount(0);
	await expect(student.locator('#slider-gdp')).toHaveCount(0);
	await expect(student.locator('#slider-rd_spend')).toHaveCount(1);
	await expect(student.locator('#slider-tech_contracts')).toHaveCount(1);

	// The guess is read back, then revealed against the model's number, with the gap.
	const question = student.locator('[data-question="tech_contracts:projected"]');
	await question.getByTestId('guess').fill('9 000');
	await expect(question.getByTestId('reading')).toHaveText('Read as 9,000 亿元.');
	await question.getByTestId('reveal').click();
	const record = reveal(
		9000,
		answerFor(
			model.targets.find((t) => t.id === 'tech_contracts')!,
			'projected'
		)
	);
	const view = revealView(record, '亿元', m, 'en', (ids) => ids.join(', '));
	await expect(question.locator('[data-field="answer"]')).toContainText(view.answerText);
	await expect(question.locator('[data-field="gap"]')).toHaveText(view.gapText);
	expect(view.gapText).toMatch(/^You were [\d,.]+ 亿元 \([\d.]+%\) (low|high)\.$/);
	await expect(question.getByTestId('guess')).toHaveAttribute('readonly', '');
	await expect(question.getByTestId('reveal')).toHaveCount(0);
	await expect(question.getByTestId('try-again')).toBeFocused();

	const summary = summarise([undefined, record]);
	await expect(student.getByTestId('summary')).toHaveText(
		m.summary(summary.revealed, summary.total, summary.close, summary.answered)
	);
	await expect(student.getByTestId('threshold')).toHaveText(thresholdText(m, 'en'));

	// An open assumption changes the next answer, which follows the student's setting.
	await student.getByRole('button', { name: messages.en.stepUp('R&D spending') }).click();
	const rate = question.page().locator('[data-question="rd_intensity:required"]');
	await rate.getByTestId('guess').fill('abc');
	await rate.getByTestId('reveal').click();
	await expect(rate.locator('[role="alert"]')).toHaveText(m.guessProblem.not_a_number);
	await rate.getByTestId('guess').fill('0.05');
	await expect(rate.getByTestId('reading')).toContainText('if you meant 5 %, type 5');
	await rate.getByTestId('guess').fill('5 %');
	await rate.getByTestId('reveal').click();
	await expect(rate.locator('[data-field="guess"]')).toHaveText('5.0%');
	await expect(rate.locator('[data-field="answer"]')).not.toHaveText('—');

	// Try again clears the guess; the student's work never reached the address or the device.
	await question.getByTestId('try-again').click();
	await expect(question.getByTestId('guess')).toHaveValue('');
	await expect(question.getByTestId('guess')).toBeFocused();
	expect(new URL(student.url()).hash).toBe(new URL(link).hash);
	expect(await student.evaluate((key) => localStorage.getItem(key), SAVED_KEY)).toBe(SAVED);
	await student.context().close();
});

test('a malformed challenge says what it skipped and still asks questions', async ({ page }) => {
	await open(page, '/classroom#v=1&ch=moon:p,tech_contracts:x&lock=g.nothing&d=2026-11');
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
		/#v=1&g\.unicorns=0\.02&d=2026-11&ch=unicorns:p$/
	);
	expect(new URL(page.url()).hash).toBe('');
	expect(await page.evaluate((key) => localStorage.getItem(key), SAVED_KEY)).toBe(SAVED);
});

test('the section link takes the scenario on show to the teacher’s panel', async ({ page }) => {
	await open(page, '/#v=1&g.tech_contracts=0.07&d=2026-11');
	await page.getByRole('link', { name: messages.en.navClassroom, exact: true }).click();
	await expect(page.getByTestId('scenario-origin')).toContainText(m.scenarioFrom.current);
	await page.locator('[data-ask="tech_contracts:p"]').check();
	await expect(page.getByTestId('challenge-link')).toHaveValue(
		/\/classroom#v=1&g\.tech_contracts=0\.07&d=2026-11&ch=tech_contracts:p$/
	);
});
