// Strings of the page layout: the assumptions sheet on a phone, the targets each driver moves,
// and the chart's pointer to its data table, in English and Chinese.

const en = {
	openAssumptions: 'Adjust assumptions',
	closeAssumptions: 'Close',
	assumptionsSheet: 'Assumptions (the cards above update as you move a slider)',
	moves: (targets: string[]) => `Moves: ${targets.join(', ')}`,
	movesNothing: 'No target’s formula uses this driver.',
	chartTableNote: 'Every number in this chart is listed in the data table below.',
	toDataTable: 'Go to the data table'
};

const zh: typeof en = {
	openAssumptions: '调整假设',
	closeAssumptions: '关闭',
	assumptionsSheet: '假设（拖动滑块时，上方卡片随之更新）',
	moves: (targets: string[]) => `影响：${targets.join('、')}`,
	movesNothing: '没有目标的公式用到这一驱动量。',
	chartTableNote: '图中每个数字都列在下方的数据表里。',
	toDataTable: '跳到数据表'
};

export const layoutMessages = { en, zh };
export type LayoutMessages = typeof en;
