// What one driver's control shows and does: slider position and whether the growth lies beyond
// the slider, the historical mark, the spoken value, the typed and per-year fields, the years a
// figure may be entered for — and each edit, checked by the parameter table as the link codec
// checks it. Pure; the Svelte component only renders it and passes events in.
import { controlMessages } from '../i18n/controlMessages';
import { formatNumber, formatRate, formatValue, unitName } from '../i18n/format';
import type { Messages } from '../i18n/messages';
import type { DriverResult, Evaluation } from '../model/evaluate';
import { evaluateProjections } from '../model/evaluate';
import { growthCounts, latestAsOfThatCounts } from '../model/reach';
import {
	growthSlider,
	PARAMETERS,
	snapRate,
	toLinkPrecision,
	resolveBounds,
	type Parameter
} from '../model/parameters';
import type { DriverId, GrowthRange, Lang, ObservationsFile, Plan, Scenario } from '../model/types';
import { setGrowth, setGrowthRange, setUserValue, setYearlyGrowth } from '../scenario/edit';
import { percentText, sliderState } from './bounds';
import { parsePercentEntry, parseValueEntry, type EntryResult } from './parseEntry';

export { percentText } from './bounds';

export interface DriverControlView {
	name: string;
	unit: string;
	/** The unit as the reader's language names it. */
	unitName: string;
	/** Slider numbers are percent (7.5 = 7.5 %); null growth sits at 0 with no thumb value shown. */
	sliderValue: number;
	sliderMin: number;
	sliderMax: number;
	sliderStep: number;
	/** The growth as the typed field shows it: every decimal a link carries. */
	typedText: string;
	/** Said beside the slider when the growth lies beyond its range; null inside it. */
	beyondText: string | null;
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
	/** Projected years, for per-year overrides, each with its rate as typed text ('' = none). */
	projectedYears: number[];
	yearTexts: Record<number, string>;
	/** The growth in use as the per-year fields' placeholder. */
	placeholder: string;
	/** Entered figures, year and formatted value. */
	entered: { year: number; text: string }[];
	/**
	 * Set when the growth cannot change any result under the data-as-of (model/reach.ts): the
	 * sentence saying so, and the as-of years that would make it count, each with its button text.
	 */
	inert: { text: string; choices: { asOf: number; label: string }[] } | null;
}

export function driverControlView(
	id: DriverId,
	evaluation: Evaluation,
	scenario: Scenario,
	plan: Plan,
	data: ObservationsFile,
	t: Messages,
	lang: Lang
): DriverControlView {
	const spec = plan.drivers.find((d) => d.id === id)!;
	const driver: DriverResult = evaluation.drivers[id];
	const p = growthSlider(id);
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
	const slider = sliderState(growth, p, lang);
	const beyondText = slider.beyond
		? controlMessages[lang].beyondSlider(slider.minText, slider.maxText)
		: null;
	const yearly = scenario.yearlyGrowth[id] ?? {};
	const inert = inertView(id, evaluation, scenario, plan, data, lang);
	return {
		name: spec.name[lang],
		unit: spec.unit,
		unitName: unitName(spec.unit, lang),
		sliderValue: slider.position,
		sliderMin: p.min * 100,
		sliderMax: p.max * 100,
		sliderStep: p.step * 100,
		typedText: percentText(growth),
		beyondText,
		rateText,
		valueText:
			growth === null
				? t.noDefaultGrowth
				: t.sliderValueText(rateText, affected) +
					(beyondText ? ` (${beyondText})` : '') +
					(inert ? ` (${inert.text})` : ''),
		markPercent,
		markText,
		baseText,
		hintText: baseText ? `${markText} · ${baseText}` : markText,
		missingYears,
		projectedYears,
		yearTexts: Object.fromEntries(projectedYears.map((y) => [y, percentText(yearly[y] ?? null)])),
		placeholder: percentText(growth),
		entered: Object.entries(scenario.userValues[id] ?? {}).map(([year, value]) => ({
			year: Number(year),
			text: formatValue(value, spec.unit, lang)
		})),
		inert
	};
}

/**
 * What an inert growth's control says: that the published figures are used, and the as-of years
 * that would make the growth count — the latest one, and the plan's own vantage (2022) when it
 * counts there too. Null when the growth counts, or when the driver has no figure at all.
 */
