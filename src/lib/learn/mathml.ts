// A small MathML vocabulary (MathML Core: mi, mn, mo, mtext, mrow, mfrac, msup, msub), its
// serialisation to markup and to plain text, and a formula tree rendered in it. Every text that
// reaches the markup is escaped here, so a name from the data can never inject HTML: the page
// may put what toMathML returns into {@html} and nothing else. No DOM, no Svelte.
import type { FormulaTree } from '../model/formulaTree';

export type MathNode =
	| { kind: 'mi' | 'mn' | 'mo' | 'mtext'; text: string }
	| { kind: 'mrow'; children: MathNode[] }
	| { kind: 'mfrac'; numerator: MathNode; denominator: MathNode }
	| { kind: 'msup'; base: MathNode; exponent: MathNode }
	| { kind: 'msub'; base: MathNode; subscript: MathNode };

export const mi = (text: string): MathNode => ({ kind: 'mi', text });
export const mn = (text: string): MathNode => ({ kind: 'mn', text });
export const mo = (text: string): MathNode => ({ kind: 'mo', text });
export const mtext = (text: string): MathNode => ({ kind: 'mtext', text });
export const row = (...children: MathNode[]): MathNode => ({ kind: 'mrow', children });
export const frac = (numerator: MathNode, denominator: MathNode): MathNode => ({
	kind: 'mfrac',
	numerator,
	denominator
});
export const sup = (base: MathNode, exponent: MathNode): MathNode => ({
	kind: 'msup',
	base,
	exponent
});
export const sub = (base: MathNode, subscript: MathNode | string): MathNode => ({
	kind: 'msub',
	base,
	subscript: typeof subscript === 'string' ? mn(subscript) : subscript
});
/** `(content)` with stretchy fences. */
export const parens = (content: MathNode): MathNode => row(mo('('), content, mo(')'));

