// What the panel for figures published since the data shows and reads: the series a target's
// figures can be entered for, a typed entry read into a data-update entry, and each entry as a
// line. Pure; the rules of an entry are model/dataUpdateFile.ts.
import type { DataUpdateEntry } from '../model/dataUpdate';
import { checkEntryInput, type DataUpdateProblem } from '../model/dataUpdateFile';
import type { Lang, ObservationsFile, Plan, TargetSpec } from '../model/types';
import { formatNumber, unitName } from '../i18n/format';

export interface SeriesOption {
	id: string;
	label: string;
	unit: string;
}

/** The series behind a target: each driver's levels and growth rates, then its own published series. */
export function seriesOptions(
	spec: TargetSpec,
	plan: Plan,
	data: ObservationsFile,
	lang: Lang
): SeriesOption[] {
	const ids: string[] = [];
	for (const id of [spec.numerator, ...(spec.denominator ? [spec.denominator] : [])]) {
		const driver = plan.drivers.find((d) => d.id === id);
		if (driver) ids.push(driver.series, ...(driver.ratesSeries ? [driver.ratesSeries] : []));
	}
	ids.push(...spec.publishedSeries);
	return [...new Set(ids)].flatMap((id) => {
		const s = data.series[id];
		return s
			? [
					{
						id,
						label: `${s.name[lang]}${lang === 'zh' ? '（' : ' ('}${unitName(s.unit, lang)}${lang === 'zh' ? '）' : ')'}`,
						unit: unitName(s.unit, lang)
					}
				]
			: [];
	});
}

export interface EntryForm {
	series: string;
	year: string;
	value: string;
	title: string;
	url: string;
	date: string;
}

/** A number typed by a person: full-width digits, a Unicode minus and thousands commas allowed. */
function typedNumber(text: string): number | string {
	const normalised = text
		.normalize('NFKC')
		.replace(/[\u2212\u2012\u2013\uFE63]/g, '-')
		.replace(/[\s,]/g, '');
	return /^[+-]?(\d+(\.\d*)?|\.\d+)$/.test(normalised) ? Number(normalised) : text;
}

/** Reads the form by the same rules as a file's entry; a bad field keeps its text for the message. */
export function readEntryForm(
	form: EntryForm,
	data: ObservationsFile
): { ok: true; entry: DataUpdateEntry } | { ok: false; problems: DataUpdateProblem[] } {
	return checkEntryInput(
		{
			series: form.series,
			year: typedNumber(form.year),
			value: typedNumber(form.value),
			source: { title: form.title, url: form.url, date: form.date }
		},
		data
	);
}

/** One entry as a short line: series name, year and value with its unit. */
export function entryText(entry: DataUpdateEntry, data: ObservationsFile, lang: Lang): string {
	const series = data.series[entry.series];
	const decimals = Math.min(4, (String(entry.value).split('.')[1] ?? '').length);
	const value =
		`${formatNumber(entry.value, lang, decimals)} ${series ? unitName(series.unit, lang) : ''}`.trim();
	const name = series?.name[lang] ?? entry.series;
	return lang === 'zh' ? `${name} ${entry.year} 年：${value}` : `${name} ${entry.year}: ${value}`;
}
