import { describe, expect, it } from 'vitest';
import vintage202611Json from '../../../seeds/vintages/2026-11.json';
import { observations, plan } from './data';
import { employmentAlternative, withEmploymentDenominator } from './denominator';
import type { Evaluation } from './evaluate';
import { evaluateScenario } from './scenarioEvaluation';
import { validateObservations } from './schema';
import { emptyScenario, type EmploymentDenominatorId, type Scenario } from './types';

const evaluate = (scenario: Partial<Scenario>, data = observations): Evaluation =>
	evaluateScenario(plan, data, { ...emptyScenario(), ...scenario });
const density = (e: Evaluation) => e.targets.find((t) => t.id === 'rd_personnel_density')!;

// R&D personnel 2025 by default: 402,152 (2023) at its 2018 → 2023 compound growth, two years.
const gPersonnel = (402152 / 267338) ** (1 / 5) - 1;
const personnel2025 = 402152 * (1 + gPersonnel) ** 2; // ≈ 473,502

describe('employmentAlternative', () => {
	it('reads the census’s legal-unit employment, 1313.6 万人 in 2023, from its official bulletin', () => {
		const alt = employmentAlternative('census_2023', observations)!;
		expect(alt).toMatchObject({ id: 'census_2023', year: 2023, value: 1313.6 });
		expect(alt.derivedFrom).toBeUndefined();
		expect(alt.observation.basis).toBe('legal_units');
		expect(alt.observation.source.kind).toBe('official');
		expect(alt.observation.source.url).toContain('tjj.beijing.gov.cn');
		expect(alt.observation.alternative).toBe('census_2023');
	});

	it('derives 2018 employment as R&D personnel 267,338 ÷ the published ratio 216 ≈ 1237.68 万人', () => {
		const alt = employmentAlternative('implied_2018', observations)!;
		expect(alt.year).toBe(2018);
		expect(alt.value).toBeCloseTo(267338 / 216, 9);
		expect(alt.value).toBeCloseTo(1237.68, 2);
		expect(alt.derivedFrom).toEqual({ personnel: 267338, ratio: 216 });
		expect(alt.observation.basis).toBe('implied_ratio');
		// The lower of medium-high (personnel) and medium (the ratio).
		expect(alt.observation.confidence).toBe('medium');
		expect(alt.observation.note?.en).toContain('267338 ÷ 216 = 1237.68');
		expect(alt.observation.note?.zh).toContain('推算值');
	});

	it('is null where the data lacks what it is read from (the 2026-11 vintage has no census series)', () => {
		const older = validateObservations(vintage202611Json, 'seeds/vintages/2026-11.json');
		expect(employmentAlternative('census_2023', older)).toBeNull();
	});
});

describe('withEmploymentDenominator', () => {
	it('adds the alternative to a copy of the employed series and returns the same copy again', () => {
		const a = withEmploymentDenominator(observations, 'census_2023', 2025);
		expect(a.data).not.toBe(observations);
		expect(a.data.series.employed!.observations.map((o) => o.year)).toEqual([2016, 2023]);
		expect(observations.series.employed!.observations.map((o) => o.year)).toEqual([2016]);
		expect(withEmploymentDenominator(observations, 'census_2023', 2025).data).toBe(a.data);
		expect(a.use.unused).toBeNull();
	});

	it('says when the alternative cannot be used: missing data, a published year, after the as-of', () => {
		const older = validateObservations(vintage202611Json, 'seeds/vintages/2026-11.json');
		expect(withEmploymentDenominator(older, 'census_2023', 2025).use.unused).toBe('not_in_data');
		expect(withEmploymentDenominator(observations, 'census_2023', 2022).use.unused).toBe(
			'after_as_of'
		);
		const employed = observations.series.employed!;
		const withPublished2018 = {
			...observations,
			series: {
				...observations.series,
				employed: {
					...employed,
					observations: [...employed.observations, { ...employed.observations[0]!, year: 2018 }]
				}
			}
		};
		const result = withEmploymentDenominator(withPublished2018, 'implied_2018', 2025);
		expect(result.use.unused).toBe('published_year');
		expect(result.data).toBe(withPublished2018);
	});
});

