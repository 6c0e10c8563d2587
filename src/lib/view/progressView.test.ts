import { describe, expect, it } from 'vitest';
import { observations, plan } from '../model/data';
import { evaluateProjections } from '../model/evaluate';
import { progressMethods } from '../model/progress';
import { emptyScenario, type Scenario, type TargetId } from '../model/types';
import { progressMessages } from '../i18n/progressMessages';
import { progressView } from './progressView';

const evaluate = (scenario: Partial<Scenario> = {}) =>
	evaluateProjections(plan, observations, { ...emptyScenario(), ...scenario });
const view = (id: TargetId, lang: 'zh' | 'en', scenario: Partial<Scenario> = {}) => {
	const ev = evaluate(scenario);
	return progressView(
		ev,
		ev.targets.find((t) => t.id === id)!,
		plan.baselineYear,
		lang
	);
};

describe('progressView', () => {
	it('names the ratio method’s category and its figures in both languages', () => {
		const ev = evaluate({ asOf: 2022 });
		const t = ev.targets.find((x) => x.id === 'tech_contracts')!;
		const m = progressMethods(ev, t, plan.baselineYear)!;
		if (!m.ratio.ok) throw new Error('expected a ratio');
		for (const lang of ['en', 'zh'] as const) {
			const v = view('tech_contracts', lang, { asOf: 2022 })!;
			expect(v.category).toBe(m.ratio.value.category);
			expect(v.categoryText).toBe(progressMessages[lang].category[m.ratio.value.category]);
			expect(v.ratioText).toContain('2020');
			expect(v.ratioText).toContain('2022');
			expect(v.ratioText).toContain(m.ratio.value.ratio!.toFixed(2));
		}
		expect(view('tech_contracts', 'zh', { asOf: 2022 })!.ratioText).toMatch(/。$/);
	});

	it('says why the baseline moved, and what the baseline already met', () => {
		const v = view('rd_intensity', 'en')!;
		expect(v.movedText).toMatch(/statistical basis/);
		expect(v.ratioText).toMatch(/already met the target/);
	});

	it('shows a gap as a gap, with no category and no agreement sentence', () => {
		const v = view('hightech_va', 'zh')!;
		expect(v.category).toBeNull();
		expect(v.categoryText).toBe(progressMessages.zh.gap.basis_break);
		expect(v.agreementText).toBeNull();
	});

	it('says when the methods and the app disagree, and which is more hopeful', () => {
		// Basic-research share: within tolerance for the app, but the share has not grown since 2020.
		const ev = evaluate();
		const t = ev.targets.find((x) => x.id === 'basic_research_share')!;
		const m = progressMethods(ev, t, plan.baselineYear)!;
		if (!m.ratio.ok) throw new Error('expected a ratio');
		const hopefulMethod = ['achieved', 'on_track'].includes(m.ratio.value.category);
		const hopefulApp = t.verdict === 'met' || t.verdict === 'within_tolerance';
		expect(hopefulApp).not.toBe(hopefulMethod);
		expect(view('basic_research_share', 'en')!.agreementText).toBe(
			hopefulApp ? progressMessages.en.disagreeAhead : progressMessages.en.disagreeBehind
		);
		// One sentence in Chinese too, with full-width punctuation, saying why.
		const zh = view('basic_research_share', 'zh')!.agreementText!;
		expect(zh).toBe(
			hopefulApp ? progressMessages.zh.disagreeAhead : progressMessages.zh.disagreeBehind
		);
		expect(zh).toMatch(/^[^。]+。$/);
		expect(zh).not.toMatch(/[,.:;]/);
		expect(zh).toContain('基期');
	});

	it('says the methods agree when both judge the target met', () => {
		// Technology contracts: 9,153 in 2024 against 8,000, met for the app and achieved for the ratio.
		const v = view('tech_contracts', 'en')!;
		expect(v.category).toBe('achieved');
		expect(v.agreementText).toBe(progressMessages.en.agree);
		expect(view('tech_contracts', 'zh')!.agreementText).toBe(progressMessages.zh.agree);
	});

	it('leaves targets without a number out', () => {
		expect(view('zgc_revenue', 'en')).toBeNull();
	});

	it('says a growth target whose window is all published has nothing left to anticipate', () => {
		expect(view('digital_economy_growth', 'en')!.anticipatedText).toBe(
			progressMessages.en.windowComplete(2025)
		);
	});
});
