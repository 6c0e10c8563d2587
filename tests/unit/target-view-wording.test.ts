// The card's wording for the cases the issue named: a negative required growth, a pace ratio
// that rounds to nothing, and a published rank shown only in as-of views that had it.
import { describe, expect, it } from 'vitest';
import { paceSentence, publishedBy, targetView } from '../../src/lib/view/targetView';
import { formatRate } from '../../src/lib/i18n/format';
import { messages } from '../../src/lib/i18n/messages';
import {
	emptyScenario,
	evaluateScenario,
	type Observation,
	type Scenario
} from '../../src/lib/model';
import { observations, plan } from '../../src/lib/model/data';

function view(id: string, lang: 'en' | 'zh', scenario: Partial<Scenario> = {}) {
	const evaluation = evaluateScenario(plan, observations, { ...emptyScenario(), ...scenario });
	const result = evaluation.targets.find((t) => t.id === id)!;
	return { view: targetView(result, evaluation, plan, messages[lang], lang, observations), result };
}

describe('target view wording', () => {
	it('states a negative required growth as the fall allowed, in both languages', () => {
		const { view: en, result } = view('tech_contracts', 'en', { asOf: 2023 });
		expect(result.requiredGrowth).toBeLessThan(0);
		const size = formatRate(-result.requiredGrowth!, 'en');
		expect(en.requiredText).toBe(`may shrink by up to ${size}`);
		expect(view('tech_contracts', 'zh', { asOf: 2023 }).view.requiredText).toBe(
			`可下降至多 ${formatRate(-result.requiredGrowth!, 'zh')}`
		);
	});

	it('keeps a positive required growth as a plain rate', () => {
		for (const spec of plan.targets) {
			const { view: v, result } = view(spec.id, 'en', { asOf: 2022 });
			if (result.requiredGrowth !== null && result.requiredGrowth > 0)
				expect(v.requiredText).toBe(formatRate(result.requiredGrowth, 'en'));
		}
	});

	it('never shows a pace of 0.0×', () => {
		expect(paceSentence(0.04, 2018, 2023, messages.en)).toBe(
			'needs only a small part of its 2018–2023 pace'
		);
		expect(paceSentence(0.04, 2018, 2023, messages.zh)).toBe('只需 2018–2023 年增速的一小部分');
		expect(paceSentence(0.05, 2018, 2023, messages.en)).toBe('needs 0.1× its 2018–2023 pace');
		expect(paceSentence(1.96, 2018, 2023, messages.zh)).toBe('需达到 2018–2023 年增速的 2.0 倍');
		for (const spec of plan.targets)
			for (const asOf of [2021, 2022, 2023, null])
				for (const lang of ['en', 'zh'] as const)
					expect(view(spec.id, lang, { asOf }).view.paceText).not.toMatch(/\b0\.0/);
	});

	it('shows a published rank only in as-of views that had it', () => {
		const rank = (asOf: number | null) => view('unicorns', 'en', { asOf }).view.rankText;
		const years = observations.series.unicorns_rank!.observations.map((o) => o.year);
		const latest = Math.max(...years);
		expect(rank(null)).toContain(`Hurun, ${latest}`);
		expect(rank(2022)).toContain('Hurun, 2022');
		expect(rank(2022)).not.toContain('2025');
		expect(rank(2024)).not.toContain('2025');
	});

	it('dates a figure by its source when recorded, else by its year', () => {
		const at = (year: number, date: string | null) =>
			({ year, source: { date } }) as unknown as Observation;
		expect(publishedBy(at(2025, '2025-06-26'), 2024)).toBe(false);
		expect(publishedBy(at(2025, '2025-06-26'), 2025)).toBe(true);
		expect(publishedBy(at(2022, null), 2022)).toBe(true);
		expect(publishedBy(at(2023, null), 2022)).toBe(false);
		expect(publishedBy(at(2022, '2023-03-30'), 2022)).toBe(false);
	});
});
