// What every derivation step shares: the step and legend shapes, the letters of the drivers,
// the context of one derivation and the formatting of its numbers as text and as MathML. Pure.
import { type DerivationMessages } from '../../i18n/derivationMessages';
import { formatNumber, formatRate } from '../../i18n/format';
import { type Messages } from '../../i18n/messages';
import { type DriverResult, type Evaluation, type TargetResult } from '../../model/evaluate';
import { type FormulaTree } from '../../model/formulaTree';
import { type DriverId, type Lang, type Plan } from '../../model/types';
import {
	frac,
	mathText,
	mi,
	mn,
	mo,
	parens,
	row,
	splitAtRelations,
	sub,
	sup,
	toMathML,
	type MathNode
} from '../mathml';

/** The letter each driver goes by in the formulas (the legend names it). */
export const DRIVER_SYMBOLS: Record<DriverId, string> = {
	gdp: 'Y',
	rd_spend: 'R',
	basic_spend: 'B',
	rd_personnel: 'P',
	employed: 'E',
	hightech_va: 'H',
	digital_va: 'D',
	tech_contracts: 'C',
	zgc_revenue: 'Z',
	unicorns: 'U'
};

export type StepKey =
	| 'measure'
	| 'target'
	| 'projection'
	| 'projectionNumerator'
	| 'projectionDenominator'
	| 'indicator'
	| 'needed'
	| 'required'
	| 'denominatorEffect'
	| 'rates'
	| 'compound'
	| 'arithmetic'
	| 'requiredAverage'
	| 'missing'
	| 'verdict';

/** One line of mathematics: the tree, its MathML (escaped) and the same as plain text. */
export interface MathLine {
	node: MathNode;
	/** `<math display="block" aria-hidden="true">…</math>`: the page shows `text` to screen readers. */
	math: string;
	text: string;
}

export interface RateLine {
	year: number;
	rate: number | null;
	kind: 'actual' | 'projected' | 'missing';
	/** "13.1%" or "—". */
	rateText: string;
	kindText: string;
}

export interface DerivationStep {
	key: StepKey;
	label: string;
	/** The formula, its substitution and its result; empty when nothing can be computed. */
	lines: MathLine[];
	/** What the step means, in words. */
	explanation: string;
	/** The step's result in model units (rates as fractions); null when it cannot be computed. */
	value: number | null;
	/** True when the closed form did not reproduce the model and the model's number is shown. */
	modelSolved: boolean;
	/** The yearly rates of an average-growth target (the `rates` step). */
	rates?: RateLine[];
}

export interface LegendEntry {
	math: string;
	text: string;
	meaning: string;
}

export interface Derivation {
	id: TargetResult['id'];
	legend: LegendEntry[];
	steps: DerivationStep[];
}

/** Relative agreement wanted between a closed form and the model. */
const AGREEMENT = 1e-9;
export const agrees = (a: number, b: number) =>
	Math.abs(a - b) <= AGREEMENT * Math.max(1, Math.abs(a), Math.abs(b));

export interface Context {
	result: TargetResult;
	evaluation: Evaluation;
	lang: Lang;
	plan: Pick<Plan, 'drivers'>;
	m: DerivationMessages;
	t: Messages;
	year: number;
	/** True when the target reads two drivers: growth symbols then carry the driver's letter. */
	pair: boolean;
}

/** Decimals for a level in a unit, at most (fewer when the value needs fewer). */
export const LEVEL_DIGITS: Record<string, number> = {
	亿元: 1,
	'%': 2,
	'人年/万人': 1,
	人年: 0,
	万人: 1,
	家: 1
};

export function minimalDigits(x: number, max: number): number {
	for (let d = 0; d < max; d++)
		if (Math.abs(Math.round(x * 10 ** d) / 10 ** d - x) < 1e-9 * Math.max(1, Math.abs(x))) return d;
	return max;
}

export const levelText = (c: Context, value: number, unit: string, digits?: number) =>
	formatNumber(value, c.lang, digits ?? minimalDigits(value, LEVEL_DIGITS[unit] ?? 2));
