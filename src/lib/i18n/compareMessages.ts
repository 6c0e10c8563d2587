// Every visible string of the compare page (saved scenarios, import and export, the comparison),
// in English and Chinese. The Chinese dictionary is typed by the English one, so a string missing
// in either language is a type error. Numbers arrive formatted (format.ts).
import type { Lang } from '../model/types';
import type { EntryField } from '../scenario/savedFile';

const en = {
	/** The language of these strings (plan titles are picked in it). */
	lang: 'en' as Lang,
	pageTitle: 'Compare scenarios',
	backToDashboard: '← All targets',
	intro:
		'Save scenarios on this device, then compare up to four side by side: verdicts, projections and the assumptions that differ.',

	savedHeading: 'Saved scenarios',
	savedCaption: 'Scenarios saved on this device',
	noneSaved: 'No scenario is saved on this device yet.',
	colName: 'Name',
	colSavedAt: 'Saved',
	colCompare: 'Compare',
	colActions: 'Actions',
	saveHeading: 'Save the current scenario',
	nameLabel: 'Name',
	nameHint: (name: string) => `Leave empty to use “${name}”.`,
	saveCurrent: 'Save current scenario',
	defaultName: (changes: number, date: string) =>
		changes === 0
			? `Defaults · ${date}`
			: changes === 1
				? `1 change · ${date}`
				: `${changes} changes · ${date}`,
	open: 'Open',
	openLabel: (name: string) => `Open “${name}” on the dashboard`,
	card: 'Card',
	cardLabel: (name: string) => `The printable card of “${name}”, titled with its name`,
	rename: 'Rename',
	renameLabel: (name: string) => `Rename “${name}”`,
	newName: (name: string) => `New name for “${name}”`,
	saveName: 'Save name',
	cancel: 'Cancel',
	delete: 'Delete',
	deleteLabel: (name: string) => `Delete “${name}”`,
	compareLabel: (name: string) => `Compare “${name}”`,
	undo: 'Undo',
	fileHeading: 'Move the list between devices',
	exportAll: 'Export all to a file',
	exportFileName: (date: string) => `scenarios-${date}.json`,
	importLabel: 'Import from a file (JSON)',
	importHint: (max: number, size: string) =>
		`A file exported by this app: at most ${max} scenarios and ${size}. Scenarios already here are kept.`,
	importedSuffix: ' (imported)',

	status: {
		saved: (name: string) => `Saved “${name}”.`,
		renamed: (name: string) => `Renamed to “${name}”.`,
		deleted: (name: string) => `Deleted “${name}”.`,
		restored: (name: string) => `“${name}” is back.`,
		imported: (added: number, renamed: number) =>
			(added === 1 ? 'Imported 1 scenario' : `Imported ${added} scenarios`) +
			(renamed === 0
				? '.'
				: renamed === 1
					? '; 1 had the id of one already here and was kept as well, marked “(imported)”.'
					: `; ${renamed} had the ids of ones already here and were kept as well, marked “(imported)”.`),
		exported: (n: number, file: string) =>
			n === 1 ? `Exported 1 scenario to ${file}.` : `Exported ${n} scenarios to ${file}.`,
		nameEmpty: 'Type a name; nothing was changed.',
		nameTooLong: (max: number) => `A name can have at most ${max} characters; nothing was changed.`,
		full: (max: number) =>
			`At most ${max} scenarios can be saved on this device; delete one first. Nothing was saved.`,
		storage: {
			unavailable:
				'This browser does not allow saving here (private mode?): the list lasts for this visit only. Export it to keep it.',
			quota:
				'Storage on this device is full: the list was not saved here and lasts for this visit only. Export it to keep it.'
		},
		unreadable: (what: string, key: string) =>
			`The scenarios saved on this device could not be read: ${what} The list is shown empty. Before anything is saved over it, the unreadable text is kept on this device under the storage key “${key}”.`,
		newer: (version: string | null) =>
			`The scenarios saved on this device were written by a newer version of this app (format version ${version ?? '?'}); this version cannot read them and leaves them exactly as they are. What you save or import here lasts for this visit only.`,
		skipped: (n: number, what: string, key: string) =>
			(n === 1
				? `1 saved scenario could not be read and is not shown: ${what}`
				: `${n} saved scenarios could not be read and are not shown: ${what}`) +
			` The others are shown. Before the next change is saved, the whole stored text is kept on this device under the storage key “${key}”.`,
		renumbered: (names: string) =>
			`These saved scenarios had the id of an earlier one and are shown with a new id: ${names}.`,
		overLimit: (count: number, max: number) =>
			`${count} scenarios are saved on this device, more than the ${max} allowed: all are shown, but none can be added until some are deleted.`,
		backedUp: (key: string) =>
			`Before the list was saved, the text that could not be read was kept on this device under the storage key “${key}”.`,
		backupFailed:
			'The saved text that could not be read could not be copied to a backup (storage full?), so nothing was saved over it: your changes last for this visit only. Export the list to keep them.',
		gone: (name: string) =>
			`“${name}” is no longer saved on this device (deleted in another tab?); nothing was changed.`,
		importFailed: (what: string) => `This file was not imported: ${what} Nothing was changed.`,
		pasteEmpty: 'Paste a link first; nothing was added.',
		pasteOtherPlan: (plan: string) =>
			`This link is a scenario of another plan (${plan}); scenarios are compared within one plan, so it was not added. Choose that plan above to compare it.`,
		compareFull: (max: number) =>
			`At most ${max} scenarios can be compared; remove one first. Nothing was added.`,
		copied: 'Link copied.',
		copyFailed: 'The link could not be copied here: select it in the field and copy it yourself.'
	},
	fileProblem: {
		too_large: (size: string, max: string) => `it is ${size}; at most ${max} is read.`,
		not_json: 'it is not a JSON file.',
		wrong_format:
			'it is not a scenarios file of this app (its “format” is not “bj-targets-scenarios”).',
		wrong_version: (version: string | null) =>
			version === null
				? 'it has no version number.'
				: `it is version ${version} of the format; this app reads version 1.`,
		not_a_list: 'its “scenarios” is not a list.',
		too_many: (count: number, max: number) =>
			`it holds ${count} scenarios; at most ${max} are allowed.`,
		bad_entry: (n: number, field: EntryField | null) =>
			field === null
				? `scenario ${n} is not a scenario record.`
				: `scenario ${n} has a missing or invalid “${field}”${field === 'savedAt' ? ' (an ISO date and time is expected)' : ''}.`,
		empty_name: (n: number) => `scenario ${n} has no name.`,
		name_too_long: (n: number, name: string, length: number, max: number) =>
			`the name of scenario ${n} (“${name}”) has ${length} characters; at most ${max} are allowed.`,
		duplicate_id: (n: number, name: string) =>
			`scenario ${n} (“${name}”) has the same id as an earlier one in the file.`,
		bad_link: (n: number, name: string, parts: string) =>
			`the link of scenario ${n} (“${name}”) has parts this app cannot use: ${parts}.`,
		full: (count: number, max: number) =>
			`with it, ${count} scenarios would be saved on this device; at most ${max} are allowed.`
	},
	ignoredPart: (part: string, reason: string) => `${part} (${reason})`,
	listSeparator: '; ',
	fullStop: '.',

	compareHeading: 'Choose what to compare',
	compareHelp: (max: number) =>
		`Up to ${max}: the current scenario, saved ones (tick “Compare” in the list above) or pasted links.`,
	currentScenario: 'Current scenario',
	compareCurrent: 'Compare the current scenario',
	pasteLabel: 'Paste a link to compare',
	pasteAdd: 'Add to comparison',
	selectedHeading: 'Being compared',
	nothingSelected: 'Nothing is being compared yet.',
	pastedLabel: (n: number) => `Link ${n}`,
	remove: 'Remove',
	removeLabel: (label: string) => `Remove “${label}” from the comparison`,
	ignoredIntro: (label: string, n: number) =>
		n === 1
			? `${label}: one part of this link could not be used and was ignored; the rest is compared:`
			: `${label}: ${n} parts of this link could not be used and were ignored; the rest is compared:`,
	droppedIntro: (n: number) =>
		n === 1
			? 'One scenario in this compare link was left out:'
			: `${n} scenarios in this compare link were left out:`,
	droppedReason: {
		bad_encoding: 'its percent-encoding is broken',
		empty: 'it holds no link',
		too_many: (max: number) => `at most ${max} scenarios can be compared`,
		repeated: 'it is the same scenario as an earlier one',
		other_plan: (plan: string) =>
			`it is a scenario of another plan (${plan}); scenarios are compared within one plan`
	},
	/** A saved scenario of another plan than the one shown: its compare box is off. */
	otherPlanSaved: (plan: string) => `Saved under ${plan}: choose that plan to compare it.`,
	compareLinkLabel: 'Link to this comparison',
	compareLinkHint:
		'The compared scenarios travel in the link itself: it opens this comparison on any device.',
	copyLink: 'Copy link',

	verdictsHeading: 'Verdicts side by side',
	verdictsCaption: (year: number) =>
		`Each target under each compared scenario: the verdict, the projected ${year} value and the constant growth the target requires.`,
	targetColumn: 'Target',
	projectedCell: (value: string, year: number) => `${year}: ${value}`,
	requiredCell: (value: string) => `required growth: ${value}`,

	chartsHeading: 'Projections overlaid',
	chartsHelp:
		'One line per scenario: the indicator’s history and projection. Lines differ by dash and marker shape as well as colour; the green line is the target.',
	legendHeading: 'Scenarios in the charts',
	chartSummary: (name: string, parts: string) => `${name}. ${parts}`,
	seriesValue: (label: string, value: string, year: number) => `${label}: ${value} in ${year}`,
	seriesNone: (label: string) => `${label}: no projection`,
	targetValue: (value: string) => `target ${value}`,
	sentenceSeparator: '; ',

	inputsHeading: 'Assumptions that differ',
	inputsCaption:
		'Every assumption that is not the same in all compared scenarios; “default” marks a value that follows the data.',
	settingColumn: 'Assumption',
	defaultCell: (value: string) => `${value} (default)`,
	noDifferences: 'The compared scenarios use the same assumptions.'
};

