// The Chinese strings of menuMessages.ts, which says what they are for: a module of their own, so
// that the browser loads only the page's language (see messages.ts).
import type { en } from './menuMessages.en';

export const zh: typeof en = {
	export: '导出',
	exportTitle: '导出',
	share: '分享',
	shareTitle: '分享此情景',
	compare: '已保存情景与比较',
	close: '关闭',
	loading: '正在载入……',
	loadFailed:
		'此菜单未能载入（网络是否断开？）。没有任何改动；请在联网后重新载入页面，再打开此菜单。'
};
