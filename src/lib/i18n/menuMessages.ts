// The export menu's button and frame, in English and Chinese: all a page needs before the menu
// is opened (its items and their wording load with it, from exportMessages.ts).

const en = {
	export: 'Export',
	exportTitle: 'Export',
	close: 'Close',
	loading: 'Loading the export tools…',
	loadFailed:
		'The export tools could not be loaded (is the connection down?). Nothing was changed; reload the page once online and open the menu again.'
};

const zh: typeof en = {
	export: '导出',
	exportTitle: '导出',
	close: '关闭',
	loading: '正在载入导出工具……',
	loadFailed:
		'导出工具未能载入（网络是否断开？）。没有任何改动；请在联网后重新载入页面，再打开此菜单。'
};

export const menuMessages = { en, zh };