export type CompareMessages = typeof en;

const zh: CompareMessages = {
	lang: 'zh',
	pageTitle: '比较情景',
	backToDashboard: '← 全部目标',
	intro: '在本设备上保存情景，然后最多并排比较四个：结论、预测，以及不同的假设。',

	savedHeading: '已保存的情景',
	savedCaption: '保存在本设备上的情景',
	noneSaved: '本设备上还没有保存的情景。',
	colName: '名称',
	colSavedAt: '保存时间',
	colCompare: '比较',
	colActions: '操作',
	saveHeading: '保存当前情景',
	nameLabel: '名称',
	nameHint: (name) => `留空则使用“${name}”。`,
	saveCurrent: '保存当前情景',
	defaultName: (changes, date) =>
		changes === 0 ? `默认假设 · ${date}` : `${changes} 处改动 · ${date}`,
	open: '打开',
	openLabel: (name) => `在目标页打开“${name}”`,
	card: '卡片',
	cardLabel: (name) => `“${name}”的可打印卡片，以其名称为标题`,
	rename: '重命名',
	renameLabel: (name) => `重命名“${name}”`,
	newName: (name) => `“${name}”的新名称`,
	saveName: '保存名称',
	cancel: '取消',
	delete: '删除',
	deleteLabel: (name) => `删除“${name}”`,
	compareLabel: (name) => `比较“${name}”`,
	undo: '撤销',
	fileHeading: '在设备之间转移列表',
	exportAll: '全部导出为文件',
	exportFileName: (date) => `scenarios-${date}.json`,
	importLabel: '从文件导入（JSON）',
	importHint: (max, size) =>
		`由本应用导出的文件：最多 ${max} 个情景、不超过 ${size}。已有的情景会保留。`,
	importedSuffix: '（导入）',

	status: {
		saved: (name) => `已保存“${name}”。`,
		renamed: (name) => `已重命名为“${name}”。`,
		deleted: (name) => `已删除“${name}”。`,
		restored: (name) => `已恢复“${name}”。`,
		imported: (added, renamed) =>
			`已导入 ${added} 个情景` +
			(renamed === 0
				? '。'
				: `；其中 ${renamed} 个与已有情景的编号相同，两者都已保留，导入的标为“（导入）”。`),
		exported: (n, file) => `已将 ${n} 个情景导出到 ${file}。`,
		nameEmpty: '请输入名称；未作任何更改。',
		nameTooLong: (max) => `名称最多 ${max} 个字符；未作任何更改。`,
		full: (max) => `本设备最多保存 ${max} 个情景；请先删除一个。未保存。`,
		storage: {
			unavailable:
				'此浏览器不允许在本地保存（无痕模式？）：列表只在本次访问中有效。请导出以便保留。',
			quota: '本设备存储空间已满：列表未能保存在本地，只在本次访问中有效。请导出以便保留。'
		},
		unreadable: (what, key) =>
			`无法读取本设备上保存的情景：${what}列表显示为空。在保存任何内容覆盖它之前，无法读取的原文会保留在本设备的存储键“${key}”下。`,
		newer: (version) =>
			`本设备上保存的情景由更新版本的本应用写入（格式版本 ${version ?? '?'}）；此版本无法读取，也不会改动它们。在此保存或导入的内容只在本次访问中有效。`,
		skipped: (n, what, key) =>
			`有 ${n} 个已保存的情景无法读取，未显示：${what}其余情景照常显示。下次保存更改之前，存储的全部原文会保留在本设备的存储键“${key}”下。`,
		renumbered: (names) => `以下已保存的情景与前面的情景编号相同，已换用新编号显示：${names}。`,
		overLimit: (count, max) =>
			`本设备保存了 ${count} 个情景，超过上限 ${max} 个：全部照常显示，但在删除一些之前不能再添加。`,
		backedUp: (key) => `保存列表之前，无法读取的原文已保留在本设备的存储键“${key}”下。`,
		backupFailed:
			'无法读取的原文未能复制为备份（存储空间已满？），因此没有覆盖它：你的更改只在本次访问中有效。请导出列表以便保留。',
		gone: (name) => `“${name}”已不在本设备上（在其他标签页中删除了？）；未作任何更改。`,
		importFailed: (what) => `此文件未导入：${what}未作任何更改。`,
		pasteEmpty: '请先粘贴链接；未添加任何内容。',
		pasteOtherPlan: (plan) =>
			`这个链接是另一规划（${plan}）的情景；情景只在同一规划内比较，因此未添加。请在上方选择该规划后再比较。`,
		compareFull: (max) => `最多比较 ${max} 个情景；请先移除一个。未添加。`,
		copied: '链接已复制。',
		copyFailed: '无法在此复制链接：请在输入框中选中链接后自行复制。'
	},
	fileProblem: {
		too_large: (size, max) => `文件大小为 ${size}，最多读取 ${max}。`,
		not_json: '它不是 JSON 文件。',
		wrong_format: '它不是本应用的情景文件（其“format”不是“bj-targets-scenarios”）。',
		wrong_version: (version) =>
			version === null ? '它没有版本号。' : `它的格式版本为 ${version}；本应用读取版本 1。`,
		not_a_list: '其“scenarios”不是列表。',
		too_many: (count, max) => `它包含 ${count} 个情景；最多允许 ${max} 个。`,
		bad_entry: (n, field) =>
			field === null
				? `第 ${n} 个情景不是情景记录。`
				: `第 ${n} 个情景的“${field}”缺失或无效${field === 'savedAt' ? '（应为 ISO 日期时间）' : ''}。`,
		empty_name: (n) => `第 ${n} 个情景没有名称。`,
		name_too_long: (n, name, length, max) =>
			`第 ${n} 个情景的名称（“${name}”）有 ${length} 个字符；最多允许 ${max} 个。`,
		duplicate_id: (n, name) => `第 ${n} 个情景（“${name}”）的编号与文件中前面的情景相同。`,
		bad_link: (n, name, parts) =>
			`第 ${n} 个情景（“${name}”）的链接含有本应用无法使用的部分：${parts}。`,
		full: (count, max) => `导入后本设备将保存 ${count} 个情景；最多允许 ${max} 个。`
	},
	ignoredPart: (part, reason) => `${part}（${reason}）`,
	listSeparator: '；',
	fullStop: '。',

	compareHeading: '选择要比较的情景',
	compareHelp: (max) =>
		`最多 ${max} 个：当前情景、已保存的情景（在上面的列表中勾选“比较”）或粘贴的链接。`,
	currentScenario: '当前情景',
	compareCurrent: '比较当前情景',
	pasteLabel: '粘贴要比较的链接',
	pasteAdd: '加入比较',
	selectedHeading: '正在比较',
	nothingSelected: '尚未选择要比较的情景。',
	pastedLabel: (n) => `链接 ${n}`,
	remove: '移除',
	removeLabel: (label) => `从比较中移除“${label}”`,
	ignoredIntro: (label, n) => `${label}：此链接有 ${n} 处无法使用，已忽略；其余部分参与比较：`,
	droppedIntro: (n) => `此比较链接中有 ${n} 个情景未纳入比较：`,
	droppedReason: {
		bad_encoding: '百分号编码损坏',
		empty: '不含链接',
		too_many: (max) => `最多比较 ${max} 个情景`,
		repeated: '与前面的情景相同',
		other_plan: (plan) => `属于另一规划（${plan}）的情景；情景只在同一规划内比较`
	},
	otherPlanSaved: (plan) => `保存于${plan}：选择该规划后才能比较。`,
	compareLinkLabel: '此比较的链接',
	compareLinkHint: '所比较的情景都包含在链接中：在任何设备上都能打开这一比较。',
	copyLink: '复制链接',

	verdictsHeading: '结论并排对照',
	verdictsCaption: (year) =>
		`各目标在每个比较情景下的结论、${year} 年预测值，以及达成目标所需的不变增速。`,
	targetColumn: '目标',
	projectedCell: (value, year) => `${year} 年：${value}`,
	requiredCell: (value) => `所需增速：${value}`,

	chartsHeading: '预测叠加对照',
	chartsHelp:
		'每个情景一条线：指标的历史与预测。各线除颜色外还以虚线样式和标记形状区分；绿线为目标。',
	legendHeading: '图中的情景',
	chartSummary: (name, parts) => `${name}。${parts}`,
	seriesValue: (label, value, year) => `${label}：${year} 年 ${value}`,
	seriesNone: (label) => `${label}：无预测`,
	targetValue: (value) => `目标 ${value}`,
	sentenceSeparator: '；',

	inputsHeading: '不同的假设',
	inputsCaption: '所比较的情景中不完全相同的每项假设；“默认”表示该值随数据而定。',
	settingColumn: '假设',
	defaultCell: (value) => `${value}（默认）`,
	noDifferences: '所比较的情景使用相同的假设。'
};

export const compareMessages = { en, zh };
