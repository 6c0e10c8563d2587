// Every visible string of the one-page scenario card, in English and Chinese. The Chinese
// dictionary is typed by the English one, so a string missing in either is a type error.
import type { Lang, SourceKind } from '../model/types';

const en = {
	pageTitle: 'Scenario card',
	intro:
		'One page with this scenario’s assumptions and verdicts, for printing or a slide. It prints on one A4 page.',
	titleLabel: 'Scenario title (optional)',
	print: 'Print or save as PDF',
	assumptions: 'Assumptions',
	changedFromDefaults: 'Changed from the defaults:',
	defaultsInUse: 'Default assumptions: each driver grows at its historical trend.',
	driverGrowth: (rate: string) => `${rate} a year`,
	noGrowth: 'no growth assumption',
	more: (n: number) => `and ${n} more (the link holds them all)`,
	targets: (year: number) => `Numeric targets for ${year}`,
	target: 'Target',
	verdict: 'Verdict',
	projected: (year: number) => `Projected ${year}`,
	goal: 'Plan’s target',
	margin: 'Margin',
	probability: 'Probability met',
	/** Ends with the space before the source line that follows it (none in Chinese). */
	dataLine: (vintage: string, asOf: number) =>
		`Data vintage ${vintage}; published figures up to ${asOf}. `,
	madeOn: (date: string) => `Made on ${date}.`,
	sourceKind: {
		official: 'official',
		state_media: 'state media',
		mirror: 'repost',
		third_party: 'third party'
	} as Record<SourceKind, string>,
	sourceKindCount: (kind: string, n: string) => `${kind} ${n}`,
	sourceLine: (parts: string[], secondary: string) =>
		`Sources: ${parts.join(', ')}; ${secondary} only secondary.`,
	linkHeading: 'Open this scenario',
	qrAlt: 'QR code of the link to this scenario',
	qrLoading: 'Drawing the QR code…',
	qrTooLong: 'This link is too long for a QR code; use the address above.',
	qrFailed: 'The QR code could not be drawn; the address above still works.'
};

export type CardMessages = typeof en;

const zh: CardMessages = {
	pageTitle: '情景卡片',
	intro: '用一页纸呈现本情景的假设和判断结果，便于打印或放入幻灯片。打印为一页 A4。',
	titleLabel: '情景标题（可选）',
	print: '打印或另存为 PDF',
	assumptions: '假设',
	changedFromDefaults: '与默认值不同的假设：',
	defaultsInUse: '默认假设：各驱动量按历史趋势增长。',
	driverGrowth: (rate) => `每年 ${rate}`,
	noGrowth: '无增速假设',
	more: (n) => `另有 ${n} 项（链接中包含全部假设）`,
	targets: (year) => `${year} 年数值目标`,
	target: '目标',
	verdict: '判断',
	projected: (year) => `${year} 年预测`,
	goal: '规划目标',
	margin: '差距',
	probability: '达成概率',
	dataLine: (vintage, asOf) => `数据版本 ${vintage}；使用截至 ${asOf} 年的公布数据。`,
	madeOn: (date) => `生成于 ${date}。`,
	sourceKind: {
		official: '官方',
		state_media: '官方媒体',
		mirror: '转载',
		third_party: '第三方'
	},
	sourceKindCount: (kind, n) => `${kind} ${n} 条`,
	sourceLine: (parts, secondary) => `来源：${parts.join('，')}；${secondary} 条仅有二手来源。`,
	linkHeading: '打开此情景',
	qrAlt: '此情景链接的二维码',
	qrLoading: '正在生成二维码…',
	qrTooLong: '此链接过长，无法生成二维码；请使用上方的网址。',
	qrFailed: '二维码未能生成；上方的网址仍然可用。'
};

export const cardMessages: Record<Lang, CardMessages> = { en, zh };
