// The Monte Carlo engines: seeded, reproducible, close to the closed forms.
import { describe, expect, it } from 'vitest';
import { assessTarget, assessTargets } from './assess';
import { settings, evaluate, targetOf, PLAN_VIEW } from './fixtures';
import { PARAMETERS } from '../parameters';
const MAX_DRAWS = PARAMETERS.draws.hard.max;

describe('Monte Carlo', () => {
	const fourSe = (p: number, n: number) => 4 * Math.sqrt((p * (1 - p)) / n) + 1e-12;

	it.each(['persistent', 'yearly'] as const)(
		'agrees with the closed forms of every target within four standard errors (%s)',
		(model) => {
			const e = evaluate(PLAN_VIEW);
			const s = settings({ model });
			const closed = assessTargets(e, s, { method: 'analytic', solve: false });
			const drawn = assessTargets(e, s, { method: 'monte_carlo', solve: false });
			let compared = 0;
			closed.forEach(({ id, assessment }, i) => {
				const a = assessment.uncertainty;
				const b = drawn[i]!.assessment.uncertainty;
				if (!a || !b) return expect(b).toBe(a);
				expect(b.method, id).toBe('monte_carlo');
				expect(Math.abs(b.probability - a.probability), id).toBeLessThan(
					fourSe(a.probability, s.draws)
				);
				expect(
					Math.abs(b.probabilityWithinTolerance - a.probabilityWithinTolerance),
					id
				).toBeLessThan(fourSe(a.probabilityWithinTolerance, s.draws));
				compared++;
			});
			expect(compared).toBe(6);
		}
	);

	it('converges: the error shrinks like 1/√draws on a level target', () => {
		const e = evaluate({ ...PLAN_VIEW, uncertainty: settings() });
		const t = targetOf(e, 'hightech_va');
		const exact = t.uncertainty!.probability;
		for (const draws of [1_000, 10_000, MAX_DRAWS]) {
			const u = assessTarget(t, e.drivers, settings({ draws }), {
				method: 'monte_carlo',
				solve: false,
				sensitivity: false
			}).uncertainty!;
			expect(u.draws).toBe(draws);
			expect(u.standardError).toBeCloseTo(
				Math.sqrt((u.probability * (1 - u.probability)) / draws),
				15
			);
			expect(Math.abs(u.probability - exact)).toBeLessThan(fourSe(exact, draws));
		}
	});

	it('agrees with the closed form for correlated drivers', () => {
		for (const correlation of [-0.5, 0, 0.5, 0.95, 1]) {
			for (const model of ['persistent', 'yearly'] as const) {
				const e = evaluate(PLAN_VIEW);
				const s = settings({ model, correlation });
				for (const id of [
					'rd_intensity',
					'basic_research_share',
					'rd_personnel_density'
				] as const) {
					const t = targetOf(e, id);
					const closed = assessTarget(t, e.drivers, s, { method: 'analytic', solve: false });
					const drawn = assessTarget(t, e.drivers, s, { solve: false });
					const p = closed.uncertainty!.probability;
					expect(drawn.uncertainty!.correlation).toMatchObject({
						value: correlation,
						source: 'scenario'
					});
					expect(
						Math.abs(drawn.uncertainty!.probability - p),
						`${id} ${model} ρ=${correlation}`
					).toBeLessThan(fourSe(p, s.draws));
				}
			}
		}
	});

	it('takes the correlation from history where it can, else 0, and shows it', () => {
		const e = evaluate({ ...PLAN_VIEW, uncertainty: settings() });
		expect(targetOf(e, 'basic_research_share').uncertainty!.correlation).toMatchObject({
			source: 'history',
			drivers: ['basic_spend', 'rd_spend']
		});
		expect(targetOf(e, 'rd_intensity').uncertainty!.correlation).toMatchObject({
			source: 'history',
			years: [2020, 2021, 2022],
			drivers: ['rd_spend', 'gdp']
		});
		expect(targetOf(e, 'rd_personnel_density').uncertainty!.correlation).toMatchObject({
			value: 0,
			source: 'none'
		});
		expect(targetOf(e, 'hightech_va').uncertainty!.correlation).toBeNull();
	});

	it('reproduces a seeded run exactly, whatever ran before', () => {
		const scenario = { ...PLAN_VIEW, uncertainty: settings({ seed: 77 }) };
		const first = evaluate(scenario);
		// Enough other seeds to push the first one's draws out of every cache.
		for (let seed = 1000; seed < 1040; seed++)
			evaluate({ ...PLAN_VIEW, uncertainty: settings({ seed, draws: 1_000 }) });
		const again = evaluate(scenario);
		for (const id of ['rd_intensity', 'basic_research_share', 'rd_personnel_density'] as const) {
			const a = targetOf(first, id).uncertainty!;
			const b = targetOf(again, id).uncertainty!;
			expect(Object.is(a.probability, b.probability)).toBe(true);
			expect(b).toEqual(a);
			expect(targetOf(again, id).sensitivity).toEqual(targetOf(first, id).sensitivity);
		}
		const other = evaluate({ ...PLAN_VIEW, uncertainty: settings({ seed: 78 }) });
		expect(targetOf(other, 'basic_research_share').uncertainty!.probability).not.toBe(
			targetOf(first, 'basic_research_share').uncertainty!.probability
		);
	});

	it('gives each target its own stream: a target’s draws do not depend on the others', () => {
		const e = evaluate({ ...PLAN_VIEW, uncertainty: settings() });
		const t = targetOf(e, 'basic_research_share');
		const alone = assessTarget(t, e.drivers, settings());
		expect(alone.uncertainty).toEqual(t.uncertainty);
	});
});
