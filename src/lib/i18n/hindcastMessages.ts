// Strings of the hindcast view ("what actually happened"), in English and Chinese. The Chinese
// dictionary is typed by the English one, so a string missing in either is a type error.
import type { Lang } from '../model/types';

const en = {
	title: 'What actually happened',
	intro: (year: number) =>
		`Each target as it could be projected in ${year}, with the data published by then and the default assumptions, against what has been published since.`,
	vantage: 'Projected as of',
	atRisk: (count: number, total: number, names: string) =>
		count === 0
			? `None of the ${total} targets is below its goal in the latest published figures.`
			: `${count} of ${total} targets ${count === 1 ? 'is' : 'are'} below the goal in the latest published figures: ${names}.`,
	contradictedCount: (count: number, year: number) =>
		count === 0
			? `Every projection made in ${year} agrees with the figures published since.`
			: `${count} ${count === 1 ? 'projection' : 'projections'} made in ${year} ${count === 1 ? 'is' : 'are'} contradicted by the figures published since.`,
	caption: (year: number) => `Projections made as of ${year} against the latest published figures`,
	target: 'Target',
	projected: (asOf: number, targetYear: number) => `Projected for ${targetYear} (as of ${asOf})`,
	latest: 'Latest published',
	standingHeading: 'Where it stands',
	standing: {
		finalMet: (year: number) => `Met in ${year}`,
		finalWithin: (year: number) => `Within tolerance in ${year}`,
		finalMissed: (year: number) => `Missed in ${year}`,
		met: (year: number) => `Meets it as of ${year}`,
		within: (year: number) => `Within tolerance as of ${year}`,
		below: (year: number) => `Below the goal as of ${year}`,
		open: 'Window still open',
		none: 'No published figure'
	},
	contradicted: (year: number, then: string, now: string) =>
		`Called wrong in ${year}: the projection said “${then}”; the published figures say “${now}”.`,
	thenHeading: (year: number) => `Seen from ${year}`,
	sinceHeading: 'Published since',
	goal: 'Goal',
	required: (year: number) => `Growth needed (as of ${year})`,
	base: (year: number) => `Last figure published by ${year}`,
	latestYearly: 'Latest published yearly growth',
	projectedThen: (year: number) => `Projected for ${year} at the time`,
	error: 'Published minus projected',
	realised: 'Growth realised',
	firstMet: 'First met (published figures)',
	outcome: (targetYear: number) => `${targetYear} outcome`,
	notYetPublished: 'not yet published',
	never: 'not in any published figure',
	notApplicable: 'not applicable: the goal is an average over the window',
	sinceVantage: (year: number) => `published after ${year}`,
	knownAtVantage: (year: number) => `already published by ${year}: nothing newer`,
	alreadyMet: (year: number) => `already met by ${year}`,
	basisBreak: 'not comparable: statistical basis changed',
	noData: 'no data',
	noProjection: 'no projection: a growth assumption is missing',
	openTarget: 'Open the target page',
	chartHeading: (name: string) => `${name}: projected then, published since`,
	legendHeading: 'How to read the chart',
	legend: {
		history: (year: number) => `Solid line: figures published by ${year}`,
		projection: (year: number) => `Dashed line: projection made in ${year} (default assumptions)`,
		later: (year: number) => `Triangle: published after ${year}`
	},
	tableSummary: 'The numbers behind the chart',
	tableCaption: (name: string, year: number) =>
		`${name}: figures published by ${year}, projected in ${year}, and published since`,
	tableYear: 'Year',
	tablePublishedThen: (year: number) => `Published by ${year}`,
	tableProjected: (year: number) => `Projected in ${year}`,
	tableSince: (year: number) => `Published after ${year}`,
	tableDifference: 'Published minus projected',
	tableSeries: (name: string) => `Published: ${name}`,
	belowProjection: 'below the projection',
	definitionsHeading: 'What the words mean here',
	definitions: [
		[
			'Latest published',
			'The last published figure of the target’s own indicator, chosen by the same rule as everywhere in the app (higher confidence first, then the later release): the figure the target page shows as its latest.'
		],
		[
			'First met',
			'The first year whose published figure meets the goal, in any year, before or after the vantage year. A year that only a projection reaches does not count.'
		],
		[
			'Where it stands',
			'The outcome for the target year once it is published; until then the latest published figure against the goal, with the same tolerance for “about”.'
		],
		[
			'Growth realised',
			'The constant yearly growth of the target’s driver from the last figure published by the vantage year to its latest published figure: the setting that would have matched reality. Never computed across a change of statistical basis.'
		]
	] as [string, string][]
};

