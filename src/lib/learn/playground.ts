// The formula playground: evaluates typed arithmetic over the plan's series (`gdp[2024]`) with the
// values of the current evaluation. mathjs only parses (through formula.ts); a whitelist turns its
// tree into a small expression of our own and this module evaluates that. It never calls mathjs's
// evaluate or compile, never invents a value for a missing year, and refuses everything else —
// functions beyond a few Math ones, definitions, assignments, matrices, strings, loops — by name.
import { playgroundMessages, type PlaygroundMessages } from '../i18n/playgroundMessages';
import { formatNumber } from '../i18n/format';
import { observations, plan } from '../model/data';
import type { Evaluation, ValueKind } from '../model/evaluate';
import { FormulaError, parseExpression, type ParsedNode } from '../model/formula';
import { DRIVER_IDS, type DriverId, type Lang } from '../model/types';

/** The longest expression accepted, in characters; longer text is refused before parsing. */
export const MAX_LENGTH = 500;
/** The deepest bracket nesting accepted, checked on the text before the parser recurses into it. */
export const MAX_NESTING = 20;
/** The most parsed nodes accepted. */
export const MAX_NODES = 200;
/** The deepest parsed tree accepted (a chain of 100 additions is already past any real use). */
export const MAX_DEPTH = 100;
/** How many expressions the history keeps. */
export const HISTORY_LIMIT = 5;

/** Expressions offered as examples: they read published, derived and projected values. */
export const PLAYGROUND_EXAMPLES = [
	'tech_contracts[2023] * 1.05^2',
	'rd_spend[2024] / gdp[2024] * 100',
	'(hightech_va[2025] / hightech_va[2024]) - 1',
	'(gdp[2025] / gdp[2020])^(1/5) - 1'
] as const;

/** The functions an expression may call, with their argument counts. */
const FUNCTIONS = {
	sqrt: { arity: 'one', apply: ([x]) => Math.sqrt(x!) },
	abs: { arity: 'one', apply: ([x]) => Math.abs(x!) },
	exp: { arity: 'one', apply: ([x]) => Math.exp(x!) },
	log: {
		arity: 'oneOrTwo',
		apply: ([x, base]) => (base === undefined ? Math.log(x!) : Math.log(x!) / Math.log(base))
	},
	log10: { arity: 'one', apply: ([x]) => Math.log10(x!) },
	min: { arity: 'atLeastOne', apply: (xs) => Math.min(...xs) },
	max: { arity: 'atLeastOne', apply: (xs) => Math.max(...xs) },
	round: { arity: 'oneOrTwo', apply: ([x, digits]) => roundTo(x!, digits ?? 0) },
	floor: { arity: 'one', apply: ([x]) => Math.floor(x!) },
	ceil: { arity: 'one', apply: ([x]) => Math.ceil(x!) }
} satisfies Record<string, { arity: Arity; apply: (args: number[]) => number }>;
type Arity = 'one' | 'oneOrTwo' | 'atLeastOne';
type FunctionName = keyof typeof FUNCTIONS;
export const PLAYGROUND_FUNCTIONS = Object.keys(FUNCTIONS) as FunctionName[];

const CONSTANTS: Record<string, number> = { pi: Math.PI, e: Math.E };

/** Words of loops and statements: refused by name wherever they appear. */
const KEYWORDS = new Set([
	'for',
	'while',
	'do',
	'loop',
	'repeat',
	'until',
	'function',
	'return',
	'if',
	'else',
	'let',
	'var',
	'const',
	'break',
	'continue',
	'lambda'
]);

const BINARY_FUNCTIONS = {
	add: (a: number, b: number) => a + b,
	subtract: (a: number, b: number) => a - b,
	multiply: (a: number, b: number) => a * b,
	divide: (a: number, b: number) => a / b,
	pow: (a: number, b: number) => a ** b
};
type BinaryOperator = keyof typeof BINARY_FUNCTIONS;

/** The checked expression: what survives the whitelist, and all that is ever evaluated. */
type Expr =
	| { type: 'number'; value: number }
	| { type: 'lookup'; series: DriverId; year: Expr }
	| { type: 'negate'; arg: Expr }
	| { type: 'binary'; op: BinaryOperator; left: Expr; right: Expr }
	| { type: 'call'; fn: FunctionName; args: Expr[] };

