// The English strings of presetMessages.ts, which says what they are for: a module of their own, so
// that the browser loads only the page's language (see messages.ts).

export const en = {
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
