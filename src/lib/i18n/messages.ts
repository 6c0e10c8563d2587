// Every visible string, in Chinese and English. The Chinese dictionary is typed by the English
// one, so a string missing in either language is a type error.
import type { Lang } from '../model/types';
import type { Verdict } from '../model/verdict';
import type { IgnoredReason } from '../scenario/link';

const en = {
	langName: 'English',
	otherLang: '中文',
	switchLang: ' — switch the language to Chinese',
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
	unreachable: 'unreachable',
	colon: ': ',
	noticeLinkIgnored: (n: number) =>
		n === 1
			? 'One part of this link could not be used and was ignored; the rest is applied:'
			: `${n} parts of this link could not be used and were ignored; the rest is applied:`,
	noticeMore: (n: number) => `… and ${n} more.`,
	noticeNewerData:
		'This link was made with other data than this version of the app has; the current data is shown.',
	noticeRestored: 'Your last scenario on this device was restored.',
	startFresh: 'Start fresh',
	noticeStorage: {
		unavailable:
			'This browser does not allow saving here (private mode?): your scenario lives only in the address.',
		quota:
			'Storage on this device is full: your scenario was not saved here, but the address still holds it.'
	},
	dismiss: 'Dismiss',
	ignoredReason: {
		unknown_key: 'unknown setting',
		not_a_number: 'not a number',
		out_of_range: 'out of range',
		duplicate: 'repeated (the first one is used)',
		bad_encoding: 'broken encoding',
		empty: 'empty',
		too_long: 'the link is too long; the rest was not read',
		unknown_version: 'made by a newer version of this app',
		unknown_data_version: 'names an unknown data version',
		published_year: 'a published figure exists for that year'
	} satisfies Record<IgnoredReason, string>,
	semicolon: '; ',
	assumptions: 'Assumptions',
	assumptionsHelp: 'Constant yearly growth of each driver from its latest published year to 2025.',
	growthPerYear: 'growth a year',
	sliderValueText: (rate: string, verdicts: string) =>
		`${rate} a year` + (verdicts ? `; ${verdicts}` : ''),
	typedEntry: (driver: string) => `${driver}: growth in percent`,
	typedEntryInvalid: 'Type a number such as 7.5, 7.5 % or −3; the previous value was kept.',
	typedEntryOutOfRange: (min: string, max: string) =>
		`Enter a value between ${min} and ${max}; the previous value was kept.`,
	stepDown: (driver: string) => `Lower ${driver} growth by 0.1 point`,
	stepUp: (driver: string) => `Raise ${driver} growth by 0.1 point`,
	historicalMark: (rate: string, span: string) => `history ${rate} (${span})`,
	latestPublishedMark: (rate: string, year: number) => `latest published ${rate} (${year})`,
	noDefaultGrowth: 'No published growth to start from: set one.',
	resetDriver: (driver: string) => `Reset ${driver}`,
	reset: 'Reset',
	resetAll: 'Reset all',
	undo: 'Undo',
	redo: 'Redo',
	perYear: 'Per-year rates',
	perYearHelp: 'Leave empty to use the constant rate.',
	perYearLabel: (driver: string, year: number) => `${driver}, growth in ${year}, percent`,
	enterValue: 'Enter a missing figure',
	enterValueHelp: (unit: string) =>
		`For a year without a published figure; in ${unit}. Marked user-entered everywhere.`,
	enterValueYear: 'Year',
	enterValueValue: 'Value',
	enterValueAdd: 'Use this value',
	enterValueInvalid: 'Type a positive number; nothing was changed.',
	userEntered: 'user-entered',
	removeValue: (year: number) => `Remove the value for ${year}`,
	basedOn: (year: number, value: string) => `from ${value} in ${year}`,
	settings: 'Settings',
	toleranceHelp: 'How far below an “about” target still counts as within tolerance.',
	windowHelp: 'Years whose growth rates the digital-economy average covers.',
	windowFrom: 'From',
	windowTo: 'To',
	growthWindowLabel: 'Years behind each default growth',
	asOfLatest: (year: number) => `latest (${year})`,
	presets: 'Presets',
	preset: {
		trend: 'Trend',
		just_meets: 'Just meets each target',
		cautious: 'Cautious',
		strong: 'Strong',
		plan_view: 'As the plan saw it (2022)'
	},
	presetHelp: {
		trend: 'Every driver at its historical growth (the defaults).',
		just_meets: 'Each target’s driver at the growth that just meets it.',
		cautious: 'Each driver at its lowest yearly growth in the default window.',
		strong: 'Each driver at its highest yearly growth in the default window.',
		plan_view: 'Only data published up to 2022, the defaults then.'
	},
	setToRequired: 'Set to required',
	setToRequiredLabel: (driver: string, rate: string) => `Set to required: ${driver} growth ${rate}`,
	openDetail: (name: string) => `Details: ${name}, chart and sources`,
	changes: 'What changed',
	noChanges: 'Nothing: every assumption is at its default.',
	changeGrowth: (driver: string) => `${driver} growth`,
	changeYearly: (driver: string, year: number) => `${driver} growth in ${year}`,
	changeUserValue: (driver: string, year: number) => `${driver} in ${year} (user-entered)`,
	changeTolerance: 'Tolerance',
	changeWindow: 'Averaging window',
	changeGrowthWindow: 'Years behind default growth',
	changeAsOf: 'Data as of',
	noneValue: 'none'
};

