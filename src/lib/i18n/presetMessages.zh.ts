// The Chinese strings of presetMessages.ts, which says what they are for: a module of their own, so
// that the browser loads only the page's language (see messages.ts).
import type { PresetMessages } from './presetMessages.en';

export const zh: PresetMessages = {
	summary: (preset, parts) => `${preset}：${parts.join('，')}。`,
	driverGrowth: (driver, rate) => `${driver}每年 ${rate}`,
	defaults: '各驱动量按历史增速',
	asOfKept: (year) => `数据截至 ${year} 年（未变）`,
	asOfChanged: (from, to) => `数据截至 ${to} 年（原为 ${from} 年）`,
	asOfLine: (year, latest) =>
		latest ? `数据截至 ${year} 年（最新）` : `数据截至 ${year} 年（非最新）`
};
