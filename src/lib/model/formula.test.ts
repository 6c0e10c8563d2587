import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { plan } from './data';
import { compileFormula, compileTree, evaluateFormulaText, FormulaError } from './formula';
import { DRIVER_IDS } from './types';

/** Published 2024 levels (and the 2023 level where 2024 is missing), to evaluate the plan's formulas. */
const SCOPE: Record<string, number> = {
	gdp: 49843.1,
	rd_spend: 3278.4,
	basic_spend: 472.3,
	rd_personnel: 402152,
	employed: 1220.1,
	hightech_va: 14900,
	digital_va: 18766.7,
	tech_contracts: 9153,
	zgc_revenue: 87000,
	unicorns: 79
};

describe('compileFormula', () => {
	it.each([
		{ id: 'rd_intensity', variables: ['rd_spend', 'gdp'], expected: (3278.4 / 49843.1) * 100 },
		{
			id: 'basic_research_share',
			variables: ['basic_spend', 'rd_spend'],
			expected: (472.3 / 3278.4) * 100
		},
		{
			id: 'rd_personnel_density',
			variables: ['rd_personnel', 'employed'],
			expected: 402152 / 1220.1
		},
		{ id: 'hightech_va', variables: ['hightech_va'], expected: 14900 },
		{ id: 'digital_economy_growth', variables: ['digital_va'], expected: 18766.7 },
		{ id: 'tech_contracts', variables: ['tech_contracts'], expected: 9153 },
		{ id: 'zgc_revenue', variables: ['zgc_revenue'], expected: 87000 },
		{ id: 'unicorns', variables: ['unicorns'], expected: 79 }
	])('evaluates the plan’s formula for $id', ({ id, variables, expected }) => {
		const spec = plan.targets.find((t) => t.id === id)!;
		const formula = compileFormula(spec.formula, DRIVER_IDS);
		expect(formula.text).toBe(spec.formula);
		expect(formula.variables).toEqual(variables);
		expect(formula.evaluate(SCOPE)).toBeCloseTo(expected, 9);
	});

	it('reads every plan formula’s numerator and denominator', () => {
		for (const spec of plan.targets) {
			const { variables } = compileFormula(spec.formula, DRIVER_IDS);
			expect(variables).toContain(spec.numerator);
			if (spec.denominator) expect(variables).toContain(spec.denominator);
		}
	});

	it.each([
		{ text: '1 + 2 * 3', expected: 7 },
		{ text: '(1 + 2) * 3', expected: 9 },
		{ text: '2 ^ 10', expected: 1024 },
		{ text: '-gdp + 10', expected: 8 },
		{ text: 'gdp / rd_spend - 1', expected: -0.5 },
		{ text: '2 gdp', expected: 4 },
		{ text: '1.5e2', expected: 150 }
	])('evaluates arithmetic: $text = $expected', ({ text, expected }) => {
		expect(compileFormula(text, ['gdp', 'rd_spend']).evaluate({ gdp: 2, rd_spend: 4 })).toBeCloseTo(
			expected,
			12
		);
	});

	it('lists each variable once, in order of first appearance', () => {
		expect(compileFormula('b * a + b / c', ['a', 'b', 'c']).variables).toEqual(['b', 'a', 'c']);
	});

	it('compiles once and evaluates with many scopes', () => {
		const formula = compileFormula('rd_spend / gdp * 100', DRIVER_IDS);
		expect(formula.evaluate({ rd_spend: 3278.4, gdp: 49843.1 })).toBeCloseTo(6.5774, 4);
		expect(formula.evaluate({ rd_spend: 2947.1, gdp: 43760.7 })).toBeCloseTo(6.7346, 4);
	});

	it('does not let a formula write into the caller’s scope', () => {
		const scope = { gdp: 2 };
		compileFormula('gdp * 2', ['gdp']).evaluate(scope);
		expect(scope).toEqual({ gdp: 2 });
	});

	it('returns NaN when a value is NaN', () => {
		expect(compileFormula('gdp * 2', ['gdp']).evaluate({ gdp: Number.NaN })).toBeNaN();
	});

	it('keeps the checked tree for rendering', () => {
		expect(compileFormula('rd_spend / gdp * 100', DRIVER_IDS).tree).toEqual({
			type: 'operator',
			fn: 'multiply',
			op: '*',
			implicit: false,
			args: [
				{
					type: 'operator',
					fn: 'divide',
					op: '/',
					implicit: false,
					args: [
						{ type: 'symbol', name: 'rd_spend' },
						{ type: 'symbol', name: 'gdp' }
					]
				},
				{ type: 'number', value: 100 }
			]
		});
	});

	it('evaluates the plan’s shipped trees exactly as it compiles the text', () => {
		for (const spec of plan.targets)
			expect(compileTree(spec.formula, spec.tree).evaluate(SCOPE)).toBe(
				compileFormula(spec.formula, DRIVER_IDS).evaluate(SCOPE)
			);
	});

	it('reads a missing value as NaN instead of throwing', () => {
		expect(compileFormula('gdp * 2', ['gdp']).evaluate({})).toBeNaN();
	});

	it.each([
		{ what: 'a call to import', text: 'import({}, {override: true})' },
		{ what: 'a call to evaluate', text: 'evaluate("1")' },
		{ what: 'a call to a math function', text: 'sin(1)' },
		{ what: 'a call on an allowed symbol', text: 'gdp(1)' },
		{ what: 'an assignment', text: 'gdp = 1' },
		{ what: 'a function definition', text: 'f(x) = x' },
		{ what: 'an unknown symbol', text: 'gdp + foo' },
		{ what: 'a built-in constant', text: 'pi * gdp' },
		{ what: 'a string', text: '"abc"' },
		{ what: 'a boolean', text: 'true' },
		{ what: 'null', text: 'null' },
		{ what: 'a comparison', text: 'gdp == 1' },
		{ what: 'a modulo', text: 'gdp mod 2' },
		{ what: 'a factorial', text: 'gdp!' },
		{ what: 'a unit conversion', text: 'gdp to cm' },
		{ what: 'a conditional', text: 'gdp ? 1 : 2' },
		{ what: 'a matrix', text: '[1, 2]' },
		{ what: 'an object', text: '{a: 1}' },
		{ what: 'a property access', text: 'gdp.constructor' },
		{ what: 'an index', text: 'gdp[1]' },
		{ what: 'a range', text: '1:3' },
		{ what: 'a block of statements', text: 'gdp; gdp' },
		{ what: 'a syntax error', text: 'gdp +' },
		{ what: 'an empty text', text: '' },
		{ what: 'overly long text', text: 'gdp + '.repeat(100) + 'gdp' }
	])('rejects $what with a FormulaError', ({ text }) => {
		expect(() => compileFormula(text, ['gdp'])).toThrow(FormulaError);
		expect(() => compileFormula(text, ['gdp'])).toThrow(/^invalid formula: /);
	});

	it('names the problem in the error', () => {
		const problem = (text: string, maxLength?: number) => {
			try {
				compileFormula(text, ['gdp'], maxLength);
			} catch (e) {
				expect(e).toBeInstanceOf(FormulaError);
				return (e as FormulaError).problem;
			}
			return null;
		};
		expect(problem('sin(1)')).toBe('FunctionNode is not allowed');
		expect(problem('gdp = 1')).toBe('AssignmentNode is not allowed');
		expect(problem('gdp + foo')).toBe('unknown name "foo"');
		expect(problem('"abc"')).toBe('only numbers are allowed as constants');
		expect(problem('gdp mod 2')).toBe('operator "mod" is not allowed');
		expect(problem('gdp + gdp', 5)).toBe('longer than 5 characters');
	});

	it('honours a custom maximum length and shortens the text it quotes', () => {
		const long = 'gdp + '.repeat(20) + 'gdp';
		expect(() => compileFormula(long, ['gdp'], 1000)).not.toThrow();
		try {
			compileFormula(long, ['gdp'], 50);
		} catch (e) {
			expect((e as FormulaError).formula.length).toBeLessThanOrEqual(41);
		}
		expect.assertions(2);
	});

	// Regression: unaryPlus is whitelisted, so the instance must be able to compile it.
	it('evaluates a unary plus, which its whitelist allows', () => {
		expect(compileFormula('+gdp', ['gdp']).evaluate({ gdp: 2 })).toBe(2);
	});
});

