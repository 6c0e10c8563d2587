// Strings of the hindcast view ("what actually happened"), in English and Chinese.
const en = {
	title: 'What actually happened',
	intro: (year: number) =>
		`Each target as it could be projected in ${year}, with the data published by then and the default assumptions, against what has been published since.`,
	caption: (year: number) => `Projections made as of ${year} against published outcomes`,
	target: 'Target',
	projected: (year: number) => `Projected for 2025 (as of ${year})`,
	required: (year: number) => `Growth needed (as of ${year})`,
	latest: 'Latest published',
	projectedThen: 'Projected for that year',
	realised: 'Growth realised',
	outcome: '2025 outcome',
	firstMet: 'First met',
	notYetPublished: 'not yet published',
	never: 'not yet',
	basisBreak: 'not comparable: statistical basis changed',
	noData: 'no data',
	realisedHelp:
		'Growth realised is the constant yearly growth of the target’s driver from its base year to its latest published value: the setting that would have matched reality.',
	vantage: 'Vantage year'
};

export type HindcastMessages = typeof en;

const zh: HindcastMessages = {
	title: '实际情况如何',
	intro: (year) =>
		`按 ${year} 年时已公布的数据和默认假设对各目标所作的预测，与此后公布的实际数字对照。`,
	caption: (year) => `截至 ${year} 年的预测与公布结果对照`,
	target: '目标',
	projected: (year) => `2025 年预测（截至 ${year} 年）`,
	required: (year) => `所需增速（截至 ${year} 年）`,
	latest: '最新公布值',
	projectedThen: '当时对该年的预测',
	realised: '实际增速',
	outcome: '2025 年结果',
	firstMet: '首次达成',
	notYetPublished: '尚未公布',
	never: '尚未达成',
	basisBreak: '统计口径已变，不可比',
	noData: '无数据',
	realisedHelp: '实际增速是目标驱动量从基期到最新公布值的不变年增速，即与现实相符的设定。',
	vantage: '预测年份'
};

export const hindcastMessages = { en, zh };
