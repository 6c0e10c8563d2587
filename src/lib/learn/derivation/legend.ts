// The legend of a derivation: each symbol its steps use, with its name and unit. Pure.
import { unitName } from '../../i18n/format';
import { mathText, mi, sub, toMathML, type MathNode } from '../mathml';
import {
	type DerivationStep,
	type LegendEntry,
	type Context,
	symbolOf,
	driverName,
	usedDrivers,
	growthSymbol,
	driverUnit,
	isBareSymbol
} from './context';

export function legend(c: Context, steps: DerivationStep[]): LegendEntry[] {
	const r = c.result;
	const entries: { node: MathNode; meaning: string }[] = [];
	const unitText = (unit: string) => (unit === 'rate' ? '%' : unitName(unit, c.lang));
	const drivers = usedDrivers(r);
	if (!isBareSymbol(r.spec.tree))
		entries.push({
			node: mi('I'),
			meaning: c.m.symbol.value(r.spec.name[c.lang], unitText(r.unit))
		});
	for (const id of drivers)
		entries.push({
			node: symbolOf(id),
			meaning: c.m.symbol.value(driverName(c, id), unitText(driverUnit(c, id)))
		});
	if (r.kind === 'average_growth') {
		entries.push(
			{ node: sub(mi('r'), mi('i')), meaning: c.m.symbol.yearRate },
			{ node: mi('ḡ'), meaning: c.m.symbol.compound },
			{ node: mi('r̄'), meaning: c.m.symbol.arithmetic }
		);
	} else
		for (const id of drivers)
			entries.push({ node: growthSymbol(c, id), meaning: c.m.symbol.growth(driverName(c, id)) });
	const average = r.kind === 'average_growth';
	entries.push({ node: mi('n'), meaning: average ? c.m.symbol.windowYears : c.m.symbol.years });
	if (average && r.average?.rates.some((x) => x.kind !== 'actual'))
		entries.push({ node: mi('k'), meaning: c.m.symbol.openYears });
	if (r.target !== null) {
		entries.push({ node: mi('T'), meaning: c.m.symbol.target });
		entries.push({ node: mi('r'), meaning: c.m.symbol.required });
	}
	if (r.spec.denominator && r.kind === 'ratio')
		entries.push({
			node: sub(mi('ḡ'), symbolOf(r.spec.denominator)),
			meaning: c.m.symbol.denominatorGrowth(driverName(c, r.spec.denominator))
		});
	const used = usedSymbols(steps);
	return entries
		.filter((e) => used.has(mathText(e.node)))
		.map((e) => ({
			math: toMathML(e.node, { hidden: true }),
			text: mathText(e.node),
			meaning: e.meaning
		}));
}

/** The symbols the steps' formulas write: the legend names only these. */
function usedSymbols(steps: DerivationStep[]): Set<string> {
	const used = new Set<string>();
	const visit = (node: MathNode): void => {
		switch (node.kind) {
			case 'mi':
				used.add(node.text);
				return;
			case 'msub':
				// g_R and rᵢ are symbols of their own; in H₂₀₂₅ the symbol is H.
				used.add(mathText(node));
				if (node.subscript.kind !== 'mi') visit(node.base);
				return;
			case 'mrow':
				node.children.forEach(visit);
				return;
			case 'mfrac':
				visit(node.numerator);
				visit(node.denominator);
				return;
			case 'msup':
				visit(node.base);
				visit(node.exponent);
				return;
			default:
				return;
		}
	};
	for (const step of steps) for (const line of step.lines) visit(line.node);
	return used;
}