export type HindcastMessages = typeof en;

const zh: HindcastMessages = {
	title: '实际情况如何',
	intro: (year) =>
		`按 ${year} 年时已公布的数据和默认假设对各目标所作的预测，与此后公布的实际数字对照。`,
	vantage: '预测所依据的年份',
	atRisk: (count, total, names) =>
		count === 0
			? `按最新公布数字，${total} 项目标均未低于目标值。`
			: `按最新公布数字，${total} 项目标中有 ${count} 项低于目标值：${names}。`,
	contradictedCount: (count, year) =>
		count === 0
			? `${year} 年所作的预测均与此后公布的数字一致。`
			: `${year} 年所作的预测中有 ${count} 项被此后公布的数字推翻。`,
	caption: (year) => `截至 ${year} 年的预测与最新公布数字对照`,
	target: '目标',
	projected: (asOf, targetYear) => `${targetYear} 年预测（截至 ${asOf} 年）`,
	latest: '最新公布值',
	standingHeading: '目前情况',
	standing: {
		finalMet: (year) => `${year} 年已达成`,
		finalWithin: (year) => `${year} 年在容差范围内`,
		finalMissed: (year) => `${year} 年未达成`,
		met: (year) => `截至 ${year} 年已达到`,
		within: (year) => `截至 ${year} 年在容差范围内`,
		below: (year) => `截至 ${year} 年低于目标`,
		open: '平均窗口尚未结束',
		none: '尚无公布数字'
	},
	contradicted: (year, then, now) =>
		`${year} 年的判断有误：预测为“${then}”，公布数字显示“${now}”。`,
	thenHeading: (year) => `${year} 年所见`,
	sinceHeading: '此后公布',
	goal: '目标值',
	required: (year) => `所需增速（截至 ${year} 年）`,
	base: (year) => `截至 ${year} 年最后公布的数字`,
	latestYearly: '最新公布的年增速',
	projectedThen: (year) => `当时对 ${year} 年的预测`,
	error: '公布值减预测值',
	realised: '实际增速',
	firstMet: '首次达成（按公布数字）',
	outcome: (targetYear) => `${targetYear} 年结果`,
	notYetPublished: '尚未公布',
	never: '公布数字中尚未达成',
	notApplicable: '不适用：目标为窗口期平均增速',
	sinceVantage: (year) => `${year} 年之后公布`,
	knownAtVantage: (year) => `${year} 年时已公布，此后无更新`,
	alreadyMet: (year) => `${year} 年时已达成`,
	basisBreak: '统计口径已变，不可比',
	noData: '无数据',
	noProjection: '无预测：缺少增速假设',
	openTarget: '打开目标页',
	chartHeading: (name) => `${name}：当时的预测与此后的公布值`,
	legendHeading: '图例',
	legend: {
		history: (year) => `实线：截至 ${year} 年公布的数字`,
		projection: (year) => `虚线：${year} 年所作的预测（默认假设）`,
		later: (year) => `三角形：${year} 年之后公布的数字`
	},
	tableSummary: '图表背后的数字',
	tableCaption: (name, year) =>
		`${name}：截至 ${year} 年公布的数字、${year} 年的预测及此后公布的数字`,
	tableYear: '年份',
	tablePublishedThen: (year) => `截至 ${year} 年公布`,
	tableProjected: (year) => `${year} 年的预测`,
	tableSince: (year) => `${year} 年之后公布`,
	tableDifference: '公布值减预测值',
	tableSeries: (name) => `公布：${name}`,
	belowProjection: '低于预测',
	definitionsHeading: '本页用语的含义',
	definitions: [
		[
			'最新公布值',
			'目标自身指标最后一个公布数字，按全站统一的规则选取（先看可信度，再看发布时间较晚者），即目标页显示的最新数字。'
		],
		[
			'首次达成',
			'公布数字首次达到目标值的年份，不论在预测年份之前还是之后；仅由预测达到的年份不算。'
		],
		[
			'目前情况',
			'目标年份的数字公布后即为最终结果；此前为最新公布数字与目标值的比较，“左右”类目标采用同样的容差。'
		],
		[
			'实际增速',
			'目标驱动量从预测年份时最后公布的数字到最新公布数字的不变年增速，即与现实相符的设定；跨越统计口径变化时不计算。'
		]
	]
};

export const hindcastMessages: Record<Lang, HindcastMessages> = { en, zh };
