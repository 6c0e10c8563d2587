import { describe, expect, it } from 'vitest';
import { formatRate, formatTarget, formatValue } from '../i18n/format';
import { emptyScenario, evaluateScenario, type Scenario, type TargetId } from '../model';
import { observations, plan } from '../model/data';
import { targetSentence } from './prose';

const evaluate = (scenario: Partial<Scenario> = {}) =>
	evaluateScenario(plan, observations, { ...emptyScenario(), ...scenario });

function sentenceFor(id: TargetId, lang: 'en' | 'zh', scenario: Partial<Scenario> = {}) {
	const evaluation = evaluate(scenario);
	const result = evaluation.targets.find((t) => t.id === id)!;
	return { sentence: targetSentence(result, evaluation, lang, plan), result, evaluation };
}

const HAN = /[\u4e00-\u9fff]/;

describe('targetSentence', () => {
	it('gives every target one sentence in each language', () => {
		for (const scenario of [{}, { asOf: 2023 }])
			for (const spec of plan.targets) {
				const en = sentenceFor(spec.id, 'en', scenario).sentence;
				const zh = sentenceFor(spec.id, 'zh', scenario).sentence;
				expect(en).toMatch(/[.]$/);
				expect(zh).toMatch(/。$/);
				expect(zh).toMatch(HAN);
				// English names no Chinese except the plan's own terms it quotes (none in these).
				expect(en.replace(/年均增速/g, '')).not.toMatch(HAN);
			}
	});

	it('states a negative required growth as the fall the target allows', () => {
		const { sentence, result, evaluation } = sentenceFor('tech_contracts', 'en', { asOf: 2023 });
		const driver = evaluation.drivers.tech_contracts;
		expect(result.requiredGrowth).toBeLessThan(0);
		expect(sentence).toBe(
			`From ${formatValue(driver.baseValue, '亿元', 'en')} in 2023, technology contracts may shrink by less than ` +
				`${formatRate(-result.requiredGrowth!, 'en')} a year and still exceed ${formatTarget(8000, '亿元', 'en')} in 2025; ` +
				`at the assumed ${formatRate(driver.growth, 'en')} a year the projection is ${formatValue(result.projected, '亿元', 'en')}.`
		);
		expect(sentence).toContain('3.2%');
		expect(sentence).not.toContain('−');
		expect(sentence).not.toContain('grow');
	});

	it('says the same in Chinese', () => {
		const { sentence, result } = sentenceFor('tech_contracts', 'zh', { asOf: 2023 });
		expect(sentence).toContain('技术合同成交额从 2023 年的');
		expect(sentence).toContain(
			`每年可下降但降幅须小于 ${formatRate(-result.requiredGrowth!, 'zh')}，2025 年仍能超过`
		);
		expect(sentence).not.toContain('−');
		expect(sentence).toContain(`预测为 ${formatValue(result.projected, '亿元', 'zh')}`);
	});

	it('never says "grow at least" a negative rate, in either language', () => {
		let shrinking = 0;
		let growing = 0;
		for (const scenario of [{}, { asOf: 2022 }, { asOf: 2023 }])
			for (const spec of plan.targets) {
				const { sentence, result } = sentenceFor(spec.id, 'en', scenario);
				const zh = sentenceFor(spec.id, 'zh', scenario).sentence;
				const r = result.requiredGrowth;
				if (r === null || result.kind === 'qualitative') continue;
				if (!sentence.includes(formatRate(Math.abs(r), 'en'))) continue;
				if (r < 0) {
					shrinking++;
					expect(sentence).toMatch(/may shrink by/);
					expect(zh).toMatch(/下降/);
					expect(sentence + zh).not.toContain(formatRate(r, 'en'));
				} else if (r > 0) {
					growing++;
					expect(sentence).not.toMatch(/shrink/);
					expect(zh).not.toMatch(/可下降/);
				}
			}
		expect(shrinking).toBeGreaterThan(0);
		expect(growing).toBeGreaterThan(0);
	});

	it('follows the assumptions', () => {
		const before = sentenceFor('tech_contracts', 'en').sentence;
		const { sentence, result } = sentenceFor('tech_contracts', 'en', {
			growth: { tech_contracts: 0.05 }
		});
		expect(sentence).not.toBe(before);
		expect(sentence).toContain('at the assumed 5.0% a year');
		expect(sentence).toContain(formatValue(result.projected, '亿元', 'en'));
	});

	it('explains a ratio through its denominator’s growth', () => {
		for (const lang of ['en', 'zh'] as const) {
			const { sentence, result, evaluation } = sentenceFor('rd_intensity', lang, { asOf: 2022 });
			const gdp = evaluation.drivers.gdp;
			const gdpGrowth = (gdp.targetYearValue! / gdp.baseValue!) ** (1 / 3) - 1;
			expect(sentence).toContain(formatRate(gdpGrowth, lang));
			expect(sentence).toContain(formatRate(result.requiredGrowth, lang));
			expect(sentence).toContain(formatValue(result.baseValue, '%', lang));
			expect(sentence).toContain(lang === 'en' ? 'With GDP' : '地区生产总值');
		}
	});

	it('reports the compound average beside the arithmetic mean for average growth', () => {
		const { sentence, result } = sentenceFor('digital_economy_growth', 'en', { asOf: 2023 });
		expect(sentence).toContain(formatRate(result.average!.compound, 'en', 2));
		expect(sentence).toContain(
			`arithmetic mean ${formatRate(result.average!.arithmetic, 'en', 2)}`
		);
		expect(sentence).toContain('3 published, 2 projected');
		expect(sentence).toContain(`need ${formatRate(result.requiredGrowth, 'en')} a year`);
		expect(sentenceFor('digital_economy_growth', 'zh', { asOf: 2023 }).sentence).toContain(
			'算术平均'
		);
	});

	it('says a qualitative target has no number, with the plan’s words', () => {
		const en = sentenceFor('zgc_revenue', 'en').sentence;
		expect(en).toContain('The plan sets no number');
		expect(en).toContain('leads the country');
		const zh = sentenceFor('unicorns', 'zh').sentence;
		expect(zh).toContain('未设数值目标');
		expect(zh).toContain('已公布');
	});

	it('names the missing assumption and makes up no projection', () => {
		const en = sentenceFor('rd_personnel_density', 'en').sentence;
		expect(en).toContain('cannot be projected yet');
		expect(en).toContain('employed persons');
		expect(en).not.toMatch(/projection is/);
		expect(sentenceFor('rd_personnel_density', 'zh').sentence).toContain('就业人员没有增速假设');
		const hightech = sentenceFor('hightech_va', 'en', { asOf: 2023 });
		expect(hightech.sentence).toContain(
			`It would need ${formatRate(hightech.result.requiredGrowth, 'en')} a year from 2023.`
		);
	});

	it('completes the ratio once the missing assumption is set', () => {
		const { sentence, result } = sentenceFor('rd_personnel_density', 'en', {
			growth: { employed: 0.005 }
		});
		expect(sentence).toContain(
			`may shrink by up to ${formatRate(-result.requiredGrowth!, 'en')} a year`
		);
		expect(sentence).toContain(formatValue(result.projected, '人年/万人', 'en'));
	});
});

describe('targetSentence and an inert denominator', () => {
	it('says the published figure is used, not a GDP growth the slider cannot apply', () => {
		for (const lang of ['en', 'zh'] as const) {
			const { sentence } = sentenceFor('rd_intensity', lang, { growth: { gdp: 0.055 } });
			expect(sentence).not.toContain(formatRate(0.055, lang));
			expect(sentence).toContain(
				lang === 'en' ? 'at its published 2025 figure' : '采用已公布的 2025 年数据'
			);
		}
		expect(sentenceFor('rd_intensity', 'en', { asOf: 2022 }).sentence).toContain('growing');
	});
});
