// The words for the published progress methods beside the app's verdict (model/progress.ts), in
// Chinese and English: the section on the target page, the /learn section and the CLI's labels.
import type { ProgressGap, RatioCategory } from '../model/progress';

export const PROGRESS_SOURCES = {
	openSdg: 'https://open-sdg.readthedocs.io/en/latest/progress-methodology/',
	escap: 'https://data.unescap.org/resource-guides/progress-assessment-methodology'
} as const;

const en = {
	heading: 'By other yardsticks',
	intro:
		'Two published methods read the same published figures without your assumptions: how fast the indicator has moved since the plan’s baseline, against how fast it must move.',
	ratioName: 'Ratio method (Statistics Canada, Open SDG)',
	anticipatedName: 'Anticipated progress (UN ESCAP)',
	category: {
		achieved: 'Target achieved',
		on_track: 'On track',
		acceleration_needed: 'Acceleration needed',
		limited_progress: 'Limited progress',
		moving_away: 'Moving away'
	} satisfies Record<RatioCategory, string>,
	/** "Observed 2020–2024: 9.7% a year; required 2020–2025: 4.8% a year; ratio 2.01." */
	ratioLine: (
		from: number,
		latest: number,
		observed: string,
		to: number,
		required: string,
		ratio: string | null
	) =>
		`Observed ${from}–${latest}: ${observed} a year; required ${from}–${to}: ${required} a year` +
		(ratio === null ? '.' : `; ratio ${ratio}.`),
	/** The baseline itself met the target, so no growth was required. */
	metAtBaseline: (from: number, latest: number, baseValue: string, latestValue: string) =>
		`${baseValue} in ${from} already met the target; ${latestValue} in ${latest}.`,
	growthLine: (from: number, latest: number, observed: string, required: string, ratio: string) =>
		`Average growth observed ${from}–${latest}: ${observed} a year; the target: ${required} a year; ratio ${ratio}.`,
	thresholds:
		'On track at a ratio of 0.95 or more; acceleration needed from 0.6; limited progress from 0; below 0, moving away. Achieved once the latest figure meets the target.',
	baselineMoved: {
		basis_break: (from: number, to: number) =>
			`The baseline is ${to}, not ${from}: the figures changed statistical basis in between, and a growth rate is never taken across such a break.`,
		not_published: (from: number, to: number) =>
			`The baseline is ${to}, the first year published from ${from} on.`
	},
	anticipatedLine: (targetYear: number, value: string, share: string | null, reaches: boolean) =>
		`If the observed trend continues, ${targetYear} would bring ${value}` +
		(share === null ? '' : `: ${share} of the change required from the baseline`) +
		(reaches ? ', enough to meet the target.' : ', short of the target.'),
	anticipatedGrowthLine: (targetYear: number, value: string, share: string, reaches: boolean) =>
		`If the observed average holds to ${targetYear}: ${value} a year, ${share} of the target rate` +
		(reaches ? ', enough to meet it.' : ', short of it.'),
	windowComplete: (to: number) =>
		`Every year of the window up to ${to} is published: the observed average is the outcome, nothing is left to anticipate.`,
	anticipatedNote:
		'ESCAP’s reports fit a time-weighted trend to long series; over a plan period of a few years, the observed compound growth is the trend here.',
	gap: {
		no_baseline_year: 'Cannot be computed: this plan names no baseline year.',
		no_baseline: 'Cannot be computed: no published figure from the baseline year on.',
		no_latest: 'Cannot be computed: too few published figures.',
		basis_break:
			'Cannot be computed: no two published figures on one statistical basis from the baseline on.',
		no_required_change: 'Cannot be computed: the target asks for no change from the baseline.',
		sign_change: 'Cannot be computed: the method needs positive figures.'
	} satisfies Record<ProgressGap, string>,
	agree: 'These methods and the app’s verdict agree.',
	disagreeAhead:
		'The app’s verdict is more hopeful: it projects from the latest level with your assumptions, while the methods judge the pace since the baseline.',
	disagreeBehind:
		'The app’s verdict is less hopeful: it projects from the latest level with your assumptions, while the methods judge the pace since the baseline.',
	sources: 'Methods: ',
	/** Between two sentences run together. */
	sentenceGap: ' ',
	openSdgLink: 'Open SDG progress methodology',
	learn: {
		title: 'Three yardsticks: on track by whose measure?',
		intro:
			'Whether a target is on track depends on how you measure. This app projects each driver from its latest published figure with your assumptions and judges the projected value against the target, with a tolerance and, if you ask, a probability. Two published methods judge the pace instead, from the published figures alone.',
		ratio:
			'The ratio method (Statistics Canada’s progress measurement for the Sustainable Development Goals, built into the Open SDG platform) divides the compound yearly growth observed from the baseline year to the latest figure by the compound yearly growth the target requires from the baseline to the target year. A target already met is “achieved”; otherwise a ratio of 0.95 or more is on track, 0.6 or more needs acceleration, 0 or more is limited progress, and below 0 the indicator is moving away.',
		anticipated:
			'Anticipated progress (the UN Economic and Social Commission for Asia and the Pacific) continues the observed trend to the target year and asks how much of the required change it delivers.',
		exampleHeading: (name: string) => `Worked example: ${name}`,
		stepFigures: (base: string, baseYear: number, latest: string, latestYear: number) =>
			`Published figures: ${base} in ${baseYear} (the baseline), ${latest} in ${latestYear} (the latest).`,
		stepObserved: 'Observed compound yearly growth',
		stepRequired: 'Required compound yearly growth',
		stepRatio: 'Ratio',
		stepVerdict: (category: string, verdict: string) =>
			`The ratio method says “${category}”; the app, with the current assumptions, says “${verdict}”.`,
		noExample:
			'No target has the published figures these methods need under the current data-as-of.'
	},
	escapLink: 'ESCAP progress assessment methodology'
};

