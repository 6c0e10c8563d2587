// Every visible string of the export menu, in English and Chinese. The Chinese dictionary is
// typed by the English one, so a string missing in either is a type error. File-format names
// (CSV, JSON, SVG, PNG) are not translated: the menu shows them marked as English.
import type { Lang, SourceKind } from '../model/types';

/** Why a scenario file was refused (export/scenarioFile.ts reads it). */
export type ScenarioFileProblem =
	| { reason: 'too_large'; bytes: number }
	| { reason: 'not_json' }
	| { reason: 'wrong_format' }
	| { reason: 'wrong_version' }
	| { reason: 'bad_field'; field: string };

const en = {
	csv: 'Download the table',
	csvHelp:
		'Inputs, values by year, verdicts, the data vintage and the link, in one table for a spreadsheet.',
	json: 'Download the scenario file',
	jsonHelp: 'Holds every assumption; open it here again later to continue.',
	importLabel: 'Open a scenario file',
	card: 'Scenario card',
	cardHelp:
		'One printable page with the assumptions, verdicts, link and QR code, for a handout or a slide.',
	svg: 'Download the chart as a drawing',
	png: 'Download the chart as a picture',
	downloaded: 'Download started.',
	imported: 'The scenario from the file is shown; Undo goes back.',
	imageFailed: 'The chart image could not be made here; the table download still works.',
	readFailed: 'The file could not be read; nothing was changed.',
	summaryCsv: 'Download the summary',
	summaryCsvHelp:
		'One row per target, as the dashboard shows it: target, projected value, verdict, margin and required growth.',
	summary: {
		scenario: 'Scenario',
		target: 'Target',
		goal: 'Goal',
		projected: (year: number) => `Projected ${year}`,
		verdict: 'Verdict',
		margin: 'Margin',
		required: 'Required growth',
		probability: 'Chance of meeting it',
		asOf: 'Data published up to',
		vintage: 'Data vintage',
		link: 'Link'
	},
	figure: {
		title: (name: string, from: number, to: number) => `${name}, ${from}–${to}`,
		named: (name: string) => `Scenario “${name}”`,
		defaults: 'Default assumptions (each driver’s recent trend)',
		own: (changes: string[], more: number) =>
			`Own assumptions: ${changes.join('; ')}${more > 0 ? ` and ${more} more` : ''}`,
		subtitle: (scenario: string, asOf: number, vintage: string) =>
			`${scenario}. Data published up to ${asOf} (data vintage ${vintage}).`,
		unit: (unit: string) => `Unit: ${unit}`,
		sourceItem: (publisher: string, kind: string) => `${publisher} (${kind})`,
		sourceKind: {
			official: 'official',
			state_media: 'state media',
			mirror: 'repost',
			third_party: 'third party'
		} as Record<SourceKind, string>,
		source: (items: string[], derived: boolean, user: boolean, projected: boolean) =>
			[
				`Source: ${items.length > 0 ? items.join('; ') : 'no published figures'}.`,
				derived ? 'Derived values are computed from these published figures.' : '',
				user ? 'Some values were entered by the user.' : '',
				projected ? 'Projection: this app, under the assumptions above.' : ''
			]
				.filter((s) => s !== '')
				.join(' '),
		linkLabel: 'Link: ',
		/** `planTitle`: the plan's short title (`Plan.shortTitle`), which names its place and period. */
		compareTitle: (n: number, planTitle: string) => `${planTitle} under ${n} scenarios`,
		compareSubtitle: (names: string[], asOf: string, vintage: string) =>
			`${names.map((n) => `“${n}”`).join(', ')}. Data published up to ${asOf} (data vintage ${vintage}).`,
		compareSource:
			'Source: published figures (official and secondary sources; each is listed with its kind in the CSV and the app’s data table). Projection: this app, under each scenario’s assumptions.',
		compareCsv: 'Download the comparison table',
		compareSvg: 'Download the charts as a drawing',
		comparePng: 'Download the charts as a picture'
	},
	problem: (p: ScenarioFileProblem): string => {
		const unchanged = ' Nothing was changed.';
		switch (p.reason) {
			case 'too_large':
				return `This file is too large (${p.bytes} bytes) to be a scenario file.${unchanged}`;
			case 'not_json':
				return `This file is not a scenario file (it is not JSON).${unchanged}`;
			case 'wrong_format':
				return `This JSON file is not a scenario file of this app.${unchanged}`;
			case 'wrong_version':
				return `This scenario file was made by a newer version of the app.${unchanged}`;
			case 'bad_field':
				return `This scenario file is damaged: its “${p.field}” is not valid.${unchanged}`;
		}
	}
};

