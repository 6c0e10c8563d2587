// Strings of the plan picker on every page, in English and Chinese.

const en = {
	region: 'Plan shown',
	label: 'Plan',
	loading: 'Loading the plan…',
	failed: 'The plan could not be loaded (is this device offline?). The plan shown stays.',
	about: 'All plans',
	/** Said after a switch, for screen readers. */
	switched: (title: string) => `Now showing: ${title}. Assumptions are back at their defaults.`,
	notInPlan: (title: string) =>
		`This target is not part of ${title}; the dashboard shows that plan’s targets.`
};

const zh: typeof en = {
	region: '当前规划',
	label: '规划',
	loading: '正在载入规划……',
	failed: '规划未能载入（设备是否离线？），仍显示当前规划。',
	about: '全部规划',
	switched: (title) => `现在显示：${title}。各项假设已恢复默认。`,
	notInPlan: (title) => `${title}不含这一目标；总览页列出该规划的目标。`
};

export const planPickerMessages = { en, zh };
