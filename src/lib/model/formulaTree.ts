// A checked formula as a plain tree, and what the model does with one — evaluate it, run it over
// columns of Monte Carlo draws, read it as a power law — without mathjs. mathjs parses the plan's
// formulas once (formula.ts, in Node: the build, the tests, the evaluator); the browser gets the
// trees with the validated plan, so the first page needs no parser. Nothing here parses text.

/** The operators a formula may use (mathjs's names). */
export const FORMULA_OPERATORS = [
	'add',
	'subtract',
	'multiply',
	'divide',
	'pow',
	'unaryMinus',
	'unaryPlus'
] as const;
export type FormulaOperator = (typeof FORMULA_OPERATORS)[number];

/** A parsed, checked formula: numbers, symbols, parentheses and the operators above. */
export type FormulaTree =
	| { type: 'number'; value: number }
	| { type: 'symbol'; name: string }
	| { type: 'parens'; content: FormulaTree }
	| {
			type: 'operator';
			fn: FormulaOperator;
			/** The operator as written: + - * / ^ (unary - and +). */
			op: string;
			/** True for implicit multiplication ("2 gdp"). */
			implicit: boolean;
			args: FormulaTree[];
	  };

export class FormulaError extends Error {
	constructor(
		readonly formula: string,
		readonly problem: string
	) {
		super(`invalid formula: ${formula}: ${problem}`);
		this.name = 'FormulaError';
	}
}

/** A formula of the form coefficient × Π symbolᵉ, with coefficient > 0. */
export interface PowerLaw {
	coefficient: number;
	/** Exponent per symbol the formula reads (never 0). */
	exponents: Record<string, number>;
}

export interface CompiledFormula {
	text: string;
	/** Symbols the formula reads, in order of first appearance. */
	variables: string[];
	/** The checked tree, for rendering (MathML) and inspection. */
	tree: FormulaTree;
	/** Evaluates with the given values; returns NaN only if a value is NaN. */
	evaluate(scope: Readonly<Record<string, number>>): number;
	/**
	 * Evaluates element by element over the first `out.length` values of columns (one per symbol
	 * it reads; longer columns are fine) into `out`, and returns `out`: for Monte Carlo draws.
	 * Throws a FormulaError when a column it reads is missing or too short.
	 */
	evaluateColumns(columns: Readonly<Record<string, Float64Array>>, out: Float64Array): Float64Array;
	/**
	 * The formula as coefficient × Π symbolᵉ when it is one — numbers and symbols combined by
	 * ×, ÷, unary signs and powers with constant exponents, the coefficient positive — else null.
	 * Then ln(value) is linear in the logs of the symbols: ratios have closed-form probabilities.
	 */
	powerLaw: PowerLaw | null;
}

/** The symbols a tree reads, in order of first appearance. */
export function treeVariables(tree: FormulaTree): string[] {
	const out: string[] = [];
	const visit = (node: FormulaTree): void => {
		if (node.type === 'symbol') {
			if (!out.includes(node.name)) out.push(node.name);
		} else if (node.type === 'parens') visit(node.content);
		else if (node.type === 'operator') node.args.forEach(visit);
	};
	visit(tree);
	return out;
}

/** Makes a checked tree (from formula.ts, or shipped with the plan) evaluable. */
export function compileTree(text: string, tree: FormulaTree): CompiledFormula {
	const scalar = scalarEvaluator(tree);
	const columns = columnEvaluator(tree);
	return {
		text,
		variables: treeVariables(tree),
		tree,
		evaluate: scalar,
		evaluateColumns(input, out) {
			const value = columns(input, out.length);
			if (typeof value === 'number') out.fill(value);
			else if (value !== out) out.set(value.subarray(0, out.length));
			return out;
		},
		powerLaw: powerLawOf(tree)
	};
}

type ScalarFunction = (scope: Readonly<Record<string, number>>) => number;

/** A closure tree that evaluates a checked formula; a missing symbol reads as NaN. */
function scalarEvaluator(node: FormulaTree): ScalarFunction {
	switch (node.type) {
		case 'number': {
			const value = node.value;
			return () => value;
		}
		case 'parens':
			return scalarEvaluator(node.content);
		case 'symbol': {
			const name = node.name;
			return (scope) => (Object.hasOwn(scope, name) ? scope[name]! : NaN);
		}
		default: {
			const op = node.fn;
			const args = node.args.map(scalarEvaluator);
			if (args.length === 1) {
				const arg = args[0]!;
				return op === 'unaryMinus' ? (scope) => -arg(scope) : arg;
			}
			return args
				.slice(1)
				.reduce<ScalarFunction>(
					(left, right) => (scope) => scalarOp(op, left(scope), right(scope)),
					args[0]!
				);
		}
	}
}

type ColumnValue = number | Float64Array;
type ColumnFunction = (
	columns: Readonly<Record<string, Float64Array>>,
	length: number
) => ColumnValue;

/** A closure tree that evaluates a checked formula over columns; each operator keeps a buffer. */
function columnEvaluator(node: FormulaTree): ColumnFunction {
	switch (node.type) {
		case 'number': {
			const value = node.value;
			return () => value;
		}
		case 'parens':
			return columnEvaluator(node.content);
		case 'symbol': {
			const name = node.name;
			return (columns, length) => {
				const column = Object.hasOwn(columns, name) ? columns[name] : undefined;
				if (!column || column.length < length)
					throw new FormulaError(name, `no column of ${length} values for this symbol`);
				return column;
			};
		}
		default: {
			const op = node.fn;
			const args = node.args.map(columnEvaluator);
			if (args.length === 1) {
				const arg = args[0]!;
				if (op === 'unaryPlus') return arg;
				let buffer = new Float64Array(0);
				return (columns, length) => {
					const a = arg(columns, length);
					if (typeof a === 'number') return -a;
					if (buffer.length < length) buffer = new Float64Array(length);
					for (let i = 0; i < length; i++) buffer[i] = -a[i]!;
					return buffer;
				};
			}
			// mathjs gives binary nodes; fold any longer argument list from the left.
			return args.slice(1).reduce((left, right) => binaryColumns(op, left, right), args[0]!);
		}
	}
}