describe('evaluateColumns', () => {
	const formulas = [
		'rd_spend / gdp * 100',
		'a - b / 2',
		'-(a + 1) * b',
		'a ^ 2 + +b',
		'(a / b) ^ 0.5',
		'3',
		'a'
	];

	it.each(formulas)('gives what evaluate gives, draw by draw, for %s', (text) => {
		const symbols = ['rd_spend', 'gdp', 'a', 'b'];
		const f = compileFormula(text, symbols);
		fc.assert(
			fc.property(
				fc.array(fc.tuple(fc.double({ min: 0.1, max: 1e6 }), fc.double({ min: 0.1, max: 1e6 })), {
					minLength: 1,
					maxLength: 50
				}),
				(rows) => {
					const columns = Object.fromEntries(
						symbols.map((s, k) => [s, Float64Array.from(rows, (r) => r[k % 2]!)])
					);
					const out = f.evaluateColumns(columns, new Float64Array(rows.length));
					rows.forEach((r, i) => {
						const scope = Object.fromEntries(symbols.map((s, k) => [s, r[k % 2]!]));
						expect(Object.is(out[i], f.evaluate(scope))).toBe(true);
					});
				}
			),
			{ seed: 2025, numRuns: 50 }
		);
	});

	it('reads only the first out.length values of longer columns', () => {
		const f = compileFormula('a * 2', ['a']);
		const out = f.evaluateColumns({ a: Float64Array.of(1, 2, 3, 4) }, new Float64Array(2));
		expect([...out]).toEqual([2, 4]);
	});

	it('throws a FormulaError for a missing or short column', () => {
		const f = compileFormula('a / b', ['a', 'b']);
		expect(() => f.evaluateColumns({ a: new Float64Array(3) }, new Float64Array(3))).toThrow(
			FormulaError
		);
		expect(() =>
			f.evaluateColumns({ a: new Float64Array(3), b: new Float64Array(2) }, new Float64Array(3))
		).toThrow(FormulaError);
	});
});

