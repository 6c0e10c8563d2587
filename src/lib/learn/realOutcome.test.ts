import { describe, expect, it } from 'vitest';
import { realOutcomeMessages } from '../i18n/realOutcomeMessages';
import { observations, plan } from '../model/data';
import type { ObservationsFile } from '../model/types';
import { realOutcomes, scoreForecasts, summariseReal } from './realOutcome';
import {
	errorText,
	knownBreaks,
	knownRows,
	noOutcomeText,
	outcomeView,
	projectionText,
	realSummaryText,
	revealText,
	scoreView
} from './realOutcomeView';

const as2022 = realOutcomes(plan, observations, 2022);
const get = (id: string, map = as2022) => map.get(id as never)!;
const en = realOutcomeMessages.en;
const zh = realOutcomeMessages.zh;

// Beijing's digital-economy value added grew 13.1 % (2021), 4.4 % (2022), 8.5 % (2023), 7.7 %
// (2024) and 8.7 % (2025), as published. As of 2022 the model's default growth is the compound
// rate of the two rates then published, √(1.131 × 1.044) − 1 = 8.66297 %, so its 2021–25 average
// is that same rate; the outcome is (1.131 × 1.044 × 1.085 × 1.077 × 1.087)^(1/5) − 1 = 8.44452 %.
const PROJECTED = Math.sqrt(1.131 * 1.044) - 1;
const OUTCOME = (1.131 * 1.044 * 1.085 * 1.077 * 1.087) ** (1 / 5) - 1;