function binaryColumns(op: string, left: ColumnFunction, right: ColumnFunction): ColumnFunction {
	let buffer = new Float64Array(0);
	return (columns, length) => {
		const a = left(columns, length);
		const b = right(columns, length);
		if (typeof a === 'number' && typeof b === 'number') return scalarOp(op, a, b);
		if (buffer.length < length) buffer = new Float64Array(length);
		if (typeof a === 'number') scalarColumn(op, a, b as Float64Array, buffer, length);
		else if (typeof b === 'number') columnScalar(op, a, b, buffer, length);
		else columnColumn(op, a, b, buffer, length);
		return buffer;
	};
}

// One plain loop per operator and shape: a branch per element would cost several times more.
function columnColumn(op: string, a: Float64Array, b: Float64Array, out: Float64Array, n: number) {
	switch (op) {
		case 'add':
			for (let i = 0; i < n; i++) out[i] = a[i]! + b[i]!;
			return;
		case 'subtract':
			for (let i = 0; i < n; i++) out[i] = a[i]! - b[i]!;
			return;
		case 'multiply':
			for (let i = 0; i < n; i++) out[i] = a[i]! * b[i]!;
			return;
		case 'divide':
			for (let i = 0; i < n; i++) out[i] = a[i]! / b[i]!;
			return;
		default:
			for (let i = 0; i < n; i++) out[i] = a[i]! ** b[i]!;
	}
}

function columnScalar(op: string, a: Float64Array, b: number, out: Float64Array, n: number) {
	switch (op) {
		case 'add':
			for (let i = 0; i < n; i++) out[i] = a[i]! + b;
			return;
		case 'subtract':
			for (let i = 0; i < n; i++) out[i] = a[i]! - b;
			return;
		case 'multiply':
			for (let i = 0; i < n; i++) out[i] = a[i]! * b;
			return;
		case 'divide':
			for (let i = 0; i < n; i++) out[i] = a[i]! / b;
			return;
		default:
			for (let i = 0; i < n; i++) out[i] = a[i]! ** b;
	}
}

function scalarColumn(op: string, a: number, b: Float64Array, out: Float64Array, n: number) {
	switch (op) {
		case 'add':
			for (let i = 0; i < n; i++) out[i] = a + b[i]!;
			return;
		case 'subtract':
			for (let i = 0; i < n; i++) out[i] = a - b[i]!;
			return;
		case 'multiply':
			for (let i = 0; i < n; i++) out[i] = a * b[i]!;
			return;
		case 'divide':
			for (let i = 0; i < n; i++) out[i] = a / b[i]!;
			return;
		default:
			for (let i = 0; i < n; i++) out[i] = a ** b[i]!;
	}
}

function scalarOp(op: string, a: number, b: number): number {
	switch (op) {
		case 'add':
			return a + b;
		case 'subtract':
			return a - b;
		case 'multiply':
			return a * b;
		case 'divide':
			return a / b;
		default:
			return a ** b;
	}
}

type Law = { coefficient: number; exponents: Map<string, number> };

/** The formula as coefficient × Π symbolᵉ, or null (see CompiledFormula.powerLaw). */
function powerLawOf(node: FormulaTree): PowerLaw | null {
	const law = lawOf(node);
	if (!law || !(law.coefficient > 0) || !Number.isFinite(law.coefficient)) return null;
	const exponents: Record<string, number> = {};
	for (const [name, e] of law.exponents) if (e !== 0) exponents[name] = e;
	return { coefficient: law.coefficient, exponents };
}

function lawOf(node: FormulaTree): Law | null {
	switch (node.type) {
		case 'number':
			return { coefficient: node.value, exponents: new Map() };
		case 'parens':
			return lawOf(node.content);
		case 'symbol':
			return { coefficient: 1, exponents: new Map([[node.name, 1]]) };
	}
	const laws = node.args.map(lawOf);
	if (laws.some((l) => l === null)) return null;
	const [a, b] = laws as Law[];
	const combine = (sign: number): Law => {
		const exponents = new Map(a!.exponents);
		for (const [name, e] of b!.exponents)
			exponents.set(name, (exponents.get(name) ?? 0) + sign * e);
		return {
			coefficient: sign > 0 ? a!.coefficient * b!.coefficient : a!.coefficient / b!.coefficient,
			exponents
		};
	};
	const constant = (l: Law) => l.exponents.size === 0;
	switch (node.fn) {
		case 'unaryPlus':
			return a!;
		case 'unaryMinus':
			return { coefficient: -a!.coefficient, exponents: a!.exponents };
		case 'multiply':
			return laws.length === 2 ? combine(1) : null;
		case 'divide':
			return laws.length === 2 ? combine(-1) : null;
		case 'pow': {
			if (laws.length !== 2 || !constant(b!)) return null;
			const k = b!.coefficient;
			const exponents = new Map([...a!.exponents].map(([name, e]) => [name, e * k] as const));
			return { coefficient: a!.coefficient ** k, exponents };
		}
		case 'add':
		case 'subtract':
			// A sum of numbers is a number; a sum involving a symbol is no power law.
			return laws.length === 2 && constant(a!) && constant(b!)
				? {
						coefficient: scalarOp(node.fn, a!.coefficient, b!.coefficient),
						exponents: new Map()
					}
				: null;
		default:
			return null;
	}
}
