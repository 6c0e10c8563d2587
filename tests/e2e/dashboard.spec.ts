import { expect, test } from '@playwright/test';
import { targetView, verdictCounts } from '../../src/lib/view/targetView';
import { expectedEvaluation, messages, open, plan, type Lang } from './helpers';

for (const lang of ['en', 'zh'] as const satisfies Lang[]) {
	test.describe(`dashboard in ${lang}`, () => {
		test.use({ locale: lang === 'zh' ? 'zh-CN' : 'en-US' });

		test('shows every target with the projection and verdict the model computes', async ({
			page
		}) => {
			await open(page);
			const evaluation = expectedEvaluation();
			const t = messages[lang];
			expect(evaluation.targets).toHaveLength(8);
			for (const result of evaluation.targets) {
				const view = targetView(result, evaluation, plan, t, lang);
				const card = page.locator(`[data-target="${result.id}"]`);
				await expect(card).toHaveAttribute('data-verdict', result.verdict);
				await expect(card.getByRole('heading')).toHaveText(view.name);
				await expect(card.locator('[data-field="projected"]')).toHaveText(view.projectedText);
				await expect(card.locator('[data-field="target"]')).toHaveText(view.targetText);
				await expect(card.locator('[data-verdict]').last()).toContainText(
					t.verdict[result.verdict]
				);
			}
			const counts = verdictCounts(evaluation);
			await expect(page.getByTestId('summary')).toContainText(
				t.summary(counts.met, counts.numeric, counts.withinTolerance)
			);
		});
	});
}

test('a known hand-checked figure appears: technology contracts projected from 9,153 亿元 (2024)', async ({
	page
}) => {
	await open(page);
	const evaluation = expectedEvaluation();
	const tech = evaluation.targets.find((r) => r.id === 'tech_contracts')!;
	expect(tech.baseYear).toBe(2024);
	expect(tech.baseValue).toBe(9153);
	expect(tech.projected).toBeCloseTo(9153 * (9153 / 5695.3) ** (1 / 5), 6);
	await expect(page.locator('[data-target="tech_contracts"]')).toHaveAttribute(
		'data-verdict',
		'met'
	);
});
