// The "what changed" lines the page shows, read against the compare page's change keys.
import { describe, expect, it } from 'vitest';
import { messages } from '../i18n/messages';
import { observations, plan } from '../model/data';
import { defaultAsOf } from '../model/evaluate';
import { evaluateScenario } from '../model/scenarioEvaluation';
import { emptyScenario, type Scenario } from '../model/types';
import { changeKey } from '../scenario/compare';
import { changesFromDefaults } from '../scenario/diff';
import { changeLines } from './changesView';

const changesOf = (partial: Partial<Scenario>) => {
	const s = { ...emptyScenario(), ...partial };
	const baseline = evaluateScenario(plan, observations, { ...emptyScenario(), asOf: s.asOf });
	return changesFromDefaults(plan, s, baseline, defaultAsOf(plan, observations));
};

describe('changeKey', () => {
	it('gives the keys of the "what changed" list', () => {
		const changes = changesOf({
			asOf: 2022,
			growth: { gdp: 0.05 },
			yearlyGrowth: { gdp: { 2024: 0.04 } },
			userValues: { unicorns: { 2025: 120 } },
			tolerance: 0.2,
			growthWindowYears: 3,
			averageWindow: { from: 2021, to: 2024 }
		});
		expect(changes.map(changeKey)).toEqual(
			changeLines(changes, plan, messages.en, 'en').map((line) => line.key)
		);
		expect(new Set(changes.map((c) => c.kind)).size).toBe(7);
	});
});

describe('changeLines for the employment denominator', () => {
	it('names the chosen alternative with its low confidence, in both languages', () => {
		const changes = changesOf({ employmentDenominator: 'census_2023' });
		expect(changes).toEqual([{ kind: 'employment_denominator', to: 'census_2023' }]);
		expect(changeLines(changes, plan, messages.en, 'en')).toEqual([
			{
				key: 'emp',
				label: 'Employment denominator',
				from: 'Employed persons 2016 (published total), projected',
				to: '2023 economic census: employees of legal-entity units (Low confidence)'
			}
		]);
		expect(changeLines(changes, plan, messages.zh, 'zh')[0]!.to).toBe(
			'2023 年经济普查：法人单位从业人员（可信度低）'
		);
		expect(changes.map(changeKey)).toEqual(['emp']);
	});
});
