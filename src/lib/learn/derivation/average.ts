// An average-growth target: the window's yearly rates, their compound average and the rate the
// open years still need. Pure.
import { formatPoints, formatRate, formatValue } from '../../i18n/format';
import { frac, mi, mn, mo, row, sub, sup, type MathNode } from '../mathml';
import {
	type DerivationStep,
	type Context,
	step,
	agrees,
	percentText,
	rateText,
	percentNode,
	onePlus,
	onePlusSymbol,
	root
} from './context';
import { targetStep, noRateExplanation, requiredResult } from './shared';

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

export function averageSteps(c: Context): DerivationStep[] {
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
