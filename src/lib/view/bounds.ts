// What a control shows for a value against the parameter table: the slider's position, whether
// the value lies beyond the slider's comfortable range (it is still used, and shown exactly in
// the typed field), and a rate written exactly as a link carries it. Pure.
import { formatRate } from '../i18n/format';
import type { Lang } from '../model/types';
import type { SliderRange } from '../model/parameters';

export interface SliderState {
	/** The thumb's position in percent, held inside the slider's ends. */
	position: number;
	/** True when the value lies outside the slider's range. */
	beyond: boolean;
	/** The slider's ends as the reader's language writes rates, e.g. "−20.0%" and "30.0%". */
	minText: string;
	maxText: string;
}

/** Where a slider for `slider` puts `rate` (a fraction), and whether the rate lies beyond it. */
export function sliderState(rate: number | null, slider: SliderRange, lang: Lang): SliderState {
	const value = rate ?? 0;
	const clamped = Math.min(slider.max, Math.max(slider.min, value));
	return {
		position: Math.round(clamped * 1e6) / 1e4,
		beyond: rate !== null && (rate < slider.min - 1e-12 || rate > slider.max + 1e-12),
		minText: formatRate(slider.min, lang),
		maxText: formatRate(slider.max, lang)
	};
}

/**
 * A rate as the typed fields show it: percent with every decimal a link carries (up to four),
 * and at least one — 0.075 → "7.5", 0.5 → "50.0", 0.123456 → "12.3456".
 */
export function percentText(rate: number | null): string {
	if (rate === null) return '';
	const pct = Number((rate * 100).toFixed(4)) + 0;
	return Number.isInteger(pct) ? pct.toFixed(1) : String(pct);
}

/** A list's choices with `current` added (in order) when the list does not offer it. */
export function choicesWith(choices: readonly number[], current: number | null): number[] {
	if (current === null || choices.includes(current)) return [...choices];
	return [...choices, current].sort((a, b) => a - b);
}