describe('realOutcomes as of 2022', () => {
	it('digital economy: projection 8.66 %, outcome 8.44 % from five published rates', () => {
		const o = get('digital_economy_growth');
		expect(PROJECTED).toBeCloseTo(0.0866297, 7);
		expect(OUTCOME).toBeCloseTo(0.0844452, 7);
		expect(o.unit).toBe('rate');
		expect(o.projection.ok && o.projection.value).toBeCloseTo(PROJECTED, 12);
		expect(o.outcome?.value).toBeCloseTo(OUTCOME, 12);
		expect(o.outcome?.window).toEqual({ from: 2021, to: 2025 });
		expect(o.outcome?.sources.map((s) => s.observation.year)).toEqual([
			2021, 2022, 2023, 2024, 2025
		]);
		// Yearly rates: each is published on its own basis, so no basis change is claimed.
		expect(o.outcome?.basisChange).toBeNull();
	});

	it('shows students only the figures for years up to 2022', () => {
		expect(get('digital_economy_growth').known.map((p) => [p.year, p.value])).toEqual([
			[2021, expect.closeTo(0.131, 12)],
			[2022, expect.closeTo(0.044, 12)]
		]);
		const tech = get('tech_contracts').known;
		expect(tech.at(-1)).toMatchObject({ year: 2022, value: 7947.5 });
		for (const o of as2022.values()) expect(o.known.every((p) => p.year <= 2022)).toBe(true);
	});

	it('R&D intensity and technology contracts have no 2025 figure yet', () => {
		for (const id of ['rd_intensity', 'tech_contracts', 'basic_research_share', 'hightech_va']) {
			expect(get(id).outcome).toBeNull();
		}
		const rd = get('rd_intensity');
		// The latest published: R&D 3,278.4 ÷ GDP 49,843.1 × 100 (2024).
		expect(rd.latest?.year).toBe(2024);
		expect(rd.latest?.value).toBeCloseTo((3278.4 / 49843.1) * 100, 10);
		expect(noOutcomeText(rd, 'R&D intensity', en, 'en')).toBe(
			'No 2025 figure of R&D intensity has been published yet (the latest is 6.58% (2024)). There is no outcome to score the forecasts against: they stay on this page.'
		);
		const shown = revealText(rd, [7, 7.5], {
			name: 'R&D intensity',
			bases: {},
			m: en,
			lang: 'en',
			names: () => ''
		});
		expect(shown.score).toBeNull();
		expect(shown.outcome).toBeNull();
		expect(shown.forecastsText).toBe('Forecasts entered: Forecast 1: 7.00%, Forecast 2: 7.50%.');
		expect(shown.projection).toBe('8.26%');
		expect(noOutcomeText(rd, 'R&D 强度', zh, 'zh')).toBe(
			'R&D 强度尚未公布 2025 年数值（最新为 6.58%（2024 年））。没有可据以计算误差的结果：预测仍保留在本页。'
		);
	});

	it('unicorns, a target without a numeric goal, has its 2025 figure: 78 (Hurun 2025)', () => {
		const o = get('unicorns');
		expect(o.outcome?.value).toBe(78);
		expect(o.outcome?.sources[0]?.observation.source.title).toMatch(
			/Hurun Global Unicorn Index 2025/
		);
		expect(o.known.map((p) => p.value)).toEqual([82, 93, 91, 90]);
	});

	it('says why the model made no projection, in the as-of year’s terms', () => {
		const o = get('digital_economy_growth', realOutcomes(plan, observations, 2020));
		expect(o.projection).toMatchObject({ ok: false, reason: 'missing_assumption' });
		expect(o.known).toEqual([]);
		expect(projectionText(o, en, 'en', () => 'digital-economy value added')).toBe(
			'None: in the figures for years up to 2020, there is no growth of digital-economy value added to project from.'
		);
		// The outcome is still published: forecasts are scored, just not against the model.
		expect(o.outcome?.value).toBeCloseTo(OUTCOME, 12);
	});

	it('names a change of statistical basis in the known figures', () => {
		const breaks = knownBreaks(get('rd_intensity'), observations.bases, en, 'en');
		expect(breaks).toHaveLength(1);
		expect(breaks[0]).toMatch(
			/^The statistical basis changes between 2018 and 2019 \(Before the 4th/
		);
	});
});

describe('an outcome across a census revision', () => {
	// A 2025 R&D spending of 3,500 亿元 (made up for this test only) over the published 2025 GDP
	// of 52,073.4 亿元 (5th-census basis): 6.72128 %. As of 2022 the last figure known is on the
	// 4th-census basis, so the comparison crosses the 2023 revision and must say so.
	const data: ObservationsFile = structuredClone(observations);
	const rd = data.series.rd_spend!;
	rd.observations.push({ ...rd.observations.at(-1)!, year: 2025, value: 3500 });
	const o = realOutcomes(plan, data, 2022).get('rd_intensity')!;

	it('computes the outcome and flags the basis change', () => {
		expect(o.outcome?.value).toBeCloseTo((3500 / 52073.4) * 100, 10);
		expect(o.outcome?.basisChange).toEqual({
			knownYear: 2022,
			knownBases: ['rd', 'c4'],
			outcomeBases: ['rd', 'c5']
		});
		const view = outcomeView(o, data.bases, en, 'en')!;
		expect(view.basisText).toContain(
			'the latest figure known in 2022 is on the basis “After the 4th and before the 5th economic census (2019–2023)”, the outcome on “After the 5th economic census'
		);
		expect(outcomeView(o, data.bases, zh, 'zh')!.basisText).toMatch(/^统计口径不同：2022 年/);
	});

	it('says nothing of a basis change when there is none', () => {
		const view = outcomeView(get('digital_economy_growth'), observations.bases, en, 'en')!;
		expect(view.basisText).toBe('');
		expect(view.valueText).toBe('8.44%');
		expect(view.windowText).toBe(
			'(the compound average of the yearly rates published for 2021–2025)'
		);
	});
});

describe('scoreForecasts', () => {
	const projection = { ok: true as const, value: PROJECTED, unit: 'rate' };
	// Errors against 8.44452 %: 8.5 % → +0.05548 pp, 9 % → +0.55548 pp, 7 % → −1.44452 pp; the
	// model's is +0.21844 pp, so only 8.5 % is closer. Mean absolute error: 2.05548 / 3 = 0.68516 pp.
	const score = scoreForecasts([0.085, 0.09, 0.07], OUTCOME, projection);

	it('works out each error, the mean absolute error and how many beat the model', () => {
		expect(score.forecasts.map((f) => f.error)).toEqual([
			expect.closeTo(0.000554782, 9),
			expect.closeTo(0.005554782, 9),
			expect.closeTo(-0.014445218, 9)
		]);
		expect(score.modelError).toBeCloseTo(0.002184434, 9);
		expect(score.meanAbsoluteError).toBeCloseTo(0.006851594, 9);
		expect(score.forecasts.map((f) => f.closer)).toEqual([true, false, false]);
		expect(score.closer).toBe(1);
	});

	it('writes the table and the class summary in both languages', () => {
		const view = scoreView(score, 'rate', en, 'en');
		expect(view.rows[0]).toEqual({
			label: '1',
			guessText: '8.50%',
			errorText: '+0.06 pp',
			closerText: 'Yes'
		});
		expect(view.rows[2]?.errorText).toBe('−1.44 pp');
		expect(view.summaryText).toBe(
			'3 forecasts: mean absolute error 0.69 pp; 1 of 3 closer to the outcome than the model (whose error was +0.22 pp).'
		);
		expect(scoreView(score, 'rate', zh, 'zh').summaryText).toBe(
			'共 3 个预测：平均绝对误差 0.69 个百分点；其中 1 个比模型更接近公布值（模型误差为 +0.22 个百分点）。'
		);
	});

	it('a tie with the model is not closer; without a projection nothing is compared', () => {
		const tie = scoreForecasts([OUTCOME - 0.002184434185641848], OUTCOME, projection);
		expect(tie.forecasts[0]?.closer).toBe(false);
		const none = scoreForecasts([0.08], OUTCOME, {
			ok: false,
			reason: 'missing_assumption',
			missing: ['digital_va']
		});
		expect(none.closer).toBeNull();
		expect(none.modelError).toBeNull();
		expect(none.meanAbsoluteError).toBeCloseTo(OUTCOME - 0.08, 12);
		expect(scoreView(none, 'rate', en, 'en').summaryText).toBe(
			'1 forecast: mean absolute error 0.44 pp. The model made no projection, so none is compared with it.'
		);
	});

	it('levels: errors in the target’s unit, billion yuan in English', () => {
		const s = scoreForecasts([9000, 7000], 8000, { ok: true, value: 8500, unit: '亿元' });
		expect(s.meanAbsoluteError).toBe(1000);
		expect(s.closer).toBe(0);
		expect(errorText(-1000, '亿元', 'en')).toBe('−100 billion yuan');
		expect(errorText(1000, '亿元', 'zh')).toBe('+1,000 亿元');
	});

	it('summarises the page: revealed, scored and compared', () => {
		const s = summariseReal([
			{ revealed: true, score },
			{ revealed: true, score: null },
			{ revealed: false, score: null }
		]);
		expect(s).toEqual({ questions: 3, revealed: 2, scored: 1, compared: 3, closer: 1 });
		expect(realSummaryText(s, en)).toBe(
			'2 of 3 revealed; 1 with a published outcome. 1 of 3 forecasts were closer to the outcome than the model.'
		);
		expect(realSummaryText(summariseReal([{ revealed: false, score: null }]), zh)).toBe(
			'尚未揭晓任何结果（共 1 题）。'
		);
	});
});

it('known rows are written in the forecast’s unit', () => {
	expect(knownRows(get('digital_economy_growth'), 'en')).toEqual([
		{ year: 2021, text: '13.10%' },
		{ year: 2022, text: '4.40%' }
	]);
});
