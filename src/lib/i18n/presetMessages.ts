// Strings that say what a preset does when chosen, and the data-as-of always shown beside the
// presets, in English and Chinese.

const en = {
	/** "Strong: basic research spending +28.0% a year, …" */
	summary: (preset: string, parts: string[]) => `${preset}: ${parts.join(', ')}.`,
	driverGrowth: (driver: string, rate: string) => `${driver} ${rate} a year`,
	/** When the preset sets no growth of its own. */
	defaults: 'every driver at its historical growth',
	asOfKept: (year: number) => `data as of ${year} (unchanged)`,
	asOfChanged: (from: number, to: number) => `data as of ${to} (was ${from})`,
	/** The line always shown beside the presets. */
	asOfLine: (year: number, latest: boolean) =>
		latest ? `Data as of ${year} (the latest)` : `Data as of ${year} (not the latest)`
};

export type PresetMessages = typeof en;

const zh: PresetMessages = {
	summary: (preset, parts) => `${preset}：${parts.join('，')}。`,
	driverGrowth: (driver, rate) => `${driver}每年 ${rate}`,
	defaults: '各驱动量按历史增速',
	asOfKept: (year) => `数据截至 ${year} 年（未变）`,
	asOfChanged: (from, to) => `数据截至 ${to} 年（原为 ${from} 年）`,
	asOfLine: (year, latest) =>
		latest ? `数据截至 ${year} 年（最新）` : `数据截至 ${year} 年（非最新）`
};

export const presetMessages: Record<'en' | 'zh', PresetMessages> = { en, zh };
