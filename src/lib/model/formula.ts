// The one door to mathjs: a number-only instance with just the parser, the compiler and
// arithmetic. Text is parsed here, checked against a whitelist of node types and symbols, and
// turned into a plain FormulaTree (formulaTree.ts) that the model evaluates without mathjs. Only
// Node-side code (seed validation at build and in tests, the evaluator, benchmarks) and pages
// that parse typed text load this module; the dashboard gets the plan's trees precomputed.
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
import {
	compileTree,
	FORMULA_OPERATORS,
	FormulaError,
	type CompiledFormula,
	type FormulaOperator,
	type FormulaTree
} from './formulaTree';

export {
	compileTree,
	FormulaError,
	type CompiledFormula,
	type FormulaTree,
	type PowerLaw
} from './formulaTree';

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

const ALLOWED_OPERATORS = new Set<string>(FORMULA_OPERATORS);

/** Fields of mathjs nodes, read without its classes. */
export type ParsedNode = MathNode & {
	value?: unknown;
	name?: string;
	fn?: string | ParsedNode;
	op?: string;
	implicit?: boolean;
	args?: ParsedNode[];
	content?: ParsedNode;
	object?: ParsedNode;
	index?: ParsedNode;
	dimensions?: ParsedNode[];
	items?: ParsedNode[];
};

/**
 * Parses `text` with mathjs's parser (syntax only: nothing is evaluated) and returns the tree.
 * Throws a FormulaError for text longer than `maxLength` or that does not parse.
 */
export function parseExpression(text: string, maxLength = 500): ParsedNode {
	if (text.length > maxLength)
		throw new FormulaError(text.slice(0, 40) + '…', `longer than ${maxLength} characters`);
	try {
		return math.parse(text) as ParsedNode;
	} catch (e) {
		throw new FormulaError(text, (e as Error).message);
	}
}

/**
 * Parses an arithmetic formula over the given symbols into a checked FormulaTree. Only numbers,
 * the named symbols, + − × ÷ ^ and parentheses are accepted; anything else throws a FormulaError.
 */
export function parseFormula(
	text: string,
	symbols: readonly string[],
	maxLength = 500
): FormulaTree {
	const allowed = new Set(symbols);
	const convert = (n: ParsedNode): FormulaTree => {
		switch (n.type) {
			case 'ConstantNode':
				if (typeof n.value !== 'number')
					throw new FormulaError(text, 'only numbers are allowed as constants');
				return { type: 'number', value: n.value };
			case 'ParenthesisNode':
				return { type: 'parens', content: convert(n.content!) };
			case 'OperatorNode': {
				const fn = String(n.fn);
				if (!ALLOWED_OPERATORS.has(fn))
					throw new FormulaError(text, `operator "${fn}" is not allowed`);
				return {
					type: 'operator',
					fn: fn as FormulaOperator,
					op: n.op ?? '',
					implicit: n.implicit === true,
					args: n.args!.map(convert)
				};
			}
			case 'SymbolNode': {
				const name = n.name!;
				if (!allowed.has(name)) throw new FormulaError(text, `unknown name "${name}"`);
				return { type: 'symbol', name };
			}
			default:
				throw new FormulaError(text, `${n.type} is not allowed`);
		}
	};
	return convert(parseExpression(text, maxLength));
}

/**
 * Parses, checks and compiles an arithmetic formula over the given symbols (see parseFormula);
 * the result evaluates without mathjs.
 */
export function compileFormula(
	text: string,
	symbols: readonly string[],
	maxLength = 500
): CompiledFormula {
	return compileTree(text, parseFormula(text, symbols, maxLength));
}

/**
 * Parses, checks, compiles with mathjs and evaluates `text` with `scope`, all on every call: the
 * slow baseline that benchmarks measure the compiled paths against (what evaluating formula text
 * per Monte Carlo draw would cost). The same whitelist as compileFormula; throws a FormulaError.
 * Do not use it in the app: compile once with compileFormula.
 */
export function evaluateFormulaText(text: string, scope: Record<string, number>): number {
	parseFormula(text, Object.keys(scope));
	return math
		.parse(text)
		.compile()
		.evaluate({ ...scope }) as number;
}