export type RefusalReason =
	| 'empty'
	| 'too_long'
	| 'too_deep'
	| 'too_large'
	| 'syntax'
	| 'percent'
	| 'keyword'
	| 'function_refused'
	| 'function_definition'
	| 'assignment'
	| 'range'
	| 'matrix'
	| 'string'
	| 'constant'
	| 'object'
	| 'conditional'
	| 'block'
	| 'operator_refused'
	| 'node_refused'
	| 'unknown_name'
	| 'unknown_series'
	| 'series_without_year'
	| 'not_a_series'
	| 'index_shape'
	| 'year_not_integer'
	| 'no_value'
	| 'arity'
	| 'round_digits'
	| 'division_by_zero'
	| 'not_finite'
	/** A bug here, not in the text: reported rather than thrown. */
	| 'internal';

/** One value the expression read: a series in a year, as the current evaluation has it. */
export interface Lookup {
	series: DriverId;
	/** The series' name in the requested language. */
	name: string;
	year: number;
	value: number;
	kind: ValueKind;
	/** The series' unit as published (亿元, 人年 …). */
	unit: string;
	/** The statistical basis of the value (a projection keeps its base year's basis). */
	basis: string;
}

export type PlaygroundResult =
	| {
			ok: true;
			value: number;
			lookups: Lookup[];
			/** Sentences naming each statistical break the expression reaches across. */
			warnings: string[];
	  }
	| {
			ok: false;
			reason: RefusalReason;
			/** What was refused and why, in the requested language. */
			message: string;
			/** Where in the text the problem is (0-based), when known. */
			position?: number;
	  };

class Refusal extends Error {
	constructor(
		readonly reason: RefusalReason,
		message: string,
		readonly position?: number
	) {
		super(message);
	}
}

/**
 * Evaluates `text` — arithmetic over `<driver>[year]` values, numbers, pi, e and a few Math
 * functions — with the driver paths of `evaluation`. Never throws: anything that is not such an
 * expression, any year without a value and any result that is not a finite number comes back as
 * `{ ok: false }` with a message in `lang` saying what was refused. Runs in well under a
 * millisecond for any accepted text (at most MAX_LENGTH characters, MAX_NODES nodes).
 */
export function evaluateExpression(
	text: string,
	evaluation: Evaluation,
	lang: Lang
): PlaygroundResult {
	const m = playgroundMessages[lang];
	try {
		const source = normaliseSymbols(text);
		checkText(source, m, lang);
		const tree = toExpr(parse(source, m), source, m);
		const lookups: Lookup[] = [];
		const value = evaluate(tree, { evaluation, lang, m, source, lookups });
		return { ok: true, value, lookups, warnings: breakWarnings(lookups, lang) };
	} catch (e) {
		if (e instanceof Refusal)
			return {
				ok: false,
				reason: e.reason,
				message: e.message,
				...(e.position === undefined ? {} : { position: e.position })
			};
		// A stack overflow anywhere is the input's depth; anything else is a bug, but the reader
		// still gets a sentence rather than a blank result.
		if (e instanceof RangeError)
			return { ok: false, reason: 'too_deep', message: m.tooDeep(MAX_NESTING) };
		return { ok: false, reason: 'internal', message: m.internal };
	}
}

/**
 * Maps what people type from Chinese keyboards and typeset text onto ASCII, one character for
 * one so positions stay true: full-width forms (（）［］＋ …), the ideographic space, − × ÷.
 */
function normaliseSymbols(text: string): string {
	return text.replace(/[\uff01-\uff5e\u3000\u2212\u2013\u00d7\u00f7\u22c5\u00b7]/g, (c) => {
		const code = c.charCodeAt(0);
		if (code >= 0xff01 && code <= 0xff5e) return String.fromCharCode(code - 0xfee0);
		if (c === '\u3000') return ' ';
		if (c === '\u00d7' || c === '\u22c5' || c === '\u00b7') return '*';
		if (c === '\u00f7') return '/';
		return '-';
	});
}

