// A level target's required growth: the closed form from the base year's value to the target. Pure.
import { formatValue } from '../../i18n/format';
import { frac, mi, mn, mo, row } from '../mathml';
import {
	type DerivationStep,
	type Context,
	step,
	reachOf,
	closedRate,
	levelNode,
	root,
	at
} from './context';
import { noRateExplanation, requiredResult } from './shared';

/** r = (T / V₀)^(1/n) − 1 for a level target. */
export function requiredLevelStep(c: Context): DerivationStep | null {
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
