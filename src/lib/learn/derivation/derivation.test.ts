import { describe, expect, it } from 'vitest';
import { formatRate } from '../../i18n/format';
import { emptyScenario, evaluateScenario, type Scenario, type TargetId } from '../../model';
import { observations, plan } from '../../model/data';
import type { TargetResult } from '../../model/evaluate';
import { deriveTarget, type Derivation, type DerivationStep } from './index';

const evaluate = (scenario: Partial<Scenario> = {}) =>
	evaluateScenario(plan, observations, { ...emptyScenario(), ...scenario });

/** Equal to within 1e-9 of the larger magnitude (or absolutely, near zero). */
function expectClose(actual: number | null, expected: number | null) {
	expect(actual).not.toBeNull();
	expect(expected).not.toBeNull();
	const scale = Math.max(1, Math.abs(expected!));
	expect(Math.abs(actual! - expected!)).toBeLessThanOrEqual(1e-9 * scale);
}

const stepOf = (d: Derivation, key: DerivationStep['key']) => d.steps.find((s) => s.key === key);

const SCENARIOS: [string, Partial<Scenario>][] = [
	['the default settings', {}],
	['data as of 2023', { asOf: 2023 }],
	['changed growth', { growth: { hightech_va: 0.03, gdp: 0.07, rd_spend: 0.02, employed: 0.01 } }],
	[
		'per-year overrides on a numerator and a denominator',
		{
			asOf: 2023,
			yearlyGrowth: {
				rd_spend: { 2024: 0.12 },
				gdp: { 2025: 0.01 },
				tech_contracts: { 2025: -0.1 }
			}
		}
	],
	[
		'a narrower averaging window and a tight tolerance',
		{ averageWindow: { from: 2023, to: 2025 }, tolerance: 0.01 }
	],
	['an assumption for employment', { growth: { employed: 0.005 } }]
];

/** Checks every step that carries a number against the model's own result for that target. */
function checkAgainstModel(result: TargetResult, d: Derivation, scenario: Partial<Scenario>) {
	const evaluation = evaluate(scenario);
	expect(d.steps.some((s) => s.modelSolved)).toBe(false);
	for (const s of d.steps) {
		if (s.key === 'target') expect(s.value).toBe(result.target);
		if (s.key === 'projection' || s.key === 'projectionNumerator') {
			const expected = evaluation.drivers[result.spec.numerator].targetYearValue;
			if (expected === null) expect(s.value).toBeNull();
			else expectClose(s.value, expected);
		}
		if (s.key === 'projectionDenominator') {
			const expected = evaluation.drivers[result.spec.denominator!].targetYearValue;
			if (expected === null) expect(s.value).toBeNull();
			else expectClose(s.value, expected);
		}
		if (s.key === 'indicator') expectClose(s.value, result.projected);
		if (s.key === 'needed') {
			const den = evaluation.drivers[result.spec.denominator!].targetYearValue!;
			expectClose((s.value! * result.spec.scale) / den, result.target);
		}
		if (s.key === 'required' || s.key === 'denominatorEffect' || s.key === 'requiredAverage') {
			if (result.requiredGrowth === null) expect(s.value).toBeNull();
			else expectClose(s.value, result.requiredGrowth);
		}
		if (s.key === 'compound') expectClose(s.value, result.average!.compound);
		if (s.key === 'arithmetic') expectClose(s.value, result.average!.arithmetic);
		if (s.key === 'verdict') {
			if (result.margin === null) expect(s.value).toBeNull();
			else expectClose(s.value, result.margin);
		}
		// A rate that a step computed is what its formula line ends with.
		if (
			s.value !== null &&
			s.lines.length > 0 &&
			['required', 'denominatorEffect', 'requiredAverage', 'compound', 'arithmetic'].includes(s.key)
		)
			expect(s.lines.at(-1)!.text.endsWith(`≈ ${formatRate(s.value, 'en', 2)}`)).toBe(true);
	}
}

describe('deriveTarget reproduces the model', () => {
	for (const [name, scenario] of SCENARIOS)
		for (const lang of ['en', 'zh'] as const)
			it(`for every target under ${name} (${lang})`, () => {
				const evaluation = evaluate(scenario);
				for (const result of evaluation.targets) {
					const d = deriveTarget(result, evaluation, lang, plan);
					expect(d.steps.length).toBeGreaterThan(0);
					checkAgainstModel(result, d, scenario);
				}
			});
});

