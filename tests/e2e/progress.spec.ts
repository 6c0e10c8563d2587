// The target page weighs each numeric target by two published progress methods beside the app's
// verdict: the figures come from the model, gaps say why, sources are linked, both languages.
import { expect, test } from '@playwright/test';
import { progressMessages, PROGRESS_SOURCES } from '../../src/lib/i18n/progressMessages';
import { progressMethods } from '../../src/lib/model/progress';
import { progressExample, progressView } from '../../src/lib/view/progressView';
import { expectedEvaluation, open, plan } from './helpers';

test('the ratio method’s category and figures follow the data-as-of, in English', async ({
	page
}) => {
	const ev = expectedEvaluation({ asOf: 2022 });
	const t = ev.targets.find((x) => x.id === 'tech_contracts')!;
	const m = progressMethods(ev, t, plan.baselineYear)!;
	if (!m.ratio.ok) throw new Error('expected a ratio');
	await open(page, '/target/tech_contracts#v=1&asof=2022&lang=en');
	const section = page.getByTestId('progress-methods');
	await expect(section.getByRole('heading')).toHaveText(progressMessages.en.heading);
	const ratio = section.locator('[data-method="ratio"]');
	await expect(ratio.locator('[data-category]')).toHaveAttribute(
		'data-category',
		m.ratio.value.category
	);
	await expect(ratio).toContainText(m.ratio.value.ratio!.toFixed(2));
	await expect(
		section.getByRole('link', { name: progressMessages.en.openSdgLink })
	).toHaveAttribute('href', PROGRESS_SOURCES.openSdg);
	// With all the data, the same target is achieved.
	await open(page, '/target/tech_contracts#v=1&lang=en');
	await expect(ratio.locator('[data-category]')).toHaveAttribute('data-category', 'achieved');
});

test('a target with no same-basis pair of figures shows the gap, in Chinese', async ({ page }) => {
	await open(page, '/target/hightech_va#v=1&lang=zh');
	const section = page.getByTestId('progress-methods');
	await expect(section.getByRole('heading')).toHaveText(progressMessages.zh.heading);
	await expect(section.locator('[data-method="ratio"]')).toContainText(
		progressMessages.zh.gap.basis_break
	);
	await expect(section.locator('[data-category]')).toHaveCount(0);
	await expect(page.getByTestId('progress-agreement')).toHaveCount(0);
});

test('a target without a numeric goal has no progress methods', async ({ page }) => {
	await open(page, '/target/zgc_revenue#v=1&lang=en');
	await expect(page.locator('[data-target-detail]')).toBeVisible();
	await expect(page.getByTestId('progress-methods')).toHaveCount(0);
});

test('/learn works one target through the ratio method with the model’s figures', async ({
	page
}) => {
	const ev = expectedEvaluation();
	const example = progressExample(ev, plan.baselineYear, 'en')!;
	await open(page, '/learn#v=1&lang=en');
	const section = page.getByTestId('learn-yardsticks');
	await expect(section.getByRole('heading', { level: 3 })).toHaveText(
		progressMessages.en.learn.title
	);
	await expect(section.locator('h4')).toHaveAttribute('data-target', example.result.id);
	await expect(section.locator('[data-field="ratio"]')).toContainText(
		example.ratio.ratio.toFixed(2).replace('-', '−')
	);
	await expect(section).toContainText(example.view.categoryText);
});

test('where the methods and the app disagree, the page says so and why, in both languages', async ({
	page
}) => {
	// Basic-research share: within tolerance for the app, moving away for the ratio method.
	const ev = expectedEvaluation();
	const t = ev.targets.find((x) => x.id === 'basic_research_share')!;
	const v = progressView(ev, t, plan.baselineYear, 'en')!;
	expect(v.agreementText).not.toBe(progressMessages.en.agree);
	await open(page, '/target/basic_research_share#v=1&lang=en');
	await expect(page.getByTestId('progress-agreement')).toHaveText(v.agreementText!);
	await open(page, '/target/basic_research_share#v=1&lang=zh');
	await expect(page.getByTestId('progress-agreement')).toHaveText(
		progressView(ev, t, plan.baselineYear, 'zh')!.agreementText!
	);
});
