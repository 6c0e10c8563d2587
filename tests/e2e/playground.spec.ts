// The formula playground in the browser: a typed expression shows the value the model gives, the
// values it read and their kinds; forbidden text is refused in the reader's language with the
// field marked invalid; and all of it runs under the app's Content Security Policy (no eval).
import { expect, test, type Page } from '@playwright/test';
import { playgroundMessages } from '../../src/lib/i18n/playgroundMessages';
import { evaluateExpression, formatResult } from '../../src/lib/learn/playground';
import { expectedEvaluation, open } from './helpers';

declare global {
	interface Window {
		__cspViolations: string[];
	}
}

const PATH = '/learn/playground';
const evaluation = expectedEvaluation();
const valueOf = (id: 'gdp' | 'rd_spend' | 'hightech_va', year: number) =>
	evaluation.drivers[id].path.find((p) => p.year === year)!.value;

/** Records CSP violations from the first script on, and CSP errors in the console. */
async function watchPolicy(page: Page): Promise<string[]> {
	await page.addInitScript(() => {
		window.__cspViolations = [];
		document.addEventListener('securitypolicyviolation', (e) =>
			window.__cspViolations.push(`${e.violatedDirective} blocked ${e.blockedURI}`)
		);
	});
	const errors: string[] = [];
	page.on('console', (message) => {
		if (/content security policy|unsafe-eval/i.test(message.text())) errors.push(message.text());
	});
	page.on('pageerror', (error) => errors.push(error.message));
	return errors;
}

test.describe('in English', () => {
	test.use({ locale: 'en-US' });

	test('a typed expression shows the value the model gives, and what it read', async ({ page }) => {
		const errors = await watchPolicy(page);
		await open(page, PATH);
		const input = page.getByLabel(playgroundMessages.en.inputLabel, { exact: true });
		await input.fill('');
		await input.pressSequentially('rd_spend[2024] / gdp[2024] * 100');
		const expected = (valueOf('rd_spend', 2024) / valueOf('gdp', 2024)) * 100;
		const value = page.getByTestId('formula-value');
		await expect(value).toHaveText(`= ${formatResult(expected, 'en')}`);
		expect(Number(await value.getAttribute('data-value'))).toBeCloseTo(expected, 9);
		await expect(input).toHaveAttribute('aria-invalid', 'false');
		const rows = page.getByTestId('formula-lookups').locator('tbody tr');
		await expect(rows).toHaveCount(2);
		await expect(rows.first()).toHaveAttribute('data-series', 'rd_spend');
		await expect(rows.first()).toContainText(playgroundMessages.en.kind.published);
		expect(await page.evaluate(() => window.__cspViolations)).toEqual([]);
		expect(errors).toEqual([]);
	});

	test('dividing across the census break says so, and a same-basis ratio does not', async ({
		page
	}) => {
		await open(page, PATH);
		const input = page.getByTestId('formula-input');
		await input.fill('gdp[2023] / gdp[2022] - 1');
		const expected = evaluateExpression('gdp[2023] / gdp[2022] - 1', evaluation, 'en');
		expect(expected.ok && expected.warnings.length).toBe(1);
		const warning = page.getByTestId('formula-break-warning');
		await expect(warning).toHaveText(expected.ok ? expected.warnings[0]! : '');
		await input.fill('gdp[2024] / gdp[2023] - 1');
		await expect(page.getByTestId('formula-value')).toBeVisible();
		await expect(warning).toHaveCount(0);
	});

	test('an example with a projected year says the value is projected', async ({ page }) => {
		await open(page, PATH);
		const example = '(hightech_va[2025] / hightech_va[2024]) - 1';
		await page.getByRole('button', { name: example }).click();
		const expected = valueOf('hightech_va', 2025) / valueOf('hightech_va', 2024) - 1;
		await expect(page.getByTestId('formula-value')).toHaveText(`= ${formatResult(expected, 'en')}`);
		const projected = page.locator('[data-testid="formula-lookups"] tr[data-year="2025"]');
		await expect(projected).toHaveAttribute('data-kind', 'projected');
		await expect(projected).toContainText(playgroundMessages.en.kind.projected);
	});

	test('import({}, {}) is refused by name, inline, with the field marked invalid', async ({
		page
	}) => {
		const errors = await watchPolicy(page);
		await open(page, PATH);
		const input = page.getByTestId('formula-input');
		await input.fill('import({}, {})');
		const error = page.getByTestId('formula-error');
		const expected = evaluateExpression('import({}, {})', evaluation, 'en');
		expect(expected.ok).toBe(false);
		await expect(error).toContainText(expected.ok ? '' : expected.message);
		await expect(error).toContainText('import()');
		await expect(error).toHaveAttribute('data-reason', 'function_refused');
		await expect(input).toHaveAttribute('aria-invalid', 'true');
		await expect(input).toHaveAttribute('aria-describedby', /formula-error/);
		await expect(page.getByTestId('formula-value')).toHaveCount(0);
		// The refusal sits in the polite live region, so screen readers hear it.
		await expect(page.getByTestId('formula-outcome')).toHaveAttribute('aria-live', 'polite');
		expect(await page.evaluate(() => window.__cspViolations)).toEqual([]);
		expect(errors).toEqual([]);
	});

	test('a gap in the data and a huge input are refused with a sentence, not a number', async ({
		page
	}) => {
		await open(page, PATH);
		const input = page.getByTestId('formula-input');
		await input.fill('hightech_va[2018]');
		await expect(page.getByTestId('formula-error')).toContainText(
			'There is no value of hightech_va for 2018: the data has a gap there.'
		);
		await input.fill('1+'.repeat(5000));
		await expect(page.getByTestId('formula-error')).toHaveAttribute('data-reason', 'too_long');
		await input.fill('9^9^9^9^9');
		await expect(page.getByTestId('formula-error')).toContainText('not a finite number');
	});

	test('Enter keeps a working expression in the history, and a click brings it back', async ({
		page
	}) => {
		await open(page, PATH);
		const input = page.getByTestId('formula-input');
		await input.fill('gdp[2024] / 10000');
		await input.press('Enter');
		await input.fill('1 + 1');
		const again = page.getByRole('button', {
			name: playgroundMessages.en.historyUse('gdp[2024] / 10000')
		});
		await again.click();
		await expect(input).toHaveValue('gdp[2024] / 10000');
		await expect(page.getByTestId('formula-value')).toHaveText(
			`= ${formatResult(valueOf('gdp', 2024) / 10000, 'en')}`
		);
	});
});

test.describe('in Chinese', () => {
	test.use({ locale: 'zh-CN' });

	test('values and refusals are in Chinese', async ({ page }) => {
		await open(page, PATH);
		await expect(page.getByRole('heading', { level: 2 })).toHaveText(playgroundMessages.zh.title);
		const input = page.getByLabel(playgroundMessages.zh.inputLabel, { exact: true });
		await input.fill('gdp[2024]');
		await expect(page.getByTestId('formula-value')).toHaveText(
			`= ${formatResult(valueOf('gdp', 2024), 'zh')}`
		);
		await input.fill('import({}, {})');
		const expected = evaluateExpression('import({}, {})', evaluation, 'zh');
		await expect(page.getByTestId('formula-error')).toContainText(
			expected.ok ? '' : expected.message
		);
	});
});