describe('deriveTarget for a level target', () => {
	it('shows the required growth of high-tech value added as of 2023 step by step', () => {
		const evaluation = evaluate({ asOf: 2023 });
		const result = evaluation.targets.find((t) => t.id === 'hightech_va')!;
		const d = deriveTarget(result, evaluation, 'en', plan);
		const required = stepOf(d, 'required')!;
		expect(required.value).toBeCloseTo(0.005232, 6);
		expect(required.value).toBeCloseTo((12000 / 11875.4) ** (1 / 2) - 1, 12);
		expect(required.lines[0]!.text).toBe(
			'r = (T / H₂₀₂₃)^(1/n) − 1 = (12,000 / 11,875.4)^(1/2) − 1 ≈ 0.52%'
		);
	});

	it('says what is missing instead of inventing a projection', () => {
		const evaluation = evaluate({ asOf: 2023 });
		const result = evaluation.targets.find((t) => t.id === 'hightech_va')!;
		expect(result.projected).toBeNull();
		const d = deriveTarget(result, evaluation, 'en', plan);
		const projection = stepOf(d, 'projection')!;
		expect(projection.value).toBeNull();
		expect(projection.lines[0]!.text).toBe('H₂₀₂₅ = H₂₀₂₃ · (1 + g)^n');
		expect(projection.explanation).toContain('no growth rate');
		expect(stepOf(d, 'missing')!.explanation).toContain('high-tech value added');
		expect(stepOf(d, 'verdict')!.lines).toEqual([]);
	});

	it('projects with the growth the slider sets', () => {
		const evaluation = evaluate({ growth: { hightech_va: 0.05 } });
		const result = evaluation.targets.find((t) => t.id === 'hightech_va')!;
		const d = deriveTarget(result, evaluation, 'en', plan);
		const projection = stepOf(d, 'projection')!;
		const base = evaluation.drivers.hightech_va.baseValue!;
		expectClose(projection.value, base * 1.05);
		expect(projection.lines[0]!.text).toContain('(1 + 5%)^1');
		expect(projection.explanation).toContain('your setting');
	});

	it('writes per-year rates as a product', () => {
		const scenario = { asOf: 2023, yearlyGrowth: { tech_contracts: { 2025: -0.1 } } };
		const evaluation = evaluate(scenario);
		const result = evaluation.targets.find((t) => t.id === 'tech_contracts')!;
		const d = deriveTarget(result, evaluation, 'en', plan);
		const text = stepOf(d, 'projection')!.lines[0]!.text;
		expect(text).toContain('C₂₀₂₅ = C₂₀₂₃ · (1 + g₂₀₂₄) · (1 + g₂₀₂₅)');
		expect(text).toContain('(1 − 10%)');
	});

	it('names the verdict and the comparison', () => {
		const evaluation = evaluate();
		const result = evaluation.targets.find((t) => t.id === 'tech_contracts')!;
		const verdict = stepOf(deriveTarget(result, evaluation, 'en', plan), 'verdict')!;
		expect(verdict.lines[0]!.text).toMatch(/^C₂₀₂₅ ≈ [\d,.]+ > 8,000$/);
		expect(verdict.explanation).toContain('Met');
	});
});

describe('deriveTarget for a ratio target', () => {
	const evaluation = evaluate();
	const result = evaluation.targets.find((t) => t.id === 'rd_intensity')!;
	const d = deriveTarget(result, evaluation, 'en', plan);

	it('builds the formula from the plan’s tree', () => {
		expect(stepOf(d, 'measure')!.lines[0]!.text).toBe('I = R / Y × 100');
		expect(stepOf(d, 'measure')!.lines[0]!.math).toContain('<mfrac><mi>R</mi><mi>Y</mi></mfrac>');
	});

	it('splits the required growth into keeping pace with the denominator and closing the gap', () => {
		const effect = stepOf(d, 'denominatorEffect')!;
		const num = evaluation.drivers.rd_spend;
		const gdpThen = evaluation.drivers.gdp.path.find((p) => p.year === num.baseYear)!.value;
		const gdpGrowth = evaluation.drivers.gdp.targetYearValue! / gdpThen - 1;
		const indicatorThen = (num.baseValue! / gdpThen) * 100;
		expectClose(effect.value, (1 + gdpGrowth) * (6 / indicatorThen) - 1);
		expectClose(effect.value, result.requiredGrowth);
		expect(effect.lines.map((l) => l.text.split(' = ')[0])).toEqual(['I₂₀₂₄', 'ḡ_Y', 'r']);
		expect(effect.explanation).toContain('raises the bar');
	});

	it('shows a faster-growing denominator raising the required growth', () => {
		const slow = evaluate({ asOf: 2023, growth: { gdp: 0.03 } });
		const fast = evaluate({ asOf: 2023, growth: { gdp: 0.08 } });
		const required = (e: typeof slow) =>
			stepOf(
				deriveTarget(
					e.targets.find((t) => t.id === 'rd_intensity')!,
					e,
					'en',
					plan
				),
				'required'
			)!.value!;
		expect(required(fast)).toBeGreaterThan(required(slow));
	});

	it('says which assumption is missing for R&D personnel density and shows no number for it', () => {
		const result = evaluation.targets.find((t) => t.id === 'rd_personnel_density')!;
		const density = deriveTarget(result, evaluation, 'en', plan);
		expect(density.steps.map((s) => s.key)).toEqual([
			'measure',
			'target',
			'projectionNumerator',
			'projectionDenominator',
			'missing',
			'verdict'
		]);
		const employed = stepOf(density, 'projectionDenominator')!;
		expect(employed.value).toBeNull();
		expect(employed.lines[0]!.text).toBe('E₂₀₂₅ = E₂₀₁₆ · (1 + g_E)^n');
		expect(stepOf(density, 'missing')!.explanation).toContain('employed persons');
	});

	it('shows the model’s number when the closed form cannot reproduce it', () => {
		const tampered = { ...result, requiredGrowth: result.requiredGrowth! + 0.01 };
		const steps = deriveTarget(tampered, evaluation, 'en', plan).steps;
		const required = steps.find((s) => s.key === 'required')!;
		expect(required.modelSolved).toBe(true);
		expect(required.value).toBe(tampered.requiredGrowth);
		expect(required.explanation).toContain('solved it numerically');
		// The split that would contradict the model's number is left out.
		expect(steps.some((s) => s.key === 'denominatorEffect')).toBe(false);
	});
});

