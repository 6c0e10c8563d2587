// The Chinese strings of userPlanMessages.ts, which says what they are for: a module of their own, so
// that the browser loads only the page's language (see messages.ts).
import type { en } from './userPlanMessages.en';

export const zh: typeof en = {
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
