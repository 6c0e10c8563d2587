// The words of /plans (every built-in plan side by side: an overview, one indicator across places,
// one place across periods), in Chinese and English.
import type { PeriodChange } from '../plans/compare';

const en = {
	title: 'Plans compared',
	intro:
		'Every built-in plan at its own default assumptions and the latest published figures, each judged against its own targets. Choose a plan in the plan bar above to explore it on every page; the command-line evaluator runs any of these (--plan).',
	overviewHeading: 'Every plan',
	overviewCaption: 'Built-in plans: verdicts at the default assumptions',
	/** The overview of the plans a reader loaded from files on this device. */
	userCaption: 'Your plans from files: verdicts at the default assumptions',
	userIntro:
		'Your plans, loaded from files on this device: user-supplied, not checked by this app, and not part of the comparisons below.',
	/** A reader's plan whose pack this version of the app cannot read. */
	/** Under a reader's plan's title: where it came from. */
	userFile: (file: string) => `User-supplied, from ${file}`,
	userUnreadable: (file: string) => `${file}: this version of the app finds this pack invalid.`,
	plan: 'Plan',
	place: 'Place',
	targetYear: 'Target year',
	verdicts: 'Verdicts',
	source: 'Source',
	sourceLink: 'Plan text',
	/** A verdict and how many targets have it: “Met: 4”. */
	verdictCount: (verdict: string, n: number) => `${verdict}: ${n}`,
	placesHeading: 'One indicator, several places',
	placesIntro:
		'Where plans of different places target the same indicator, each is judged against its own target by the ratio method (Statistics Canada, Open SDG): 1 is exactly the pace its target requires. Raw levels are never ranked: the targets differ.',
	indicatorCaption: (name: string, year: number) => `${name}, targets for ${year}`,
	goal: 'Its target',
	latest: 'Latest published',
	latestValue: (value: string, year: number) => `${value} (${year})`,
	ratioMethod: 'Ratio method',
	appVerdict: 'App’s verdict',
	chartNote:
		'The chart shows each ratio against the thresholds 0.6 and 0.95; the table gives every figure.',
	ratioAxis: 'ratio of observed to required growth',
	periodsHeading: 'One place, two periods',
	periodsIntro:
		'Where one place has plans for successive periods: what the next plan keeps, raises, lowers, drops or adds, and the growth the last period delivered beside the growth the next target requires.',
	periodCaption: (place: string, from: number, to: number) =>
		`${place}: the ${from} targets and the ${to} targets`,
	indicator: 'Indicator',
	targetFor: (year: number) => `Target for ${year}`,
	change: 'Change',
	changeName: {
		kept: 'Kept',
		raised: 'Raised',
		lowered: 'Lowered',
		dropped: 'Dropped',
		new: 'New'
	} satisfies Record<PeriodChange, string>,
	achieved: 'Growth achieved',
	required: 'Growth required',
	yearsRate: (rate: string, from: number, to: number) => `${rate} a year (${from}–${to})`,
	/** What the next plan asks against what the last period delivered. */
	asks: (name: string, required: string, achieved: string) =>
		`${name}: the next plan asks ${required}; the last period delivered ${achieved}.`,
	download: 'Download these tables',
	downloaded: 'Download started.',
	none: '—',
	periodChartNote:
		'The chart shows, per indicator, the yearly growth achieved beside the yearly growth the next target requires; the table gives every figure.',
	sections: 'On this page',
	unknownBlock: (part: string) =>
		`This link names a part of the page that does not exist (“${part}”); the whole page is shown.`,
	copyLink: 'Copy a link to this',
	linkCopied: 'Link copied.',
	/** The clipboard refused: the link is selected in the field for the reader to copy. */
	linkSelected: 'Copy the selected link (Ctrl+C or ⌘C).',
	linkLabel: (name: string) => `Link to “${name}”`,
	figureSvg: 'Download the figure as a drawing',
	figurePng: 'Download the figure as a picture',
	figureFailed: 'The figure could not be made here; the table download still works.',
	figure: {
		ratioSubtitle: (year: number) =>
			`Each place’s growth since its plan’s baseline divided by the growth its own ${year} target requires (ratio method: 1 is exactly the required pace; on track from 0.95, acceleration needed from 0.6, below 0 moving away). Every plan at its default assumptions.`,
		periodSubtitle: (from: number, to: number) =>
			`Yearly growth each indicator achieved in the period to ${from} beside the yearly growth the ${to} target requires. Every plan at its default assumptions.`,
		source: (plans: string[], appTitle: string) =>
			`Source: the plans’ texts (${plans.join('; ')}) and the published figures recorded with them. Ratio method: Statistics Canada, Open SDG. Figure: ${appTitle}.`,
		linkLabel: 'Link: '
	}
};

