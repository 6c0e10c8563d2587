// The classroom's real-outcome mode on the built app: a teacher sets a challenge "as of 2022";
// students see only the figures up to 2022, enter forecasts (a class's, one after another), and
// the reveal shows the model's projection as of 2022, the published 2025 outcome with its
// sources, every forecast's error and the class summary. A target without a published 2025
// figure says so and shows no score. Expected texts come from the same pure modules.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { classroomMessages } from '../../src/lib/i18n/classroomMessages';
import { realOutcomeMessages } from '../../src/lib/i18n/realOutcomeMessages';
import { realOutcomes, scoreQuestion, summariseReal } from '../../src/lib/learn/realOutcome';
import {
	noOutcomeText,
	projectionText,
	realSummaryText,
	revealText
} from '../../src/lib/learn/realOutcomeView';
import { fullPageScreenshot, observations, open, plan } from './helpers';

const outcomes = realOutcomes(plan, observations, 2022);
const digital = outcomes.get('digital_economy_growth')!;
const rd = outcomes.get('rd_intensity')!;
const names = (ids: string[]) => ids.join(', ');

/** The revealed page passes an axe audit (any impact fails). */
async function noAxeViolations(page: Page) {
	const results = await new AxeBuilder({ page }).analyze();
	expect(
		results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)
	).toEqual([]);
}

async function noSideScroll(page: Page) {
	const [scroll, width] = await page.evaluate(() => [
		document.documentElement.scrollWidth,
		window.innerWidth
	]);
	expect(scroll).toBeLessThanOrEqual(width);
}

