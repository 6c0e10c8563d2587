// What one driver's control shows: slider position, the historical mark, the spoken value and
// the years a figure may be entered for. Pure; the Svelte component only renders it.
import { formatRate, formatValue } from '../i18n/format';
import type { Messages } from '../i18n/messages';
import type { DriverResult, Evaluation } from '../model/evaluate';
import type { DriverId, GrowthRange, Lang, ObservationsFile, Plan } from '../model/types';
import { growthParameters, type RateParameter } from '../scenario/parameters';
import { parsePercentEntry } from './parseEntry';

export interface DriverControlView {
	name: string;
	unit: string;
	/** Slider numbers are percent (7.5 = 7.5 %); null growth sits at 0 with no thumb value shown. */
	sliderValue: number;
	sliderMin: number;
	sliderMax: number;
	sliderStep: number;
	rateText: string;
	valueText: string;
	/** Where the historical growth sits on the track, 0–100 (%), or null. */
	markPercent: number | null;
	markText: string;
	baseText: string;
	/** The historical mark and the base, as one line under the slider. */
	hintText: string;
	/** Years with no published figure, for which the user may enter one. */
	missingYears: number[];
	/** Projected years, for per-year overrides. */
	projectedYears: number[];
}

export function driverControlView(
	id: DriverId,
	evaluation: Evaluation,
	plan: Plan,
	data: ObservationsFile,
	t: Messages,
	lang: Lang
): DriverControlView {
	const spec = plan.drivers.find((d) => d.id === id)!;
	const driver: DriverResult = evaluation.drivers[id];
	const p = growthParameters[id];
	const growth = driver.growth;
	const trailing = driver.defaultGrowth;
	const affected = evaluation.targets
		.filter((r) => r.spec.numerator === id || r.spec.denominator === id)
		.map((r) => `${r.spec.name[lang]}: ${t.verdict[r.verdict]}`)
		.join(lang === 'zh' ? '；' : '; ');
	let markPercent: number | null = null;
	let markText = t.noDefaultGrowth;
	if (trailing.kind !== 'none') {
		markPercent = Math.min(100, Math.max(0, ((trailing.rate - p.min) / (p.max - p.min)) * 100));
		markText =
			trailing.kind === 'compound'
				? t.historicalMark(formatRate(trailing.rate, lang), `${trailing.from}–${trailing.to}`)
				: t.latestPublishedMark(formatRate(trailing.rate, lang), trailing.year);
	}
	const published = new Set(data.series[spec.series]?.observations.map((o) => o.year) ?? []);
	const first = Math.min(...published);
	const missingYears: number[] = [];
	for (let y = first + 1; y <= plan.targetYear; y++) if (!published.has(y)) missingYears.push(y);
	const projectedYears =
		driver.baseYear === null ? [] : range(driver.baseYear + 1, plan.targetYear);
	const rateText = formatRate(growth, lang);
	const baseText =
		driver.baseYear === null || driver.baseValue === null
			? ''
			: t.basedOn(driver.baseYear, formatValue(driver.baseValue, spec.unit, lang));
	return {
		name: spec.name[lang],
		unit: spec.unit,
		sliderValue: growth === null ? 0 : Math.round(growth * 1000) / 10,
		sliderMin: p.min * 100,
		sliderMax: p.max * 100,
		sliderStep: p.step * 100,
		rateText,
		valueText: growth === null ? t.noDefaultGrowth : t.sliderValueText(rateText, affected),
		markPercent,
		markText,
		baseText,
		hintText: baseText ? `${markText} · ${baseText}` : markText,
		missingYears,
		projectedYears
	};
}

function range(from: number, to: number): number[] {
	const out: number[] = [];
	for (let y = from; y <= to; y++) out.push(y);
	return out;
}

/**
 * A range moved so that its centre (√((1 + low)(1 + high)) − 1) is `centre`, its width in
 * ln(1 + g) held: what the single slider does while a driver's growth is a range.
 */
export function shiftRange(range: GrowthRange, centre: number): GrowthRange {
	const lnLow = Math.log1p(range.low);
	const lnHigh = Math.log1p(range.high);
	const half = (lnHigh - lnLow) / 2;
	const mid = Math.log1p(centre);
	const round = (x: number) => Number(x.toFixed(6));
	return { low: round(Math.expm1(mid - half)), high: round(Math.expm1(mid + half)) };
}

export type RangeEntry =
	| { ok: true; range: GrowthRange }
	| { ok: false; reason: 'not_a_number' | 'out_of_range' | 'reversed' };

/** Reads a range's two typed ends (percent, as parsePercentEntry reads them); low ≤ high. */
export function parseRangeEntry(low: string, high: string, p: RateParameter): RangeEntry {
	const a = parsePercentEntry(low, p);
	if (!a.ok) return a;
	const b = parsePercentEntry(high, p);
	if (!b.ok) return b;
	if (a.rate > b.rate) return { ok: false, reason: 'reversed' };
	return { ok: true, range: { low: a.rate, high: b.rate } };
}

/** The text a rejected range entry shows, in the reader's language. */
export function rangeEntryError(
	reason: 'not_a_number' | 'out_of_range' | 'reversed',
	p: RateParameter,
	t: Messages,
	lang: Lang
): string {
	if (reason === 'reversed') return t.rangeReversed;
	if (reason === 'out_of_range')
		return t.typedEntryOutOfRange(formatRate(p.min, lang), formatRate(p.max, lang));
	return t.typedEntryInvalid;
}

/** A rate as the typed fields show it: percent with one decimal. */
export const percentText = (rate: number | null) => (rate === null ? '' : (rate * 100).toFixed(1));
