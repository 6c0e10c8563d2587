// The needed central growth for a chance (solver.ts), through assessTarget.
import { describe, expect, it } from 'vitest';
import { parseFormula } from '../formula';
import { DRIVER_IDS } from '../types';
import { assessTarget } from './assess';
import { CHANCES } from './solver';
import { Z90 } from '../ranges';
import { settings, evaluate, targetOf, PLAN_VIEW } from './fixtures';
import { PARAMETERS } from '../parameters';
const MAX_GROWTH = PARAMETERS.growth.hard.max;

describe('neededGrowth', () => {
	it('gives, for a level target, the growth the point model requires at a 50 % chance', () => {
		const e = evaluate({ ...PLAN_VIEW, uncertainty: settings() });
		const t = targetOf(e, 'hightech_va');
		const [p50, p80, p95] = t.uncertainty!.neededGrowth;
		expect(p50!.chance).toBe(0.5);
		expect(p50!.growth).toBeCloseTo(t.requiredGrowth!, 10);
		expect(p80!.growth!).toBeGreaterThan(p50!.growth!);
		expect(p95!.growth!).toBeGreaterThan(p80!.growth!);
	});

	it.each(['persistent', 'yearly'] as const)(
		'gives growths that, range width held, give each chance (closed forms, %s)',
		(model) => {
			const e = evaluate({ ...PLAN_VIEW, uncertainty: settings({ model }) });
			for (const id of ['hightech_va', 'digital_economy_growth', 'tech_contracts'] as const) {
				const t = targetOf(e, id);
				const driver = t.spec.numerator;
				const half = Z90 * e.drivers[driver].range!.logSd;
				for (const need of t.uncertainty!.neededGrowth) {
					const m = Math.log1p(need.growth!);
					const moved = evaluate({
						...PLAN_VIEW,
						growthRange: { [driver]: { low: Math.expm1(m - half), high: Math.expm1(m + half) } },
						uncertainty: settings({ model })
					});
					expect(targetOf(moved, id).uncertainty!.probability).toBeCloseTo(need.chance, 6);
				}
			}
		}
	);

	it('finds, for a drawn ratio, the smallest growth whose estimate reaches each chance', () => {
		const e = evaluate({ ...PLAN_VIEW, uncertainty: settings() });
		const t = targetOf(e, 'basic_research_share');
		const closed = assessTarget(t, e.drivers, settings(), { method: 'analytic' }).uncertainty!;
		const law = e.drivers.basic_spend.range!;
		t.uncertainty!.neededGrowth.forEach((need, i) => {
			expect(need.chance).toBe(CHANCES[i]);
			// The closed form, at the drawn answer, is within a few standard errors of the chance.
			const shift = (g: number) => ({
				low: Math.expm1(Math.log1p(g) - Z90 * law.logSd),
				high: Math.expm1(Math.log1p(g) + Z90 * law.logSd)
			});
			const at = (g: number) =>
				targetOf(
					evaluate({
						...PLAN_VIEW,
						growthRange: { basic_spend: shift(g) },
						uncertainty: settings()
					}),
					'basic_research_share'
				).uncertainty!.probability;
			expect(at(need.growth!)).toBeGreaterThanOrEqual(need.chance);
			expect(at(need.growth! - 1e-6)).toBeLessThan(need.chance);
			expect(Math.abs(need.growth! - closed.neededGrowth[i]!.growth!)).toBeLessThan(0.005);
		});
	});

	it('bisects formulas that are not power laws, to the same answers', () => {
		// "+ 0" changes no value but hides the power law: the general solver must agree with the
		// crossings read off a power law, and the closed form falls back to drawing.
		const e = evaluate({ ...PLAN_VIEW, uncertainty: settings({ model: 'yearly' }) });
		for (const id of ['rd_intensity', 'basic_research_share', 'rd_personnel_density'] as const) {
			const t = targetOf(e, id);
			const formula = `${t.spec.formula} + 0`;
			const plain = {
				...t,
				spec: { ...t.spec, formula, tree: parseFormula(formula, DRIVER_IDS) }
			};
			const general = assessTarget(plain, e.drivers, settings({ model: 'yearly' }), {
				method: 'analytic'
			});
			expect(general.uncertainty!.method).toBe('monte_carlo');
			expect(general.uncertainty!.probability).toBe(t.uncertainty!.probability);
			general.uncertainty!.neededGrowth.forEach((need, i) =>
				expect(need.growth!, `${id} ${need.chance}`).toBeCloseTo(
					t.uncertainty!.neededGrowth[i]!.growth!,
					7
				)
			);
			expect(general.sensitivity).toEqual(t.sensitivity);
		}
	});

	it('says when no year is left to move, or no growth in range reaches the chance', () => {
		const e = evaluate({ uncertainty: settings() });
		// The digital economy's window is all actual as of 2025.
		expect(
			targetOf(e, 'digital_economy_growth').uncertainty!.neededGrowth.map((n) => n.note)
		).toEqual(['no_years_left', 'no_years_left', 'no_years_left']);
		// Basic research as of 2022 (16.55 %) against R&D spending growing +1000 % a year: even at
		// +1000 % itself, its share stays about where it is, below 17 %, at its median.
		const boom = evaluate({
			asOf: 2022,
			growthRange: { rd_spend: { low: MAX_GROWTH, high: MAX_GROWTH } },
			uncertainty: settings()
		});
		expect(
			targetOf(boom, 'basic_research_share').uncertainty!.neededGrowth.map((n) => n.note)
		).toEqual(['out_of_range', 'out_of_range', 'out_of_range']);
	});
});