test.describe('in English at 1280 px', () => {
	test.use({ locale: 'en-US', viewport: { width: 1280, height: 900 } });
	const m = realOutcomeMessages.en;
	const cm = classroomMessages.en;

	test('a teacher sets “as of 2022”; forecasts meet the model and the published outcome', async ({
		page,
		browser
	}) => {
		await open(page, '/classroom');
		await page.getByTestId('real-mode').check();
		await page.getByTestId('real-year').selectOption('2022');
		await expect(page.getByTestId('real-help')).toHaveText(m.composerHelp(2022, 2025));
		// Only the target-year value is asked, nothing is locked, and each target says whether
		// its 2025 figure is out.
		await expect(page.locator('[data-ask$=":r"]')).toHaveCount(0);
		await expect(page.locator('[data-lock]')).toHaveCount(0);
		await expect(page.locator('[data-outcome="digital_economy_growth"]')).toHaveText(
			m.outcomeMark.published(2025)
		);
		await expect(page.locator('[data-outcome="rd_intensity"]')).toHaveText(
			m.outcomeMark.none(2025)
		);
		await page.locator('[data-ask="digital_economy_growth:p"]').check();
		await page.locator('[data-ask="rd_intensity:p"]').check();
		await page
			.locator('section.teacher')
			.screenshot({ path: 'tests/screenshots/classroom-real-composer-en.png' });
		const link = await page.getByTestId('challenge-link').inputValue();
		expect(link).toMatch(
			/\/classroom#v=3&p=beijing-2025&d=[\d-]+&ch=rd_intensity:p,digital_economy_growth:p&real=2022$/
		);

		const student = await (await browser.newContext({ locale: 'en-US' })).newPage();
		await student.setViewportSize({ width: 1280, height: 900 });
		await open(student, link.replace(/^https?:\/\/[^/]+/, ''));
		await expect(student.getByTestId('challenge-problems')).toHaveCount(0);
		await expect(student.locator('main')).toContainText(m.studentIntro(2022, 2025));
		// No assumption controls: the model's answer is at the defaults as of 2022.
		await expect(student.locator('[id^="slider-"]')).toHaveCount(0);

		// Only the figures up to 2022 are shown.
		const card = student.locator('[data-question="digital_economy_growth:real"]');
		const known = card.getByTestId('known');
		await expect(known.locator('tbody th')).toHaveText(['2021', '2022']);
		await expect(known.locator('tbody td')).toHaveText(['13.10%', '4.40%']);
		await expect(card.getByTestId('no-outcome-ahead')).toHaveCount(0);
		const rdCard = student.locator('[data-question="rd_intensity:real"]');
		await expect(rdCard.getByTestId('known').locator('tbody th').last()).toHaveText('2022');
		await expect(rdCard.getByTestId('no-outcome-ahead')).toHaveText(m.noOutcomeAhead(2025));

		// A class's forecasts, by keyboard: Enter adds each; the last is revealed from the field.
		const field = card.getByTestId('forecast');
		await field.focus();
		await student.keyboard.type('8.5');
		await student.keyboard.press('Enter');
		await student.keyboard.type('9');
		await student.keyboard.press('Enter');
		await expect(card.getByTestId('forecasts').locator('li')).toHaveCount(2);
		await expect(field).toBeFocused();
		await field.fill('abc');
		await card.getByTestId('reveal-outcome').click();
		await expect(card.locator('[role="alert"]')).toHaveText(cm.guessProblem.not_a_number);
		await field.fill('7');
		await card.getByTestId('reveal-outcome').click();
		await expect(card.getByTestId('start-again')).toBeFocused();

		const view = revealText(digital, [0.085, 0.09, 0.07], {
			name: 'Digital economy',
			bases: observations.bases,
			m,
			lang: 'en',
			names
		});
		await expect(card.locator('[data-field="model"]')).toHaveText(view.projection);
		await expect(card.locator('[data-field="model"]')).toHaveText('8.66%');
		await expect(card.locator('[data-field="outcome"]')).toContainText('8.44%');
		await expect(card.getByTestId('outcome-sources').locator('li')).toHaveCount(5);
		await expect(card.getByTestId('basis-change')).toHaveCount(0);
		const rows = card.getByTestId('forecast-table').locator('tbody tr');
		await expect(rows).toHaveCount(4);
		await expect(rows.nth(0)).toContainText(m.modelRow);
		await expect(rows.nth(1).locator('td')).toHaveText(['8.50%', '+0.06 pp', 'Yes']);
		await expect(card.getByTestId('class-summary')).toHaveText(view.score!.summaryText);
		expect(view.score!.summaryText).toBe(
			'3 forecasts: mean absolute error 0.69 pp; 1 of 3 closer to the outcome than the model (whose error was +0.22 pp).'
		);

		// No published 2025 figure: said plainly, no score, the model's projection still shown.
		await rdCard.getByTestId('forecast').fill('7');
		await rdCard.getByTestId('reveal-outcome').click();
		await expect(rdCard.getByTestId('no-outcome')).toHaveText(
			noOutcomeText(rd, 'R&D intensity', m, 'en')
		);
		await expect(rdCard.locator('[data-field="outcome"]')).toHaveText('—');
		await expect(rdCard.locator('[data-field="model"]')).toHaveText(
			projectionText(rd, m, 'en', names)
		);
		await expect(rdCard.getByTestId('forecasts-entered')).toHaveText(
			'Forecasts entered: Forecast 1: 7.00%.'
		);
		await expect(rdCard.getByTestId('forecast-table')).toHaveCount(0);
		await expect(rdCard.getByTestId('class-summary')).toHaveCount(0);

		const summary = summariseReal([
			{ revealed: true, score: scoreQuestion(rd, [0.07]) },
			{ revealed: true, score: scoreQuestion(digital, [0.085, 0.09, 0.07]) }
		]);
		await expect(student.getByTestId('summary')).toHaveText(realSummaryText(summary, m));

		// The model's working as of 2022 opens on the target page.
		const href = (await card.getByTestId('see-model').getAttribute('href'))!;
		expect(href).toMatch(/^\/en\/target\/digital_economy_growth#v=3&p=beijing-2025&.*asof=2022/);
		await noAxeViolations(student);
		await fullPageScreenshot(student, 'tests/screenshots/classroom-real-1280-en.png');

		// Start again clears the forecasts and the reveal.
		await card.getByTestId('start-again').click();
		await expect(card.getByTestId('forecast')).toBeFocused();
		await expect(card.getByTestId('forecasts')).toHaveCount(0);
		await expect(card.getByTestId('forecast-table')).toHaveCount(0);
		await student.context().close();
	});

	test('a bad year is reported and the challenge asks the model’s answers', async ({ page }) => {
		await open(page, '/classroom#v=1&ch=tech_contracts:p,rd_intensity:r&lock=g.gdp&real=2031');
		const problems = page.getByTestId('challenge-problems');
		await expect(problems).toContainText(`2031 — ${cm.problem.bad_year}`);
		await expect(page.locator('[data-question="tech_contracts:projected"]')).toHaveCount(1);
		await expect(page.locator('[data-question="rd_intensity:required"]')).toHaveCount(1);
	});
});

test.describe('in Chinese at 390 px', () => {
	test.use({ locale: 'zh-CN', viewport: { width: 390, height: 844 } });
	const m = realOutcomeMessages.zh;

	test('a phone shows the figures, the outcome and the errors without sideways scrolling', async ({
		page
	}) => {
		await open(
			page,
			'/classroom#v=1&ch=digital_economy_growth:p,unicorns:p,tech_contracts:p&real=2022&title=%E7%AB%99%E5%9C%A8%202022%20%E5%B9%B4'
		);
		await expect(page.locator('main')).toContainText(m.studentIntro(2022, 2025));
		const card = page.locator('[data-question="digital_economy_growth:real"]');
		await card.getByTestId('forecast').fill('8.5');
		await card.getByTestId('add-forecast').click();
		await card.getByTestId('forecast').fill('10');
		await card.getByTestId('reveal-outcome').click();
		await expect(card.getByTestId('class-summary')).toHaveText(
			'共 2 个预测：平均绝对误差 0.81 个百分点；其中 1 个比模型更接近公布值（模型误差为 +0.22 个百分点）。'
		);
		// Unicorns has no numeric goal but a published 2025 figure (Hurun 2025): 78.
		const unicorns = page.locator('[data-question="unicorns:real"]');
		await unicorns.getByTestId('forecast').fill('95');
		await unicorns.getByTestId('reveal-outcome').click();
		await expect(unicorns.locator('[data-field="outcome"]')).toContainText('78');
		const contracts = page.locator('[data-question="tech_contracts:real"]');
		await contracts.getByTestId('forecast').fill('9000');
		await contracts.getByTestId('reveal-outcome').click();
		await expect(contracts.getByTestId('no-outcome')).toContainText('尚未公布 2025 年数值');
		await noSideScroll(page);
		await noAxeViolations(page);
		await fullPageScreenshot(page, 'tests/screenshots/classroom-real-390-zh.png');
	});
});