export type ExportMessages = typeof en;

const zh: ExportMessages = {
	csv: '下载表格',
	csvHelp: '假设、逐年数值、判断结果、数据版本和链接，合为一张表，可用电子表格打开。',
	json: '下载情景文件',
	jsonHelp: '包含全部假设；以后可在此重新打开，继续测算。',
	importLabel: '打开情景文件',
	card: '情景卡片',
	cardHelp: '一页可打印的摘要：假设、判断结果、链接和二维码，可作讲义或幻灯片。',
	svg: '下载图表（矢量图）',
	png: '下载图表（图片）',
	downloaded: '已开始下载。',
	imported: '已显示文件中的情景；点“撤销”可返回。',
	imageFailed: '此处无法生成图表图片；表格下载仍可使用。',
	readFailed: '无法读取该文件；未作任何更改。',
	summaryCsv: '下载摘要表',
	summaryCsvHelp: '每项目标一行，与主页面显示一致：目标值、预测值、判断、差距和所需增速。',
	summary: {
		scenario: '情景',
		target: '目标',
		goal: '目标值',
		projected: (year) => `${year} 年预测值`,
		verdict: '判断',
		margin: '差距',
		required: '所需增速',
		probability: '达成概率',
		asOf: '数据截至年份',
		vintage: '数据版本',
		link: '链接'
	},
	figure: {
		title: (name, from, to) => `${name}，${from}—${to} 年`,
		named: (name) => `情景“${name}”`,
		defaults: '默认假设（各驱动量的近期趋势）',
		own: (changes, more) => `自定假设：${changes.join('；')}${more > 0 ? `，另有 ${more} 项` : ''}`,
		subtitle: (scenario, asOf, vintage) =>
			`${scenario}。数据截至 ${asOf} 年公布（数据版本 ${vintage}）。`,
		unit: (unit) => `单位：${unit}`,
		sourceItem: (publisher, kind) => `${publisher}（${kind}）`,
		sourceKind: {
			official: '官方',
			state_media: '官方媒体',
			mirror: '转载',
			third_party: '第三方'
		},
		source: (items, derived, user, projected) =>
			[
				`来源：${items.length > 0 ? items.join('；') : '无公布数字'}。`,
				derived ? '推算值由上述公布数字计算得出。' : '',
				user ? '部分数值由用户输入。' : '',
				projected ? '预测：本应用按上述假设计算。' : ''
			].join(''),
		linkLabel: '链接：',
		compareTitle: (n, planTitle) => `${planTitle}：${n} 个情景对照`,
		compareSubtitle: (names, asOf, vintage) =>
			`${names.map((n) => `“${n}”`).join('、')}。数据截至 ${asOf} 年公布（数据版本 ${vintage}）。`,
		compareSource:
			'来源：公布的统计数字（官方及二手来源，每项来源及其类型见 CSV 表和本应用的数据表）。预测：本应用按各情景的假设计算。',
		compareCsv: '下载对照表',
		compareSvg: '下载图表（矢量图）',
		comparePng: '下载图表（图片）'
	},
	problem: (p) => {
		const unchanged = '未作任何更改。';
		switch (p.reason) {
			case 'too_large':
				return `该文件过大（${p.bytes} 字节），不是情景文件。${unchanged}`;
			case 'not_json':
				return `该文件不是情景文件（格式无法识别）。${unchanged}`;
			case 'wrong_format':
				return `该文件不是本应用的情景文件。${unchanged}`;
			case 'wrong_version':
				return `该情景文件由更新版本的应用生成。${unchanged}`;
			case 'bad_field':
				return `该情景文件已损坏：字段“${p.field}”无效。${unchanged}`;
		}
	}
};

export const exportMessages: Record<Lang, ExportMessages> = { en, zh };
