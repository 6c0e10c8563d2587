import { describe, expect, test } from 'vitest';
import { frac, mi, mn, mo, mtext, row, toMathML } from '$lib/learn/mathml';
import { patchMarkup } from './patchMarkup';

const formula = (a: string, b: string, op = '=') =>
	toMathML(row(mi('C'), mo(op), frac(mn(a), mn(b))), { display: 'block', hidden: true });

function host(markup: string) {
	const element = document.createElement('div');
	element.innerHTML = markup;
	return element;
}

describe('patchMarkup', () => {
	test('rewrites only the changed numbers, keeping every element', () => {
		const shown = formula('1,234.5', '2.0');
		const element = host(shown);
		const math = element.querySelector('math');
		const numbers = [...element.querySelectorAll('mn')];
		expect(patchMarkup(element, shown, formula('1,300.1', '2.0'))).toBe(1);
		expect(element.querySelector('math')).toBe(math);
		expect([...element.querySelectorAll('mn')]).toEqual(numbers);
		expect(numbers.map((n) => n.textContent)).toEqual(['1,300.1', '2.0']);
		expect(element.innerHTML).toBe(host(formula('1,300.1', '2.0')).innerHTML);
	});

	test('reads escaped text as the DOM holds it', () => {
		const shown = formula('1', '2', '<');
		const element = host(shown);
		expect(patchMarkup(element, shown, formula('1', '2', '>'))).toBe(1);
		expect(element.querySelector('mo')?.textContent).toBe('>');
	});

	test('replaces the content whole when the elements differ', () => {
		const shown = formula('1', '2');
		const element = host(shown);
		const math = element.querySelector('math');
		const other = toMathML(row(mi('C'), mo('='), mn('3')), { display: 'block', hidden: true });
		expect(patchMarkup(element, shown, other)).toBe(-1);
		expect(element.querySelector('math')).not.toBe(math);
		expect(element.innerHTML).toBe(other);
	});

	test('replaces the content whole when a text appears where there was none', () => {
		const shown = toMathML(row(mi('C'), mtext('')));
		const element = host(shown);
		const next = toMathML(row(mi('C'), mtext('x')));
		expect(patchMarkup(element, shown, next)).toBe(-1);
		expect(element.innerHTML).toBe(next);
	});

	test('does nothing for the same markup', () => {
		const shown = formula('1', '2');
		const element = host(shown);
		expect(patchMarkup(element, shown, shown)).toBe(0);
	});
});
