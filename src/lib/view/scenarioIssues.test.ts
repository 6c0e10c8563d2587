import { describe, expect, it } from 'vitest';
import { observations, plan } from '../model/data';
import { evaluateScenario } from '../model/scenarioEvaluation';
import { emptyScenario } from '../model/types';
import { issueLines } from './scenarioIssues';

describe('issueLines', () => {
	it('gives one line per model issue, naming the field, its value and the reason', () => {
		const scenario = {
			...emptyScenario(),
			tolerance: 0.9,
			userValues: { employed: { 2024: 2e12 } }
		};
		const { issues } = evaluateScenario(plan, observations, scenario);
		expect(issueLines(issues, 'en')).toEqual([
			{ field: 'tolerance', value: '0.9', reason: 'tolerance outside the accepted range' },
			{
				field: 'userValues.employed.2024',
				value: '2000000000000',
				reason: 'value outside the accepted range'
			}
		]);
		expect(issueLines(issues, 'zh').map((l) => l.reason)).toEqual([
			'容差超出可用范围',
			'数值超出可用范围'
		]);
	});

	it('gives nothing for a scenario the model uses whole', () => {
		expect(issueLines(evaluateScenario(plan, observations, emptyScenario()).issues, 'en')).toEqual(
			[]
		);
	});
});
