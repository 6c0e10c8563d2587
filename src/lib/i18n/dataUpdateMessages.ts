// Every visible string of the panel where a user enters figures published since the data, and
// exports and imports them as a data-update file. The Chinese dictionary is typed by the English.
import type { Lang } from '../model/types';

const en = {
	heading: 'Figures published since',
	intro:
		'Read a newer figure in a publication? Enter it with its source: it is used as published data for its year, marked user-supplied, and kept on this device only.',
	series: 'Series',
	year: 'Year',
	value: (unit: string) => `Value (${unit})`,
	title: 'Source title',
	url: 'Source address (http:// or https://)',
	date: 'Publication date (YYYY-MM-DD)',
	add: 'Use this figure',
	entered: 'Figures you entered',
	none: 'None yet.',
	remove: 'Remove',
	removeLabel: (what: string) => `Remove ${what}`,
	undo: 'Undo last change',
	exportFile: 'Download the figures as a data-update file',
	importFile: 'Open a data-update file',
	fileHelp:
		'The same file works with the command line: npm run evaluate -- --data <file>. Figures already here are never overwritten.',
	added: (what: string) => `${what} is now used as published data (user-supplied).`,
	conflict: (what: string) =>
		`${what} disagrees with a figure you entered before: both are kept, and the conflict rule (higher confidence, then the later release) decides which is used.`,
	alreadyHere: 'That figure is already here; nothing changed.',
	imported: (added: number, unchanged: number, conflicts: number) =>
		`Opened: ${added} new, ${unchanged} already here, ${conflicts} disagreeing with figures you had (both kept).`,
	refused: 'Nothing was changed:',
	readFailed: 'The file could not be read; nothing was changed.',
	storeFailed: 'The figures could not be saved on this device; they stay until the page closes.',
	undone: 'The last change was undone.',
	storedInvalid: 'The figures stored on this device could not be read:',
	storedKept:
		'They are kept aside as they were, so adding figures here does not lose them; download them to look at or mend the file.',
	downloadUnreadable: 'Download the unreadable figures',
	userSupplied: 'user-supplied'
};

export type DataUpdateMessages = typeof en;

const zh: DataUpdateMessages = {
	heading: '此后公布的数字',
	intro:
		'看到了更新的公布数字？连同来源一起录入：它将作为该年的公布数据使用，标为“用户补录”，只保存在本设备上。',
	series: '序列',
	year: '年份',
	value: (unit) => `数值（${unit}）`,
	title: '来源标题',
	url: '来源网址（完整的网页地址）',
	date: '发布日期（年-月-日，如 2026-03-26）',
	add: '使用这个数字',
	entered: '你录入的数字',
	none: '尚无。',
	remove: '删除',
	removeLabel: (what) => `删除 ${what}`,
	undo: '撤销上一次更改',
	exportFile: '下载为数据补录文件',
	importFile: '打开数据补录文件',
	fileHelp: '命令行评估工具也可读取同一文件。已有的数字不会被覆盖。',
	added: (what) => `${what} 已作为公布数据使用（用户补录）。`,
	conflict: (what) =>
		`${what} 与你先前录入的数字不一致：两者都保留，由冲突规则（可信度更高者优先，其次取较晚发布者）决定使用哪一个。`,
	alreadyHere: '该数字已存在，未作更改。',
	imported: (added, unchanged, conflicts) =>
		`已打开：新增 ${added} 条，已有 ${unchanged} 条，与已有数字不一致 ${conflicts} 条（两者都保留）。`,
	refused: '未作任何更改：',
	readFailed: '无法读取该文件，未作任何更改。',
	storeFailed: '无法在本设备上保存这些数字；关闭页面前仍然有效。',
	undone: '已撤销上一次更改。',
	storedInvalid: '本设备上保存的补录数字无法读取：',
	storedKept: '它们已按原样另行保存，在此录入新数字不会使其丢失；可下载查看或修复该文件。',
	downloadUnreadable: '下载无法读取的补录数字',
	userSupplied: '用户补录'
};

export const dataUpdateMessages: Record<Lang, DataUpdateMessages> = { en, zh };