/** Checks the raw text before the parser sees it: length, %, loop words, bracket depth. */
function checkText(text: string, m: PlaygroundMessages, lang: Lang): void {
	if (text.trim() === '') throw new Refusal('empty', m.empty);
	if (text.length > MAX_LENGTH)
		throw new Refusal(
			'too_long',
			m.tooLong(formatNumber(MAX_LENGTH, lang), formatNumber(text.length, lang))
		);
	const percent = text.indexOf('%');
	if (percent >= 0) throw new Refusal('percent', m.percent, percent);
	for (const match of text.matchAll(/[A-Za-z_][A-Za-z0-9_]*/g))
		if (KEYWORDS.has(match[0])) throw new Refusal('keyword', m.keyword(match[0]), match.index);
	let depth = 0;
	for (let i = 0; i < text.length; i++) {
		const c = text[i];
		if (c === '(' || c === '[' || c === '{') depth++;
		else if (c === ')' || c === ']' || c === '}') depth--;
		if (depth > MAX_NESTING) throw new Refusal('too_deep', m.tooDeep(MAX_NESTING), i);
	}
}

function parse(text: string, m: PlaygroundMessages): ParsedNode {
	let root: ParsedNode;
	try {
		root = parseExpression(text, MAX_LENGTH);
	} catch (e) {
		if (e instanceof RangeError) throw new Refusal('too_deep', m.tooDeep(MAX_NESTING));
		const problem = e instanceof FormulaError ? e.problem : String(e);
		if (/call stack/i.test(problem)) throw new Refusal('too_deep', m.tooDeep(MAX_NESTING));
		const char = Number(/\(char (\d+)\)/.exec(problem)?.[1] ?? 1);
		throw new Refusal('syntax', m.syntax(char, syntaxDetail(problem, m)), char - 1);
	}
	// Count nodes and depth without recursion before anything walks the tree recursively.
	let count = 0;
	const stack: [ParsedNode, number][] = [[root, 1]];
	while (stack.length > 0) {
		const [node, depth] = stack.pop()!;
		if (++count > MAX_NODES) throw new Refusal('too_large', m.tooManyNodes(MAX_NODES));
		if (depth > MAX_DEPTH) throw new Refusal('too_deep', m.tooDeep(MAX_DEPTH));
		node.forEach((child) => stack.push([child as ParsedNode, depth + 1]));
	}
	return root;
}

/** The parser's complaint (English, from mathjs) in the reader's words. */
function syntaxDetail(problem: string, m: PlaygroundMessages): string {
	const d = m.syntaxDetail;
	if (/end of expression/i.test(problem)) return d.end;
	const operator = /Unexpected operator (\S+)/.exec(problem);
	if (operator) return d.operator(operator[1]!);
	const bracket = /([)\]}]) expected/.exec(problem);
	if (bracket) return d.bracket(bracket[1]!);
	if (/Value expected/i.test(problem)) return d.value;
	const part = /Syntax error in part "(.*)"/.exec(problem);
	if (part) return d.part(part[1]!.slice(0, 20));
	return d.other;
}

const isDriver = (name: string): name is DriverId =>
	(DRIVER_IDS as readonly string[]).includes(name);
const isFunction = (name: string): name is FunctionName => Object.hasOwn(FUNCTIONS, name);

