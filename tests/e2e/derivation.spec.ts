// "How this is computed" on the target pages: the derivation is real MathML, its numbers are the
// model's (the same as the page's figures), its plain-text form is there for screen readers, it
// follows the sliders, and wide formulas scroll inside their box, not the page.
import { expect, test, type Locator, type Page } from '@playwright/test';
import { formatRate, formatValue } from '../../src/lib/i18n/format';
import { deriveTarget } from '../../src/lib/learn/derivation';
import { messages } from '../../src/lib/i18n/messages';
import { targetView } from '../../src/lib/view/targetView';
import { targetSentence } from '../../src/lib/learn/prose';
import type { DriverId, Scenario, TargetId } from '../../src/lib/model';
import { growthSlider, snapRate } from '../../src/lib/model/parameters';
import { expectedEvaluation, markPrerendered, open, plan, type Lang } from './helpers';

function expected(id: TargetId, lang: Lang, scenario: Partial<Scenario> = {}) {
	const evaluation = expectedEvaluation(scenario);
	const result = evaluation.targets.find((t) => t.id === id)!;
	return {
		result,
		evaluation,
		derivation: deriveTarget(result, evaluation, lang, plan),
		sentence: targetSentence(result, evaluation, lang, plan)
	};
}

/** The MathML's own text (what Chromium lays out), without the spaces between its tokens. */
async function mathText(formula: Locator): Promise<string> {
	const texts = await formula.locator('math').allTextContents();
	return texts.join('').replace(/\s+/g, '');
}

/** Every step on the page shows what deriveTarget gives for the same scenario. */
async function expectSteps(page: Page, derivation: ReturnType<typeof deriveTarget>) {
	const steps = page.getByTestId('derivation').locator('ol > li');
	await expect(steps).toHaveCount(derivation.steps.length);
	for (const [i, step] of derivation.steps.entries()) {
		const item = steps.nth(i);
		await expect(item).toHaveAttribute('data-step', step.key);
		await expect(item.locator('h4')).toHaveText(step.label);
		await expect(item.getByTestId('formula-text')).toHaveText(step.lines.map((l) => l.text));
		await expect(item.getByTestId('step-explanation')).toHaveText(step.explanation);
	}
}

const level = (value: number) => value.toLocaleString('en-GB', { maximumFractionDigits: 1 });

for (const lang of ['en', 'zh'] as const) {
	test.describe(`derivation in ${lang}`, () => {
		test.use({ locale: lang === 'zh' ? 'zh-CN' : 'en-US' });

		test('high-tech value added: MathML steps with the page’s numbers', async ({ page }) => {
			await open(page, '/target/hightech_va');
			const { result, evaluation, derivation, sentence } = expected('hightech_va', lang);
			const section = page.getByTestId('derivation');
			await expect(section.locator('math[display="block"]').first()).toBeVisible();
			await expect(section.locator('math mfrac').first()).toBeAttached();
			await expect(section.locator('math msup').first()).toBeAttached();
			await expectSteps(page, derivation);
			await expect(page.getByTestId('target-sentence')).toHaveText(sentence);

			// The projection's MathML holds the base, the growth and the model's projection, and its
			// explanation ends with the figure the page shows as "Projected 2025".
			const projection = section.locator('li[data-step="projection"]');
			const base = result.baseValue!;
			const math = await mathText(projection.getByTestId('formula'));
			expect(math).toContain(level(base));
			expect(math).toContain(level(result.projected!));
			const projectedText = (await page.locator('[data-field="projected"]').textContent())!.trim();
			expect(projectedText).toBe(formatValue(result.projected, result.unit, lang));
			await expect(projection.getByTestId('step-explanation')).toContainText(projectedText);

			// The required growth in the MathML rounds to the page's "Required growth".
			const required = section.locator('li[data-step="required"]');
			const requiredMath = await mathText(required.getByTestId('formula'));
			expect(requiredMath).toContain(`${level(result.target!)}${level(base)}`);
			expect(requiredMath.endsWith(formatRate(result.requiredGrowth, lang, 2))).toBe(true);
			// The card's words for a required growth: a negative one reads as the fall allowed.
			await expect(page.locator('[data-field="required"]')).toHaveText(
				targetView(result, evaluation, plan, messages[lang], lang).requiredText
			);
		});

		test('R&D intensity: the ratio’s steps and the denominator’s part', async ({ page }) => {
			await open(page, '/target/rd_intensity');
			const { result, derivation, sentence } = expected('rd_intensity', lang);
			await expectSteps(page, derivation);
			await expect(page.getByTestId('target-sentence')).toHaveText(sentence);
			const section = page.getByTestId('derivation');
			const indicator = await mathText(
				section.locator('li[data-step="indicator"]').getByTestId('formula')
			);
			// "6.80%" on the page is the indicator the MathML computes.
			const projectedText = (await page.locator('[data-field="projected"]').textContent())!.trim();
			expect(indicator.endsWith(projectedText.replace('%', ''))).toBe(true);
			const effect = section.locator('li[data-step="denominatorEffect"]');
			await expect(effect.locator('math')).not.toHaveCount(0);
			const effectMath = await mathText(effect.getByTestId('formula'));
			expect(effectMath.endsWith(formatRate(result.requiredGrowth, lang, 2))).toBe(true);
			expect(effectMath).toContain('ḡ');
		});
	});
}