export type ProgressMessages = typeof en;

const zh: ProgressMessages = {
	heading: '换一把尺子',
	intro:
		'两种公开的方法只看同样的公布数字，不用你的假设：比较指标自方案基期以来实际前进的速度与达标所需的速度。',
	ratioName: '比率法（加拿大统计局、Open SDG）',
	anticipatedName: '预期进展法（联合国亚太经社会）',
	category: {
		achieved: '已达标',
		on_track: '进度正常',
		acceleration_needed: '需要加速',
		limited_progress: '进展有限',
		moving_away: '背离目标'
	},
	ratioLine: (from, latest, observed, to, required, ratio) =>
		`${from}—${latest} 年实际年均 ${observed}；${from}—${to} 年所需年均 ${required}` +
		(ratio === null ? '。' : `；比率 ${ratio}。`),
	metAtBaseline: (from, latest, baseValue, latestValue) =>
		`${from} 年的 ${baseValue} 已达到目标；${latest} 年为 ${latestValue}。`,
	growthLine: (from, latest, observed, required, ratio) =>
		`${from}—${latest} 年实际年均增速 ${observed}；目标 ${required}；比率 ${ratio}。`,
	thresholds:
		'比率不低于 0.95 为进度正常；0.6 起为需要加速；0 起为进展有限；低于 0 为背离目标。最新数字已达到目标即为已达标。',
	baselineMoved: {
		basis_break: (from, to) =>
			`基期取 ${to} 年而非 ${from} 年：两年之间统计口径变了，增速从不跨口径计算。`,
		not_published: (from, to) => `基期取 ${to} 年，即 ${from} 年起第一个有公布数字的年份。`
	},
	anticipatedLine: (targetYear, value, share, reaches) =>
		`按实际趋势延续，${targetYear} 年将达 ${value}` +
		(share === null ? '' : `，完成自基期起所需变化的 ${share}`) +
		(reaches ? '，足以达标。' : '，达不到目标。'),
	anticipatedGrowthLine: (targetYear, value, share, reaches) =>
		`按实际年均增速延续到 ${targetYear} 年：年均 ${value}，为目标增速的 ${share}` +
		(reaches ? '，足以达标。' : '，达不到目标。'),
	windowComplete: (to) => `截至 ${to} 年的各年均已公布：实际年均增速就是结果，无需预期。`,
	anticipatedNote:
		'亚太经社会的报告对长序列拟合时间加权的趋势；方案期只有几年，这里以实际复合增速为趋势。',
	gap: {
		no_baseline_year: '无法计算：本方案没有给出基期。',
		no_baseline: '无法计算：基期起没有公布数字。',
		no_latest: '无法计算：公布数字太少。',
		basis_break: '无法计算：基期起没有两个同一统计口径的公布数字。',
		no_required_change: '无法计算：目标与基期相同，不要求变化。',
		sign_change: '无法计算：此方法要求数字为正。'
	},
	agree: '这两种方法与本工具的判断一致。',
	disagreeAhead:
		'本工具的判断更乐观：它从最新水平出发、按你的假设推算，而这些方法看的是自基期以来的速度。',
	disagreeBehind:
		'本工具的判断更悲观：它从最新水平出发、按你的假设推算，而这些方法看的是自基期以来的速度。',
	sources: '方法出处：',
	sentenceGap: '',
	openSdgLink: 'Open SDG 进展测算方法',
	learn: {
		title: '三把尺子：按谁的标准算“进度正常”？',
		intro:
			'一个目标是否进度正常，取决于怎么衡量。本工具从各驱动量最新的公布数字出发、按你的假设推算，拿推算值与目标比较，带容差，需要时还给出概率。两种公开的方法则只看公布数字，判断前进的速度。',
		ratio:
			'比率法（加拿大统计局可持续发展目标进展测算方法，已内置于 Open SDG 平台）用基期到最新年份的实际复合年均增速，除以从基期到目标年达标所需的复合年均增速。已达到目标的为“已达标”；否则比率不低于 0.95 为进度正常，0.6 起为需要加速，0 起为进展有限，低于 0 为背离目标。',
		anticipated:
			'预期进展法（联合国亚洲及太平洋经济社会委员会）把实际趋势延续到目标年，看它能完成所需变化的多少。',
		exampleHeading: (name) => `算例：${name}`,
		stepFigures: (base, baseYear, latest, latestYear) =>
			`公布数字：${baseYear} 年（基期）${base}，${latestYear} 年（最新）${latest}。`,
		stepObserved: '实际复合年均增速',
		stepRequired: '所需复合年均增速',
		stepRatio: '比率',
		stepVerdict: (category, verdict) =>
			`比率法的结论是“${category}”；本工具按当前假设的判断是“${verdict}”。`,
		noExample: '在当前数据截止年份下，没有目标具备这些方法所需的公布数字。'
	},
	escapLink: '亚太经社会进展评估方法'
};

export const progressMessages = { en, zh } as const;
