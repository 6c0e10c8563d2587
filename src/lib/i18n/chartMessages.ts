// Every visible string of the target charts and the target detail page, in English and Chinese.
// The Chinese dictionary is typed by the English one, so a string missing in either is a type error.
import type { Confidence } from '../model/types';
import type { Verdict } from '../model/verdict';

const en = {
	backToDashboard: '← All targets',
	clause: 'The plan says',
	targetLabel: 'Target',
	chartHeading: 'The figures and the projection',
	legendHeading: 'How to read the chart',
	legend: {
		history: 'Solid line: actual figures up to the as-of year',
		projection: 'Dashed line: projection under your assumptions',
		baseline: 'Thin grey line: projection at the default assumptions',
		target: 'Green line: the target',
		band: 'Green band: within the tolerance for “about”',
		window: 'Shaded years: the averaging window',
		average: 'Dash-dot line: compound average over the window',
		published: 'Filled circle: a published figure',
		derived: 'Diamond: derived (computed from other published figures)',
		user: 'Square: a value you entered',
		hollow: 'Hollow marker: a low-confidence figure',
		userSupplied: 'Ringed marker: a figure you added from a publication (user-supplied)',
		later: 'Triangle: published after the as-of year (not used by the projection)',
		basisBreak: 'Dotted vertical line: the statistical basis changes',
		publishedSeries: (name: string) => `Published series: ${name}`,
		ratchet: 'Lower panel: growth needed for the remaining years, after each year of actuals',
		fan50: 'Darker blue band: half of the outcomes fall inside it (50 % interval)',
		fan90: 'Lighter blue band: nine in ten outcomes fall inside it (90 % interval)'
	},
	kindCaption: {
		level: 'The published level, then its projection.',
		ratio:
			'The ratio computed from its two published parts, then its projection; the published ratios are shown as separate marks.',
		average_growth:
			'Yearly growth rates; the target is their compound average over the averaging window.',
		qualitative: 'The plan sets no number here: the chart tracks the published series only.'
	},
	basisBreakShort: 'basis',
	basisHeading: 'Breaks in the statistical basis',
	basisBreak: (driver: string, fromYear: number, toYear: number, from: string, to: string) =>
		`${driver}: ${fromYear} is on the basis “${from}”, ${toYear} on “${to}”.`,
	basisExplain:
		'Census revisions change the level of a series, so figures on either side of a dotted line are not directly comparable; the app never computes a growth rate across one.',
	ratchetTitle: 'Growth still needed, from each year',
	ratchetTitleAverage: 'Growth still needed in the window',
	windowLabel: (from: number, to: number) => `window ${from}–${to}`,
	averageLabel: (value: string) => `average ${value}`,
	targetRuleLabel: (value: string) => `target ${value}`,
	axisUnit: {
		亿元: 'billion yuan',
		'%': '%',
		rate: 'growth, %',
		'人年/万人': 'per 10,000 employed',
		人年: 'person-years',
		万人: 'million people',
		家: 'companies',
		名: 'rank'
	} as Record<string, string>,
	table: {
		caption: (name: string) => `${name}: every number in the chart, with its source`,
		year: 'Year',
		value: 'Value',
		kind: 'Kind',
		basis: 'Basis',
		confidence: 'Confidence',
		source: 'Source',
		scrollHint: 'The table scrolls sideways on narrow screens.',
		groupIndicator: (name: string) => `${name}`,
		groupPublished: (name: string) => `Published: ${name}`,
		groupLater: 'Published after the as-of year',
		groupBaseline: 'Projection at the default assumptions',
		groupTarget: 'Target and tolerance',
		groupAverage: 'Compound average over the window',
		groupRatchet: (driver: string) => `Growth of ${driver} needed for the remaining years`,
		groupRatchetAverage: 'Yearly growth needed for the rest of the window',
		alsoPublished: 'also published',
		noSource: '—',
		computedBy: 'computed by this app',
		ratioFormula: (numerator: string, denominator: string, scale: string) =>
			`derived: ${numerator} ÷ ${denominator}${scale}`,
		chainedFormula: (fromYear: number) =>
			`derived: the ${fromYear} level carried forward by the published growth rate(s)`,
		levelRatioFormula: (year: number) =>
			`derived: growth from the ${year - 1} and ${year} levels (same basis)`,
		bandLower: 'lower edge of the tolerance band',
		userSuppliedKind: (kind: string) => `${kind} (user-supplied)`,
		colon: ': ',
		averageNote: (arithmetic: string) => `arithmetic mean of the yearly rates: ${arithmetic}`,
		groupFan: 'Projection with its 50 % and 90 % intervals (median)',
		fanInterval: (pct: string, low: string, high: string) => `${pct} % interval: ${low} to ${high}`,
		officialRelease: 'official release',
		copyRead: 'copy read',
		officialUnknown: 'official address not known',
		noAddress: 'no address recorded',
		secondaryOnly: 'secondary sources only',
		unverified: 'unverified',
		notComparable: 'not comparable'
	},
	sourceKind: {
		official: 'official release',
		state_media: 'state media',
		mirror: 'repost or mirror',
		third_party: 'third party'
	},
	kind: {
		published: 'published',
		derived: 'derived',
		user: 'user-entered',
		projected: 'projected',
		later: 'later actual',
		baseline: 'projected (defaults)',
		target: 'target',
		required: 'required growth',
		average: 'average',
		fan: 'median of the projection'
	},
	confidence: {
		low: 'low',
		'low-medium': 'low to medium',
		medium: 'medium',
		'medium-high': 'medium to high',
		high: 'high'
	} satisfies Record<Confidence, string>,
	summary: {
		span: (from: number, to: number) =>
			from === to ? `figures for ${from} only` : `figures from ${from} to ${to}`,
		latest: (value: string, year: number) => `latest actual ${value} in ${year}`,
		projected: (value: string, year: number) => `projected ${value} in ${year}`,
		target: (value: string) => `target ${value}`,
		average: (value: string, from: number, to: number) =>
			`compound average ${value} over ${from}–${to}`,
		noTarget: 'no numeric target',
		breaks: (n: number) => (n === 1 ? 'one basis break marked' : `${n} basis breaks marked`),
		lowConfidence: (n: number) =>
			n === 1 ? 'one low-confidence figure' : `${n} low-confidence figures`,
		noProjection: 'no projection: an assumption is missing'
	},
	chartDesc:
		'Line chart. A table below the chart lists every number in it with its source and confidence.',
	notFoundTitle: 'Target not found',
	notFound: (id: string) => `This plan has no target “${id}”.`,
	notFoundBack: 'Back to all targets',
	tornado: {
		heading: 'What moves this target: ±1 pp on each assumption',
		caption:
			'Each bar shows how far the margin moves when that driver’s yearly growth is 1 percentage point lower (left) or higher (right).',
		down: '−1 pp',
		up: '+1 pp',
		flips: 'flips the verdict',
		flipsYes: 'yes — flips the verdict',
		flipsNo: 'no',
		tableCaption: 'The numbers behind the bars',
		assumption: 'Assumption',
		marginDown: 'Margin change, −1 pp',
		marginUp: 'Margin change, +1 pp',
		verdictDown: 'Verdict, −1 pp',
		verdictUp: 'Verdict, +1 pp',
		probabilityDown: 'Probability change, −1 pp',
		probabilityUp: 'Probability change, +1 pp',
		flipsColumn: 'Flips the verdict?',
		verdict: {
			met: 'met',
			within_tolerance: 'within tolerance',
			not_met: 'not met',
			no_numeric_target: 'no numeric target',
			needs_assumption: 'needs an assumption',
			gap: 'a gap: no data'
		} as Record<Verdict, string>
	}
};

