// The toolbar's menus before they are opened, in English and Chinese: the Export and Share
// buttons and frames and the link to saved scenarios. A menu's items and their wording load with
// it when it is first opened (exportMessages.ts, shareMessages.ts).

const en = {
	export: 'Export',
	exportTitle: 'Export',
	share: 'Share',
	shareTitle: 'Share this scenario',
	compare: 'Saved scenarios & compare',
	close: 'Close',
	loading: 'Loading…',
	loadFailed:
		'This menu could not be loaded (is the connection down?). Nothing was changed; reload the page once online and open the menu again.'
};

const zh: typeof en = {
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

export const menuMessages = { en, zh };
