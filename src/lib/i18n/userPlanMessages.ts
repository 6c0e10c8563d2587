// Strings of plans a reader loads from files that every page may show: the plan bar's menu, the
// picker's group and the user-supplied label. What a file action or a missing plan's link says is
// in userPlanNotes.ts, which loads only when there is something to say.

const en = {
	/** The plan bar's menu of plan files. */
	files: 'Plan files',
	load: 'Load a plan file…',
	download: 'Download plan file',
	remove: 'Remove from this device',
	undo: 'Undo',
	/** The picker's group of plans from files. */
	group: 'Your plans (from files)',
	/** After a user plan's name in the picker. */
	mark: ' (your file)',
	/** The label under the header wherever a user plan is shown. */
	badge: 'User-supplied plan',
	badgeText: (file: string) =>
		`Loaded on this device from ${file}: its targets, figures and sources are the file’s, not checked by this app.`
};

const zh: typeof en = {
	files: '规划文件',
	load: '载入规划文件……',
	download: '下载规划文件',
	remove: '从本设备移除',
	undo: '撤销',
	group: '你载入的规划（来自文件）',
	mark: '（你的文件）',
	badge: '用户提供的规划',
	badgeText: (file) =>
		`由本设备上的文件 ${file} 载入：其中的目标、数据与来源均出自该文件，未经本应用核对。`
};

export const userPlanMessages = { en, zh };
