// The steps every kind of numeric target uses: what is measured, the target, each driver's
// projection, the indicator, the verdict and what is missing. Pure.
import { targetText } from '../../i18n/targetText';
import { formatMargin, formatRate, formatValue } from '../../i18n/format';
import { type DriverResult } from '../../model/evaluate';
import { targetFormula } from '../../model/indicator';
import { type DriverId } from '../../model/types';
import { formulaToMath, mi, mn, mo, parens, row, sub, sup, type MathNode } from '../mathml';
import {
	type StepKey,
	type DerivationStep,
	type Context,
	LEVEL_DIGITS,
	minimalDigits,
	levelText,
	symbolOf,
	step,
	driverName,
	reachOf,
	usedDrivers,
	distinctDigits,
	agrees,
	levelNode,
	percentText,
	rateText,
	percentNode,
	onePlus,
	onePlusSymbol,
	at,
	growthSymbol,
	driverUnit
} from './context';

/**
 * How a driver reaches the target year: the published figure, the base compounded at its
 * rates, or what is missing. `value` is the closed form, checked against the model.
 */
export function projectionStep(c: Context, id: DriverId, key: StepKey): DerivationStep {
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
	if (driver.targetYearValue === null)
		return step(key, label, [uniformSymbolic], c.m.noGrowth(name, baseText, baseYear), null);

	const rates = driver.yearlyRates;
	const computed = rates.reduce((v, r) => v * (1 + r.rate), baseValue);
	const uniform = driver.growth !== null && rates.every((r) => !r.overridden);
	const model = driver.targetYearValue;
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

export function targetStep(c: Context, indicator: MathNode): DerivationStep {
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

/** The step's text when the model found no rate: no years left, or unreachable. */
export function noRateExplanation(c: Context): string | null {
	const note = c.result.requiredGrowthNote;
	if (note === 'no_years_left') return c.m.noYearsLeft(c.year);
	if (note && note !== 'not_applicable' && note !== 'missing_assumption')
		return c.m.unreachable(note);
	return null;
}

/** The required-growth step: the closed form if it reproduces the model, else the model's rate. */
export function requiredResult(
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

export function measureStep(c: Context): DerivationStep {
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

/** I₂₀₂₅ = R₂₀₂₅ / Y₂₀₂₅ × 100 = 3,539.9 / 52,073.4 × 100 ≈ 6.80. */
export function indicatorStep(c: Context): DerivationStep | null {
	const r = c.result;
	const values: Record<string, number> = {};
	for (const id of usedDrivers(r)) {
		const v = c.evaluation.drivers[id].targetYearValue;
		if (v === null) return null;
		values[id] = v;
	}
	const compiled = targetFormula(r.spec);
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

export function verdictStep(c: Context, indicator: MathNode): DerivationStep {
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

export function missingStep(c: Context): DerivationStep | null {
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