export type Messages = typeof en;

const zh: Messages = {
	langName: '中文',
	otherLang: 'English',
	switchLang: '——切换为英文',
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
	unreachable: '无法达到',
	colon: '：',
	noticeLinkIgnored: (n) =>
		n === 1
			? '此链接有 1 处无法使用，已忽略；其余部分已应用：'
			: `此链接有 ${n} 处无法使用，已忽略；其余部分已应用：`,
	noticeMore: (n) => `……另有 ${n} 处。`,
	noticeNewerData: '此链接使用的数据版本与本应用不同；现显示当前数据。',
	noticeRestored: '已恢复你在本设备上的上一个情景。',
	startFresh: '重新开始',
	noticeStorage: {
		unavailable: '此浏览器不允许在本地保存（无痕模式？）：情景只保存在地址中。',
		quota: '本设备存储空间已满：情景未能保存在本地，但地址中仍保留着它。'
	},
	dismiss: '关闭',
	ignoredReason: {
		unknown_key: '未知设置',
		not_a_number: '不是数字',
		out_of_range: '超出范围',
		duplicate: '重复（使用第一个）',
		bad_encoding: '编码损坏',
		empty: '为空',
		too_long: '链接过长，其余部分未读取',
		unknown_version: '由更新版本的本应用生成',
		unknown_data_version: '指向未知的数据版本',
		published_year: '该年份已有公布数字'
	},
	semicolon: '；',
	assumptions: '假设',
	assumptionsHelp: '各驱动量自最新公布年份至 2025 年的不变年增速。',
	growthPerYear: '年增速',
	sliderValueText: (rate, verdicts) => `年增速 ${rate}` + (verdicts ? `；${verdicts}` : ''),
	typedEntry: (driver) => `${driver}：增速（百分比）`,
	typedEntryInvalid: '请输入数字，例如 7.5、7.5% 或 −3；已保留原值。',
	typedEntryOutOfRange: (min, max) => `请输入 ${min} 到 ${max} 之间的值；已保留原值。`,
	stepDown: (driver) => `${driver}增速降低 0.1 个百分点`,
	stepUp: (driver) => `${driver}增速提高 0.1 个百分点`,
	historicalMark: (rate, span) => `历史 ${rate}（${span}）`,
	latestPublishedMark: (rate, year) => `最新公布 ${rate}（${year}）`,
	noDefaultGrowth: '没有可作起点的公布增速：请设定一个。',
	resetDriver: (driver) => `重置${driver}`,
	reset: '重置',
	resetAll: '全部重置',
	undo: '撤销',
	redo: '重做',
	perYear: '逐年增速',
	perYearHelp: '留空则使用不变增速。',
	perYearLabel: (driver, year) => `${driver}，${year} 年增速（百分比）`,
	enterValue: '补充缺失数据',
	enterValueHelp: (unit) => `用于没有公布数字的年份；单位 ${unit}。各处均标为“用户输入”。`,
	enterValueYear: '年份',
	enterValueValue: '数值',
	enterValueAdd: '使用此值',
	enterValueInvalid: '请输入正数；未作任何更改。',
	userEntered: '用户输入',
	removeValue: (year) => `删除 ${year} 年的数值`,
	basedOn: (year, value) => `自 ${year} 年的 ${value} 起`,
	settings: '设置',
	toleranceHelp: '低于“左右”目标多少仍算在容差内。',
	windowHelp: '数字经济年均增速所覆盖的年份。',
	windowFrom: '起',
	windowTo: '止',
	growthWindowLabel: '默认增速所依据的年数',
	asOfLatest: (year) => `最新（${year}）`,
	presets: '预设情景',
	preset: {
		trend: '趋势',
		just_meets: '恰好达成各目标',
		cautious: '谨慎',
		strong: '强劲',
		plan_view: '方案制定时的视角（2022）'
	},
	presetHelp: {
		trend: '各驱动量按历史增速（默认值）。',
		just_meets: '各目标的驱动量取恰好达成目标的增速。',
		cautious: '各驱动量取默认窗口内最低的年增速。',
		strong: '各驱动量取默认窗口内最高的年增速。',
		plan_view: '只用截至 2022 年公布的数据及当时的默认值。'
	},
	setToRequired: '设为所需增速',
	setToRequiredLabel: (driver, rate) => `设为所需增速：${driver} ${rate}`,
	openDetail: (name) => `详情：${name}的图表与来源`,
	changes: '改动了什么',
	noChanges: '没有改动：所有假设均为默认值。',
	changeGrowth: (driver) => `${driver}增速`,
	changeYearly: (driver, year) => `${driver} ${year} 年增速`,
	changeUserValue: (driver, year) => `${driver} ${year} 年（用户输入）`,
	changeTolerance: '容差',
	changeWindow: '平均窗口',
	changeGrowthWindow: '默认增速依据年数',
	changeAsOf: '数据截至',
	noneValue: '无'
};

export const messages: Record<Lang, Messages> = { en, zh };