export type ChartMessages = typeof en;

const zh: ChartMessages = {
	backToDashboard: '← 全部目标',
	clause: '规划原文',
	targetLabel: '目标',
	chartHeading: '数据与预测',
	legendHeading: '图例',
	legend: {
		history: '实线：截至数据年份的实际数字',
		projection: '虚线：按你的假设得出的预测',
		baseline: '灰色细线：按默认假设得出的预测',
		target: '绿线：目标',
		band: '绿色区域：“左右”的容差范围',
		window: '阴影年份：平均窗口',
		average: '点划线：窗口内的复合年均增速',
		published: '实心圆：公布数',
		derived: '菱形：推算数（由其他公布数计算）',
		user: '方形：你输入的数值',
		hollow: '空心标记：可信度较低的数字',
		userSupplied: '带圈标记：你根据公开发布补录的数字（用户补录）',
		later: '三角形：数据年份之后公布的数字（不参与预测）',
		basisBreak: '竖虚线：统计口径变化',
		publishedSeries: (name) => `公布序列：${name}`,
		ratchet: '下方小图：以各年实际数为起点，剩余年份所需的增速',
		fan50: '深蓝色带：一半的结果落在其中（50% 区间）',
		fan90: '浅蓝色带：十分之九的结果落在其中（90% 区间）'
	},
	kindCaption: {
		level: '公布的总量及其预测。',
		ratio: '由分子、分母两个公布数计算的比值及其预测；公布的比值另以单独标记显示。',
		average_growth: '各年增速；目标是平均窗口内各年增速的复合平均。',
		qualitative: '规划在此没有数值目标：图中只跟踪公布的序列。'
	},
	basisBreakShort: '口径',
	basisHeading: '统计口径变化',
	basisBreak: (driver, fromYear, toYear, from, to) =>
		`${driver}：${fromYear} 年为“${from}”，${toYear} 年为“${to}”。`,
	basisExplain:
		'经济普查修订会改变序列的水平，因此竖虚线两侧的数字不能直接比较；本应用从不跨越口径变化计算增速。',
	ratchetTitle: '以各年为起点，剩余年份所需增速',
	ratchetTitleAverage: '以各年为起点，窗口剩余年份所需的年增速',
	windowLabel: (from, to) => `窗口 ${from}–${to}`,
	averageLabel: (value) => `平均 ${value}`,
	targetRuleLabel: (value) => `目标 ${value}`,
	axisUnit: {
		亿元: '亿元',
		'%': '%',
		rate: '增速，%',
		'人年/万人': '人年/万人',
		人年: '人年',
		万人: '万人',
		家: '家',
		名: '名次'
	},
	table: {
		caption: (name) => `${name}：图中的每个数字及其来源`,
		year: '年份',
		value: '数值',
		kind: '类型',
		basis: '口径',
		confidence: '可信度',
		source: '来源',
		scrollHint: '在窄屏上，表格可以左右滚动。',
		groupIndicator: (name) => `${name}`,
		groupPublished: (name) => `公布数：${name}`,
		groupLater: '数据年份之后公布的数字',
		groupBaseline: '按默认假设的预测',
		groupTarget: '目标与容差',
		groupAverage: '窗口内的复合年均增速',
		groupRatchet: (driver) => `剩余年份所需的${driver}增速`,
		groupRatchetAverage: '窗口剩余年份所需的年增速',
		alsoPublished: '另有公布值',
		noSource: '—',
		computedBy: '由本应用计算',
		ratioFormula: (numerator, denominator, scale) => `推算：${numerator} ÷ ${denominator}${scale}`,
		chainedFormula: (fromYear) => `推算：以 ${fromYear} 年水平按公布增速逐年推算`,
		levelRatioFormula: (year) => `推算：由 ${year - 1} 年与 ${year} 年（同一口径）水平计算的增速`,
		bandLower: '容差下限',
		userSuppliedKind: (kind) => `${kind}（用户补录）`,
		colon: '：',
		averageNote: (arithmetic) => `各年增速的算术平均：${arithmetic}`,
		groupFan: '预测值及其 50% 与 90% 区间（中位数）',
		fanInterval: (pct, low, high) => `${pct}% 区间：${low} 至 ${high}`,
		officialRelease: '官方发布',
		copyRead: '所读转载',
		officialUnknown: '官方发布地址未知',
		noAddress: '未记录网址',
		secondaryOnly: '仅有二手来源',
		unverified: '未核实',
		notComparable: '不可比'
	},
	sourceKind: {
		official: '官方发布',
		state_media: '官方媒体',
		mirror: '转载或镜像',
		third_party: '第三方'
	},
	kind: {
		published: '公布数',
		derived: '推算数',
		user: '用户输入',
		projected: '预测',
		later: '后续公布',
		baseline: '预测（默认假设）',
		target: '目标',
		required: '所需增速',
		average: '平均',
		fan: '预测中位数'
	},
	confidence: {
		low: '低',
		'low-medium': '中低',
		medium: '中',
		'medium-high': '中高',
		high: '高'
	},
	summary: {
		span: (from, to) => (from === to ? `仅有 ${from} 年的数字` : `${from}–${to} 年的数字`),
		latest: (value, year) => `最新实际数为 ${year} 年的 ${value}`,
		projected: (value, year) => `${year} 年预测为 ${value}`,
		target: (value) => `目标为 ${value}`,
		average: (value, from, to) => `${from}–${to} 年复合年均 ${value}`,
		noTarget: '无数值目标',
		breaks: (n) => `标出 ${n} 处口径变化`,
		lowConfidence: (n) => `${n} 个低可信度数字`,
		noProjection: '无预测：缺少假设'
	},
	chartDesc: '折线图。图下方的表格列出图中每个数字及其来源和可信度。',
	notFoundTitle: '未找到该目标',
	notFound: (id) => `本规划中没有目标“${id}”。`,
	notFoundBack: '返回全部目标',
	tornado: {
		heading: '哪些假设影响这个目标：各假设 ±1 个百分点',
		caption: '每根条形表示该驱动量的年增速降低（左）或提高（右）1 个百分点时，差额变动多少。',
		down: '−1 个百分点',
		up: '+1 个百分点',
		flips: '会改变判定',
		flipsYes: '是——会改变判定',
		flipsNo: '否',
		tableCaption: '条形图背后的数字',
		assumption: '假设',
		marginDown: '差额变动（−1 个百分点）',
		marginUp: '差额变动（+1 个百分点）',
		verdictDown: '判定（−1 个百分点）',
		verdictUp: '判定（+1 个百分点）',
		probabilityDown: '概率变动（−1 个百分点）',
		probabilityUp: '概率变动（+1 个百分点）',
		flipsColumn: '是否改变判定',
		verdict: {
			met: '达成',
			within_tolerance: '在容差内',
			not_met: '未达成',
			no_numeric_target: '无数值目标',
			needs_assumption: '需要假设',
			gap: '数据缺口'
		}
	}
};

export const chartMessages = { en, zh };
