// The Chinese strings of layoutMessages.ts, which says what they are for: a module of their own, so
// that the browser loads only the page's language (see messages.ts).
import type { en } from './layoutMessages.en';

export const zh: typeof en = {
	openAssumptions: '调整假设',
	closeAssumptions: '关闭',
	assumptionsSheet: '假设（拖动滑块时，上方卡片随之更新）',
	moves: (targets: string[]) => `影响：${targets.join('、')}`,
	movesNothing: '没有目标的公式用到这一驱动量。',
	chartTableNote: '图中每个数字都列在下方的数据表里。',
	toDataTable: '跳到数据表'
};
