// Strings of the /learn page (the arithmetic behind the targets), in English and Chinese. Numbers
// arrive already formatted (format.ts); these functions only place them in sentences.
import type { TargetKind } from '../model/types';

const en = {
	title: 'The arithmetic behind the targets',
	examplesElsewhereTitle: 'Worked examples',
	examplesElsewhere: (plan: string) =>
		`The worked examples of this page (compound growth, averages over a window, a moving denominator, a census break, the published progress methods) are written around the figures of Beijing’s plan; the plan shown is ${plan}.`,
	examplesElsewhereLink: 'Show them with Beijing’s plan',
	playgroundElsewhere: (plan: string) =>
		`The playground reads the series of Beijing’s plan; the plan shown is ${plan}.`,
	intro: (asOf: number) =>
		`Every number on this page is computed as you read it, by the same model as the dashboard: from the data published up to ${asOf} and the assumptions currently set there. Change an assumption on the dashboard and these examples change with it.`,
	print: 'Print this page',

	targetsTitle: (n: number) => (n === 1 ? 'The plan’s target' : `The plan’s ${n} targets`),
	targetsIntro: (year: number) =>
		`Each goal the plan sets for ${year}: its words, the value it names, what the model projects under the current assumptions, and the verdict. A target’s name leads to its own page, with its chart, its data and their sources.`,
	clauseLabel: 'The plan says',
	verdictLabel: 'Verdict',
	kindLabel: 'Kind',
	kind: {
		level: 'a level to reach in the target year: compound growth, below',
		ratio: 'a ratio of two series: ratios with moving denominators, below',
		average_growth: 'an average growth rate over a window: averages over a window, below',
		qualitative: 'a comparison or ranking without a number: tracked, not judged'
	} satisfies Record<TargetKind, string>,

	compoundTitle: 'Compound growth',
	compoundIntro:
		'A value that grows by the same fraction g every year is multiplied by (1 + g) each year, so after n years it has been multiplied by (1 + g) n times:',
	projectionCaption: 'The value after n years at a constant growth g',
	symbols: 'where',
	symbolValue0: 'the value in the base year',
	symbolValueN: 'the value n years later',
	symbolGrowth: 'the constant yearly growth, as a fraction (7.5 % = 0.075)',
	symbolYears: 'the number of years',
	compoundLive: (name: string, value: string, year: number, growth: string, source: string) =>
		`${name}: the latest figure is ${value} (${year}); the growth in use is ${growth} a year ${source}. So for the target year:`,
	growthSource: {
		default: '(the default: its trailing compound growth)',
		user: '(your setting)',
		range: '(the centre of your range)',
		none: ''
	},
	liveCaption: (name: string, unit: string) => `${name}, with the model’s figures (in ${unit})`,
	thatIs: (value: string) => `That is ${value}.`,
	compoundVerdict: (target: string) => `Against the target, ${target}:`,
	overridden: (value: string) =>
		`Some years use growth set year by year, so the model’s own projection differs: ${value}.`,
	inverseTitle: 'The other way round',
	inverseIntro: 'Solved for g, the same formula gives the constant growth that links two values:',
	inverseCaption: 'The constant growth that links two values n years apart',
	inverseHistory: (from: string, fromYear: number, to: string, toYear: number) =>
		`From ${from} in ${fromYear} to ${to} in ${toYear}:`,
	inverseIsDefault: (window: number) =>
		`That is the model’s default growth for this series: its compound growth over at most the latest ${window} years of one statistical basis.`,
	inverseTarget: (from: string, fromYear: number, target: string, year: number, rate: string) =>
		`Asked of the target: the constant growth from ${from} (${fromYear}) that just reaches ${target} in ${year} is ${rate} a year. That is the target’s required growth.`,
	compoundMissing:
		'This example needs a latest figure and a growth assumption for technology contracts; set the missing assumption on the dashboard.',
	tryTitle: 'Try it',
	tryIntro: (name: string, value: string, year: number) =>
		`Change g or n and see where ${name} would stand, starting from ${value} in ${year}.`,
	growthLabel: 'Growth g (% a year)',
	yearsLabel: 'Years n',
	tryResult: (years: number, growth: string, year: number, value: string) =>
		`After ${years} ${years === 1 ? 'year' : 'years'} at ${growth} a year, in ${year}: ${value}.`,
	tryVerdict: (targetYear: number, target: string) =>
		`Set against the ${targetYear} target (${target}):`,
	tryNoVerdict: (targetYear: number, years: number) =>
		`The target is for ${targetYear}: set n to ${years} to compare with it.`,
	doubling: (growth: string, exact: string, percent: string, rule: string) =>
		`At ${growth} a year a value doubles in ${exact} years (ln 2 ÷ ln(1 + g)); the rule of 70, 70 ÷ ${percent}, gives ${rule} years.`,
	noDoubling: 'At zero or negative growth a value never doubles.',
	growthError: {
		not_a_number: 'Enter g as a number of percent, such as 7.5.',
		out_of_range: (min: string, max: string) => `Enter a growth between ${min} and ${max}.`
	},
	yearsError: {
		not_a_number: 'Enter n as a whole number of years, such as 3.',
		out_of_range: (min: number, max: number) => `Enter a number of years from ${min} to ${max}.`
	},
	errorKept: 'Nothing is computed until the entry is valid.',

	averageTitle: 'Averages over a window',
	averageIntro: (name: string, target: string, from: number, to: number) =>
		`${name} is an average: about ${target} a year. The model averages the yearly growth rates of ${from}–${to}:`,
	ratesCaption: (name: string, from: number, to: number) => `${name}: yearly growth, ${from}–${to}`,
	year: 'Year',
	growth: 'Growth',
	status: 'Status',
	rateKind: { actual: 'actual', projected: 'projected (assumed)', missing: 'no figure' },
	compoundCaption: 'Compound (geometric) average of n yearly rates',
	arithmeticCaption: 'Arithmetic mean of n yearly rates',
	symbolRate: 'the growth rate of year i',
	averageResults: (compound: string, arithmetic: string) =>
		`Over this window: compound average G = ${compound}; arithmetic mean A = ${arithmetic}.`,
	averageVerdict: 'The model judges the target on the compound average:',
	whyDiffer1:
		'G is the constant rate that gives the same total growth as the years of the window together:',
	whyDiffer2: 'Compounding the arithmetic mean instead would claim more growth than happened:',
	whyDiffer3: (gap: string) =>
		`The compound average is never above the arithmetic mean; here A − G = ${gap}.`,
	dragCaption: 'Volatility drag: an estimate of G from A and the variance σ² of the rates',
	drag: (variance: string, estimate: string) =>
		`The gap grows with how much the rates vary: the more uneven the years, the more the arithmetic mean overstates. With the variance of these rates, σ² = ${variance}, the estimate gives ${estimate}, close to the exact G.`,
	windowTitle: 'Why the window matters',
	windowText: (
		from: number,
		firstRate: string,
		laterFrom: number,
		to: number,
		laterAverage: string,
		target: string
	) =>
		`The year ${from} grew by ${firstRate}. Start the window one year later, ${laterFrom}–${to}, and the same rates average ${laterAverage} against about ${target}:`,
	windowChoice: 'Which years count is a choice; the tool states its own:',
	averageIncomplete:
		'Some years of the window have no rate yet, so no average can be computed until they are published or assumed.',

	ratioTitle: 'Ratios with moving denominators',
	ratioIntro: (name: string) =>
		`${name} is R&D spending as a share of GDP. Both grow, so the ratio rises only when spending outgrows GDP:`,
	ratioCaption: 'R&D intensity, in percent',
	symbolSpending: 'R&D spending',
	symbolGdp: 'GDP',
	symbolRatio0: 'the ratio in the base year, 100 · X₀ / Y₀',
	symbolTarget: 'the target ratio',
	symbolGdpGrowth: 'the yearly growth of GDP',
	symbolNeeded: 'the yearly growth R&D spending needs',
	ratioStep1: 'To reach the target T in n years, R&D spending must reach',
	ratioStep2: 'GDP, growing at a constant yearly rate, reaches',
	ratioStep3: 'Put together, the yearly growth R&D spending needs is',
	requiredCaption: 'The growth the numerator needs when the denominator grows',
	ratioRace:
		'The first factor makes it a race: each extra point of GDP growth adds about one point to the growth R&D spending needs.',
	ratioInputsCaption: (year: number) => `The inputs, from the model (base year ${year})`,
	symbol: 'Symbol',
	quantity: 'Quantity',
	value: 'Value',
	inputSpending: (year: number) => `R&D spending, ${year}`,
	inputGdp: (year: number) => `GDP, ${year}`,
	inputRatio: (year: number) => `R&D intensity, ${year}`,
	inputGdpTarget: (year: number, kind: string) => `GDP, ${year} (${kind})`,
	pointKind: {
		published: 'published',
		derived: 'derived from published growth',
		user: 'entered by you',
		projected: 'projected'
	},
	inputGdpGrowth: (from: number, to: number) => `GDP growth a year, ${from}–${to}`,
	inputTarget: 'Target',
	inputYears: 'Years to the target year',
	ratioResult: (rate: string) => `So R&D spending needs a yearly growth of ${rate},`,
	ratioNeeded: (year: number, value: string) => `reaching ${value} in ${year}.`,
	ratioAgrees: (model: string) =>
		`The model’s required growth for this target is ${model}: the same. The model solves X₀ (1 + g)ⁿ = T · Yₙ / 100 for g, which is this formula before it is simplified.`,
	ratioDiffers: (model: string, diff: string) =>
		`The model’s required growth for this target is ${model}, which differs from the formula by ${diff}; the model’s figure is the one the dashboard shows.`,
	ratioNoModel: 'The model finds no required growth for this target under these assumptions.',
	ratioContext: (assumed: string, projected: string) =>
		`At the growth in use for R&D spending, ${assumed} a year, the ratio in the target year is ${projected}:`,
	ratioMissing:
		'This example needs R&D spending and GDP for the target year; set the missing assumption on the dashboard.',

	breaksTitle: 'Why census revisions break series',
	breaksIntro:
		'Every five years a national economic census re-measures the economy. Figures from then on are revised to its results, earlier ones not always. So a series can jump between two years that sit on different statistical bases: a jump in measurement, not in the economy. Every figure in the data carries its basis.',
	basesCaption: 'The statistical bases in this series',
	seriesCaption: (name: string) =>
		`${name}, by statistical basis, with the growth the model computes`,
	basis: 'Basis',
	growthFromBefore: 'Growth on the year before',
	breakCell: (from: string, to: string) => `none: the basis changes (${from} → ${to})`,
	noGrowth: 'none: no same-basis figure the year before',
	fromRate: 'published rate',
	breakText: (y0: number, y1: number, from: string, to: string, ratio: string) =>
		`${y0} → ${y1}: the basis changes from ${from} to ${to}, and the figure rises by ${ratio}.`,
	realGrowth: (year: number, rate: string) =>
		`The published real growth of ${year} (constant prices) was ${rate}; dividing across the break would mix that growth with the revision.`,
	breakRule:
		'So the model never divides two figures across a break: those rows show no growth, and a default growth never reaches back past one.',
	defaultAfterBreak: (name: string, from: number, to: number, rate: string, window: number) =>
		`The default growth of ${name} therefore uses only the years of its latest basis, ${from}–${to}: ${rate} a year, although the window allows up to ${window} years.`,
	defaultLatestRate: (name: string, year: number, rate: string) =>
		`${name} has no two same-basis figures to compare, so its default growth is the latest published rate (${year}): ${rate}.`,
	bridgeText: (
		name: string,
		v0: string,
		y0: number,
		b0: string,
		v1: string,
		y1: number,
		b1: string,
		ratio: string,
		rate: string
	) =>
		`Where the statistics bureau publishes a growth rate on a comparable basis, the model uses it to cross the break. ${name} was ${v0} in ${y0} (${b0}) and ${v1} in ${y1} (${b1}), ${ratio} higher; the model uses the published growth of ${rate}.`,
	noBreaks: (name: string) =>
		`${name} has no basis break between consecutive years in the data up to the as-of year.`,

	everyTargetTitle: 'Every target, step by step',
	everyTargetIntro:
		'Each target’s arithmetic with the current assumptions: what is measured, what the plan asks, the projection, the growth it needs and the verdict, every number substituted.',
	everyTargetMore: 'Chart, sources and controls for this target',
	nextTitle: 'Where to go next',
	nextDashboard: 'change the assumptions and watch each verdict move.',
	nextHindcast:
		'each target as it could have been projected in an earlier year, against what was published since.',
	nextCompare: 'save scenarios and set them side by side.',
	nextPlayground:
		'type your own arithmetic with the plan’s series, e.g. tech_contracts[2024] * 1.05.',
	nextTargets:
		'Each target’s own page, linked from its name above, shows its chart, its data table with sources and the growth it needs.'
};