describe('evaluateScenario with an employment denominator', () => {
	it('leaves every number unchanged when none is chosen (null is the same as absent)', () => {
		expect(evaluate({ employmentDenominator: null }).targets).toEqual(evaluate({}).targets);
		expect(evaluate({}).employmentDenominator).toBeNull();
	});

	it('still needs an employment growth: no growth is computed across definitions', () => {
		for (const id of ['census_2023', 'implied_2018'] as const) {
			const e = evaluate({ employmentDenominator: id });
			expect(density(e).verdict).toBe('needs_assumption');
			expect(e.drivers.employed.growthSource).toBe('none');
		}
	});

	it.each([
		// 1313.6 × 1.01² = 1340.00 万人; 473,502 ÷ 1340.00 ≈ 353.4
		{ id: 'census_2023', g: 0.01, employed2025: 1313.6 * 1.01 ** 2, baseYear: 2023, approx: 353.4 },
		// 1237.68 × 1.01⁷ = 1326.96 万人; 473,502 ÷ 1326.96 ≈ 356.8
		{
			id: 'implied_2018',
			g: 0.01,
			employed2025: (267338 / 216) * 1.01 ** 7,
			baseYear: 2018,
			approx: 356.8
		},
		// No growth: 473,502 ÷ 1313.6 ≈ 360.5 and 473,502 ÷ 1237.68 ≈ 382.6
		{ id: 'census_2023', g: 0, employed2025: 1313.6, baseYear: 2023, approx: 360.5 },
		{ id: 'implied_2018', g: 0, employed2025: 267338 / 216, baseYear: 2018, approx: 382.6 }
	] satisfies {
		id: EmploymentDenominatorId;
		g: number;
		employed2025: number;
		baseYear: number;
		approx: number;
	}[])(
		'projects the density of 2025 from $id with employment growing $g a year: ≈ $approx',
		({ id, g, employed2025, baseYear, approx }) => {
			const e = evaluate({ employmentDenominator: id, growth: { employed: g } });
			expect(e.drivers.employed.baseYear).toBe(baseYear);
			expect(e.drivers.employed.targetYearValue).toBeCloseTo(employed2025, 9);
			const t = density(e);
			expect(t.projected).toBeCloseTo(personnel2025 / employed2025, 9);
			expect(t.projected).toBeCloseTo(approx, 1);
			expect(t.verdict).toBe('met');
			expect(e.employmentDenominator).toMatchObject({ id, unused: null });
		}
	);

	it.each([
		{ id: 'census_2023', year: 2023, projectedYears: 2 },
		{ id: 'implied_2018', year: 2018, projectedYears: 7 }
	] satisfies { id: EmploymentDenominatorId; year: number; projectedYears: number }[])(
		'grades the verdict from $id low, with the alternative named as the reason',
		({ id, year, projectedYears }) => {
			const t = density(evaluate({ employmentDenominator: id, growth: { employed: 0.01 } }));
			expect(t.confidence.grade).toBe('low');
			expect(t.confidence.reasons).toContainEqual({
				code: 'alternative_denominator',
				driver: 'employed',
				years: [year],
				choice: id
			});
			// For the census, two projected years alone would be medium: the alternative makes it low.
			expect(t.confidence.reasons).toContainEqual({
				code: 'projected_years',
				years: projectedYears,
				lastActualYear: year
			});
		}
	);

	it('changes no other target', () => {
		const plain = evaluate({ growth: { employed: 0.01 } });
		const census = evaluate({ employmentDenominator: 'census_2023', growth: { employed: 0.01 } });
		for (const t of census.targets)
			if (t.id !== 'rd_personnel_density')
				expect(t).toEqual(plain.targets.find((x) => x.id === t.id));
	});

	it('reports a value outside the list and uses published employment', () => {
		const e = evaluate({ employmentDenominator: 'bogus' as EmploymentDenominatorId });
		expect(e.issues).toContainEqual({
			field: 'employmentDenominator',
			value: 'bogus',
			reason: 'invalid_denominator'
		});
		expect(e.employmentDenominator).toBeNull();
		expect(density(e).baseYear).toBe(2016);
	});

	it('keeps published employment for an earlier vintage without the census figure', () => {
		const older = validateObservations(vintage202611Json, 'seeds/vintages/2026-11.json');
		const e = evaluate({ employmentDenominator: 'census_2023' }, older);
		expect(e.employmentDenominator).toMatchObject({ unused: 'not_in_data', alternative: null });
		expect(e.drivers.employed.baseYear).toBe(2016);
	});
});
