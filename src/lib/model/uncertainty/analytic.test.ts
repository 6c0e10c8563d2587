// The closed-form engines, checked by hand against Φ of the z-score.
import { describe, expect, it } from 'vitest';
import { assessTarget } from './assess';
import { settings, evaluate, targetOf, PLAN_VIEW } from './fixtures';
import { PARAMETERS } from '../parameters';
const [DEFAULT_DRAWS, DEFAULT_SEED] = [PARAMETERS.draws.default, PARAMETERS.seed.default];

describe('closed-form probabilities, checked by hand', () => {
	it('technology contracts from 9,153 (2024) with growth −15 % to −10 %', () => {
		// m = (ln 0.85 + ln 0.90)/2 = −0.1339397226, s = (ln 0.90 − ln 0.85)/(2 × 1.6448536) = 0.0173749241
		// One year to go, so σ = s under both models.
		// z = (ln 9153 + m − ln 8000)/s = (0.1346428 − 0.1339397)/0.0173749 = 0.0403127; Φ(z) = 0.5160781.
		for (const model of ['persistent', 'yearly'] as const) {
			const e = evaluate({
				growthRange: { tech_contracts: { low: -0.15, high: -0.1 } },
				uncertainty: settings({ model })
			});
			const u = targetOf(e, 'tech_contracts').uncertainty!;
			expect(u).toMatchObject({ method: 'analytic', draws: null, seed: null, model });
			expect(u.probability).toBeCloseTo(0.5160780865, 9);
			// "exceeds" has no tolerance band.
			expect(u.probabilityWithinTolerance).toBe(u.probability);
		}
	});

	it('high-tech value added as of 2022: nine years from 5,646.7 (2016) at the fallback width', () => {
		// g = √(5646.7/4738) − 1 = 9.1691 %; ln V = ln 5646.7 + 9 ln(1 + g) = ln 5646.7 + 4.5 ln(5646.7/4738)
		// ln V − ln 12000 = 0.0357175449; s = 0.03/1.6448536 = 0.0182387.
		// persistent: σ = 9s = 0.1641483, z = 0.2175931, Φ = 0.5861269
		// yearly:     σ = 3s = 0.0547161, z = 0.6527793, Φ = 0.7430507
		const p = evaluate({ ...PLAN_VIEW, uncertainty: settings() });
		const y = evaluate({ ...PLAN_VIEW, uncertainty: settings({ model: 'yearly' }) });
		expect(targetOf(p, 'hightech_va').uncertainty!.probability).toBeCloseTo(0.5861269141, 9);
		expect(targetOf(y, 'hightech_va').uncertainty!.probability).toBeCloseTo(0.7430507014, 9);
	});

	it('digital-economy average growth as of 2022: two actual years and three at 8.66 %', () => {
		// g = √(1.131 × 1.044) − 1; ln Π = ln 1.131 + ln 1.044 + 3 ln(1 + g) = 0.4154042165
		// met: ≥ 5 ln 1.075 = 0.3616033079; within tolerance: ≥ 5 ln(1.075 × … 7.125 %) = 0.3441309546
		// s = 0.03/1.6448536 (fallback: two yearly rates). persistent σ = 3s: Φ(0.0538009/0.0547161)
		// = 0.8372636 and Φ(0.0712733/0.0547161) = 0.9036445; yearly σ = √3·s: 0.9557234, 0.9879700.
		const cases = [
			['persistent', 0.8372635882, 0.9036444791],
			['yearly', 0.955723427, 0.9879700375]
		] as const;
		for (const [model, met, within] of cases) {
			const e = evaluate({ ...PLAN_VIEW, uncertainty: settings({ model }) });
			const u = targetOf(e, 'digital_economy_growth').uncertainty!;
			expect(u.method).toBe('analytic');
			expect(u.probability).toBeCloseTo(met, 9);
			expect(u.probabilityWithinTolerance).toBeCloseTo(within, 9);
		}
	});

	it('R&D intensity from 3,278.4 / 52,073.4 with R&D growth −15 % to −5 % (closed form)', () => {
		// GDP 2025 is published, so only R&D spending (one year) is uncertain.
		// m = (ln 0.85 + ln 0.95)/2 = −0.1069061119; s = (ln 0.95 − ln 0.85)/(2 × 1.6448536) = 0.0338101924
		// μ = ln(100 × 3278.4 / 52073.4) + m = 1.7329653108
		// P(≥ 6) = Φ((μ − ln 6)/s) = 0.0410219757; P(≥ 5.7) = Φ((μ − ln 5.7)/s) = 0.4122144884
		const e = evaluate({
			growthRange: { rd_spend: { low: -0.15, high: -0.05 } },
			uncertainty: settings()
		});
		const t = targetOf(e, 'rd_intensity');
		const closed = assessTarget(t, e.drivers, settings(), { method: 'analytic' }).uncertainty!;
		expect(closed.method).toBe('analytic');
		expect(closed.probability).toBeCloseTo(0.0410219757, 9);
		expect(closed.probabilityWithinTolerance).toBeCloseTo(0.4122144884, 9);
		// The app draws ratios: within four standard errors of the closed form.
		const drawn = t.uncertainty!;
		expect(drawn).toMatchObject({
			method: 'monte_carlo',
			draws: DEFAULT_DRAWS,
			seed: DEFAULT_SEED
		});
		expect(Math.abs(drawn.probability - closed.probability)).toBeLessThan(4 * drawn.standardError!);
		expect(drawn.correlation).toEqual({
			value: 0,
			source: 'none',
			years: [],
			drivers: ['rd_spend', 'gdp']
		});
	});
});
