import { describe, expect, it } from 'vitest';
import { cardMessages } from '../i18n/cardMessages';
import { formatRate } from '../i18n/format';
import { messages } from '../i18n/messages';
import { observations, plan } from '../model/data';
import { defaultAsOf, emptyScenario, evaluateScenario, type Scenario } from '../model';
import { DEFAULT_UNCERTAINTY } from '../model/uncertainty';
import { targetView } from './targetView';
import { cardDate, cardView, MAX_CARD_ASSUMPTIONS } from './cardView';

const asOf = defaultAsOf(plan, observations);

function view(scenario: Partial<Scenario>, lang: 'en' | 'zh' = 'en') {
	const s = { ...emptyScenario(), ...scenario };
	const evaluation = evaluateScenario(plan, observations, s);
	const baseline = evaluateScenario(plan, observations, { ...emptyScenario(), asOf: s.asOf });
	return {
		evaluation,
		card: cardView({
			plan,
			scenario: s,
			evaluation,
			baseline,
			defaultAsOf: asOf,
			t: messages[lang],
			m: cardMessages[lang],
			lang
		})
	};
}

describe('cardView', () => {
	it('lists each driver’s growth in use when every assumption is at its default', () => {
		const { card, evaluation } = view({});
		expect(card.changed).toBe(false);
		// With the latest data GDP, digital value added and unicorns are published for 2025.
		const inert = ['gdp', 'digital_va', 'unicorns'];
		expect(card.assumptions.map((a) => a.key)).toEqual(
			plan.drivers.map((d) => d.id).filter((id) => !inert.includes(id))
		);
		const planView = view({ asOf: 2022, growth: { gdp: 0.055 } }).card;
		expect(planView.assumptions.map((a) => a.key)).toEqual(['asof', 'g.gdp']);
		const rd = card.assumptions.find((a) => a.key === 'rd_spend')!;
		expect(rd.value).toBe(`${formatRate(evaluation.drivers.rd_spend.growth, 'en')} a year`);
		const employed = evaluation.drivers.employed.growth;
		if (employed === null)
			expect(card.assumptions.find((a) => a.key === 'employed')!.value).toBe(
				cardMessages.en.noGrowth
			);
	});

	it('leaves out a growth the data-as-of makes inert, in the defaults and in the changes', () => {
		// With the latest data GDP for 2025 is published: its growth moves no result.
		expect(view({}).card.assumptions.map((a) => a.key)).not.toContain('gdp');
		const { card } = view({ growth: { gdp: 0.055, tech_contracts: 0.05 } });
		expect(card.assumptions.map((a) => a.key)).toEqual(['g.tech_contracts']);
	});

	it('lists only the changed assumptions, old → new, when there are some', () => {
		const { card } = view({ growth: { tech_contracts: 0.05 }, tolerance: 0.1 });
		expect(card.changed).toBe(true);
		expect(card.assumptions.map((a) => a.key)).toEqual(['g.tech_contracts', 'tol']);
		expect(card.assumptions[0]!.value).toMatch(/→ 5\.0%$/);
	});

	it('keeps the card to MAX_CARD_ASSUMPTIONS lines and counts the rest', () => {
		const growth = Object.fromEntries(plan.drivers.map((d) => [d.id, 0.03]));
		const yearlyGrowth = { gdp: { 2023: 0.01, 2024: 0.02, 2025: 0.03 } };
		const { card } = view({ asOf: 2022, growth, yearlyGrowth, tolerance: 0.1 });
		const total = 1 + plan.drivers.length + 3 + 1;
		expect(card.assumptions).toHaveLength(MAX_CARD_ASSUMPTIONS);
		expect(card.moreAssumptions).toBe(total - MAX_CARD_ASSUMPTIONS);
	});

	it('has one row per numeric target with the dashboard’s verdict and numbers', () => {
		const { card, evaluation } = view({ growth: { tech_contracts: -0.2 } });
		const numeric = evaluation.targets.filter((r) => r.kind !== 'qualitative');
		expect(card.rows.map((r) => [r.id, r.verdict])).toEqual(numeric.map((r) => [r.id, r.verdict]));
		for (const r of numeric) {
			const dashboard = targetView(r, evaluation, plan, messages.en, 'en');
			const row = card.rows.find((x) => x.id === r.id)!;
			expect(row.projectedText).toBe(dashboard.projectedText);
			expect(row.marginText).toBe(dashboard.marginText);
			expect(row.verdictText).toBe(dashboard.verdictText);
		}
		expect(card.probabilities).toBe(false);
		expect(card.rows.every((r) => r.probabilityText === '')).toBe(true);
	});

	it('carries probabilities when the scenario computes them', () => {
		const { card } = view({ uncertainty: { ...DEFAULT_UNCERTAINTY, draws: 1000 } });
		expect(card.probabilities).toBe(true);
		expect(card.rows.some((r) => /%$/.test(r.probabilityText))).toBe(true);
	});
});

describe('cardDate', () => {
	it('writes a date in each language', () => {
		const date = new Date(2026, 2, 2);
		expect(cardDate(date, 'en')).toBe('2 March 2026');
		expect(cardDate(date, 'zh')).toBe('2026年3月2日');
	});
});

describe('cardSourceLine', () => {
	it('counts the kinds of the published figures used and those resting only on secondary sources', async () => {
		const { evaluateScenario } = await import('../model/scenarioEvaluation');
		const { observations, plan } = await import('../model/data');
		const { emptyScenario } = await import('../model/types');
		const { cardMessages } = await import('../i18n/cardMessages');
		const { cardSourceLine } = await import('./cardView');
		const evaluation = evaluateScenario(plan, observations, emptyScenario());
		let secondary = 0;
		let total = 0;
		for (const d of Object.values(evaluation.drivers))
			for (const p of d.history.points)
				if (p.kind === 'published' && p.observation) {
					total++;
					const s = p.observation.source;
					if (s.kind !== 'official' && !s.officialUrl) secondary++;
				}
		expect(total).toBeGreaterThan(secondary);
		const en = cardSourceLine(evaluation, cardMessages.en, 'en');
		expect(en).toMatch(/^Sources: official \d+, /);
		expect(en).toContain(`; ${secondary} only secondary.`);
		expect(cardSourceLine(evaluation, cardMessages.zh, 'zh')).toContain(
			`；${secondary} 条仅有二手来源`
		);
	});
});