export const levelNode = (c: Context, value: number, unit: string, digits?: number) =>
	mn(levelText(c, value, unit, digits));
export const percentText = (c: Context, rate: number, digits?: number) =>
	formatNumber(rate * 100, c.lang, digits ?? minimalDigits(rate * 100, 2));
/** A rate as in the formulas (up to two decimals), for the words beside them. */
export const rateText = (c: Context, rate: number) =>
	formatRate(rate, c.lang, minimalDigits(rate * 100, 2));
export const percentNode = (c: Context, rate: number, digits?: number) =>
	row(mn(percentText(c, rate, digits)), mo('%'));
/** (1 + 6.4 %), (1 − 3.2 %). */
export const onePlus = (c: Context, rate: number) =>
	parens(row(mn('1'), mo(rate < 0 ? '−' : '+'), percentNode(c, Math.abs(rate))));
export const onePlusSymbol = (symbol: MathNode) => parens(row(mn('1'), mo('+'), symbol));
export const root = (base: MathNode, years: MathNode) => sup(parens(base), frac(mn('1'), years));

export const symbolOf = (id: string) => mi(DRIVER_SYMBOLS[id as DriverId] ?? id);
export const at = (id: string, year: number) => sub(symbolOf(id), String(year));
export const growthSymbol = (c: Context, id: DriverId) =>
	c.pair ? sub(mi('g'), symbolOf(id)) : mi('g');

/** A formula, written over several lines when it is a chain of = and ≈ (`whole` keeps one). */
export function line(node: MathNode, whole = false): MathLine {
	const parts = whole ? [node] : splitAtRelations(node);
	return {
		node,
		math: parts
			.map((part, i) =>
				toMathML(part, {
					display: 'block',
					hidden: true,
					className: i > 0 ? 'continued' : undefined
				})
			)
			.join(''),
		text: mathText(node)
	};
}

export function step(
	key: StepKey,
	label: string,
	nodes: MathNode[],
	explanation: string,
	value: number | null,
	extra: Partial<DerivationStep> = {}
): DerivationStep {
	return {
		key,
		label,
		lines: nodes.map((node) => line(node, key === 'verdict' || key === 'target')),
		explanation,
		value,
		modelSolved: false,
		...extra
	};
}

export const driverName = (c: Context, id: DriverId) =>
	c.plan.drivers.find((d) => d.id === id)?.name[c.lang] ?? id;
export const driverUnit = (c: Context, id: DriverId) =>
	c.plan.drivers.find((d) => d.id === id)?.unit ?? '';
export const isBareSymbol = (tree: FormulaTree): boolean =>
	tree.type === 'symbol' || (tree.type === 'parens' && isBareSymbol(tree.content));

/** The driver's value in a year of its path (history or projection), or null. */
export const valueIn = (driver: DriverResult, year: number) =>
	driver.path.find((p) => p.year === year)?.value ?? null;

/** The comparator as the reader should take it ('qualitative' never reaches here). */
export const reachOf = (r: TargetResult) =>
	r.comparator === 'qualitative' ? 'about' : r.comparator;

/** The constant growth from `from` (in `fromYear`) that reaches `to` in the target year. */
export const closedRate = (from: number, to: number, years: number) =>
	(to / from) ** (1 / years) - 1;

/** The drivers the target reads: numerator first. */
export const usedDrivers = (r: TargetResult): DriverId[] => [
	r.spec.numerator,
	...(r.spec.denominator ? [r.spec.denominator] : [])
];

/** Enough decimals that two different numbers do not print the same. */
export function distinctDigits(
	values: number[],
	start: number,
	text: (v: number, d: number) => string
) {
	let digits = start;
	const differ = (a: number, b: number) => a === b || text(a, digits) !== text(b, digits);
	while (digits < 6 && !values.every((a) => values.every((b) => differ(a, b)))) digits++;
	return digits;
}
