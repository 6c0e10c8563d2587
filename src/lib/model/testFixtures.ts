// Test-only records shared by the unit tests of the model and the layers above it.
import type { DataUpdateEntry } from './dataUpdate';

/** A figure entered from a publication: technology contracts 2025, with its source. */
export const dataUpdateEntry = (extra: Partial<DataUpdateEntry> = {}): DataUpdateEntry => ({
	series: 'tech_contracts',
	year: 2025,
	value: 9800.5,
	source: {
		title: '2025 年技术市场统计',
		url: 'https://kw.beijing.gov.cn/x.html',
		date: '2026-02-10'
	},
	...extra
});