/** The growth the app stores for a slider position (the slider shows percent). */
async function sliderRate(page: Page, id: DriverId): Promise<number> {
	const value = await page.locator(`#slider-${id}`).inputValue();
	return snapRate(Number(value) / 100, growthSlider(id));
}

test('moving the growth slider updates the derivation and the sentence', async ({ page }) => {
	await open(page, '/target/hightech_va');
	const section = page.getByTestId('derivation');
	const before = expected('hightech_va', 'en');
	await expect(section.locator('li[data-step="verdict"] [data-testid="formula-text"]')).toHaveText(
		before.derivation.steps.at(-1)!.lines[0]!.text
	);
	const slider = page.locator('#slider-hightech_va');
	await slider.focus();
	await page.keyboard.press('Home');
	const rate = await sliderRate(page, 'hightech_va');
	expect(rate).toBe(growthSlider('hightech_va').min);
	const after = expected('hightech_va', 'en', { growth: { hightech_va: rate } });
	expect(after.result.verdict).not.toBe(before.result.verdict);
	await expectSteps(page, after.derivation);
	await expect(page.getByTestId('target-sentence')).toHaveText(after.sentence);
	const projection = await mathText(
		section.locator('li[data-step="projection"]').getByTestId('formula')
	);
	expect(projection).toContain(level(after.result.projected!));
	await expect(section.locator('li[data-step="verdict"]')).toContainText('Not met');

	// A second step, by keyboard, moves it again.
	await page.keyboard.press('ArrowRight');
	const next = expected('hightech_va', 'en', {
		growth: { hightech_va: await sliderRate(page, 'hightech_va') }
	});
	await expectSteps(page, next.derivation);
});

test('a move rewrites the formulas’ numbers in place, keeping their MathML', async ({ page }) => {
	await markPrerendered(page, '[data-testid="derivation"] li[data-step] math');
	await open(page, '/target/hightech_va');
	const projection = page
		.getByTestId('derivation')
		.locator('li[data-step="projection"] [data-testid="formula"] math')
		.last();
	const before = expected('hightech_va', 'en');
	await expect(projection).toContainText(level(before.result.projected!));
	// The live step (rendered after the first paint, in place of the prerendered one) is kept.
	await expect(page.locator('[data-prerendered]')).toHaveCount(0);
	const math = await projection.elementHandle();
	const slider = page.locator('#slider-hightech_va');
	await slider.focus();
	await page.keyboard.press('Home');
	const after = expected('hightech_va', 'en', {
		growth: { hightech_va: await sliderRate(page, 'hightech_va') }
	});
	expect(after.result.projected).not.toBe(before.result.projected);
	await expect
		.poll(() => math!.evaluate((node) => node.isConnected && node.textContent))
		.toContain(level(after.result.projected!));
});

test('on a phone, wide formulas scroll in their own box and the page does not', async ({
	page
}) => {
	await page.setViewportSize({ width: 360, height: 800 });
	await open(page, '/target/digital_economy_growth');
	const section = page.getByTestId('derivation');
	await section.scrollIntoViewIfNeeded();
	const widths = await page.evaluate(() => ({
		page: document.documentElement.scrollWidth,
		viewport: window.innerWidth
	}));
	expect(widths.page).toBeLessThanOrEqual(widths.viewport);
	const compound = section.locator('li[data-step="compound"]').getByTestId('formula');
	const box = await compound.evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth }));
	expect(box.scroll).toBeGreaterThan(box.client);
	// The scrolling box is reachable by keyboard and named.
	await expect(compound).toHaveAttribute('tabindex', '0');
	await expect(compound).toHaveAttribute('aria-label', /3/);
});