/** Escapes text for an XML/HTML text node or a double-quoted attribute. */
export function escapeXml(text: string): string {
	return text
		.replace(/&/g, '&amp;')
		.replace(/</g, '&lt;')
		.replace(/>/g, '&gt;')
		.replace(/"/g, '&quot;')
		.replace(/'/g, '&#39;');
}

/** The node as MathML markup (without the enclosing <math>); all text escaped. */
export function mathMarkup(node: MathNode): string {
	switch (node.kind) {
		case 'mi':
		case 'mn':
		case 'mo':
		case 'mtext':
			return `<${node.kind}>${escapeXml(node.text)}</${node.kind}>`;
		case 'mrow':
			return `<mrow>${node.children.map(mathMarkup).join('')}</mrow>`;
		case 'mfrac':
			return `<mfrac>${mathMarkup(node.numerator)}${mathMarkup(node.denominator)}</mfrac>`;
		case 'msup':
			return `<msup>${mathMarkup(node.base)}${mathMarkup(node.exponent)}</msup>`;
		case 'msub':
			return `<msub>${mathMarkup(node.base)}${mathMarkup(node.subscript)}</msub>`;
	}
}

export interface MathOptions {
	display?: 'block' | 'inline';
	/** Becomes the element's alttext (escaped). */
	label?: string;
	/** Hides it from assistive technology, when the page gives the same content as text beside it. */
	hidden?: boolean;
	/** A class for styling (escaped). */
	className?: string;
}

/** A complete <math> element. */
export function toMathML(node: MathNode, options: MathOptions = {}): string {
	const attributes = [
		options.display === 'block' ? ' display="block"' : '',
		options.className ? ` class="${escapeXml(options.className)}"` : '',
		options.label !== undefined ? ` alttext="${escapeXml(options.label)}"` : '',
		options.hidden ? ' aria-hidden="true"' : ''
	].join('');
	return `<math${attributes}>${mathMarkup(node)}</math>`;
}

const RELATIONS = new Set(['=', '≈']);

/**
 * A chain "a = b = c ≈ d" cut before every = or ≈ after the first, as a derivation is written
 * line under line: ["a = b", "= c", "≈ d"]. Only the top level is cut (nested rows are opened,
 * fenced groups, fractions and scripts are not), so each part is a whole expression.
 */
export function splitAtRelations(node: MathNode): MathNode[] {
	const flat: MathNode[] = [];
	const open = (n: MathNode) => {
		if (n.kind === 'mrow' && !isFenced(n)) n.children.forEach(open);
		else flat.push(n);
	};
	open(node);
	const parts: MathNode[][] = [[]];
	let seen = 0;
	for (const n of flat) {
		if (n.kind === 'mo' && RELATIONS.has(n.text) && seen++ > 0) parts.push([]);
		parts.at(-1)!.push(n);
	}
	return parts.map((children) => (children.length === 1 ? children[0]! : row(...children)));
}

const SUBSCRIPT_DIGITS: Record<string, string> = {
	'0': '₀',
	'1': '₁',
	'2': '₂',
	'3': '₃',
	'4': '₄',
	'5': '₅',
	'6': '₆',
	'7': '₇',
	'8': '₈',
	'9': '₉',
	'–': '₋',
	'-': '₋',
	'+': '₊',
	i: 'ᵢ',
	n: 'ₙ'
};

/** Operators written without a space before them in plain text. */
const NO_SPACE_BEFORE = new Set([')', '%', ',', '，', '、']);
/** Operators written without a space after them in plain text. */
const NO_SPACE_AFTER = new Set(['(', '∏', '∑']);

/**
 * The node as plain text, for screen readers and tests: "(12,000 / 11,875.4)^(1/2) − 1".
 * Numeric and short subscripts use Unicode subscript digits (V₂₀₂₃); others read "g_R".
 */
export function mathText(node: MathNode): string {
	return tokens(node)
		.reduce((out, token, i, all) => {
			if (i === 0) return token.text;
			const previous = all[i - 1]!;
			const tight = token.noSpaceBefore || previous.noSpaceAfter;
			return out + (tight ? '' : ' ') + token.text;
		}, '')
		.trim();
}

interface Token {
	text: string;
	noSpaceBefore: boolean;
	noSpaceAfter: boolean;
}

const word = (text: string): Token => ({ text, noSpaceBefore: false, noSpaceAfter: false });

function tokens(node: MathNode): Token[] {
	switch (node.kind) {
		case 'mi':
		case 'mn':
		case 'mtext':
			return [word(node.text)];
		case 'mo':
			return [
				{
					text: node.text,
					noSpaceBefore: NO_SPACE_BEFORE.has(node.text),
					noSpaceAfter: NO_SPACE_AFTER.has(node.text)
				}
			];
		case 'mrow':
			return node.children.flatMap(tokens);
		case 'mfrac':
			return [word(`${operand(node.numerator)} / ${operand(node.denominator)}`)];
		case 'msup': {
			if (isStar(node.exponent)) return [word(`${grouped(node.base)}*`)];
			const exponent = mathText(node.exponent);
			const compact = isAtom(node.exponent) ? exponent : `(${exponent.replace(/ \/ /g, '/')})`;
			return [word(`${grouped(node.base)}^${compact}`)];
		}
		case 'msub': {
			const subscript = mathText(node.subscript);
			const digits = [...subscript].every((c) => c in SUBSCRIPT_DIGITS);
			const text = digits
				? [...subscript].map((c) => SUBSCRIPT_DIGITS[c]).join('')
				: `_${isAtom(node.subscript) ? subscript : `(${subscript})`}`;
			return [word(`${grouped(node.base)}${text}`)];
		}
	}
}

/** A starred quantity (R*): a superscript asterisk marks a level that is needed, not projected. */
const isStar = (node: MathNode): boolean => node.kind === 'mo' && node.text === '*';

const isAtom = (node: MathNode): boolean =>
	(node.kind === 'msup' && isStar(node.exponent)) ||
	node.kind === 'mi' ||
	node.kind === 'mn' ||
	node.kind === 'mtext' ||
	node.kind === 'msub' ||
	(node.kind === 'mrow' && node.children.length === 1 && isAtom(node.children[0]!));

const isFenced = (node: MathNode): boolean =>
	node.kind === 'mrow' &&
	node.children.length >= 2 &&
	node.children[0]!.kind === 'mo' &&
	node.children[0]!.text === '(' &&
	node.children.at(-1)!.kind === 'mo' &&
	(node.children.at(-1) as { text: string }).text === ')' &&
	closesAtEnd(node.children);

/** True when the opening fence of `children` is closed only by its last child. */
function closesAtEnd(children: MathNode[]): boolean {
	let depth = 0;
	for (let i = 0; i < children.length; i++) {
		const c = children[i]!;
		if (c.kind === 'mo' && c.text === '(') depth++;
		if (c.kind === 'mo' && c.text === ')') depth--;
		if (depth === 0 && i < children.length - 1) return false;
	}
	return true;
}

/** A fraction's part: powers bind tighter than the slash, so they need no parentheses. */
const operand = (node: MathNode): string => (node.kind === 'msup' ? mathText(node) : grouped(node));

/** The node's text, in parentheses unless it is one token or already fenced. */
function grouped(node: MathNode): string {
	const text = mathText(node);
	return isAtom(node) || isFenced(node) ? text : `(${text})`;
}

export interface FormulaMathOptions {
	/** How a symbol of the formula is written (a driver id → its letter). */
	symbol: (name: string) => MathNode;
	/** How a number of the formula is written; default: as JavaScript prints it. */
	number?: (value: number) => string;
}

/**
 * A checked formula tree in mathematical notation: division as a fraction, powers as
 * superscripts, multiplication as ×, parentheses kept where the formula has them (and dropped
 * where a fraction bar groups already).
 */
export function formulaToMath(tree: FormulaTree, options: FormulaMathOptions): MathNode {
	const number = options.number ?? String;
	const visit = (node: FormulaTree, grouping = false): MathNode => {
		switch (node.type) {
			case 'number':
				return mn(number(node.value));
			case 'symbol':
				return options.symbol(node.name);
			case 'parens':
				return grouping ? visit(node.content, true) : parens(visit(node.content));
			case 'operator': {
				const [a, b] = node.args;
				if (node.args.length === 1)
					return node.fn === 'unaryMinus' ? row(mo('−'), visit(a!)) : visit(a!);
				switch (node.fn) {
					case 'divide':
						return frac(visit(a!, true), visit(b!, true));
					case 'pow':
						return sup(visit(a!), visit(b!, true));
					default: {
						const symbol = { add: '+', subtract: '−', multiply: '×' }[node.fn as string] ?? node.op;
						return row(
							...node.args.flatMap((arg, i) => (i === 0 ? [visit(arg)] : [mo(symbol), visit(arg)]))
						);
					}
				}
			}
		}
	};
	return visit(tree);
}
