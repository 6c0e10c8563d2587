import { describe, expect, it } from 'vitest';
import { observations, plan } from './data';
import { evaluateProjections } from './evaluate';
import { firstPublishedYearMet, hindcast, latestPublished } from './hindcast';
import { emptyScenario, type ObservationsFile } from './types';

const rows = hindcast(plan, observations, 2022).rows;
const row = (id: string, list = rows) => list.find((r) => r.id === id)!;
const now = evaluateProjections(plan, observations, emptyScenario());
const current = (id: string) => now.targets.find((t) => t.id === id)!;

describe('hindcast from 2022, the plan’s vantage point', () => {
	it('leaves out the qualitative targets', () => {
		expect(rows.map((r) => r.id)).not.toContain('zgc_revenue');
		expect(rows.map((r) => r.id)).not.toContain('unicorns');
	});

	it('technology contracts: required 0.22 % a year from 7,947.5 (2022), realised 7.3 %, met in 2023', () => {
		const r = row('tech_contracts');
		expect(r.base).toEqual({ year: 2022, value: 7947.5 });
		expect(r.requiredGrowth).toBeCloseTo((8000 / 7947.5) ** (1 / 3) - 1, 12);
		expect(r.realisedGrowth).toBeCloseTo((9153 / 7947.5) ** (1 / 2) - 1, 12);
		expect(r.latestPublished).toEqual({ year: 2024, value: 9153, sinceVantage: true });
		expect(r.firstYearMet).toBe(2023);
		// Trailing growth as of 2022 over 2017–2022, compounded three years from 7,947.5.
		const trailing = (7947.5 / 4486.9) ** (1 / 5) - 1;
		expect(r.projected).toBeCloseTo(7947.5 * (1 + trailing) ** 3, 6);
		expect(r.projectedForLatestYear).toBeCloseTo(7947.5 * (1 + trailing) ** 2, 6);
		expect(r.errorAtLatestYear).toBeCloseTo(9153 - 7947.5 * (1 + trailing) ** 2, 6);
		expect(r.outcome).toBeNull();
		expect(r.outcomeVerdict).toBeNull();
		expect(r.standing).toEqual({ final: false, year: 2024, verdict: 'met' });
		expect(r.contradicted).toBe(false);
	});

	it('R&D intensity: first met in 2015, long before the vantage year, as the target page counts it', () => {
		const r = row('rd_intensity');
		expect(r.realisedGrowth).toBeCloseTo((3278.4 / 2843.3) ** (1 / 2) - 1, 12);
		expect(r.latestPublished?.year).toBe(2024);
		expect(r.latestPublished?.value).toBeCloseTo((3278.4 / 49843.1) * 100, 10);
		expect(r.firstYearMet).toBe(2015);
		expect(r.firstYearMet).toBe(current('rd_intensity').firstYearMet?.year);
		expect(r.outcome).toBeNull();
	});

	it('basic-research share: projected to meet “about 17 %”, published below it: a contradicted miss', () => {
		const r = row('basic_research_share');
		expect(r.projectedVerdict).toBe('met');
		expect(r.standing).toEqual({ final: false, year: 2023, verdict: 'not_met' });
		expect(r.contradicted).toBe(true);
		expect(r.firstYearMet).toBeNull();
	});

	it('digital economy: the whole 2021–2025 window is published, so the outcome is its compound average', () => {
		const r = row('digital_economy_growth');
		const cagr = (1.131 * 1.044 * 1.085 * 1.077 * 1.087) ** (1 / 5) - 1;
		expect(r.outcome).toBeCloseTo(cagr, 12);
		expect(r.outcomeVerdict).toBe('met');
		expect(r.standing).toEqual({ final: true, year: 2025, verdict: 'met' });
		expect(r.realisedGrowth).toBeCloseTo((1.085 * 1.077 * 1.087) ** (1 / 3) - 1, 12);
		expect(r.firstYearMet).toBeNull();
	});

	it('high-tech value added: no realised growth across the 2024 census revision', () => {
		const r = row('hightech_va');
		expect(r.realisedGrowth).toBeNull();
		expect(r.realisedGrowthNote).toBe('basis_break');
		expect(r.firstYearMet).toBe(2024);
		// The projection "from 2022" starts at the last figure published by then: 2016.
		expect(r.base).toEqual({ year: 2016, value: 5646.7 });
	});

	it('R&D personnel density: no projection (employment growth unknown), judged on its 2016 figure', () => {
		const r = row('rd_personnel_density');
		expect(r.projected).toBeNull();
		expect(r.projectedVerdict).toBe('needs_assumption');
		expect(r.latestPublished).toEqual({
			year: 2016,
			value: latestPublished(current('rd_personnel_density'))!.value,
			sinceVantage: false
		});
		expect(r.standing.verdict).toBe('not_met');
		// An unjudged projection is never called contradicted.
		expect(r.contradicted).toBe(false);
	});
});

describe('hindcast definitions agree with the target pages at every vantage year', () => {
	it.each([2016, 2018, 2020, 2022, 2023, 2024])(
		'as of %i: latest published and first met do not depend on the vantage year',
		(vantage) => {
			for (const r of hindcast(plan, observations, vantage).rows) {
				const c = current(r.id);
				const latest = latestPublished(c);
				expect(
					r.latestPublished && { year: r.latestPublished.year, value: r.latestPublished.value }
				).toEqual(latest);
				expect(r.latestPublished?.sinceVantage ?? false).toBe((latest?.year ?? 0) > vantage);
				if (r.kind !== 'average_growth') expect(r.firstYearMet).toBe(firstPublishedYearMet(c));
			}
		}
	);

	it('as of 2023, technology contracts were first met in 2023 itself, not in the year after', () => {
		expect(row('tech_contracts', hindcast(plan, observations, 2023).rows).firstYearMet).toBe(2023);
	});

	it('as of 2023, basic-research share keeps its 2023 figure as latest published (nothing newer)', () => {
		const r = row('basic_research_share', hindcast(plan, observations, 2023).rows);
		expect(r.latestPublished).toMatchObject({ year: 2023, sinceVantage: false });
		expect(r.projectedForLatestYear).toBeNull();
		expect(r.errorAtLatestYear).toBeNull();
	});
});

describe('latestPublished and firstPublishedYearMet', () => {
	it('skip projected years: the latest published figure is never a projection', () => {
		const r = current('tech_contracts');
		expect(r.indicatorPath.at(-1)?.kind).toBe('projected');
		expect(latestPublished(r)).toEqual({ year: 2024, value: 9153 });
	});

	it('a year only a projection reaches is not a first year met', () => {
		const r = current('basic_research_share');
		expect(r.firstYearMet?.actual).toBe(false);
		expect(firstPublishedYearMet(r)).toBeNull();
	});

	it('a 2025 figure, once published, is the final outcome', () => {
		const data: ObservationsFile = structuredClone(observations);
		data.series.tech_contracts!.observations.push({
			...data.series.tech_contracts!.observations.at(-1)!,
			year: 2025,
			value: 7900
		});
		const r = row('tech_contracts', hindcast(plan, data, 2022).rows);
		expect(r.outcome).toBe(7900);
		expect(r.standing).toEqual({ final: true, year: 2025, verdict: 'not_met' });
		expect(r.contradicted).toBe(true);
	});
});
