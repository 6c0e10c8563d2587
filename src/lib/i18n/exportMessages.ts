// Every visible string of the export menu, in English and Chinese. The Chinese dictionary is
// typed by the English one, so a string missing in either is a type error. File-format names
// (CSV, JSON, SVG, PNG) are not translated: the menu shows them marked as English.
import type { Lang } from '../model/types';
import type { ScenarioFileProblem } from '../export/scenarioFile';

const en = {
	export: 'Export',
	exportTitle: 'Export',
	close: 'Close',
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
	export: '导出',
	exportTitle: '导出',
	close: '关闭',
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