export type PlansMessages = typeof en;

const zh: PlansMessages = {
	title: '方案对照',
	intro:
		'各内置方案按各自的默认假设和最新公布数字计算，各自对照自己的目标。在上方的规划栏中选择方案，即可在各页面上查看；命令行工具可运行其中任一方案（--plan）。',
	overviewHeading: '全部方案',
	overviewCaption: '内置方案：默认假设下的判断',
	userCaption: '你载入的规划：默认假设下的判断',
	userIntro: '以下是你从本设备上的文件载入的规划：由用户提供，未经本应用核对，也不参与下面的比较。',
	userFile: (file) => `用户提供，来自 ${file}`,
	userUnreadable: (file) => `${file}：当前版本的应用认为此规划包无效。`,
	plan: '方案',
	place: '地区',
	targetYear: '目标年',
	verdicts: '判断',
	source: '来源',
	sourceLink: '方案原文',
	verdictCount: (verdict, n) => `${verdict}：${n}`,
	placesHeading: '同一指标，不同地区',
	placesIntro:
		'不同地区的方案以同一指标为目标时，各自按比率法（加拿大统计局、Open SDG）对照自己的目标：1 即恰好是其目标所需的速度。原始水平从不排名：各地目标不同。',
	indicatorCaption: (name, year) => `${name}（${year} 年目标）`,
	goal: '其目标',
	latest: '最新公布',
	latestValue: (value, year) => `${value}（${year} 年）`,
	ratioMethod: '比率法',
	appVerdict: '本工具的判断',
	chartNote: '图中标出各比率与阈值 0.6、0.95 的位置；表格给出全部数字。',
	ratioAxis: '实际增速与所需增速之比',
	periodsHeading: '同一地区，前后两期',
	periodsIntro:
		'同一地区有前后两期方案时：下一期保留、提高、降低、删去或新增了哪些目标，以及上一期实现的增速与下一期目标所需的增速。',
	periodCaption: (place, from, to) => `${place}：${from} 年目标与 ${to} 年目标`,
	indicator: '指标',
	targetFor: (year) => `${year} 年目标`,
	change: '变化',
	changeName: {
		kept: '保留',
		raised: '提高',
		lowered: '降低',
		dropped: '删去',
		new: '新增'
	},
	achieved: '已实现增速',
	required: '所需增速',
	yearsRate: (rate, from, to) => `年均 ${rate}（${from}—${to} 年）`,
	asks: (name, required, achieved) => `${name}：下一期方案要求${required}，上一期实现${achieved}。`,
	download: '下载这些表格',
	downloaded: '已开始下载。',
	none: '—',
	periodChartNote:
		'图中按指标列出上一期实现的年均增速与下一期目标所需的年均增速；表格给出全部数字。',
	sections: '本页内容',
	unknownBlock: (part) => `此链接指向本页不存在的部分（“${part}”）；已显示整个页面。`,
	copyLink: '复制此处链接',
	linkCopied: '链接已复制。',
	linkSelected: '请复制已选中的链接（Ctrl+C 或 ⌘C）。',
	linkLabel: (name) => `“${name}”的链接`,
	figureSvg: '下载图（矢量图）',
	figurePng: '下载图（图片）',
	figureFailed: '此处无法生成图；表格下载仍可使用。',
	figure: {
		ratioSubtitle: (year) =>
			`各地自方案基期以来的增速除以其自身 ${year} 年目标所需的增速（比率法：1 即恰好达到所需速度；0.95 及以上为按期推进，0.6 及以上为需要加速，低于 0 为背离目标）。各方案均按默认假设。`,
		periodSubtitle: (from, to) =>
			`各指标截至 ${from} 年一期实现的年均增速，与 ${to} 年目标所需的年均增速。各方案均按默认假设。`,
		source: (plans, appTitle) =>
			`来源：方案原文（${plans.join('；')}）及随方案记录的公布数字。比率法：加拿大统计局、Open SDG。制图：${appTitle}。`,
		linkLabel: '链接：'
	}
};

export const plansMessages = { en, zh } as const;