/** Where a name first appears in the text as a whole word (undefined when it does not). */
function wordPosition(text: string, word: string): number | undefined {
	return new RegExp(`(?<![A-Za-z0-9_])${escapeRegExp(word)}(?![A-Za-z0-9_])`).exec(text)?.index;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The mathjs operators the playground evaluates (every other one is refused by its symbol). */
const OPERATORS: Record<string, BinaryOperator | 'unaryMinus' | 'unaryPlus'> = {
	add: 'add',
	subtract: 'subtract',
	multiply: 'multiply',
	divide: 'divide',
	pow: 'pow',
	unaryMinus: 'unaryMinus',
	unaryPlus: 'unaryPlus'
};

/** Applies the whitelist: every node type, operator, name and call not named here is refused. */
function toExpr(node: ParsedNode, text: string, m: PlaygroundMessages): Expr {
	const convert = (n: ParsedNode): Expr => {
		switch (n.type) {
			case 'ConstantNode': {
				if (typeof n.value === 'number' && Number.isFinite(n.value))
					return { type: 'number', value: n.value };
				if (typeof n.value === 'string') throw new Refusal('string', m.string);
				// The number-only parser reads an out-of-range literal (1e400) as Infinity.
				if (typeof n.value === 'number') throw new Refusal('constant', m.notFiniteConstant);
				const what = String(n.value);
				throw new Refusal('constant', m.constant(what), wordPosition(text, what));
			}
			case 'ParenthesisNode':
				return convert(n.content!);
			case 'OperatorNode': {
				const fn = String(n.fn);
				const op = Object.hasOwn(OPERATORS, fn) ? OPERATORS[fn] : undefined;
				if (op === undefined)
					throw new Refusal(
						'operator_refused',
						m.operatorRefused(n.op || fn),
						n.op ? text.indexOf(n.op) : undefined
					);
				const args = n.args!.map(convert);
				if (op === 'unaryPlus') return args[0]!;
				if (op === 'unaryMinus') return { type: 'negate', arg: args[0]! };
				return { type: 'binary', op, left: args[0]!, right: args[1]! };
			}
			case 'SymbolNode': {
				const name = n.name!;
				if (Object.hasOwn(CONSTANTS, name)) return { type: 'number', value: CONSTANTS[name]! };
				const at = wordPosition(text, name);
				if (isDriver(name)) throw new Refusal('series_without_year', m.seriesWithoutYear(name), at);
				const suggestion = isFunction(name)
					? `${name}(…)`
					: nearestName(name, [...DRIVER_IDS, ...Object.keys(CONSTANTS)]);
				throw new Refusal('unknown_name', m.unknownName(name, suggestion), at);
			}
			case 'AccessorNode': {
				const object = n.object!;
				if (object.type !== 'SymbolNode')
					throw new Refusal('index_shape', m.indexShape(objectText(object)));
				const name = object.name!;
				const at = wordPosition(text, name);
				if (Object.hasOwn(CONSTANTS, name) || isFunction(name))
					throw new Refusal('not_a_series', m.notASeries(name), at);
				if (!isDriver(name))
					throw new Refusal(
						'unknown_series',
						m.unknownSeries(name, nearestName(name, DRIVER_IDS), DRIVER_IDS.join(m.listSeparator)),
						at
					);
				const index = n.index as ParsedNode & { dotNotation?: boolean };
				if (index.dotNotation || index.dimensions?.length !== 1)
					throw new Refusal('index_shape', m.indexShape(name), at);
				return { type: 'lookup', series: name, year: convert(index.dimensions[0]!) };
			}
			case 'FunctionNode': {
				const fn = n.fn as ParsedNode;
				if (fn.type !== 'SymbolNode') throw new Refusal('function_refused', m.callRefused);
				const name = fn.name!;
				const at = wordPosition(text, name);
				if (isDriver(name)) throw new Refusal('series_without_year', m.seriesCalled(name), at);
				if (!isFunction(name))
					throw new Refusal(
						'function_refused',
						m.functionRefused(name, PLAYGROUND_FUNCTIONS.join(m.listSeparator)),
						at
					);
				const arity = FUNCTIONS[name].arity;
				const count = n.args!.length;
				if (count === 0 || (arity === 'one' && count > 1) || (arity === 'oneOrTwo' && count > 2))
					throw new Refusal('arity', m.arity(name, m.arityText[arity], count), at);
				return { type: 'call', fn: name, args: n.args!.map(convert) };
			}
			case 'FunctionAssignmentNode':
				throw new Refusal('function_definition', m.functionDefinition(n.name!), 0);
			case 'AssignmentNode':
				throw new Refusal('assignment', m.assignment, text.indexOf('='));
			case 'RangeNode':
				throw new Refusal('range', m.range, text.indexOf(':'));
			case 'ArrayNode':
			case 'MatrixNode':
				throw new Refusal('matrix', m.matrix, text.indexOf('['));
			case 'ObjectNode':
				throw new Refusal('object', m.object, text.indexOf('{'));
			case 'ConditionalNode':
				throw new Refusal('conditional', m.conditional, text.indexOf('?'));
			case 'BlockNode':
				throw new Refusal('block', m.block);
			case 'RelationalNode':
				throw new Refusal('operator_refused', m.operatorRefused('< > <= >= == !='));
			default:
				throw new Refusal('node_refused', m.nodeRefused(n.type));
		}
	};
	return convert(node);
}

/** A short text for an indexed thing that is not a name (`(1)[2]`), for messages. */
function objectText(node: ParsedNode): string {
	try {
		return node.toString().slice(0, 20);
	} catch {
		return '…';
	}
}

interface EvaluationContext {
	evaluation: Evaluation;
	lang: Lang;
	m: PlaygroundMessages;
	source: string;
	lookups: Lookup[];
}

function evaluate(expr: Expr, context: EvaluationContext): number {
	const { m } = context;
	const finite = (x: number): number => {
		if (!Number.isFinite(x)) throw new Refusal('not_finite', m.notFinite);
		return x;
	};
	const visit = (e: Expr): number => {
		switch (e.type) {
			case 'number':
				return e.value;
			case 'negate':
				return -visit(e.arg);
			case 'lookup':
				return lookup(e.series, visit(e.year), context);
			case 'binary': {
				const left = visit(e.left);
				const right = visit(e.right);
				if (e.op === 'divide' && right === 0)
					throw new Refusal('division_by_zero', m.divisionByZero);
				return finite(BINARY_FUNCTIONS[e.op](left, right));
			}
			case 'call': {
				const args = e.args.map(visit);
				if (e.fn === 'round' && args.length === 2) {
					const digits = args[1]!;
					if (!Number.isInteger(digits) || digits < 0 || digits > 15)
						throw new Refusal('round_digits', m.roundDigits(String(digits)));
				}
				return finite(FUNCTIONS[e.fn].apply(args));
			}
		}
	};
	return visit(expr);
}

/** A series' value in a year from the evaluation's path, recorded in `lookups`; gaps are refused. */
function lookup(series: DriverId, year: number, context: EvaluationContext): number {
	const { evaluation, m, source, lookups } = context;
	const spec = plan.drivers.find((d) => d.id === series);
	const yearPattern = new RegExp(
		`(?<![A-Za-z0-9_])${series}\\s*\\[\\s*${escapeRegExp(String(year))}\\s*\\]`
	);
	const at = yearPattern.exec(source)?.index ?? wordPosition(source, series);
	if (!Number.isInteger(year))
		throw new Refusal('year_not_integer', m.yearNotInteger(series, String(year)), at);
	const path = evaluation.drivers[series].path;
	const point = path.find((p) => p.year === year);
	if (!point) {
		const first = path[0]?.year;
		const last = path.at(-1)?.year;
		let message: string;
		if (first === undefined || last === undefined || year < first)
			message = m.beforeData(series, year, first ?? evaluation.targetYear);
		else if (year > last)
			message =
				last >= evaluation.targetYear
					? m.afterTarget(series, year, evaluation.targetYear)
					: m.noProjection(series, year, last);
		else message = m.gap(series, year);
		throw new Refusal('no_value', message, at);
	}
	if (!lookups.some((l) => l.series === series && l.year === year))
		lookups.push({
			series,
			name: spec?.name[context.lang] ?? series,
			year,
			value: point.value,
			kind: point.kind,
			unit: spec?.unit ?? '',
			basis: basisOf(series, year, evaluation)
		});
	return point.value;
}

/** The basis of a driver's value in a year: its published point's, else the projection base's. */
function basisOf(series: DriverId, year: number, evaluation: Evaluation): string {
	const history = evaluation.drivers[series].history;
	const point = [...history.points, ...history.laterActuals].find((p) => p.year === year);
	return point?.basis ?? history.base?.basis ?? '';
}

/** Economic-census bases (c3, c4, c5 …): the only bases that are comparable across series. */
const isCensusBasis = (basis: string) => /^c\d/.test(basis);

/**
 * Sentences for the statistical breaks an expression reaches across: one series read on two
 * bases (gdp[2023] / gdp[2022] across the 5th census revision), or two series in one year on
 * different census bases. Other bases belong to one series each and are not compared.
 */
export function breakWarnings(lookups: readonly Lookup[], lang: Lang): string[] {
	const m = playgroundMessages[lang];
	const basisName = (b: string) => observations.bases[b]?.[lang] ?? b;
	const names = (bs: string[]) => bs.map(basisName).join(m.listSeparator);
	const distinct = (xs: string[]) => [...new Set(xs)];
	const out: string[] = [];
	for (const series of distinct(lookups.map((l) => l.series))) {
		const own = lookups.filter((l) => l.series === series).sort((a, b) => a.year - b.year);
		const bases = distinct(own.map((l) => l.basis));
		if (bases.length > 1)
			out.push(m.breakWithin(own[0]!.name, yearSpans(own.map((l) => l.year)), names(bases)));
	}
	for (const year of distinct(lookups.map((l) => String(l.year))).map(Number)) {
		const same = lookups.filter((l) => l.year === year && isCensusBasis(l.basis));
		const bases = distinct(same.map((l) => l.basis));
		if (bases.length > 1)
			out.push(
				m.breakBetween(distinct(same.map((l) => l.name)).join(m.listSeparator), year, names(bases))
			);
	}
	return out;
}

/** Rounds half away from zero to `digits` decimals, as people round by hand. */
function roundTo(x: number, digits: number): number {
	const factor = 10 ** digits;
	return (Math.sign(x) * Math.round(Math.abs(x) * factor * (1 + Number.EPSILON))) / factor;
}

/**
 * The closest known name to a mistyped one: a name that contains it or is contained in it, else
 * the one within a small edit distance (a swap of two letters counts as one edit); null when no
 * name is close.
 */
export function nearestName(name: string, known: readonly string[]): string | null {
	const lower = name.toLowerCase();
	if (lower.length >= 2) {
		const containing = known.find((k) => k.length >= 3 && (k.includes(lower) || lower.includes(k)));
		if (containing) return containing;
	}
	let best: string | null = null;
	let bestDistance = Math.max(2, Math.floor(lower.length / 3)) + 1;
	for (const k of known) {
		const d = editDistance(lower, k);
		// A distance as long as the name would replace it entirely: no suggestion.
		if (d < bestDistance && d < lower.length) {
			best = k;
			bestDistance = d;
		}
	}
	return best;
}

/** Optimal string alignment distance: insertions, deletions, substitutions, adjacent swaps. */
function editDistance(a: string, b: string): number {
	const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) =>
		Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0))
	);
	for (let i = 1; i <= a.length; i++)
		for (let j = 1; j <= b.length; j++) {
			const cost = a[i - 1] === b[j - 1] ? 0 : 1;
			let v = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
			if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
				v = Math.min(v, d[i - 2]![j - 2]! + 1);
			d[i]![j] = v;
		}
	return d[a.length]![b.length]!;
}

