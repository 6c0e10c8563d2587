// A ratio target's required growth: the numerator's needed value given the denominator's
// projection, and how the denominator's own growth moves what the numerator must do. Pure.
import { formatNumber, formatRate, formatValue } from '../../i18n/format';
import { type Evaluation, type TargetResult } from '../../model/evaluate';
import { targetFormula } from '../../model/indicator';
import { formulaToMath, frac, mi, mn, mo, row, sub, sup, type MathNode } from '../mathml';
import {
	type DerivationStep,
	type Context,
	LEVEL_DIGITS,
	levelText,
	symbolOf,
	step,
	driverName,
	valueIn,
	closedRate,
	agrees,
	levelNode,
	percentNode,
	onePlus,
	onePlusSymbol,
	root,
	at,
	driverUnit
} from './context';
import { noRateExplanation, requiredResult } from './shared';

/** The ratio's steps after the projections: the level needed, the growth, the denominator's part. */
export function ratioRequiredSteps(c: Context): DerivationStep[] {
	const r = c.result;
	const numId = r.spec.numerator;
	const denId = r.spec.denominator!;
	const num = c.evaluation.drivers[numId];
	const den = c.evaluation.drivers[denId];
	const { baseYear, baseValue } = num;
	if (r.target === null || baseYear === null || baseValue === null || den.targetYearValue === null)
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
	const need = (r.target * den.targetYearValue) / r.spec.scale;
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
						row(levelNode(c, r.target, r.unit), mo('×'), levelNode(c, den.targetYearValue, denUnit))
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
	if (from === null || den.targetYearValue === null || years <= 0 || from <= 0) return null;
	return {
		rate: closedRate(from, den.targetYearValue, years),
		fromYear: baseYear,
		fromValue: from
	};
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
	const compiled = targetFormula(r.spec);
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
					levelNode(c, c.evaluation.drivers[denId].targetYearValue!, denUnit),
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
