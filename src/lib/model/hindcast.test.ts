import { describe, expect, it } from 'vitest';
import { observations, plan } from './data';
import { hindcast } from './hindcast';

const rows = hindcast(plan, observations, 2022).rows;
const row = (id: string) => rows.find((r) => r.id === id)!;

describe('hindcast from 2022, the plan’s vantage point', () => {
	it('leaves out the qualitative targets', () => {
		expect(rows.map((r) => r.id)).not.toContain('zgc_revenue');
		expect(rows.map((r) => r.id)).not.toContain('unicorns');
	});

	it('technology contracts: required 0.22 % a year from 7,947.5 (2022), realised 7.3 %, met in 2023', () => {
		const r = row('tech_contracts');
		expect(r.requiredGrowth).toBeCloseTo((8000 / 7947.5) ** (1 / 3) - 1, 12);
		expect(r.realisedGrowth).toBeCloseTo((9153 / 7947.5) ** (1 / 2) - 1, 12);
		expect(r.latestActual).toEqual({ year: 2024, value: 9153 });
		expect(r.firstYearMet).toBe(2023);
		// Trailing growth as of 2022 over 2017–2022, compounded three years from 7,947.5.
		const trailing = (7947.5 / 4486.9) ** (1 / 5) - 1;
		expect(r.projected).toBeCloseTo(7947.5 * (1 + trailing) ** 3, 6);
		expect(r.projectedForLatestYear).toBeCloseTo(7947.5 * (1 + trailing) ** 2, 6);
		expect(r.outcome).toBeNull();
		expect(r.outcomeVerdict).toBeNull();
	});

	it('R&D intensity: R&D spending realised (3,278.4 / 2,843.3)^(1/2) − 1; 2024 published 6.58 %', () => {
		const r = row('rd_intensity');
		expect(r.realisedGrowth).toBeCloseTo((3278.4 / 2843.3) ** (1 / 2) - 1, 12);
		expect(r.latestActual?.year).toBe(2024);
		expect(r.latestActual?.value).toBeCloseTo((3278.4 / 49843.1) * 100, 10);
		expect(r.firstYearMet).toBe(2023);
		expect(r.outcome).toBeNull();
	});

	it('digital economy: the whole 2021–2025 window is published, so the outcome is its compound average', () => {
		const r = row('digital_economy_growth');
		const cagr = (1.131 * 1.044 * 1.085 * 1.077 * 1.087) ** (1 / 5) - 1;
		expect(r.outcome).toBeCloseTo(cagr, 12);
		expect(r.outcomeVerdict).toBe('met');
		expect(r.realisedGrowth).toBeCloseTo((1.085 * 1.077 * 1.087) ** (1 / 3) - 1, 12);
	});

	it('high-tech value added: no realised growth across the 2024 census revision', () => {
		const r = row('hightech_va');
		expect(r.realisedGrowth).toBeNull();
		expect(r.realisedGrowthNote).toBe('basis_break');
		expect(r.firstYearMet).toBe(2024);
	});

	it('R&D personnel density has no employment figures to compare with', () => {
		const r = row('rd_personnel_density');
		expect(r.projected).toBeNull();
		expect(r.latestActual).toBeNull();
	});
});
