// Every visible string, in Chinese and English. The Chinese dictionary is typed by the English
// one, so a string missing in either language is a type error.
import type { Lang } from '../model/types';
import type { Verdict } from '../model/verdict';

const en = {
	langName: 'English',
	otherLang: '中文',
	switchLang: 'Switch language to Chinese',
	appTitle: 'Beijing innovation centre: the 2025 targets',
	appSubtitle:
		'Test whether each numeric goal of 国科发规〔2023〕41号 is reachable under your own assumptions — and see why.',
	skipToMain: 'Skip to the targets',
	asOf: 'Data as of',
	asOfHelp:
		'Only published figures up to this year are used; later ones are shown as separate dots.',
	dashboard: 'Targets for 2025',
	summary: (met: number, numeric: number, withinTol: number) =>
		`${met} of ${numeric} numeric targets met under these assumptions` +
		(withinTol > 0 ? `, ${withinTol} more within tolerance` : ''),
	needsInput: (n: number) =>
		n === 1 ? '1 target needs an assumption' : `${n} targets need an assumption`,
	verdict: {
		met: 'Met',
		within_tolerance: 'Within tolerance',
		not_met: 'Not met',
		no_numeric_target: 'No numeric target',
		needs_assumption: 'Needs an assumption'
	} satisfies Record<Verdict, string>,
	target: 'Target',
	projected: 'Projected 2025',
	trackedLevel: 'Tracked level, 2025',
	margin: 'Margin',
	requiredGrowth: 'Required growth',
	assumedGrowth: 'Assumed growth',
	historicalGrowth: 'Historical growth',
	baseYear: (year: number) => `from ${year}`,
	comparator: {
		exceeds: 'more than',
		at_least: 'at least',
		about: 'about',
		average_growth: 'about',
		rank_at_most: 'rank at most',
		qualitative: ''
	},
	tolerance: 'Tolerance for “about”',
	toleranceValue: (pct: string) => `± ${pct} of the target`,
	window: 'Averaging window',
	compoundAverage: 'compound average',
	arithmeticMean: 'arithmetic mean',
	windowSettled: 'every year of the window is published',
	missingAssumption: (drivers: string) =>
		`No growth assumption for ${drivers}: set one to project this target.`,
	noNumeric: 'No numeric target',
	paceRatio: (ratio: string, from: number, to: number) => `needs ${ratio}× its ${from}–${to} pace`,
	details: 'Details',
	source: 'Source',
	footerData: (vintage: string) =>
		`Data vintage ${vintage}. Every figure links to its published source.`,
	footerNote: 'Projections are arithmetic under stated assumptions, not forecasts.',
	unreachable: 'unreachable'
};

export type Messages = typeof en;

const zh: Messages = {
	langName: '中文',
	otherLang: 'English',
	switchLang: '切换为英文',
	appTitle: '北京国际科技创新中心 2025 年目标测算',
	appSubtitle: '检验国科发规〔2023〕41号各项量化目标在你的假设下能否实现，并看清原因。',
	skipToMain: '跳到目标列表',
	asOf: '数据截至',
	asOfHelp: '只使用截至该年已公布的数字；之后公布的数字以单独的点显示。',
	dashboard: '2025 年目标',
	summary: (met, numeric, withinTol) =>
		`在当前假设下，${numeric} 项数值目标中 ${met} 项达成` +
		(withinTol > 0 ? `，另有 ${withinTol} 项在容差内` : ''),
	needsInput: (n) => `${n} 项目标需要补充假设`,
	verdict: {
		met: '达成',
		within_tolerance: '在容差内',
		not_met: '未达成',
		no_numeric_target: '无数值目标',
		needs_assumption: '需要假设'
	},
	target: '目标',
	projected: '2025 年预测',
	trackedLevel: '2025 年跟踪值',
	margin: '差距',
	requiredGrowth: '所需增速',
	assumedGrowth: '假设增速',
	historicalGrowth: '历史增速',
	baseYear: (year) => `自 ${year} 年起`,
	comparator: {
		exceeds: '超过',
		at_least: '不低于',
		about: '左右',
		average_growth: '左右',
		rank_at_most: '名次不低于',
		qualitative: ''
	},
	tolerance: '“左右”的容差',
	toleranceValue: (pct) => `目标值的 ± ${pct}`,
	window: '平均窗口',
	compoundAverage: '复合年均',
	arithmeticMean: '算术平均',
	windowSettled: '窗口内各年均已公布',
	missingAssumption: (drivers) => `缺少“${drivers}”的增速假设：设定后才能预测此目标。`,
	noNumeric: '无数值目标',
	paceRatio: (ratio, from, to) => `需达到 ${from}–${to} 年增速的 ${ratio} 倍`,
	details: '详情',
	source: '来源',
	footerData: (vintage) => `数据版本 ${vintage}。每个数字都链接到其公开来源。`,
	footerNote: '预测是在明示假设下的算术推演，不是预报。',
	unreachable: '无法达到'
};

export const messages: Record<Lang, Messages> = { en, zh };
