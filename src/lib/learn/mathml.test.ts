import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { FormulaTree } from '../model/formulaTree';
import {
	escapeXml,
	formulaToMath,
	frac,
	mathMarkup,
	mathText,
	mi,
	mn,
	mo,
	mtext,
	parens,
	row,
	splitAtRelations,
	sub,
	sup,
	toMathML
} from './mathml';

const symbol = (name: string): FormulaTree => ({ type: 'symbol', name });
const number = (value: number): FormulaTree => ({ type: 'number', value });
const op = (fn: 'divide' | 'multiply' | 'pow' | 'add', a: FormulaTree, b: FormulaTree) =>
	({
		type: 'operator',
		fn,
		op: { divide: '/', multiply: '*', pow: '^', add: '+' }[fn],
		implicit: false,
		args: [a, b]
	}) as FormulaTree;

/** The markup with every tag the serialiser writes removed: what is left is text only. */
const textOnly = (markup: string) =>
	markup.replace(/<\/?(math|mrow|mfrac|msup|msub|mi|mn|mo|mtext)( [^<>]*)?>/g, '');

describe('escapeXml', () => {
	it('escapes the five characters that can break out of text or an attribute', () => {
		expect(escapeXml(`<a href="x" title='y'>&</a>`)).toBe(
			'&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;'
		);
	});
});

describe('mathMarkup', () => {
	it('writes each token kind as its MathML element', () => {
		expect(mathMarkup(row(mi('x'), mo('='), mn('1'), mtext('a')))).toBe(
			'<mrow><mi>x</mi><mo>=</mo><mn>1</mn><mtext>a</mtext></mrow>'
		);
		expect(mathMarkup(frac(mi('a'), mi('b')))).toBe('<mfrac><mi>a</mi><mi>b</mi></mfrac>');
		expect(mathMarkup(sup(mi('a'), mn('2')))).toBe('<msup><mi>a</mi><mn>2</mn></msup>');
		expect(mathMarkup(sub(mi('V'), '2023'))).toBe('<msub><mi>V</mi><mn>2023</mn></msub>');
	});

	it('escapes text from the data in every element, so no markup can be injected', () => {
		const hostile = '<img src=x onerror=alert(1)>';
		for (const make of [mi, mn, mo, mtext]) {
			const markup = mathMarkup(row(make(hostile)));
			expect(markup).not.toContain('<img');
			expect(markup).toContain('&lt;img src=x onerror=alert(1)&gt;');
		}
	});

	it('never lets a character of a name outside its text node (any string)', () => {
		fc.assert(
			fc.property(fc.string(), fc.string(), (a, b) => {
				const markup = toMathML(frac(mi(a), sub(mn(b), mo(a))), {
					display: 'block',
					label: b,
					className: a
				});
				const left = textOnly(markup.replace(/ (class|alttext)="[^"]*"/g, ''));
				expect(left).not.toMatch(/[<>]/);
			})
		);
	});
});

describe('toMathML', () => {
	it('wraps the node in a <math> element with the requested attributes', () => {
		expect(toMathML(mi('x'), { display: 'block', hidden: true, className: 'continued' })).toBe(
			'<math display="block" class="continued" aria-hidden="true"><mi>x</mi></math>'
		);
		expect(toMathML(mi('x'), { label: 'a "b"' })).toBe(
			'<math alttext="a &quot;b&quot;"><mi>x</mi></math>'
		);
	});
});

describe('mathText', () => {
	it('reads a required-growth formula as one line of plain text', () => {
		const node = row(
			sup(parens(frac(mn('12,000'), mn('11,875.4'))), frac(mn('1'), mn('2'))),
			mo('−'),
			mn('1'),
			mo('≈'),
			row(mn('0.52'), mo('%'))
		);
		expect(mathText(node)).toBe('(12,000 / 11,875.4)^(1/2) − 1 ≈ 0.52%');
	});

	it('writes year subscripts as subscript digits and other subscripts with an underscore', () => {
		expect(mathText(sub(mi('V'), '2023'))).toBe('V₂₀₂₃');
		expect(mathText(sub(mi('g'), mi('R')))).toBe('g_R');
		expect(mathText(sub(mi('r'), mi('i')))).toBe('rᵢ');
	});

	it('marks a needed level with a star and keeps it one token', () => {
		expect(mathText(frac(sup(sub(mi('R'), '2025'), mo('*')), sub(mi('R'), '2024')))).toBe(
			'R₂₀₂₅* / R₂₀₂₄'
		);
	});

	it('puts compound parts of a fraction in parentheses, but not powers', () => {
		expect(mathText(frac(row(mi('T'), mo('×'), mi('Y')), mn('100')))).toBe('(T × Y) / 100');
		expect(mathText(frac(sup(mi('a'), mi('n')), mi('b')))).toBe('a^n / b');
	});
});

describe('splitAtRelations', () => {
	it('cuts a chain before every = or ≈ after the first', () => {
		const chain = row(row(mi('r'), mo('='), mi('a')), mo('='), mn('2'), mo('≈'), mn('3'));
		expect(splitAtRelations(chain).map(mathText)).toEqual(['r = a', '= 2', '≈ 3']);
	});

	it('leaves fenced groups, fractions and a single relation whole', () => {
		expect(splitAtRelations(row(mi('x'), mo('≈'), mn('1'))).map(mathText)).toEqual(['x ≈ 1']);
		const fenced = row(mi('x'), mo('='), parens(row(mi('a'), mo('='), mi('b'))));
		expect(splitAtRelations(fenced)).toHaveLength(1);
	});
});

describe('formulaToMath', () => {
	const letters = (name: string) => mi(name === 'rd_spend' ? 'R' : name === 'gdp' ? 'Y' : name);

	it('writes division as a fraction and multiplication as ×', () => {
		const tree = op('multiply', op('divide', symbol('rd_spend'), symbol('gdp')), number(100));
		const node = formulaToMath(tree, { symbol: letters });
		expect(mathText(node)).toBe('R / Y × 100');
		expect(mathMarkup(node)).toBe(
			'<mrow><mfrac><mi>R</mi><mi>Y</mi></mfrac><mo>×</mo><mn>100</mn></mrow>'
		);
	});

	it('drops parentheses that a fraction bar already groups, and keeps the others', () => {
		const grouped: FormulaTree = {
			type: 'parens',
			content: op('add', symbol('a'), symbol('b'))
		};
		expect(mathMarkup(formulaToMath(op('divide', grouped, symbol('c')), { symbol: mi }))).toBe(
			'<mfrac><mrow><mi>a</mi><mo>+</mo><mi>b</mi></mrow><mi>c</mi></mfrac>'
		);
		expect(mathText(formulaToMath(op('multiply', grouped, symbol('c')), { symbol: mi }))).toBe(
			'(a + b) × c'
		);
	});

	it('writes powers as superscripts and numbers through the given formatter', () => {
		const node = formulaToMath(op('pow', symbol('x'), number(0.5)), {
			symbol: mi,
			number: (v) => `<${v}>`
		});
		expect(mathMarkup(node)).toBe('<msup><mi>x</mi><mn>&lt;0.5&gt;</mn></msup>');
	});

	it('escapes a symbol name that came from the data', () => {
		const node = formulaToMath(symbol('<script>alert(1)</script>'), { symbol: mi });
		expect(toMathML(node)).toBe('<math><mi>&lt;script&gt;alert(1)&lt;/script&gt;</mi></math>');
	});
});
