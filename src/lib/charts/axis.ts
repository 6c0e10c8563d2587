// Axis ticks for the charts: positions from a d3 scale, labels through the app's number
// formatting. Values stay in their published unit; only the labels convert (亿元 → billion yuan,
// fractions → %), with as many decimals as the tick step needs.
import { precisionFixed } from 'd3-format';
import type { ScaleLinear } from 'd3-scale';
import { formatNumber } from '../i18n/format';
import type { Lang } from '../model/types';

export interface Tick {
	value: number;
	/** Position along the axis, in pixels. */
	position: number;
	label: string;
}

/** The factor from a value in `unit` to the number an axis label shows in `lang`. */
export function axisFactor(unit: string, lang: Lang): number {
	switch (unit) {
		case '亿元':
			return lang === 'en' ? 0.1 : 1;
		case 'rate':
			return 100;
		case '万人':
			return lang === 'en' ? 0.01 : 1;
		default:
			return 1;
	}
}

const suffix = (unit: string) => (unit === '%' || unit === 'rate' ? '%' : '');

/** Tick values of a linear scale with labels in the reader's language. */
export function valueTicks(
	scale: ScaleLinear<number, number>,
	count: number,
	unit: string,
	lang: Lang
): Tick[] {
	const values = scale.ticks(count);
	const factor = axisFactor(unit, lang);
	// Rounded to 12 significant digits so float noise (0.01 × 100) does not add decimals.
	const step =
		values.length > 1 ? +(Math.abs(values[1]! - values[0]!) * factor).toPrecision(12) : 1;
	const digits = Math.min(4, precisionFixed(step));
	return values.map((value) => ({
		value,
		position: scale(value),
		label: `${formatNumber(value * factor, lang, digits)}${suffix(unit)}`
	}));
}

/** Whole-year ticks of a year scale: at most `count`, never a fractional year. */
export function yearTicks(scale: ScaleLinear<number, number>, count: number): Tick[] {
	const [from, to] = scale.domain() as [number, number];
	const years = scale.ticks(Math.max(1, count)).filter(Number.isInteger);
	if (years.length === 0) years.push(Math.round((from + to) / 2));
	return years.map((year) => ({ value: year, position: scale(year), label: String(year) }));
}