export type LearnMessages = typeof en;

const zh: LearnMessages = {
	title: '目标背后的算术',
	examplesElsewhereTitle: '算例',
	examplesElsewhere: (plan) =>
		`本页的算例（复合增长、区间平均、分母变动、普查口径断点、公开的进展评估方法）以北京方案的数字为例，当前显示的是${plan}。`,
	examplesElsewhereLink: '切换到北京方案查看',
	playgroundElsewhere: (plan) => `公式试算读取的是北京方案的数据序列；当前显示的是${plan}。`,
	intro: (asOf) =>
		`本页的每个数字都在你阅读时由与总览页相同的模型算出：使用截至 ${asOf} 年公布的数据和总览页当前的假设。在总览页修改假设，这里的例子随之变化。`,
	print: '打印本页',

	targetsTitle: (n) => `方案的 ${n} 项目标`,
	targetsIntro: (year) =>
		`方案为 ${year} 年设定的每项目标：原文、给出的数值、模型在当前假设下的预测和判断。点击目标名称可进入其详情页，查看图表、数据及来源。`,
	clauseLabel: '方案原文',
	verdictLabel: '判断',
	kindLabel: '类型',
	kind: {
		level: '目标年份要达到的水平：见下文“复合增长”',
		ratio: '两个序列之比：见下文“分母也在变的比率”',
		average_growth: '窗口期内的年均增速：见下文“窗口期内的平均”',
		qualitative: '没有数值的比较或排名：只跟踪，不判断'
	},

	compoundTitle: '复合增长',
	compoundIntro:
		'一个值若每年按相同比例 g 增长，每年就乘以 (1 + g)；n 年后，它一共乘了 n 次 (1 + g)：',
	projectionCaption: '以不变增速 g 增长 n 年后的值',
	symbols: '其中',
	symbolValue0: '基期的值',
	symbolValueN: 'n 年后的值',
	symbolGrowth: '不变的年增速，以小数表示（7.5% = 0.075）',
	symbolYears: '年数',
	compoundLive: (name, value, year, growth, source) =>
		`${name}：最新数字为 ${value}（${year} 年）；所用增速为每年 ${growth}${source}。因此目标年份的值为：`,
	growthSource: {
		default: '（默认值：其近年复合增速）',
		user: '（你的设定）',
		range: '（你设定区间的中值）',
		none: ''
	},
	liveCaption: (name, unit) => `${name}，代入模型的数字（单位：${unit}）`,
	thatIs: (value) => `即 ${value}。`,
	compoundVerdict: (target) => `对照目标（${target}）：`,
	overridden: (value) => `部分年份使用了逐年设定的增速，因此模型自己的预测不同：${value}。`,
	inverseTitle: '反过来算',
	inverseIntro: '对 g 求解，同一公式给出连接两个值的不变增速：',
	inverseCaption: '相隔 n 年的两个值之间的不变增速',
	inverseHistory: (from, fromYear, to, toYear) =>
		`从 ${fromYear} 年的 ${from} 到 ${toYear} 年的 ${to}：`,
	inverseIsDefault: (window) =>
		`这正是模型为该序列采用的默认增速：同一统计口径内最近至多 ${window} 年的复合增速。`,
	inverseTarget: (from, fromYear, target, year, rate) =>
		`对目标提同样的问题：从 ${from}（${fromYear} 年）出发、在 ${year} 年恰好达到 ${target} 的不变增速为每年 ${rate}，即该目标的所需增速。`,
	compoundMissing: '这个例子需要技术合同成交额的最新数字和增速假设；请在总览页补上缺少的假设。',
	tryTitle: '试一试',
	tryIntro: (name, value, year) =>
		`修改 g 或 n，看看${name}从 ${year} 年的 ${value} 出发会达到多少。`,
	growthLabel: '年增速 g（%）',
	yearsLabel: '年数 n',
	tryResult: (years, growth, year, value) =>
		`以每年 ${growth} 增长 ${years} 年，到 ${year} 年：${value}。`,
	tryVerdict: (targetYear, target) => `对照 ${targetYear} 年目标（${target}）：`,
	tryNoVerdict: (targetYear, years) =>
		`目标针对的是 ${targetYear} 年：将 n 设为 ${years} 即可与之对照。`,
	doubling: (growth, exact, percent, rule) =>
		`以每年 ${growth} 增长，一个值 ${exact} 年翻一番（ln 2 ÷ ln(1 + g)）；“70 法则” 70 ÷ ${percent} 给出 ${rule} 年。`,
	noDoubling: '增速为零或为负时，值永远不会翻番。',
	growthError: {
		not_a_number: '请以百分数输入 g，例如 7.5。',
		out_of_range: (min, max) => `请输入 ${min} 到 ${max} 之间的增速。`
	},
	yearsError: {
		not_a_number: '请以整数输入年数 n，例如 3。',
		out_of_range: (min, max) => `请输入 ${min} 到 ${max} 之间的年数。`
	},
	errorKept: '输入有效之前不作计算。',

	averageTitle: '窗口期内的平均',
	averageIntro: (name, target, from, to) =>
		`“${name}”是一个平均值：每年 ${target} 左右。模型对 ${from}–${to} 年各年增速求平均：`,
	ratesCaption: (name, from, to) => `${name}：${from}–${to} 年各年增速`,
	year: '年份',
	growth: '增速',
	status: '状态',
	rateKind: { actual: '实际', projected: '预测（假设）', missing: '无数字' },
	compoundCaption: 'n 个年增速的复合（几何）平均',
	arithmeticCaption: 'n 个年增速的算术平均',
	symbolRate: '第 i 年的增速',
	averageResults: (compound, arithmetic) =>
		`在此窗口期内：复合平均 G = ${compound}；算术平均 A = ${arithmetic}。`,
	averageVerdict: '模型按复合平均判断目标：',
	whyDiffer1: 'G 是与窗口期各年合计总增长相同的不变增速：',
	whyDiffer2: '若改用算术平均复利计算，得到的增长会多于实际：',
	whyDiffer3: (gap) => `复合平均从不高于算术平均；这里 A − G = ${gap}。`,
	dragCaption: '波动拖累：由 A 和各年增速的方差 σ² 估计 G',
	drag: (variance, estimate) =>
		`差距随各年增速的波动而变大：各年越不均匀，算术平均高估得越多。这些增速的方差 σ² = ${variance}，估计值为 ${estimate}，与精确的 G 很接近。`,
	windowTitle: '为什么窗口期很重要',
	windowText: (from, firstRate, laterFrom, to, laterAverage, target) =>
		`${from} 年增长了 ${firstRate}。若窗口期晚一年开始，即 ${laterFrom}–${to} 年，同样的增速平均为 ${laterAverage}，对照目标 ${target} 左右：`,
	windowChoice: '计入哪些年份是一种选择；本工具的设定是：',
	averageIncomplete: '窗口期内有些年份尚无增速，在公布或假设之前无法计算平均值。',

	ratioTitle: '分母也在变的比率',
	ratioIntro: (name) =>
		`${name}是研发经费支出占地区生产总值的比重。两者都在增长，只有研发经费增长快于 GDP，比重才会上升：`,
	ratioCaption: '研发投入强度（%）',
	symbolSpending: '研发经费支出',
	symbolGdp: '地区生产总值',
	symbolRatio0: '基期比重，100 · X₀ / Y₀',
	symbolTarget: '目标比重',
	symbolGdpGrowth: 'GDP 的年增速',
	symbolNeeded: '研发经费所需的年增速',
	ratioStep1: '要在 n 年内达到目标 T，研发经费须达到',
	ratioStep2: 'GDP 以不变的年增速增长，将达到',
	ratioStep3: '合起来，研发经费所需的年增速为',
	requiredCaption: '分母增长时分子所需的增速',
	ratioRace:
		'第一个因子说明这是一场赛跑：GDP 每多增长约 1 个百分点，研发经费所需增速也要多约 1 个百分点。',
	ratioInputsCaption: (year) => `代入的数字，来自模型（基期 ${year} 年）`,
	symbol: '符号',
	quantity: '量',
	value: '数值',
	inputSpending: (year) => `研发经费，${year} 年`,
	inputGdp: (year) => `GDP，${year} 年`,
	inputRatio: (year) => `研发投入强度，${year} 年`,
	inputGdpTarget: (year, kind) => `GDP，${year} 年（${kind}）`,
	pointKind: {
		published: '公布值',
		derived: '由公布增速推算',
		user: '你输入的值',
		projected: '预测值'
	},
	inputGdpGrowth: (from, to) => `GDP 年增速，${from}–${to} 年`,
	inputTarget: '目标',
	inputYears: '距目标年份的年数',
	ratioResult: (rate) => `因此研发经费所需的年增速为 ${rate}，`,
	ratioNeeded: (year, value) => `在 ${year} 年达到 ${value}。`,
	ratioAgrees: (model) =>
		`模型对该目标给出的所需增速为 ${model}：完全相同。模型直接对 g 求解 X₀ (1 + g)ⁿ = T · Yₙ / 100，也就是化简之前的这个公式。`,
	ratioDiffers: (model, diff) =>
		`模型对该目标给出的所需增速为 ${model}，与公式相差 ${diff}；总览页显示的是模型的数字。`,
	ratioNoModel: '在当前假设下，模型没有得出该目标的所需增速。',
	ratioContext: (assumed, projected) =>
		`按研发经费所用增速每年 ${assumed}，目标年份的比重为 ${projected}：`,
	ratioMissing: '这个例子需要研发经费和目标年份的 GDP；请在总览页补上缺少的假设。',

	breaksTitle: '为什么经济普查修订会让序列断开',
	breaksIntro:
		'每五年一次的全国经济普查会重新测量经济。此后的数字按普查结果修订，之前的数字却不一定回溯修订。因此，处在不同统计口径上的相邻两年之间，序列可能出现跳跃：这是测量的跳跃，不是经济的跳跃。数据中的每个数字都标明了口径。',
	basesCaption: '本序列涉及的统计口径',
	seriesCaption: (name) => `${name}：按统计口径，附模型计算的增速`,
	basis: '口径',
	growthFromBefore: '比上年增长',
	breakCell: (from, to) => `不计算：口径改变（${from} → ${to}）`,
	noGrowth: '不计算：上年无同口径数字',
	fromRate: '公布增速',
	breakText: (y0, y1, from, to, ratio) =>
		`${y0} → ${y1} 年：口径由 ${from} 变为 ${to}，数字上升 ${ratio}。`,
	realGrowth: (year, rate) =>
		`${year} 年公布的实际增速（不变价）为 ${rate}；跨断点相除会把这一增长与修订混在一起。`,
	breakRule:
		'所以模型从不跨断点用两个数字相除：上表这些年份没有增速，默认增速也不会越过断点往前取。',
	defaultAfterBreak: (name, from, to, rate, window) =>
		`因此${name}的默认增速只用最新口径内的年份 ${from}–${to} 年：每年 ${rate}，尽管窗口期最多可取 ${window} 年。`,
	defaultLatestRate: (name, year, rate) =>
		`${name}没有两个同口径数字可比，默认增速取最新公布的增速（${year} 年）：${rate}。`,
	bridgeText: (name, v0, y0, b0, v1, y1, b1, ratio, rate) =>
		`若统计部门公布了可比口径的增速，模型就用它跨越断点。${name} ${y0} 年为 ${v0}（${b0}），${y1} 年为 ${v1}（${b1}），高出 ${ratio}；模型使用公布的增速 ${rate}。`,
	noBreaks: (name) => `截至所选年份的数据中，${name}在相邻年份之间没有口径断点。`,

	everyTargetTitle: '逐项目标的计算过程',
	everyTargetIntro:
		'按当前假设列出每个目标的算式：衡量什么、规划要求什么、预测值、所需增速和判断，每一步都代入实际数字。',
	everyTargetMore: '该目标的图表、数据来源和调节控件',
	nextTitle: '下一步',
	nextDashboard: '修改假设，看每项判断如何变化。',
	nextHindcast: '按更早年份当时可作的预测，对照此后公布的实际数字。',
	nextCompare: '保存情景并并排比较。',
	nextPlayground: '把规划的数据序列当作变量，自己动手计算。',
	nextTargets: '每项目标的详情页（点击上文目标名称）有图表、带来源的数据表和所需增速。'
};

export const learnMessages = { en, zh };
