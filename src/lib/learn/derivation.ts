// "Show the arithmetic": one target's result as numbered steps — the formula in mathematical
// notation, each substitution with the current numbers, the result and what it means. Every
// number comes from the evaluation; the closed forms here are recomputed from the model's inputs
// and checked against the model's own result, and where they do not reproduce it the step says
// so and shows the model's number instead. Pure: no DOM, no Svelte, no mathjs.
import { targetText } from '../components/targetView';
import { derivationMessages, type DerivationMessages } from '../i18n/derivationMessages';
import {
	formatMargin,
	formatNumber,
	formatPoints,
	formatRate,
	formatValue,
	unitName
} from '../i18n/format';
import { messages, type Messages } from '../i18n/messages';
import type { DriverResult, Evaluation, TargetResult } from '../model/evaluate';
import { compileTree, type FormulaTree } from '../model/formulaTree';
import type { DriverId, Lang, Plan } from '../model/types';
import {
	formulaToMath,
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
} from './mathml';

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

interface Context {
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
const LEVEL_DIGITS: Record<string, number> = {
	亿元: 1,
	'%': 2,
	'人年/万人': 1,
	人年: 0,
	万人: 1,
	家: 1
};

function minimalDigits(x: number, max: number): number {
	for (let d = 0; d < max; d++)
		if (Math.abs(Math.round(x * 10 ** d) / 10 ** d - x) < 1e-9 * Math.max(1, Math.abs(x))) return d;
	return max;
}

const levelText = (c: Context, value: number, unit: string, digits?: number) =>
	formatNumber(value, c.lang, digits ?? minimalDigits(value, LEVEL_DIGITS[unit] ?? 2));
const levelNode = (c: Context, value: number, unit: string, digits?: number) =>
	mn(levelText(c, value, unit, digits));
const percentText = (c: Context, rate: number, digits?: number) =>
	formatNumber(rate * 100, c.lang, digits ?? minimalDigits(rate * 100, 2));
/** A rate as in the formulas (up to two decimals), for the words beside them. */
const rateText = (c: Context, rate: number) =>
	formatRate(rate, c.lang, minimalDigits(rate * 100, 2));
const percentNode = (c: Context, rate: number, digits?: number) =>
	row(mn(percentText(c, rate, digits)), mo('%'));
/** (1 + 6.4 %), (1 − 3.2 %). */
const onePlus = (c: Context, rate: number) =>
	parens(row(mn('1'), mo(rate < 0 ? '−' : '+'), percentNode(c, Math.abs(rate))));
const onePlusSymbol = (symbol: MathNode) => parens(row(mn('1'), mo('+'), symbol));
const root = (base: MathNode, years: MathNode) => sup(parens(base), frac(mn('1'), years));

const symbolOf = (id: string) => mi(DRIVER_SYMBOLS[id as DriverId] ?? id);
const at = (id: string, year: number) => sub(symbolOf(id), String(year));
const growthSymbol = (c: Context, id: DriverId) => (c.pair ? sub(mi('g'), symbolOf(id)) : mi('g'));

/** A formula, written over several lines when it is a chain of = and ≈ (`whole` keeps one). */
function line(node: MathNode, whole = false): MathLine {
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

function step(
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

const driverName = (c: Context, id: DriverId) =>
	c.plan.drivers.find((d) => d.id === id)?.name[c.lang] ?? id;
const driverUnit = (c: Context, id: DriverId) =>
	c.plan.drivers.find((d) => d.id === id)?.unit ?? '';
const isBareSymbol = (tree: FormulaTree): boolean =>
	tree.type === 'symbol' || (tree.type === 'parens' && isBareSymbol(tree.content));

/** The driver's value in a year of its path (history or projection), or null. */
const valueIn = (driver: DriverResult, year: number) =>
	driver.path.find((p) => p.year === year)?.value ?? null;

/**
 * How a driver reaches the target year: the published figure, the base compounded at its
 * rates, or what is missing. `value` is the closed form, checked against the model.
 */
function projectionStep(c: Context, id: DriverId, key: StepKey): DerivationStep {
	const driver = c.evaluation.drivers[id];
	const name = driverName(c, id);
	const unit = driverUnit(c, id);
	const label = c.m.label.projection(name, c.year);
	const { baseYear, baseValue } = driver;
	if (baseYear === null || baseValue === null) return step(key, label, [], c.m.noData(name), null);
	const baseText = formatValue(baseValue, unit, c.lang);
	if (baseYear >= c.year)
		return step(
			key,
			label,
			[row(at(id, baseYear), mo('='), levelNode(c, baseValue, unit))],
			c.m.published(baseText, baseYear),
			baseValue
		);
	const years = c.year - baseYear;
	const g = growthSymbol(c, id);
	const uniformSymbolic = row(
		at(id, c.year),
		mo('='),
		at(id, baseYear),
		mo('·'),
		sup(onePlusSymbol(g), mi('n'))
	);
	if (driver.value2025 === null)
		return step(key, label, [uniformSymbolic], c.m.noGrowth(name, baseText, baseYear), null);

	const rates = driver.yearlyRates;
	const computed = rates.reduce((v, r) => v * (1 + r.rate), baseValue);
	const uniform = driver.growth !== null && rates.every((r) => !r.overridden);
	const model = driver.value2025;
	const ok = agrees(computed, model);
	const value = ok ? computed : model;
	const resultNode = levelNode(c, value, unit);
	let node: MathNode;
	let explanation: string;
	if (uniform) {
		node = row(
			uniformSymbolic,
			mo('='),
			levelNode(c, baseValue, unit),
			mo('·'),
			sup(onePlus(c, driver.growth!), mn(String(years))),
			mo('≈'),
			resultNode
		);
		explanation = c.m.projection(
			baseText,
			baseYear,
			rateText(c, driver.growth!),
			c.m.source(growthSource(driver)),
			years
		);
	} else {
		const perYear = (r: { year: number }) => onePlusSymbol(sub(mi('g'), String(r.year)));
		node = row(
			at(id, c.year),
			mo('='),
			at(id, baseYear),
			...rates.flatMap((r) => [mo('·'), perYear(r)]),
			mo('='),
			levelNode(c, baseValue, unit),
			...rates.flatMap((r) => [mo('·'), onePlus(c, r.rate)]),
			mo('≈'),
			resultNode
		);
		const overridden = rates.filter((r) => r.overridden).map((r) => String(r.year));
		explanation = c.m.projectionYearly(
			baseText,
			baseYear,
			overridden.join(c.lang === 'zh' ? '、' : ', '),
			rates.some((r) => !r.overridden) && driver.growth !== null ? rateText(c, driver.growth) : ''
		);
	}
	explanation += c.m.projectionResult(formatValue(value, unit, c.lang));
	if (!ok) {
		explanation += ` ${c.m.modelSolved(formatValue(model, unit, c.lang))}`;
		node = row(at(id, c.year), mo('≈'), resultNode);
	}
	return step(key, label, [node], explanation, value, { modelSolved: !ok });
}

function growthSource(driver: DriverResult) {
	if (driver.growthSource === 'user' || driver.growthSource === 'range')
		return { kind: driver.growthSource };
	const d = driver.defaultGrowth;
	if (d.kind === 'compound') return { kind: 'compound' as const, from: d.from, to: d.to };
	if (d.kind === 'latest_published') return { kind: 'latest_published' as const, year: d.year };
	return { kind: 'user' as const };
}

/** The comparator as the reader should take it ('qualitative' never reaches here). */
const reachOf = (r: TargetResult) => (r.comparator === 'qualitative' ? 'about' : r.comparator);

function targetStep(c: Context, indicator: MathNode): DerivationStep {
	const r = c.result;
	const target = r.target!;
	const unit = r.unit;
	const rate = unit === 'rate';
	const targetNode = rate ? percentNode(c, target) : levelNode(c, target, unit);
	const relation =
		{ exceeds: '>', at_least: '≥', rank_at_most: '≤' }[r.comparator as string] ?? '≈';
	const tolerance = r.tolerance ?? c.evaluation.tolerance;
	const lower = target - tolerance * Math.abs(target);
	let explanation = c.m.target(
		reachOf(r),
		formatValue(target, unit, c.lang, true),
		c.year,
		formatRate(tolerance, c.lang, minimalDigits(tolerance * 100, 2)),
		formatValue(lower, unit, c.lang, true)
	);
	if (r.kind === 'average_growth' && r.window)
		explanation += c.m.targetAverage(r.window.from, r.window.to);
	return step(
		'target',
		c.m.label.target,
		[row(indicator, mo(relation), mi('T'), mo('='), targetNode)],
		explanation,
		target
	);
}

/** The constant growth from `from` (in `fromYear`) that reaches `to` in the target year. */
const closedRate = (from: number, to: number, years: number) => (to / from) ** (1 / years) - 1;

/** The step's text when the model found no rate: no years left, or unreachable. */
function noRateExplanation(c: Context): string | null {
	const note = c.result.requiredGrowthNote;
	if (note === 'no_years_left') return c.m.noYearsLeft(c.year);
	if (note && note !== 'not_applicable' && note !== 'missing_assumption')
		return c.m.unreachable(note);
	return null;
}

/** r = (T / V₀)^(1/n) − 1 for a level target. */
function requiredLevelStep(c: Context): DerivationStep | null {
	const r = c.result;
	const id = r.spec.numerator;
	const driver = c.evaluation.drivers[id];
	const { baseYear, baseValue } = driver;
	if (r.target === null || baseYear === null || baseValue === null) return null;
	const years = c.year - baseYear;
	const symbolic = row(
		mi('r'),
		mo('='),
		root(frac(mi('T'), at(id, baseYear)), mi('n')),
		mo('−'),
		mn('1')
	);
	const noRate = noRateExplanation(c);
	if (noRate !== null || r.requiredGrowth === null)
		return step('required', c.m.label.required, years > 0 ? [symbolic] : [], noRate ?? '', null);
	const need = r.target / r.spec.scale;
	const computed = closedRate(baseValue, need, years);
	return requiredResult(
		c,
		symbolic,
		[
			root(
				frac(levelNode(c, r.target, r.unit), levelNode(c, baseValue, r.unit)),
				mn(String(years))
			),
			mo('−'),
			mn('1')
		],
		computed,
		c.m.required(baseYear, c.year, formatValue(r.target, r.unit, c.lang, true), reachOf(r))
	);
}

/** The required-growth step: the closed form if it reproduces the model, else the model's rate. */
function requiredResult(
	c: Context,
	symbolic: MathNode,
	substitution: MathNode[],
	computed: number,
	explanation: string,
	key: StepKey = 'required',
	label = c.m.label.required
): DerivationStep {
	const model = c.result.requiredGrowth!;
	const ok = agrees(computed, model);
	const value = ok ? computed : model;
	const negative = value < 0 ? c.m.negative : '';
	if (!ok)
		return step(
			key,
			label,
			[symbolic, row(mi('r'), mo('≈'), percentNode(c, model, 2))],
			`${explanation} ${c.m.modelSolved(formatRate(model, c.lang, 2))}`,
			model,
			{ modelSolved: true }
		);
	return step(
		key,
		label,
		[row(symbolic, mo('='), ...substitution, mo('≈'), percentNode(c, value, 2))],
		explanation + negative,
		value
	);
}

function measureStep(c: Context): DerivationStep {
	const spec = c.result.spec;
	const formula = formulaToMath(spec.tree, {
		symbol: symbolOf,
		number: (v) => levelText(c, v, '')
	});
	const explanation =
		spec.denominator && spec.kind === 'ratio'
			? c.m.measure(
					spec.name[c.lang],
					driverName(c, spec.numerator),
					driverName(c, spec.denominator),
					spec.scale === 100
				)
			: c.m.measureFormula(spec.name[c.lang]);
	return step('measure', c.m.label.measure, [row(mi('I'), mo('='), formula)], explanation, null);
}

/** The drivers the target reads: numerator first. */
const usedDrivers = (r: TargetResult): DriverId[] => [
	r.spec.numerator,
	...(r.spec.denominator ? [r.spec.denominator] : [])
];

/** I₂₀₂₅ = R₂₀₂₅ / Y₂₀₂₅ × 100 = 3,539.9 / 52,073.4 × 100 ≈ 6.80. */
function indicatorStep(c: Context): DerivationStep | null {
	const r = c.result;
	const values: Record<string, number> = {};
	for (const id of usedDrivers(r)) {
		const v = c.evaluation.drivers[id].value2025;
		if (v === null) return null;
		values[id] = v;
	}
	const compiled = compileTree(r.spec.formula, r.spec.tree);
	const computed = compiled.evaluate(values);
	const model = r.projected;
	if (model === null || !Number.isFinite(computed)) return null;
	const ok = agrees(computed, model);
	const value = ok ? computed : model;
	const tree = (symbol: (name: string) => MathNode) =>
		formulaToMath(r.spec.tree, { symbol, number: (v) => levelText(c, v, '') });
	const nodes = [
		row(
			sub(mi('I'), String(c.year)),
			mo('='),
			tree((name) => at(name, c.year)),
			mo('='),
			tree((name) => levelNode(c, values[name]!, driverUnit(c, name as DriverId))),
			mo('≈'),
			levelNode(c, value, r.unit, LEVEL_DIGITS[r.unit] ?? 2)
		)
	];
	let explanation = c.m.indicator(r.spec.name[c.lang], formatValue(value, r.unit, c.lang));
	if (!ok) explanation += ` ${c.m.modelSolved(formatValue(model, r.unit, c.lang))}`;
	return step('indicator', c.m.label.indicator(c.year), nodes, explanation, value, {
		modelSolved: !ok
	});
}

/** The ratio's steps after the projections: the level needed, the growth, the denominator's part. */
function ratioRequiredSteps(c: Context): DerivationStep[] {
	const r = c.result;
	const numId = r.spec.numerator;
	const denId = r.spec.denominator!;
	const num = c.evaluation.drivers[numId];
	const den = c.evaluation.drivers[denId];
	const { baseYear, baseValue } = num;
	if (r.target === null || baseYear === null || baseValue === null || den.value2025 === null)
		return [];
	const years = c.year - baseYear;
	const numUnit = driverUnit(c, numId);
	const denUnit = driverUnit(c, denId);
	const noRate = noRateExplanation(c);
	const neededSymbol = sup(at(numId, c.year), mo('*'));
	const requiredSymbolic = row(
		mi('r'),
		mo('='),
		root(frac(neededSymbol, at(numId, baseYear)), mi('n')),
		mo('−'),
		mn('1')
	);
	if (noRate !== null || r.requiredGrowth === null)
		return [
			step('required', c.m.label.required, years > 0 ? [requiredSymbolic] : [], noRate ?? '', null)
		];

	// What the numerator must reach: the model's inversion, target × denominator / scale.
	const need = (r.target * den.value2025) / r.spec.scale;
	const scaled = (node: MathNode) =>
		r.spec.scale === 1 ? node : frac(node, mn(levelText(c, r.spec.scale, '')));
	const steps: DerivationStep[] = [
		step(
			'needed',
			c.m.label.needed(driverName(c, numId)),
			[
				row(
					neededSymbol,
					mo('='),
					scaled(row(mi('T'), mo('×'), at(denId, c.year))),
					mo('='),
					scaled(
						row(levelNode(c, r.target, r.unit), mo('×'), levelNode(c, den.value2025, denUnit))
					),
					mo('≈'),
					levelNode(c, need, numUnit)
				)
			],
			c.m.needed(
				driverName(c, numId),
				driverName(c, denId),
				formatValue(r.target, r.unit, c.lang, true),
				c.year,
				formatValue(need, numUnit, c.lang)
			),
			need
		),
		requiredResult(
			c,
			requiredSymbolic,
			[
				root(
					frac(levelNode(c, need, numUnit), levelNode(c, baseValue, numUnit)),
					mn(String(years))
				),
				mo('−'),
				mn('1')
			],
			closedRate(baseValue, need, years),
			c.m.requiredRatio(driverName(c, numId), baseYear, c.year)
		)
	];
	const effect = denominatorEffectStep(c, need);
	if (effect) steps.push(effect);
	return steps;
}

/** The denominator's yearly growth from the numerator's base year to the target year. */
export function denominatorGrowth(
	result: TargetResult,
	evaluation: Evaluation
): { rate: number; fromYear: number; fromValue: number } | null {
	const denId = result.spec.denominator;
	const baseYear = evaluation.drivers[result.spec.numerator].baseYear;
	if (!denId || baseYear === null) return null;
	const den = evaluation.drivers[denId];
	const from = valueIn(den, baseYear);
	const years = evaluation.targetYear - baseYear;
	if (from === null || den.value2025 === null || years <= 0 || from <= 0) return null;
	return { rate: closedRate(from, den.value2025, years), fromYear: baseYear, fromValue: from };
}

/**
 * r = (1 + ḡ_Y)·(T / I₀)^(1/n) − 1: the same rate, split into keeping pace with the denominator
 * and closing the gap to the target. Shown only when it reproduces the model.
 */
function denominatorEffectStep(c: Context, need: number): DerivationStep | null {
	const r = c.result;
	const numId = r.spec.numerator;
	const denId = r.spec.denominator!;
	const num = c.evaluation.drivers[numId];
	const growth = denominatorGrowth(r, c.evaluation);
	if (!growth || num.baseValue === null || r.target === null || r.requiredGrowth === null)
		return null;
	const { fromYear, fromValue } = growth;
	const years = c.year - fromYear;
	const compiled = compileTree(r.spec.formula, r.spec.tree);
	const indicator0 = compiled.evaluate({ [numId]: num.baseValue, [denId]: fromValue });
	if (!(indicator0 > 0)) return null;
	const gap = (r.target / indicator0) ** (1 / years);
	const computed = (1 + growth.rate) * gap - 1;
	// The split is exact only for numerator / denominator × scale; otherwise it is left out.
	if (
		!agrees(computed, r.requiredGrowth) ||
		!agrees(computed, closedRate(num.baseValue, need, years))
	)
		return null;
	const numUnit = driverUnit(c, numId);
	const denUnit = driverUnit(c, denId);
	const gBar = sub(mi('ḡ'), symbolOf(denId));
	const tree = (symbol: (name: string) => MathNode) =>
		formulaToMath(r.spec.tree, { symbol, number: (v) => levelText(c, v, '') });
	const n = mn(String(years));
	const nodes = [
		row(
			sub(mi('I'), String(fromYear)),
			mo('='),
			tree((name) => at(name, fromYear)),
			mo('='),
			tree((name) =>
				levelNode(
					c,
					name === numId ? num.baseValue! : fromValue,
					name === numId ? numUnit : denUnit
				)
			),
			mo('≈'),
			levelNode(c, indicator0, r.unit, LEVEL_DIGITS[r.unit] ?? 2)
		),
		row(
			gBar,
			mo('='),
			root(frac(at(denId, c.year), at(denId, fromYear)), mi('n')),
			mo('−'),
			mn('1'),
			mo('='),
			root(
				frac(
					levelNode(c, c.evaluation.drivers[denId].value2025!, denUnit),
					levelNode(c, fromValue, denUnit)
				),
				n
			),
			mo('−'),
			mn('1'),
			mo('≈'),
			percentNode(c, growth.rate, 2)
		),
		row(
			mi('r'),
			mo('='),
			onePlusSymbol(gBar),
			mo('·'),
			root(frac(mi('T'), sub(mi('I'), String(fromYear))), mi('n')),
			mo('−'),
			mn('1'),
			mo('='),
			onePlus(c, growth.rate),
			mo('·'),
			root(
				frac(
					levelNode(c, r.target, r.unit),
					levelNode(c, indicator0, r.unit, LEVEL_DIGITS[r.unit] ?? 2)
				),
				n
			),
			mo('−'),
			mn('1'),
			mo('≈'),
			percentNode(c, computed, 2)
		)
	];
	return step(
		'denominatorEffect',
		c.m.label.denominatorEffect(driverName(c, denId)),
		nodes,
		c.m.denominatorEffect(
			driverName(c, numId),
			driverName(c, denId),
			formatRate(growth.rate, c.lang, 2),
			fromYear,
			c.year,
			formatNumber(gap, c.lang, 2)
		),
		computed
	);
}

function ratesStep(c: Context): DerivationStep {
	const avg = c.result.average!;
	const driver = c.evaluation.drivers[c.result.spec.numerator];
	const sep = c.lang === 'zh' ? '、' : ', ';
	const years = (kind: string) =>
		avg.rates
			.filter((r) => r.kind === kind)
			.map((r) => r.year)
			.join(sep);
	const projected = avg.rates.filter((r) => r.kind === 'projected');
	const uniform = projected.every((p) => p.rate === driver.growth);
	let explanation = c.m.rates(
		years('actual'),
		years('projected'),
		uniform && driver.growth !== null ? rateText(c, driver.growth) : null
	);
	const missing = years('missing');
	if (missing) explanation += c.m.ratesMissing(missing);
	return step('rates', c.m.label.rates, [], explanation.trim(), null, {
		rates: avg.rates.map((r) => ({
			year: r.year,
			rate: r.rate,
			kind: r.kind,
			rateText: r.rate === null ? '—' : `${percentText(c, r.rate)}%`,
			kindText: c.m.rateKind[r.kind]
		}))
	});
}

function averageSteps(c: Context): DerivationStep[] {
	const r = c.result;
	const avg = r.average;
	const window = r.window;
	if (!avg || !window) return [];
	const gBar = mi('ḡ');
	const steps: DerivationStep[] = [targetStep(c, gBar), ratesStep(c)];
	const n = avg.rates.length;
	const ri = sub(mi('r'), mi('i'));
	if (avg.compound === null || avg.arithmetic === null) {
		const years = avg.rates
			.filter((x) => x.rate === null)
			.map((x) => x.year)
			.join(c.lang === 'zh' ? '、' : ', ');
		steps.push(step('missing', c.m.label.missing, [], c.m.missingRates(years), null));
		return steps;
	}
	const rates = avg.rates.map((x) => x.rate!);
	const product = rates.reduce((p, x) => p * (1 + x), 1);
	const compound = product ** (1 / n) - 1;
	const compoundOk = agrees(compound, avg.compound);
	const times = (nodes: MathNode[]) =>
		nodes.flatMap((node, i) => (i === 0 ? [node] : [mo('·'), node]));
	const compoundSymbolic = row(
		gBar,
		mo('='),
		root(row(mo('∏'), onePlusSymbol(ri)), mi('n')),
		mo('−'),
		mn('1')
	);
	steps.push(
		compoundOk
			? step(
					'compound',
					c.m.label.compound,
					[
						row(
							compoundSymbolic,
							mo('='),
							root(row(...times(rates.map((x) => onePlus(c, x)))), mn(String(n))),
							mo('−'),
							mn('1'),
							mo('≈'),
							percentNode(c, compound, 2)
						)
					],
					c.m.compound(n, window.from, window.to),
					compound
				)
			: step(
					'compound',
					c.m.label.compound,
					[compoundSymbolic, row(gBar, mo('≈'), percentNode(c, avg.compound, 2))],
					`${c.m.compound(n, window.from, window.to)} ${c.m.modelSolved(formatRate(avg.compound, c.lang, 2))}`,
					avg.compound,
					{ modelSolved: true }
				)
	);
	const arithmetic = rates.reduce((s, x) => s + x, 0) / n;
	const arithmeticOk = agrees(arithmetic, avg.arithmetic);
	const sum = rates.flatMap((x, i) =>
		i === 0 ? [percentNode(c, x)] : [mo(x < 0 ? '−' : '+'), percentNode(c, Math.abs(x))]
	);
	const rBar = mi('r̄');
	const gap = (arithmeticOk ? arithmetic : avg.arithmetic) - (compoundOk ? compound : avg.compound);
	steps.push(
		step(
			'arithmetic',
			c.m.label.arithmetic,
			[
				arithmeticOk
					? row(
							rBar,
							mo('='),
							frac(row(mo('∑'), ri), mi('n')),
							mo('='),
							frac(row(...sum), mn(String(n))),
							mo('≈'),
							percentNode(c, arithmetic, 2)
						)
					: row(rBar, mo('≈'), percentNode(c, avg.arithmetic, 2))
			],
			c.m.arithmetic(formatPoints(gap * 100, c.lang, 2)) +
				(arithmeticOk ? '' : ` ${c.m.modelSolved(formatRate(avg.arithmetic, c.lang, 2))}`),
			arithmeticOk ? arithmetic : avg.arithmetic,
			{ modelSolved: !arithmeticOk }
		)
	);
	const required = requiredAverageStep(c);
	if (required) steps.push(required);
	return steps;
}

/** r = ((1 + T)^N / Π(1 + known))^(1/k) − 1 for the years of the window still open. */
function requiredAverageStep(c: Context): DerivationStep | null {
	const r = c.result;
	const avg = r.average!;
	const window = r.window!;
	if (r.target === null) return null;
	const known = avg.rates.filter((x) => x.kind === 'actual').map((x) => x.rate!);
	const open = avg.rates.filter((x) => x.kind !== 'actual');
	const k = open.length;
	const n = avg.rates.length;
	const label = c.m.label.requiredAverage;
	if (r.requiredGrowthNote === 'no_years_left' || k === 0)
		return step('requiredAverage', label, [], c.m.allPublished(window.from, window.to), null);
	const ri = sub(mi('r'), mi('i'));
	const symbolic = row(
		mi('r'),
		mo('='),
		root(frac(sup(onePlusSymbol(mi('T')), mi('n')), row(mo('∏'), onePlusSymbol(ri))), mi('k')),
		mo('−'),
		mn('1')
	);
	const noRate = noRateExplanation(c);
	if (noRate !== null || r.requiredGrowth === null)
		return step('requiredAverage', label, [symbolic], noRate ?? '', null);
	const knownProduct = known.reduce((p, x) => p * (1 + x), 1);
	const computed = ((1 + r.target) ** n / knownProduct) ** (1 / k) - 1;
	const lifted = sup(onePlus(c, r.target), mn(String(n)));
	const knownNodes = known.flatMap((x, i) =>
		i === 0 ? [onePlus(c, x)] : [mo('·'), onePlus(c, x)]
	);
	return requiredResult(
		c,
		symbolic,
		[
			root(known.length > 0 ? frac(lifted, row(...knownNodes)) : lifted, mn(String(k))),
			mo('−'),
			mn('1')
		],
		computed,
		c.m.requiredAverage(
			k,
			open[0]!.year,
			open.at(-1)!.year,
			n,
			formatValue(r.target, r.unit, c.lang, true)
		),
		'requiredAverage',
		label
	);
}

/** Enough decimals that two different numbers do not print the same. */
function distinctDigits(values: number[], start: number, text: (v: number, d: number) => string) {
	let digits = start;
	const differ = (a: number, b: number) => a === b || text(a, digits) !== text(b, digits);
	while (digits < 6 && !values.every((a) => values.every((b) => differ(a, b)))) digits++;
	return digits;
}

function verdictStep(c: Context, indicator: MathNode): DerivationStep {
	const r = c.result;
	const label = c.m.label.verdict;
	const verdictName = c.t.verdict[r.verdict];
	if (r.projected === null || r.target === null || r.verdict === 'needs_assumption')
		return step('verdict', label, [], c.m.verdictMissing(verdictName), null);
	const P = r.projected;
	const T = r.target;
	const rate = r.unit === 'rate';
	const tolerance = r.tolerance ?? 0;
	const L = T - tolerance * Math.abs(T);
	const about = r.comparator === 'about' || r.comparator === 'average_growth';
	const text = (v: number, d: number) => (rate ? percentText(c, v, d) : levelText(c, v, r.unit, d));
	const start = rate ? 2 : (LEVEL_DIGITS[r.unit] ?? 2);
	const digits = distinctDigits(about ? [P, T, L] : [P, T], start, text);
	const num = (v: number) => (rate ? percentNode(c, v, digits) : levelNode(c, v, r.unit, digits));
	const targetNum = rate ? percentNode(c, T) : levelNode(c, T, r.unit);
	const projected = row(indicator, mo('≈'), num(P));
	let node: MathNode;
	if (about && r.verdict === 'within_tolerance')
		node = row(
			mi('T'),
			mo('·'),
			parens(row(mn('1'), mo('−'), percentNode(c, tolerance))),
			mo('='),
			num(L),
			mo('≤'),
			projected,
			mo('<'),
			targetNum
		);
	else if (about && r.verdict === 'not_met')
		node = row(
			projected,
			mo('<'),
			num(L),
			mo('='),
			mi('T'),
			mo('·'),
			parens(row(mn('1'), mo('−'), percentNode(c, tolerance)))
		);
	else {
		const met = r.verdict === 'met';
		const relation = {
			exceeds: met ? '>' : '≤',
			at_least: met ? '≥' : '<',
			rank_at_most: met ? '≤' : '>',
			about: '≥',
			average_growth: '≥',
			qualitative: '≈'
		}[r.comparator];
		node = row(projected, mo(relation), targetNum);
	}
	let explanation = c.m.verdict(
		formatValue(P, r.unit, c.lang),
		targetText(r, c.t, c.lang),
		verdictName,
		formatMargin(r.margin, r.unit, c.lang)
	);
	if (about) explanation += c.m.verdictBand(formatValue(L, r.unit, c.lang, true));
	return step('verdict', label, [node], explanation, r.margin);
}

function missingStep(c: Context): DerivationStep | null {
	const missing = c.result.missing;
	if (missing.length === 0 || c.result.kind === 'average_growth') return null;
	return step(
		'missing',
		c.m.label.missing,
		[],
		c.m.missing(missing.map((id) => driverName(c, id))),
		null
	);
}

function legend(c: Context, steps: DerivationStep[]): LegendEntry[] {
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

/**
 * The derivation of one target under the current scenario: a legend of the symbols and the
 * numbered steps (formula, substitution, result, meaning). Each step's `value` is recomputed by
 * its closed form and agrees with the model to 1e-9; where it would not, the step shows the
 * model's number and says so (`modelSolved`). Names from the plan are escaped in the MathML.
 */
export function deriveTarget(
	result: TargetResult,
	evaluation: Evaluation,
	lang: Lang,
	plan: Pick<Plan, 'drivers'>
): Derivation {
	const c: Context = {
		result,
		evaluation,
		lang,
		plan,
		m: derivationMessages[lang],
		t: messages[lang],
		year: evaluation.targetYear,
		pair: result.spec.denominator !== undefined
	};
	const steps: DerivationStep[] = [];
	const bare = isBareSymbol(result.spec.tree);
	const indicator = bare ? at(result.spec.numerator, c.year) : sub(mi('I'), String(c.year));
	const push = (s: DerivationStep | null) => {
		if (s) steps.push(s);
	};
	if (result.kind === 'average_growth') {
		steps.push(...averageSteps(c));
		push(verdictStep(c, mi('ḡ')));
	} else if (result.kind === 'qualitative') {
		push(projectionStep(c, result.spec.numerator, 'projection'));
		push(
			step(
				'target',
				c.m.label.target,
				[],
				c.m.verdictQualitative(lang === 'zh' ? result.spec.clause : result.spec.clauseEn),
				null
			)
		);
	} else {
		if (!bare) push(measureStep(c));
		if (result.target !== null) push(targetStep(c, indicator));
		const pair = result.spec.denominator !== undefined;
		push(projectionStep(c, result.spec.numerator, pair ? 'projectionNumerator' : 'projection'));
		if (result.spec.denominator)
			push(projectionStep(c, result.spec.denominator, 'projectionDenominator'));
		if (!bare) push(indicatorStep(c));
		if (result.kind === 'ratio' && result.spec.denominator) steps.push(...ratioRequiredSteps(c));
		else push(requiredLevelStep(c));
		push(missingStep(c));
		push(verdictStep(c, indicator));
	}
	return { id: result.id, legend: legend(c, steps), steps };
}
