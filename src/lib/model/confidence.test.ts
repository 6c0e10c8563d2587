import { describe, expect, it } from 'vitest';
import {
	gradeConfidence,
	PROJECTED_YEARS_LOW,
	type ConfidenceGrade,
	type ConfidenceInput,
	type ConfidenceInputFigure,
	type ConfidenceReasonCode
} from './confidence';
import { observations, plan } from './data';
import { applyDataUpdate } from './dataUpdate';
import { evaluateProjections } from './evaluate';
import { emptyScenario, type Observation, type Scenario } from './types';

const observation = (extra: Partial<Observation> = {}): Observation => ({
	year: 2024,
	value: 100,
	basis: 'c5',
	confidence: 'high',
	source: {
		title: 'Bulletin',
		publisher: 'Office',
		date: '2025-03',
		url: 'https://example.org',
		kind: 'official'
	},
	...extra
});

const figure = (
	extra: Partial<Observation> = {},
	kind: ConfidenceInputFigure['kind'] = 'published'
): ConfidenceInputFigure => ({
	driver: 'tech_contracts',
	year: 2024,
	kind,
	observation: kind === 'user' ? undefined : observation(extra)
});

const input = (extra: Partial<ConfidenceInput> = {}): ConfidenceInput => ({
	projectedYears: 0,
	lastActualYear: 2025,
	missing: [],
	figures: [figure()],
	...extra
});

describe('gradeConfidence', () => {
	it.each([
		{
			rule: 'published target-year data with nothing else',
			case: input(),
			grade: 'high',
			codes: []
		},
		{
			rule: 'no projection (a missing assumption) is low',
			case: input({ projectedYears: null, missing: ['employed'] }),
			grade: 'low',
			codes: ['no_projection']
		},
		{
			rule: 'one projected year is medium',
			case: input({ projectedYears: 1, lastActualYear: 2024 }),
			grade: 'medium',
			codes: ['projected_years']
		},
		{
			rule: 'two projected years are medium',
			case: input({ projectedYears: 2, lastActualYear: 2023 }),
			grade: 'medium',
			codes: ['projected_years']
		},
		{
			rule: `${PROJECTED_YEARS_LOW} projected years are low`,
			case: input({ projectedYears: PROJECTED_YEARS_LOW, lastActualYear: 2022 }),
			grade: 'low',
			codes: ['projected_years']
		},
		{
			rule: 'nine years from a 2016 figure are low',
			case: input({ projectedYears: 9, lastActualYear: 2016 }),
			grade: 'low',
			codes: ['projected_years']
		},
		{
			rule: 'a low-confidence input is low',
			case: input({ figures: [figure({ confidence: 'low' })] }),
			grade: 'low',
			codes: ['low_confidence']
		},
		{
			rule: 'a low-medium-confidence input is medium',
			case: input({ figures: [figure({ confidence: 'low-medium' })] }),
			grade: 'medium',
			codes: ['low_confidence']
		},
		{
			rule: 'a medium-confidence input is no reason',
			case: input({ figures: [figure({ confidence: 'medium' })] }),
			grade: 'high',
			codes: []
		},
		{
			rule: 'a user-entered input is medium',
			case: input({ figures: [figure({}, 'user')] }),
			grade: 'medium',
			codes: ['user_entered']
		},
		{
			rule: 'a user-supplied published figure is medium',
			case: input({ figures: [figure({ userSupplied: true, confidence: 'medium' })] }),
			grade: 'medium',
			codes: ['user_supplied']
		},
		{
			rule: 'a derived input is medium',
			case: input({ figures: [figure({}, 'derived')] }),
			grade: 'medium',
			codes: ['derived']
		},
		{
			rule: 'a third-party source is medium',
			case: input({
				figures: [figure({ source: { ...observation().source, kind: 'third_party' } })]
			}),
			grade: 'medium',
			codes: ['secondary_source']
		},
		{
			rule: 'a mirror whose official release is known is no reason by itself',
			case: input({
				figures: [
					figure({
						source: {
							...observation().source,
							kind: 'mirror',
							officialUrl: 'https://www.stats.gov.cn/'
						}
					})
				]
			}),
			grade: 'high',
			codes: []
		},
		{
			rule: 'a mirror with no known official release rests on secondary sources: medium',
			case: input({ figures: [figure({ source: { ...observation().source, kind: 'mirror' } })] }),
			grade: 'medium',
			codes: ['secondary_source']
		},
		{
			rule: 'an unverified figure is medium',
			case: input({ figures: [figure({ verified: false })] }),
			grade: 'medium',
			codes: ['unverified']
		},
		{
			rule: 'a series defined unlike the target is medium',
			case: input({ figures: [figure({ comparable: false })] }),
			grade: 'medium',
			codes: ['definition_differs']
		},
		{
			rule: 'the lowest cap wins: medium reasons and a low one give low',
			case: input({
				projectedYears: 1,
				lastActualYear: 2024,
				figures: [figure({ confidence: 'low', comparable: false })]
			}),
			grade: 'low',
			codes: ['projected_years', 'low_confidence', 'definition_differs']
		}
	] satisfies {
		rule: string;
		case: ConfidenceInput;
		grade: ConfidenceGrade;
		codes: ConfidenceReasonCode[];
	}[])('$rule', ({ case: c, grade, codes }) => {
		const result = gradeConfidence(c);
		expect(result.grade).toBe(grade);
		expect(result.reasons.map((r) => r.code)).toEqual(codes);
	});

	it('joins the years of one reason for one driver', () => {
		const result = gradeConfidence(
			input({
				figures: [
					{ ...figure({ confidence: 'low-medium' }), year: 2025 },
					figure({ confidence: 'low-medium' })
				]
			})
		);
		expect(result.reasons).toEqual([
			{ code: 'low_confidence', driver: 'tech_contracts', years: [2024, 2025], level: 'low-medium' }
		]);
	});
});

