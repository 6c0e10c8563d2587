// The one door to mathjs: a number-only instance with just the parser, the compiler and
// arithmetic. Formulas are parsed, checked against a whitelist of node types and symbols, and
// compiled once; evaluating a compiled formula per frame is cheap.
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

export interface CompiledFormula {
	text: string;
	/** Symbols the formula reads, in order of first appearance. */
	variables: string[];
	/** The parsed tree, for rendering (LaTeX/MathML) and inspection. */
	node: MathNode;
	/** Evaluates with the given values; returns NaN only if a value is NaN. */
	evaluate(scope: Record<string, number>): number;
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
	return {
		text,
		variables,
		node,
		evaluate: (scope) => code.evaluate({ ...scope }) as number
	};
}
