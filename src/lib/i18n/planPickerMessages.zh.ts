// The Chinese strings of planPickerMessages.ts, which says what they are for: a module of their own, so
// that the browser loads only the page's language (see messages.ts).
import type { en } from './planPickerMessages.en';

export const zh: typeof en = {
	region: '当前规划',
	label: '规划',
	loading: '正在载入规划……',
	failed: '规划未能载入（设备是否离线？），仍显示当前规划。',
	about: '全部规划',
	switched: (title) => `现在显示：${title}。各项假设已恢复默认。`,
	notInPlan: (title) => `${title}不含这一目标；总览页列出该规划的目标。`
};
