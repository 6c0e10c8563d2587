// What the plan bar says after a file action (loaded, refused and why, removed, undone), and the
// notice of a link whose plan file this device lacks, in English and Chinese. Loaded only when
// there is something to say: none of it is on a first page.
import type { PlanFileProblem } from '../plans/planFile';
const megabytes = (bytes: number) => (bytes / 1_000_000).toFixed(1);

const en = {
	dropHint: 'Drop a plan file (.json) to load it',
	reading: (file: string) => `Reading ${file}…`,
	loaded: (title: string, file: string) =>
		`Loaded “${title}” from ${file}, kept on this device only, and shown now.`,
	replaced: (title: string, file: string) =>
		`Replaced your earlier copy of “${title}” with ${file}, and shown it now.`,
	notStored: (reason: 'unavailable' | 'quota'): string =>
		reason === 'quota'
			? 'This device’s storage is full, so the plan is not kept: it stays until you close this page.'
			: 'This browser does not let the page store anything, so the plan is not kept: it stays until you close this page.',
	removed: (title: string) => `Removed “${title}” from this device.`,
	undone: 'Undone: the plans on this device are as they were before.',
	undoFailed: 'There was nothing to undo.',
	openFailed: (title: string) =>
		`“${title}” could not be opened: this version of the app finds its pack invalid. Load a corrected file, or remove it.`,
	problem: (p: PlanFileProblem): string => {
		switch (p.kind) {
			case 'too_big':
				return `${p.file} is ${megabytes(p.bytes)} MB; a plan file may be at most 2 MB. Nothing was loaded.`;
			case 'not_json':
				return `${p.file} is not a JSON file (${p.reason}). Nothing was loaded.`;
			case 'other_file':
				return `${p.file} is a file of another kind (“${p.format}”), not a plan pack. Nothing was loaded.`;
			case 'invalid':
				return `${p.file} is not a valid plan pack: at ${p.path}, ${p.problem}. Nothing was loaded.`;
			case 'unusable':
				return `${p.file} is a valid pack, but the model cannot evaluate it (${p.reason}). Nothing was loaded.`;
		}
	},
	notAFile: 'Only a file can be dropped here: a plan pack (.json).',
	unreadable:
		'The plans stored on this device could not be read. They are kept aside exactly as they were, and loading a plan writes nothing over them.',
	downloadUnreadable: 'Download what was stored',
	/** A link (or the saved scenario) of a plan from a file this device lacks. */
	missingTitle: (packId: string) => `This link is for a plan loaded from a file: “${packId}”`,
	missingSavedTitle: (packId: string) =>
		`The scenario you last saw here is for a plan loaded from a file: “${packId}”`,
	missingBody: (file: string, shown: string) =>
		`This device does not have that plan. Ask whoever sent the link for the plan file ${file} (they can download it with “Download plan file” in the plan bar), then load it here with the button below or by dropping it on the page: the link then opens with its own numbers. Until then nothing of the link is applied, and the page shows “${shown}” at its defaults.`,
	missingSavedBody: (file: string, shown: string) =>
		`That plan is no longer on this device. Load its file (${file}) again to go back to the scenario; until then the page shows “${shown}” at its defaults.`,
	missingLink: 'The link, as it was',
	dismiss: 'Dismiss'
};

const zh: typeof en = {
	dropHint: '松开即可载入规划文件（.json）',
	reading: (file) => `正在读取 ${file}……`,
	loaded: (title, file) => `已从 ${file} 载入“${title}”并显示；该规划只保存在本设备上。`,
	replaced: (title, file) => `已用 ${file} 替换你先前载入的“${title}”，并显示新版本。`,
	notStored: (reason) =>
		reason === 'quota'
			? '本设备存储空间已满，规划未能保存：关闭本页后即不再保留。'
			: '此浏览器不允许网页存储数据，规划未能保存：关闭本页后即不再保留。',
	removed: (title) => `已从本设备移除“${title}”。`,
	undone: '已撤销：本设备上的规划恢复到上一步之前。',
	undoFailed: '没有可撤销的操作。',
	openFailed: (title) =>
		`“${title}”无法打开：当前版本的应用认为其规划包无效。请载入修正后的文件，或将其移除。`,
	problem: (p) => {
		switch (p.kind) {
			case 'too_big':
				return `${p.file} 有 ${megabytes(p.bytes)} MB，规划文件最大 2 MB。未载入任何内容。`;
			case 'not_json':
				return `${p.file} 不是 JSON 文件（${p.reason}）。未载入任何内容。`;
			case 'other_file':
				return `${p.file} 是另一类文件（“${p.format}”），不是规划包。未载入任何内容。`;
			case 'invalid':
				return `${p.file} 不是有效的规划包：字段 ${p.path} 有误（校验器原文：${p.problem}）。未载入任何内容。`;
			case 'unusable':
				return `${p.file} 格式有效，但模型无法据此测算（${p.reason}）。未载入任何内容。`;
		}
	},
	notAFile: '这里只能拖入文件：规划包（.json）。',
	unreadable: '本设备上保存的规划无法读取。它们已原样另存，载入新规划不会覆盖它们。',
	downloadUnreadable: '下载原先保存的内容',
	missingTitle: (packId) => `此链接使用的是从文件载入的规划“${packId}”`,
	missingSavedTitle: (packId) => `你上次在此查看的情景属于从文件载入的规划“${packId}”`,
	missingBody: (file, shown) =>
		`本设备上没有该规划。请向发送链接的人索取规划文件 ${file}（对方可在规划栏中点“下载规划文件”获得），再用下面的按钮载入，或把文件拖到页面上；载入后，链接将按其原有数值打开。在此之前，链接的内容均未采用，页面显示“${shown}”的默认设定。`,
	missingSavedBody: (file, shown) =>
		`该规划已不在本设备上。重新载入其文件（${file}）即可回到该情景；在此之前，页面显示“${shown}”的默认设定。`,
	missingLink: '原链接',
	dismiss: '关闭'
};

export const userPlanNotes = { en, zh };