describe('deriveTarget for the average-growth target', () => {
	it('lists the yearly rates and shows the compound average beside the arithmetic mean', () => {
		const evaluation = evaluate({ asOf: 2023 });
		const result = evaluation.targets.find((t) => t.id === 'digital_economy_growth')!;
		const d = deriveTarget(result, evaluation, 'en', plan);
		const rates = stepOf(d, 'rates')!.rates!;
		expect(rates.map((r) => [r.year, r.rate, r.kind])).toEqual(
			result.average!.rates.map((r) => [r.year, r.rate, r.kind])
		);
		expect(rates.map((r) => r.kindText)).toContain('projected');
		const compound = stepOf(d, 'compound')!.value!;
		const arithmetic = stepOf(d, 'arithmetic')!.value!;
		expect(compound).toBeLessThanOrEqual(arithmetic);
		expect(stepOf(d, 'arithmetic')!.explanation).toContain('volatility drag');
		expectClose(stepOf(d, 'requiredAverage')!.value, result.requiredGrowth);
	});

	it('says nothing is left to choose when every year of the window is published', () => {
		const evaluation = evaluate();
		const result = evaluation.targets.find((t) => t.id === 'digital_economy_growth')!;
		const step = stepOf(deriveTarget(result, evaluation, 'en', plan), 'requiredAverage')!;
		expect(step.value).toBeNull();
		expect(step.explanation).toContain('nothing is left to choose');
	});
});

describe('deriveTarget for a qualitative target', () => {
	it('shows the projection and says there is no numeric target', () => {
		const evaluation = evaluate({ asOf: 2023 });
		for (const id of ['zgc_revenue', 'unicorns'] as TargetId[]) {
			const result = evaluation.targets.find((t) => t.id === id)!;
			const d = deriveTarget(result, evaluation, 'zh', plan);
			expect(d.steps.map((s) => s.key)).toEqual(['projection', 'target']);
			expectClose(stepOf(d, 'projection')!.value, result.projected);
			expect(stepOf(d, 'target')!.explanation).toContain('未设数值');
		}
	});
});

describe('deriveTarget output', () => {
	it('hides each formula from screen readers and gives its text instead', () => {
		const evaluation = evaluate();
		for (const result of evaluation.targets)
			for (const s of deriveTarget(result, evaluation, 'en', plan).steps)
				for (const line of s.lines) {
					expect(line.math.startsWith('<math display="block"')).toBe(true);
					expect(line.math).toContain('aria-hidden="true"');
					expect(line.text.length).toBeGreaterThan(0);
				}
	});

	it('escapes names from the plan in the legend’s and formulas’ markup', () => {
		const evaluation = evaluate();
		const result = evaluation.targets.find((t) => t.id === 'rd_intensity')!;
		const hostile: TargetResult = {
			...result,
			spec: {
				...result.spec,
				tree: {
					type: 'operator',
					fn: 'divide',
					op: '/',
					implicit: false,
					args: [
						{ type: 'symbol', name: '<img src=x onerror=alert(1)>' },
						{ type: 'symbol', name: 'gdp' }
					]
				}
			}
		};
		const d = deriveTarget(hostile, evaluation, 'en', plan);
		const markup = d.steps.flatMap((s) => s.lines.map((l) => l.math)).join('');
		expect(markup).not.toContain('<img');
		expect(markup).toContain('&lt;img src=x onerror=alert(1)&gt;');
	});
});

describe('deriveTarget legend', () => {
	it('names every symbol the formulas use and no other', () => {
		const evaluation = evaluate();
		const of = (id: TargetId) =>
			deriveTarget(
				evaluation.targets.find((t) => t.id === id)!,
				evaluation,
				'en',
				plan
			).legend.map((e) => e.text);
		expect(of('rd_intensity')).toEqual(['I', 'R', 'Y', 'g_R', 'n', 'T', 'r', 'ḡ_Y']);
		// Employment is missing: nothing is solved, so neither r nor ḡ_E appears.
		expect(of('rd_personnel_density')).toEqual(['I', 'P', 'E', 'g_P', 'g_E', 'n', 'T']);
		expect(of('hightech_va')).toEqual(['H', 'g', 'n', 'T', 'r']);
		expect(of('digital_economy_growth')).toEqual(['rᵢ', 'ḡ', 'r̄', 'n', 'T']);
	});
});
