import { describe, expect, it } from 'vitest';
import { messages } from '$lib/i18n/messages';
import { shareMessages } from '$lib/i18n/shareMessages';
import { observations, plan } from '$lib/model/data';
import { defaultAsOf } from '$lib/model/evaluate';
import { evaluateScenario } from '$lib/model/scenarioEvaluation';
import { emptyScenario, type Lang, type Scenario } from '$lib/model/types';
import { embedAssumptions, MAX_EMBED_ASSUMPTIONS } from './embedView';

function line(partial: Partial<Scenario>, lang: Lang): string {
	const scenario = { ...emptyScenario(), ...partial };
	return embedAssumptions({
		plan,
		scenario,
		evaluation: evaluateScenario(plan, observations, scenario),
		baseline: evaluateScenario(plan, observations, { ...emptyScenario(), asOf: scenario.asOf }),
		defaultAsOf: defaultAsOf(plan, observations),
		t: messages[lang],
		m: shareMessages[lang],
		lang
	});
}

describe('embedAssumptions', () => {
	it('names each changed driver with its growth and the as-of year, in English', () => {
		const text = line({ growth: { tech_contracts: 0.2 }, asOf: 2022 }, 'en');
		expect(text).toMatch(/^Assumptions: .*Technology contracts.* growth 20(\.0)?\s?%/);
		expect(text).toMatch(/Data published up to 2022\.$/);
	});

	it('says the defaults are used when nothing changed, in Chinese with full-width punctuation', () => {
		const text = line({}, 'zh');
		const asOf = evaluateScenario(plan, observations, emptyScenario()).asOf;
		expect(text).toBe(`假设：默认值（各驱动量的近期趋势）。所用数据截至 ${asOf} 年公布。`);
	});

	it(`names at most ${MAX_EMBED_ASSUMPTIONS} changes and counts the rest`, () => {
		// Seen from 2020 every driver still has years to project, so no growth is inert.
		const growth = Object.fromEntries(plan.drivers.slice(0, 6).map((d) => [d.id, 0.031]));
		const text = line({ growth, asOf: 2020 }, 'en');
		expect(text.match(/3\.1\s?%/g)).toHaveLength(MAX_EMBED_ASSUMPTIONS - 1);
		expect(text).toContain('and 3 more');
	});

	it('leaves out a growth that no target reads any more', () => {
		const inert = line({ growth: { gdp: 0.031 } }, 'en');
		expect(inert).not.toMatch(/3\.1\s?%/);
	});
});