describe('targetConfidence through evaluateProjections', () => {
	const grades = (scenario: Scenario, data = observations) =>
		Object.fromEntries(
			evaluateProjections(plan, data, scenario).targets.map((t) => [t.id, t.confidence])
		);

	it('grades every target, and never changes a verdict or a number', () => {
		const e = evaluateProjections(plan, observations, emptyScenario());
		for (const t of e.targets) expect(['high', 'medium', 'low']).toContain(t.confidence.grade);
	});

	it('grades the R&D-personnel density low when it rests on nine years from the 2016 total', () => {
		const c = grades({ ...emptyScenario(), growth: { employed: 0.01 } }).rd_personnel_density!;
		expect(c.grade).toBe('low');
		expect(c.reasons).toContainEqual({ code: 'projected_years', years: 9, lastActualYear: 2016 });
		expect(c.reasons).toContainEqual({
			code: 'low_confidence',
			driver: 'employed',
			years: [2016],
			level: 'low-medium'
		});
	});

	it('grades the digital-economy average medium: every rate is published, four only in copies', () => {
		expect(grades(emptyScenario()).digital_economy_growth).toEqual({
			grade: 'medium',
			reasons: [{ code: 'secondary_source', driver: 'digital_va', years: [2021, 2022, 2023, 2024] }]
		});
	});

	it('names a value the user typed in as user-entered', () => {
		const c = grades({
			...emptyScenario(),
			userValues: { employed: { 2024: 1300 } },
			growth: { employed: 0 }
		}).rd_personnel_density!;
		expect(c.reasons).toContainEqual({ code: 'user_entered', driver: 'employed', years: [2024] });
	});

	it('names a figure from a data-update file as user-supplied, and counts it as published', () => {
		const data = applyDataUpdate(observations, [
			{
				series: 'tech_contracts',
				year: 2025,
				value: 9800,
				source: { title: 'Bulletin 2025', url: 'https://example.org/2025', date: '2026-02' }
			}
		]);
		const c = grades(emptyScenario(), data).tech_contracts!;
		expect(c).toEqual({
			grade: 'medium',
			reasons: [{ code: 'user_supplied', driver: 'tech_contracts', years: [2025] }]
		});
	});
});