describe('powerLaw', () => {
	it.each<[string, { coefficient: number; exponents: Record<string, number> } | null]>([
		['rd_spend / gdp * 100', { coefficient: 100, exponents: { rd_spend: 1, gdp: -1 } }],
		['rd_personnel / employed', { coefficient: 1, exponents: { rd_personnel: 1, employed: -1 } }],
		['hightech_va', { coefficient: 1, exponents: { hightech_va: 1 } }],
		['a ^ 2 / (4 * b ^ 0.5)', { coefficient: 0.25, exponents: { a: 2, b: -0.5 } }],
		['(-a) ^ 2', { coefficient: 1, exponents: { a: 2 } }],
		['a / a', { coefficient: 1, exponents: {} }],
		['2 + 3', { coefficient: 5, exponents: {} }],
		['a + b', null],
		['a - 1', null],
		['-a', null],
		['a ^ b', null],
		['a / 0', null],
		['(-a) ^ 0.5', null]
	])('reads %s as %o', (text, law) => {
		const f = compileFormula(text, [
			'rd_spend',
			'gdp',
			'rd_personnel',
			'employed',
			'hightech_va',
			'a',
			'b'
		]);
		if (law === null) expect(f.powerLaw).toBeNull();
		else {
			expect(f.powerLaw?.coefficient).toBeCloseTo(law.coefficient, 12);
			expect(f.powerLaw?.exponents).toEqual(law.exponents);
		}
	});

	it('agrees with evaluate wherever it exists', () => {
		const f = compileFormula('a ^ 2 / (4 * b ^ 0.5) * 3', ['a', 'b']);
		const law = f.powerLaw!;
		const a = 3.7;
		const b = 12.5;
		expect(law.coefficient * a ** law.exponents.a! * b ** law.exponents.b!).toBeCloseTo(
			f.evaluate({ a, b }),
			12
		);
	});
});

describe('evaluateFormulaText', () => {
	it('parses and evaluates text in one go, with the same result as a compiled formula', () => {
		const scope = { rd_spend: 3278.4, gdp: 52073.4 };
		expect(evaluateFormulaText('rd_spend / gdp * 100', scope)).toBe(
			compileFormula('rd_spend / gdp * 100', ['rd_spend', 'gdp']).evaluate(scope)
		);
	});

	it('keeps the whitelist: unknown names and functions throw', () => {
		expect(() => evaluateFormulaText('x * 2', { a: 1 })).toThrow(FormulaError);
		expect(() => evaluateFormulaText('sqrt(a)', { a: 4 })).toThrow(FormulaError);
	});
});
