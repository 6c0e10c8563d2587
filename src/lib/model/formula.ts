// The one door to mathjs: a number-only instance with just the parser, the compiler and
// arithmetic. Formulas are parsed, checked against a whitelist of node types and symbols, and
// compiled once; evaluating a compiled formula per frame is cheap. A compiled formula also runs
// over whole columns of values (one per Monte Carlo draw) and, when it is a product of powers,
// says so, for the closed-form probabilities in uncertainty.ts.
import {
	addDependencies,
	compileDependencies,
	create,
	divideDependencies,
	multiplyDependencies,
	parseDependencies,
	powDependencies,
	subtractDependencies,
	unaryMinusDependencies,
	unaryPlusDependencies,
	type FactoryFunctionMap,
	type MathNode
} from 'mathjs/number';

// The number build types each factory as possibly undefined; all of these exist.
const math = create({
	parseDependencies,
	compileDependencies,
	addDependencies,
	subtractDependencies,
	multiplyDependencies,
	divideDependencies,
	powDependencies,
	unaryMinusDependencies,
	unaryPlusDependencies
} as FactoryFunctionMap);

const ALLOWED_OPERATORS = new Set([
	'add',
	'subtract',
	'multiply',
	'divide',
	'pow',
	'unaryMinus',
	'unaryPlus'
]);

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
	/** The parsed tree, for rendering (LaTeX/MathML) and inspection. */
	node: MathNode;
	/** Evaluates with the given values; returns NaN only if a value is NaN. */
	evaluate(scope: Record<string, number>): number;
	/**
	 * Evaluates element by element over the first `out.length` values of columns (one per symbol
	 * it reads; longer columns are fine) into `out`, and returns `out`. The same arithmetic as
	 * `evaluate`, without mathjs per element: for Monte Carlo draws. Throws a FormulaError when a
	 * column it reads is missing or too short.
	 */
	evaluateColumns(columns: Readonly<Record<string, Float64Array>>, out: Float64Array): Float64Array;
	/**
	 * The formula as coefficient × Π symbolᵉ when it is one — numbers and symbols combined by
	 * ×, ÷, unary signs and powers with constant exponents, the coefficient positive — else null.
	 * Then ln(value) is linear in the logs of the symbols: ratios have closed-form probabilities.
	 */
	powerLaw: PowerLaw | null;
}

/**
 * Parses and compiles an arithmetic formula over the given symbols. Only numbers, the named
 * symbols, + − × ÷ ^ and parentheses are accepted; anything else throws a FormulaError.
 */
export function compileFormula(
	text: string,
	symbols: readonly string[],
	maxLength = 500
): CompiledFormula {
	if (text.length > maxLength)
		throw new FormulaError(text.slice(0, 40) + '…', `longer than ${maxLength} characters`);
	let node: MathNode;
	try {
		node = math.parse(text);
	} catch (e) {
		throw new FormulaError(text, (e as Error).message);
	}
	const variables: string[] = [];
	const allowed = new Set(symbols);
	node.traverse((n) => {
		switch (n.type) {
			case 'ConstantNode':
				if (typeof (n as unknown as { value: unknown }).value !== 'number')
					throw new FormulaError(text, 'only numbers are allowed as constants');
				return;
			case 'ParenthesisNode':
				return;
			case 'OperatorNode': {
				const fn = (n as unknown as { fn: string }).fn;
				if (!ALLOWED_OPERATORS.has(fn))
					throw new FormulaError(text, `operator "${fn}" is not allowed`);
				return;
			}
			case 'SymbolNode': {
				const name = (n as unknown as { name: string }).name;
				if (!allowed.has(name)) throw new FormulaError(text, `unknown name "${name}"`);
				if (!variables.includes(name)) variables.push(name);
				return;
			}
			default:
				throw new FormulaError(text, `${n.type} is not allowed`);
		}
	});
	const code = node.compile();
	const columns = columnEvaluator(node);
	return {
		text,
		variables,
		node,
		evaluate: (scope) => code.evaluate({ ...scope }) as number,
		evaluateColumns(input, out) {
			const value = columns(input, out.length);
			if (typeof value === 'number') out.fill(value);
			else if (value !== out) out.set(value.subarray(0, out.length));
			return out;
		},
		powerLaw: powerLawOf(node)
	};
}

/**
 * Parses, checks, compiles and evaluates `text` with `scope`, all on every call: the slow
 * baseline that benchmarks measure the compiled paths against (what evaluating formula text per
 * Monte Carlo draw would cost). The same whitelist as compileFormula; throws a FormulaError.
 * Do not use it in the app: compile once with compileFormula.
 */
export function evaluateFormulaText(text: string, scope: Record<string, number>): number {
	return compileFormula(text, Object.keys(scope)).evaluate(scope);
}

// The node fields the checks above guarantee, read without mathjs's classes.
type Node = MathNode & {
	value?: unknown;
	name?: string;
	fn?: string;
	args?: Node[];
	content?: Node;
};

type ColumnValue = number | Float64Array;
type ColumnFunction = (
	columns: Readonly<Record<string, Float64Array>>,
	length: number
) => ColumnValue;

/** A closure tree that evaluates a checked formula over columns; each operator keeps a buffer. */
function columnEvaluator(node: Node): ColumnFunction {
	switch (node.type) {
		case 'ConstantNode': {
			const value = node.value as number;
			return () => value;
		}
		case 'ParenthesisNode':
			return columnEvaluator(node.content!);
		case 'SymbolNode': {
			const name = node.name!;
			return (columns, length) => {
				const column = Object.hasOwn(columns, name) ? columns[name] : undefined;
				if (!column || column.length < length)
					throw new FormulaError(name, `no column of ${length} values for this symbol`);
				return column;
			};
		}
		default: {
			const op = node.fn!;
			const args = node.args!.map(columnEvaluator);
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
function powerLawOf(node: Node): PowerLaw | null {
	const law = lawOf(node);
	if (!law || !(law.coefficient > 0) || !Number.isFinite(law.coefficient)) return null;
	const exponents: Record<string, number> = {};
	for (const [name, e] of law.exponents) if (e !== 0) exponents[name] = e;
	return { coefficient: law.coefficient, exponents };
}

function lawOf(node: Node): Law | null {
	switch (node.type) {
		case 'ConstantNode':
			return { coefficient: node.value as number, exponents: new Map() };
		case 'ParenthesisNode':
			return lawOf(node.content!);
		case 'SymbolNode':
			return { coefficient: 1, exponents: new Map([[node.name!, 1]]) };
	}
	const laws = node.args!.map(lawOf);
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