export function inertView(
	id: DriverId,
	evaluation: Evaluation,
	scenario: Scenario,
	plan: Plan,
	data: ObservationsFile,
	lang: Lang
): DriverControlView['inert'] {
	if (evaluation.drivers[id].baseYear === null || growthCounts(evaluation, plan, id)) return null;
	const m = controlMessages[lang];
	const latest = latestAsOfThatCounts(
		plan,
		data,
		id,
		evaluation.asOf,
		evaluation.averageWindow,
		scenario.userValues[id]
	);
	const vantage = PARAMETERS.vantage.default;
	const choices: { asOf: number; label: string }[] = [];
	if (latest !== null && latest !== vantage)
		choices.push({ asOf: latest, label: m.inertAsOf(latest) });
	if (latest !== null && latest >= vantage)
		choices.push({ asOf: vantage, label: m.inertPlanView(vantage) });
	const text = m.inertGrowth(plan.targetYear, evaluation.asOf);
	return { text: latest === null ? `${text} ${m.inertNever}` : text, choices };
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

/** The point growth set to `rate`; with a range, the range moved to centre on it. */
export function withGrowth(scenario: Scenario, id: DriverId, rate: number): Scenario {
	const range = scenario.growthRange?.[id];
	return range
		? setGrowthRange(scenario, id, shiftRange(range, rate))
		: setGrowth(scenario, id, rate);
}

/** The growth a slider position (percent) stands for, on the slider's step. */
export const sliderRate = (id: DriverId, percent: number) =>
	snapRate(percent / 100, growthSlider(id));

/**
 * One step (0.1 point) up or down from `growth`. Inside the slider it lands on the slider's step;
 * beyond it, it moves from the value itself, within the hard bounds, rather than jumping back.
 */
export function steppedGrowth(id: DriverId, growth: number | null, direction: 1 | -1): number {
	const slider = growthSlider(id);
	const next = (growth ?? 0) + direction * slider.step;
	if (next >= slider.min && next <= slider.max) return snapRate(next, slider);
	const { min, max } = PARAMETERS.growth.hard;
	return toLinkPrecision(PARAMETERS.growth, Math.min(max, Math.max(min, next)));
}

/** The outcome of one typed edit: the next scenario, or the sentence saying why nothing changed. */
export type Edit = { ok: true; scenario: Scenario } | { ok: false; error: string };

/** The text a refused percentage shows: the hard bounds the model and the link accept. */
export function rateEntryError(
	reason: 'not_a_number' | 'out_of_range',
	t: Messages,
	lang: Lang,
	p: Parameter = PARAMETERS.growth
): string {
	if (reason === 'not_a_number') return t.typedEntryInvalid;
	const { min, max } = resolveBounds(p.hard, 0);
	return t.typedEntryOutOfRange(formatRate(min, lang), formatRate(max, lang));
}

const edited = (
	result: EntryResult,
	apply: (x: number) => Scenario,
	error: (r: 'not_a_number' | 'out_of_range') => string
): Edit =>
	result.ok
		? { ok: true, scenario: apply(result.rate) }
		: { ok: false, error: error(result.reason) };

/** The typed constant growth of a driver. */
export function typedGrowthEdit(
	text: string,
	scenario: Scenario,
	id: DriverId,
	t: Messages,
	lang: Lang
): Edit {
	return edited(
		parsePercentEntry(text, PARAMETERS.growth),
		(rate) => withGrowth(scenario, id, rate),
		(reason) => rateEntryError(reason, t, lang)
	);
}

/** A typed per-year rate; empty text clears it. */
export function yearlyGrowthEdit(
	text: string,
	scenario: Scenario,
	id: DriverId,
	year: number,
	t: Messages,
	lang: Lang
): Edit {
	if (text.trim() === '') return { ok: true, scenario: setYearlyGrowth(scenario, id, year, null) };
	return edited(
		parsePercentEntry(text, PARAMETERS.yearlyGrowth),
		(rate) => setYearlyGrowth(scenario, id, year, rate),
		(reason) => rateEntryError(reason, t, lang, PARAMETERS.yearlyGrowth)
	);
}

/**
 * A typed figure for a year without one, by the link's rules: a positive number within the
 * table's bounds at four decimals, that keeps the driver's default growth in the model's range
 * (the model's `default_out_of_range`, which a link would refuse too).
 */
export function enteredValueEdit(
	text: string,
	year: number,
	context: { scenario: Scenario; plan: Plan; data: ObservationsFile },
	id: DriverId,
	t: Messages,
	lang: Lang
): Edit {
	const m = controlMessages[lang];
	const { hard } = PARAMETERS.userValue;
	const result = parseValueEntry(text);
	if (!result.ok)
		return {
			ok: false,
			error:
				result.reason === 'not_a_number'
					? t.enterValueInvalid
					: m.valueOutOfRange(formatNumber(hard.min, lang, 4), formatNumber(hard.max, lang))
		};
	const next = setUserValue(context.scenario, id, year, result.rate);
	const issues = evaluateProjections(context.plan, context.data, next).issues;
	if (issues.some((i) => i.field === `growth.${id}` && i.reason === 'default_out_of_range')) {
		const g = PARAMETERS.growth.hard;
		const name = context.plan.drivers.find((d) => d.id === id)!.name[lang];
		return {
			ok: false,
			error: m.valueBreaksTrend(name, formatRate(g.min, lang), formatRate(g.max, lang))
		};
	}
	return { ok: true, scenario: next };
}

export type RangeEntry =
	| { ok: true; range: GrowthRange }
	| { ok: false; reason: 'not_a_number' | 'out_of_range' | 'reversed' };

/** Reads a range's two typed ends (percent, within the growth's hard bounds); low ≤ high. */
export function parseRangeEntry(low: string, high: string): RangeEntry {
	const a = parsePercentEntry(low);
	if (!a.ok) return a;
	const b = parsePercentEntry(high);
	if (!b.ok) return b;
	if (a.rate > b.rate) return { ok: false, reason: 'reversed' };
	return { ok: true, range: { low: a.rate, high: b.rate } };
}

/** The text a rejected range entry shows, in the reader's language. */
export function rangeEntryError(
	reason: 'not_a_number' | 'out_of_range' | 'reversed',
	t: Messages,
	lang: Lang
): string {
	return reason === 'reversed' ? t.rangeReversed : rateEntryError(reason, t, lang);
}