/**
 * A result for display: six significant digits without trailing zeros, grouped per language;
 * scientific notation for magnitudes a fixed format would turn into a long row of digits or zeros.
 */
export function formatResult(value: number, lang: Lang): string {
	const magnitude = Math.abs(value);
	if (value !== 0 && (magnitude >= 1e15 || magnitude < 1e-6))
		return value.toExponential(5).replace(/-/g, '−');
	const most = value === 0 ? 0 : Math.min(10, Math.max(0, 5 - Math.floor(Math.log10(magnitude))));
	const shown = Number(value.toFixed(most));
	let digits = 0;
	while (digits < most && Number(value.toFixed(digits)) !== shown) digits++;
	return formatNumber(value, lang, digits);
}

/** The years a series has a value in the evaluation, as runs: "2014, 2016, 2023–2025". */
export function yearSpans(years: readonly number[]): string {
	const sorted = [...new Set(years)].sort((a, b) => a - b);
	const spans: string[] = [];
	let start = sorted[0];
	for (let i = 0; i < sorted.length; i++) {
		const year = sorted[i]!;
		if (sorted[i + 1] === year + 1) continue;
		spans.push(start === year ? String(year) : `${start}–${year}`);
		start = sorted[i + 1];
	}
	return spans.join(', ');
}

/** The history after keeping `text`: newest first, without repeats, at most `limit` entries. */
export function rememberExpression(
	history: readonly string[],
	text: string,
	limit = HISTORY_LIMIT
): string[] {
	const trimmed = text.trim();
	if (trimmed === '') return [...history];
	return [trimmed, ...history.filter((h) => h !== trimmed)].slice(0, limit);
}

/** One row of the "series you can use" table. */
export interface SeriesReference {
	id: DriverId;
	name: string;
	unit: string;
	/** The years with a value in the evaluation, as runs (see yearSpans). */
	years: string;
}

/** The series an expression can read, with the years the current evaluation has values for. */
export function seriesReference(evaluation: Evaluation, lang: Lang): SeriesReference[] {
	return DRIVER_IDS.map((id) => {
		const spec = plan.drivers.find((d) => d.id === id);
		return {
			id,
			name: spec?.name[lang] ?? id,
			unit: spec?.unit ?? '',
			years: yearSpans(evaluation.drivers[id].path.map((p) => p.year))
		};
	});
}
