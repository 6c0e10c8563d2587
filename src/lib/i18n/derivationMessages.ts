// Strings of "how this is computed" — the step-by-step derivation and the one-sentence summary of
// each target — in English and Chinese. Values arrive already formatted (format.ts); nothing here
// computes. The Chinese dictionary is typed by the English one.
import type { Comparator } from '../model/types';

type Source =
	| { kind: 'user' | 'range' }
	| { kind: 'compound'; from: number; to: number }
	| { kind: 'latest_published'; year: number };

type Reason = 'invalid_input' | 'non_positive_base' | 'non_positive_target' | 'out_of_range';

/** A required yearly growth as running text states it: its size, and whether it is a fall (a
 *  negative requirement reads "may shrink by up to 4.7 %", never "grow at least −4.7 %"). */
export interface RequiredRate {
	/** The size of the rate, formatted without a sign. */
	rate: string;
	shrink: boolean;
}

/** The words for "a value above / at least / about the target" in running text. */
type Reach = Exclude<Comparator, 'qualitative'>;

const list = (items: string[], and: string) =>
	items.length <= 1
		? (items[0] ?? '')
		: `${items.slice(0, -1).join(', ')}${items.length > 2 ? ',' : ''} ${and} ${items.at(-1)}`;

const en = {
	heading: 'How this is computed',
	intro:
		'Each step with the current numbers: they follow your assumptions. Figures in the formulas are in the units of the legend, rounded for display; the model computes with the unrounded values.',
	legendHeading: 'Symbols',
	stepsLabel: 'Steps of the calculation',
	formulaLabel: (n: number) => `Formula of step ${n}`,
	sentenceLabel: 'In one sentence',
	ratesCaption: 'Yearly growth rates in the window',
	rateKind: { actual: 'published', projected: 'projected', missing: 'missing' },
	modelSolvedBadge: 'model’s number',

	symbol: {
		target: 'the target',
		years: 'years from the base year to the target year',
		windowYears: 'years in the window',
		openYears: 'years of the window not yet published',
		growth: (name: string) => `assumed yearly growth of ${inSentence(name)}`,
		required: 'required constant yearly growth',
		denominatorGrowth: (name: string) =>
			`average yearly growth of ${inSentence(name)} over the same years`,
		yearRate: 'growth rate in year i',
		compound: 'compound average growth over the window',
		arithmetic: 'arithmetic mean of the yearly rates',
		value: (name: string, unit: string) => `${name}, in ${unit}`
	},

	label: {
		measure: 'What is measured',
		target: 'What the plan asks',
		projection: (name: string, year: number) => `${name} in ${year}`,
		indicator: (year: number) => `The indicator in ${year}`,
		needed: (name: string) => `What ${inSentence(name)} must reach`,
		required: 'Required growth',
		denominatorEffect: (name: string) => `Why the growth of ${inSentence(name)} matters`,
		rates: 'The yearly rates',
		compound: 'Compound average',
		arithmetic: 'Arithmetic mean, for comparison',
		requiredAverage: 'Required growth for the open years',
		verdict: 'Verdict',
		missing: 'What is missing'
	},

	measure: (name: string, numerator: string, denominator: string, percent: boolean) =>
		`${name} is ${inSentence(numerator)} divided by ${inSentence(denominator)}` +
		(percent ? ', in percent.' : '.'),
	measureFormula: (name: string) => `${name} is computed by the formula above.`,

	target: (reach: Reach, target: string, year: number, tolerance: string, lower: string) => {
		switch (reach) {
			case 'exceeds':
				return `The plan asks for more than ${target} in ${year}: only a value above it counts.`;
			case 'at_least':
				return `The plan asks for at least ${target} in ${year}: a value equal to it counts.`;
			case 'rank_at_most':
				return `The plan asks for rank ${target} or better in ${year}.`;
			case 'about':
			case 'average_growth':
				return `The plan asks for about ${target}. At or above it is met; up to ${tolerance} of the target below it (from ${lower}) counts as within tolerance — an assumption you can change in the settings.`;
		}
	},
	targetAverage: (from: number, to: number) =>
		` The rate is the compound average of the yearly growth over ${from}–${to}.`,

	source: (source: Source) => {
		switch (source.kind) {
			case 'user':
				return 'your setting';
			case 'range':
				return 'the centre of your 90 % range';
			case 'compound':
				return `the default: its compound growth ${source.from}–${source.to}`;
			case 'latest_published':
				return `the default: its latest published growth (${source.year})`;
		}
	},
	projection: (base: string, baseYear: number, rate: string, source: string, years: number) =>
		`From the latest figure, ${base} in ${baseYear}, growing ${rate} a year (${source}) for ${years} ${years === 1 ? 'year' : 'years'}.`,
	projectionYearly: (base: string, baseYear: number, overridden: string, rate: string) =>
		`From the latest figure, ${base} in ${baseYear}, at your per-year rates for ${overridden}` +
		(rate ? ` and ${rate} a year otherwise.` : '.'),
	projectionResult: (value: string) => ` Result: ${value}.`,
	published: (value: string, year: number) =>
		`${value} is the published figure for ${year}: nothing needs projecting.`,
	noGrowth: (name: string, value: string, year: number) =>
		`${name}: the latest figure is ${value} (${year}), and the data give no growth rate to project it from. Set a growth assumption for it; no number is made up here.`,
	noData: (name: string) => `${name} has no published figure: it cannot be projected.`,

	indicator: (name: string, value: string) =>
		`Both projections put into the formula: ${name} is projected at ${value}.`,
	needed: (name: string, denominator: string, target: string, year: number, value: string) =>
		`For the indicator to equal ${target} in ${year}, with ${inSentence(denominator)} as projected, ${inSentence(name)} has to reach ${value}.`,
	required: (baseYear: number, year: number, target: string, reach: Reach) =>
		`The constant yearly growth from ${baseYear} that lands exactly on ${target} in ${year}; ` +
		(reach === 'exceeds' ? 'anything faster exceeds it.' : 'this or faster meets it.'),
	requiredRatio: (name: string, baseYear: number, year: number) =>
		`The constant yearly growth of ${inSentence(name)} from ${baseYear} to ${year} that reaches that level.`,
	negative:
		' A negative rate means the target is met even if the figure shrinks by that much a year.',
	denominatorEffect: (
		numerator: string,
		denominator: string,
		denominatorRate: string,
		baseYear: number,
		year: number,
		sensitivity: string
	) =>
		`The same rate in two parts: ${inSentence(numerator)} has to keep pace with ${inSentence(denominator)}, which grows ${denominatorRate} a year from ${baseYear} to ${year}, just to hold the indicator where it is, and then close the gap to the target. A faster-growing denominator raises the bar: each extra percentage point of its growth raises the required growth by about ${sensitivity} points.`,
	noYearsLeft: (year: number) =>
		`The figure for ${year} is already published: there are no years left to choose a growth for.`,
	unreachable: (reason: Reason) =>
		({
			out_of_range: 'No growth the model accepts (−99 % to +1,000 % a year) reaches the target.',
			non_positive_base: 'The starting value is not positive, so no growth rate can be computed.',
			non_positive_target: 'The level to reach is not positive, so no growth rate can be computed.',
			invalid_input: 'The inputs do not allow a growth rate to be computed.'
		})[reason],
	modelSolved: (value: string) =>
		`The closed form above does not reproduce the model under these assumptions, so the model’s own number is shown: the model solved it numerically and gives ${value}.`,

	rates: (actual: string, projected: string, rate: string | null) =>
		[
			actual ? `Published rates for ${actual}.` : '',
			projected
				? `Projected years (${projected}) use ${rate ? `the assumed ${rate} a year` : 'your per-year rates'}.`
				: ''
		]
			.filter(Boolean)
			.join(' '),
	ratesMissing: (years: string) =>
		` No rate for ${years}: neither published nor assumed, so no average can be computed.`,
	compound: (n: number, from: number, to: number) =>
		`Chain the ${n} yearly rates and take the ${ordinal(n)} root: the one constant rate that gives the same growth over ${from}–${to}. This is what the plan’s “average annual growth” means.`,
	arithmetic: (gap: string) =>
		`The plain average of the rates. It is never below the compound average — the geometric mean is at most the arithmetic mean — and the gap widens the more the rates swing from year to year (volatility drag): here ${gap}. The plan’s target is read as the compound average.`,
	requiredAverage: (k: number, from: number, to: number, n: number, target: string) =>
		`The constant rate for the ${k} open ${k === 1 ? 'year' : 'years'} (${from === to ? from : `${from}–${to}`}) that makes the compound average over all ${n} years equal ${target}, given the published rates.`,
	allPublished: (from: number, to: number) =>
		`Every year of ${from}–${to} is published: nothing is left to choose.`,

	verdict: (projected: string, target: string, verdict: string, margin: string) =>
		`Projected ${projected} against ${target}: ${verdict}` +
		(margin ? ` (margin ${margin}).` : '.'),
	verdictBand: (lower: string) => ` The tolerance band starts at ${lower}.`,
	verdictMissing: (verdict: string) =>
		`Without a projection there is nothing to compare: ${verdict}.`,
	verdictQualitative: (clause: string) =>
		`The plan sets no number for this target (“${clause}”), so the projection has nothing to be compared with.`,
	missing: (names: string[]) =>
		`No growth assumption for ${list(names.map(inSentence), 'and')}: set one with the controls above to complete the calculation.`,
	missingRates: (years: string) =>
		`No growth rate for ${years}: set a growth assumption to complete the average.`,

	sentence: {
		level: (
			name: string,
			base: string,
			baseYear: number,
			required: RequiredRate,
			reach: Reach,
			target: string,
			year: number
		) =>
			required.shrink
				? `From ${base} in ${baseYear}, ${inSentence(name)} may shrink by ${reach === 'exceeds' ? 'less than' : 'up to'} ${required.rate} a year and still ${reachVerb(reach)} ${target} in ${year}`
				: `From ${base} in ${baseYear}, ${inSentence(name)} must grow ${reach === 'exceeds' ? 'faster than' : 'at least'} ${required.rate} a year to ${reachVerb(reach)} ${target} in ${year}`,
		unreachable: (name: string, base: string, baseYear: number, target: string, year: number) =>
			`From ${base} in ${baseYear}, no growth the model accepts takes ${inSentence(name)} to ${target} by ${year}`,
		assumed: (rate: string | null, value: string) =>
			rate
				? `; at the assumed ${rate} a year the projection is ${value}.`
				: `; with your per-year rates the projection is ${value}.`,
		noAssumption: '; no growth is assumed yet, so there is no projection.',
		published: (name: string, value: string, year: number, target: string, verdict: string) =>
			`${name}: the published figure for ${year} is ${value}, against a target of ${target} — ${verdict}.`,
		ratio: (
			name: string,
			base: string,
			baseYear: number,
			/** `published`: the denominator's target-year figure is published, its growth unused. */
			denominator: { name: string; rate: string; published: boolean } | null,
			numerator: string,
			required: RequiredRate,
			target: string,
			year: number
		) =>
			`${name} was ${base} in ${baseYear}. ` +
			(denominator
				? (denominator.published
						? `With ${inSentence(denominator.name)} at its published ${year} figure (${denominator.rate} a year), `
						: `With ${inSentence(denominator.name)} growing ${denominator.rate} a year to ${year}, `) +
					inSentence(numerator)
				: numerator) +
			(required.shrink
				? ` may shrink by up to ${required.rate} a year and it is still ${target}`
				: ` must grow at least ${required.rate} a year for it to be ${target}`),
		ratioUnreachable: (name: string, numerator: string, target: string, year: number) =>
			`${name}: no growth of ${inSentence(numerator)} the model accepts brings it to ${target} by ${year}`,
		average: (
			name: string,
			from: number,
			to: number,
			actual: number,
			projected: number,
			compound: string,
			arithmetic: string,
			target: string
		) =>
			`${name}: the yearly rates for ${from}–${to} (${projected === 0 ? 'all published' : `${actual} published, ${projected} projected`}) compound to ${compound} a year (arithmetic mean ${arithmetic}), against ${target}`,
		averageRequired: (k: number, required: RequiredRate) =>
			required.shrink
				? `; the ${k} open ${k === 1 ? 'year' : 'years'} may shrink by ${required.rate} a year and still reach it exactly.`
				: `; the ${k} open ${k === 1 ? 'year needs' : 'years need'} ${required.rate} a year to reach it exactly.`,
		qualitative: (
			name: string,
			base: string,
			baseYear: number,
			rate: string,
			value: string,
			year: number
		) =>
			`${name}: from ${base} in ${baseYear}, at ${rate} a year the projection for ${year} is ${value}`,
		qualitativePublished: (name: string, value: string, year: number) =>
			`${name}: the published figure for ${year} is ${value}`,
		qualitativeMissing: (name: string, value: string, year: number) =>
			`${name}: the latest figure is ${value} (${year}); no growth is assumed, so there is no projection`,
		noNumber: (clause: string) => `. The plan sets no number for it (“${clause}”).`,
		missing: (name: string, drivers: string[], target: string) =>
			`${name} cannot be projected yet: there is no growth assumption for ${list(drivers.map(inSentence), 'or')}. Set one to see whether it reaches ${target}.`,
		missingRequired: (required: RequiredRate, baseYear: number) =>
			required.shrink
				? ` It may shrink by up to ${required.rate} a year from ${baseYear}.`
				: ` It would need ${required.rate} a year from ${baseYear}.`,
		missingRates: (name: string, years: string, target: string) =>
			`${name} cannot be averaged yet: no growth rate for ${years}. Set one to see whether it reaches ${target}.`,
		end: '.'
	}
};

/** A name inside an English sentence: "High-tech value added" → "high-tech value added". */
function inSentence(name: string): string {
	if (/^(Zhongguancun|Beijing)/.test(name)) return name;
	return /^[A-Z][a-z]/.test(name) ? name[0]!.toLowerCase() + name.slice(1) : name;
}

function reachVerb(reach: Reach): string {
	return {
		exceeds: 'exceed',
		at_least: 'reach at least',
		about: 'reach about',
		average_growth: 'reach about',
		rank_at_most: 'reach rank'
	}[reach];
}

function ordinal(n: number): string {
	const s = ['th', 'st', 'nd', 'rd'];
	const v = n % 100;
	return `${n}${s[(v - 20) % 10] ?? s[v] ?? s[0]}`;
}

export type DerivationMessages = typeof en;

const zhList = (items: string[]) => items.join('、');

const zh: DerivationMessages = {
	heading: '计算过程',
	intro:
		'每一步都代入当前数值，随你的假设而变。公式中的数字以图例所列单位表示，显示时已四舍五入；模型以未经舍入的数值计算。',
	legendHeading: '符号',
	stepsLabel: '计算步骤',
	formulaLabel: (n) => `第 ${n} 步的公式`,
	sentenceLabel: '一句话概括',
	ratesCaption: '窗口内各年增速',
	rateKind: { actual: '已公布', projected: '预测', missing: '缺失' },
	modelSolvedBadge: '模型数值',

	symbol: {
		target: '目标值',
		years: '从基期到目标年的年数',
		windowYears: '窗口期的年数',
		openYears: '窗口期内尚未公布的年数',
		growth: (name) => `${name}的假设年增速`,
		required: '所需的不变年增速',
		denominatorGrowth: (name) => `同期${name}的年均增速`,
		yearRate: '第 i 年的增速',
		compound: '窗口期复合年均增速',
		arithmetic: '各年增速的算术平均',
		value: (name, unit) => `${name}（${unit}）`
	},

	label: {
		measure: '指标的定义',
		target: '规划的要求',
		projection: (name, year) => `${year} 年${name}`,
		indicator: (year) => `${year} 年指标值`,
		needed: (name) => `${name}须达到的水平`,
		required: '所需增速',
		denominatorEffect: (name) => `为什么${name}的增长很重要`,
		rates: '各年增速',
		compound: '复合年均增速',
		arithmetic: '算术平均（对照）',
		requiredAverage: '剩余年份所需增速',
		verdict: '结论',
		missing: '缺少什么'
	},

	measure: (name, numerator, denominator, percent) =>
		`${name}等于${numerator}除以${denominator}${percent ? '，以百分比表示' : ''}。`,
	measureFormula: (name) => `${name}按上式计算。`,

	target: (reach, target, year, tolerance, lower) => {
		switch (reach) {
			case 'exceeds':
				return `规划要求 ${year} 年超过 ${target}：只有高于该值才算达成。`;
			case 'at_least':
				return `规划要求 ${year} 年不低于 ${target}：等于该值即算达成。`;
			case 'rank_at_most':
				return `规划要求 ${year} 年名次不低于第 ${target} 名。`;
			case 'about':
			case 'average_growth':
				return `规划要求达到 ${target}左右。达到或高于该值为达成；低于目标不超过目标值的 ${tolerance}（即不低于 ${lower}）算作在容差内——这一假设可在设置中修改。`;
		}
	},
	targetAverage: (from, to) => `该增速是 ${from}—${to} 年各年增速的复合平均。`,

	source: (source) => {
		switch (source.kind) {
			case 'user':
				return '你的设定';
			case 'range':
				return '你设定的 90% 区间的中点';
			case 'compound':
				return `默认值：${source.from}—${source.to} 年的复合增速`;
			case 'latest_published':
				return `默认值：最新公布的增速（${source.year} 年）`;
		}
	},
	projection: (base, baseYear, rate, source, years) =>
		`从最新数字（${baseYear} 年 ${base}）出发，按每年 ${rate}（${source}）增长 ${years} 年。`,
	projectionYearly: (base, baseYear, overridden, rate) =>
		`从最新数字（${baseYear} 年 ${base}）出发，${overridden} 年按你设定的逐年增速` +
		(rate ? `，其余年份按每年 ${rate} 增长。` : '增长。'),
	projectionResult: (value) => `结果：${value}。`,
	published: (value, year) => `${year} 年的公布数字为 ${value}，无需预测。`,
	noGrowth: (name, value, year) =>
		`${name}：最新数字为 ${value}（${year} 年），数据中没有可用于外推的增速。请为其设定增速假设；这里不会编造数字。`,
	noData: (name) => `${name}没有公布数字，无法预测。`,

	indicator: (name, value) => `把两项预测代入公式：${name}预测为 ${value}。`,
	needed: (name, denominator, target, year, value) =>
		`要使 ${year} 年指标恰为 ${target}，在${denominator}按预测增长的情况下，${name}须达到 ${value}。`,
	required: (baseYear, year, target, reach) =>
		`从 ${baseYear} 年起恰好在 ${year} 年达到 ${target}的不变年增速；` +
		(reach === 'exceeds' ? '任何更快的增速都会超过目标。' : '达到或高于此增速即可达成。'),
	requiredRatio: (name, baseYear, year) =>
		`${name}从 ${baseYear} 年到 ${year} 年达到该水平所需的不变年增速。`,
	negative: '增速为负表示即使该数字每年下降这么多，目标仍能达成。',
	denominatorEffect: (numerator, denominator, denominatorRate, baseYear, year, sensitivity) =>
		`同一个增速拆成两部分：${denominator}在 ${baseYear}—${year} 年每年增长 ${denominatorRate}，${numerator}先要跟上它，指标才能保持不变；再在此基础上弥补与目标的差距。分母增长越快，门槛越高：分母增速每提高 1 个百分点，所需增速约提高 ${sensitivity} 个百分点。`,
	noYearsLeft: (year) => `${year} 年的数字已经公布，没有剩余年份可供选择增速。`,
	unreachable: (reason) =>
		({
			out_of_range: '在模型接受的增速范围（每年 −99% 至 +1000%）内无法达到目标。',
			non_positive_base: '起点数值不为正，无法计算增速。',
			non_positive_target: '须达到的水平不为正，无法计算增速。',
			invalid_input: '输入数据无法计算增速。'
		})[reason],
	modelSolved: (value) =>
		`在当前假设下，上面的闭式公式与模型结果不一致，因此显示模型自身的数值：模型用数值方法求解，结果为 ${value}。`,

	rates: (actual, projected, rate) =>
		(actual ? `${actual} 年为公布增速。` : '') +
		(projected
			? `预测年份（${projected}）${rate ? `采用假设增速每年 ${rate}` : '采用你设定的逐年增速'}。`
			: ''),
	ratesMissing: (years) => `${years} 年既无公布增速也无假设，无法计算平均。`,
	compound: (n, from, to) =>
		`把 ${n} 年的增速连乘后开 ${n} 次方：得到在 ${from}—${to} 年带来同样总增长的那个不变增速。这就是“年均增速”的含义。`,
	arithmetic: (gap) =>
		`各年增速的简单平均。它不会低于复合平均——几何平均不大于算术平均——各年增速波动越大，两者差距越大（波动拖累）：此处相差 ${gap}。规划目标按复合平均理解。`,
	requiredAverage: (k, from, to, n, target) =>
		`在已公布增速的基础上，使全部 ${n} 年的复合平均恰为 ${target} 的剩余 ${k} 年（${from === to ? from : `${from}—${to}`}）的不变增速。`,
	allPublished: (from, to) => `${from}—${to} 年各年均已公布，没有可以选择的年份。`,

	verdict: (projected, target, verdict, margin) =>
		`预测值 ${projected}，对照目标（${target}）：${verdict}` +
		(margin ? `（差距 ${margin}）。` : '。'),
	verdictBand: (lower) => `容差带从 ${lower} 起。`,
	verdictMissing: (verdict) => `没有预测值就无从比较：${verdict}。`,
	verdictQualitative: (clause) => `规划对此目标未设数值（原文：${clause}），预测值无可比较的对象。`,
	missing: (names) => `${zhList(names)}没有增速假设：请用上方的控件设定，以完成计算。`,
	missingRates: (years) => `${years} 年没有增速：请设定增速假设以完成平均计算。`,

	sentence: {
		level: (name, base, baseYear, required, reach, target, year) =>
			required.shrink
				? `${name}从 ${baseYear} 年的 ${base}起，每年可下降${reach === 'exceeds' ? '但降幅须小于' : '至多'} ${required.rate}，${year} 年仍能${reach === 'exceeds' ? '超过' : '达到'} ${target}${reach === 'about' || reach === 'average_growth' ? '左右' : ''}`
				: `${name}从 ${baseYear} 年的 ${base}起，年均增速须${reach === 'exceeds' ? '高于' : '不低于'} ${required.rate}，${year} 年才能${reach === 'exceeds' ? '超过' : '达到'} ${target}${reach === 'about' || reach === 'average_growth' ? '左右' : ''}`,
		unreachable: (name, base, baseYear, target, year) =>
			`${name}从 ${baseYear} 年的 ${base}起，在模型接受的任何增速下都无法在 ${year} 年达到 ${target}`,
		assumed: (rate, value) =>
			rate
				? `；按假设的每年 ${rate} 增长，预测为 ${value}。`
				: `；按你设定的逐年增速，预测为 ${value}。`,
		noAssumption: '；尚未设定增速，因此没有预测值。',
		published: (name, value, year, target, verdict) =>
			`${name} ${year} 年为 ${value}（已公布），目标 ${target}：${verdict}。`,
		ratio: (name, base, baseYear, denominator, numerator, required, target, year) =>
			`${baseYear} 年${name}为 ${base}。` +
			(denominator
				? denominator.published
					? `${denominator.name}采用已公布的 ${year} 年数据（每年增长 ${denominator.rate}），`
					: `${denominator.name}到 ${year} 年每年增长 ${denominator.rate}，`
				: '') +
			(required.shrink
				? `${numerator}每年可下降至多 ${required.rate}，仍能使其达到 ${target}`
				: `${numerator}年均增速须不低于 ${required.rate}，才能使其达到 ${target}`),
		ratioUnreachable: (name, numerator, target, year) =>
			`${name}：在模型接受的任何增速下，${numerator}都无法使其在 ${year} 年达到 ${target}`,
		average: (name, from, to, actual, projected, compound, arithmetic, target) =>
			`${name}：${from}—${to} 年各年增速（${projected === 0 ? '均已公布' : `${actual} 年已公布、${projected} 年为预测`}）的复合平均为每年 ${compound}（算术平均 ${arithmetic}），目标为 ${target}`,
		averageRequired: (k, required) =>
			required.shrink
				? `；剩余 ${k} 年每年下降 ${required.rate} 仍恰好达到目标。`
				: `；剩余 ${k} 年须每年增长 ${required.rate} 才恰好达到目标。`,
		qualitative: (name, base, baseYear, rate, value, year) =>
			`${name}从 ${baseYear} 年的 ${base}起，按每年 ${rate} 增长，${year} 年将达到 ${value}`,
		qualitativePublished: (name, value, year) => `${name} ${year} 年为 ${value}（已公布）`,
		qualitativeMissing: (name, value, year) =>
			`${name} ${year} 年为 ${value}，尚未设定增速，因此没有预测值`,
		noNumber: (clause) => `。规划对此未设数值目标，原文为：${clause}。`,
		missing: (name, drivers, target) =>
			`${name}暂时无法预测：${zhList(drivers)}没有增速假设。请设定后查看能否达到 ${target}。`,
		missingRequired: (required, baseYear) =>
			required.shrink
				? `从 ${baseYear} 年起每年可下降至多 ${required.rate}。`
				: `从 ${baseYear} 年起需要每年增长 ${required.rate}。`,
		missingRates: (name, years, target) =>
			`${name}暂时无法计算平均：${years} 年没有增速。请设定后查看能否达到 ${target}。`,
		end: '。'
	}
};

export const derivationMessages = { en, zh };
