// Number and unit formatting per language: the only place where percent signs, 万亿 / trillion
// and rounding happen. Internal values stay in published units (亿元, %, 人年) and fractions.
import type { Lang } from '../model/types';

// Both languages write numbers alike: groups of three digits split by a comma, a decimal point
// (zh-CN and en-GB in Intl.NumberFormat). Written out here rather than through
// Intl.NumberFormat, whose first use loads the locale's data in a task of its own on every page's
// start (about 15 ms on a phone-class CPU, four times that at Lighthouse's slowdown). Rounded as
// Intl rounds: the shortest decimal that reads back as the number (1.005, not the binary
// 1.00499…), half away from zero. The test checks it against Intl.NumberFormat for both locales.
const intl = new Map<string, Intl.NumberFormat>();

function intlFixed(value: number, lang: Lang, digits: number): string {
	const key = `${lang}:${digits}`;
	let f = intl.get(key);
	if (!f) {
		f = new Intl.NumberFormat(lang === 'zh' ? 'zh-CN' : 'en-GB', {
			minimumFractionDigits: digits,
			maximumFractionDigits: digits
		});
		intl.set(key, f);
	}
	return f.format(value);
}

/** `value` to `digits` decimals, grouped, with an ASCII minus: what Intl.NumberFormat gives. */
export function groupedFixed(value: number, lang: Lang, digits: number): string {
	const shortest = String(Math.abs(value));
	// Not finite, or written with an exponent (under 1e-6, from 1e21): rare, left to Intl.
	if (!/^\d+(\.\d+)?$/.test(shortest)) return intlFixed(value, lang, digits);
	const point = shortest.indexOf('.');
	const whole = point < 0 ? shortest : shortest.slice(0, point);
	const fraction = point < 0 ? '' : shortest.slice(point + 1);
	let kept = (whole + fraction.slice(0, digits).padEnd(digits, '0')).replace(/^0+(?=\d)/, '');
	if ((fraction[digits] ?? '0') >= '5') kept = String(BigInt(kept) + 1n);
	kept = kept.padStart(digits + 1, '0');
	const head = kept.slice(0, kept.length - digits);
	const grouped = head.replace(/\B(?=(\d{3})+$)/g, ',');
	const sign = value < 0 || Object.is(value, -0) ? '-' : '';
	return sign + grouped + (digits > 0 ? '.' + kept.slice(kept.length - digits) : '');
}

function minimalDigits(x: number, max: number): number {
	for (let d = 0; d < max; d++)
		if (Math.abs(Math.round(x * 10 ** d) / 10 ** d - x) < 1e-9) return d;
	return max;
}

/** A plain number with a fixed number of decimals, grouped per language. */
export function formatNumber(value: number, lang: Lang, digits = 0): string {
	return formatFixed(value, lang, digits);
}

function formatFixed(value: number, lang: Lang, digits: number): string {
	return groupedFixed(value === 0 ? 0 : value, lang, digits).replace('-', '−');
}

/** A growth rate or other fraction as a percentage: 0.0844 → "8.4 %" (more digits when small). */
export function formatRate(rate: number | null, lang: Lang, digits?: number): string {
	if (rate === null || !Number.isFinite(rate)) return '—';
	const d = digits ?? (Math.abs(rate) < 0.01 && rate !== 0 ? 2 : 1);
	return `${formatNumber(rate * 100, lang, d)}%`;
}

/** A difference of two percentages, in percentage points. */
export function formatPoints(diff: number | null, lang: Lang, digits = 2): string {
	if (diff === null || !Number.isFinite(diff)) return '—';
	const sign = diff > 0 ? '+' : '';
	return `${sign}${formatNumber(diff, lang, digits)}${lang === 'zh' ? ' 个百分点' : ' pp'}`;
}

/**
 * A value in a series' unit, in the reader's language: 亿元 as 亿元 / 万亿元 in Chinese and
 * billion / trillion yuan in English; ratios in % with two decimals; counts as whole numbers.
 */
export function formatValue(value: number | null, unit: string, lang: Lang, exact = false): string {
	if (value === null || !Number.isFinite(value)) return '—';
	// With `exact`, as few decimals as the value needs (for targets stated as round numbers).
	const formatNumber = (x: number, l: Lang, digits: number) =>
		formatFixed(x, l, exact ? minimalDigits(x, digits) : digits);
	switch (unit) {
		case '亿元':
			if (lang === 'zh')
				return Math.abs(value) >= 10000
					? `${formatNumber(value / 10000, lang, 2)} 万亿元`
					: `${formatNumber(value, lang, 1)} 亿元`;
			return Math.abs(value) >= 10000
				? `${formatNumber(value / 10000, lang, 2)} trillion yuan`
				: `${formatNumber(value / 10, lang, 1)} billion yuan`;
		case '%':
			return `${formatNumber(value, lang, 2)}%`;
		case 'rate':
			return `${formatNumber(value * 100, lang, exact ? 2 : Math.abs(value) < 0.01 ? 2 : 1)}%`;
		case '人年/万人':
			return lang === 'zh'
				? `${formatNumber(value, lang, 0)} 人年/万人`
				: `${formatNumber(value, lang, 0)} per 10,000 employed`;
		case '人年':
			return lang === 'zh'
				? `${formatNumber(value, lang, 0)} 人年`
				: `${formatNumber(value, lang, 0)} person-years`;
		case '万人':
			return lang === 'zh'
				? `${formatNumber(value, lang, 1)} 万人`
				: `${formatNumber(value / 100, lang, 2)} million`;
		case '家':
			return lang === 'zh'
				? `${formatNumber(value, lang, 0)} 家`
				: `${formatNumber(value, lang, 0)} companies`;
		// Patent filings (PCT applications), and patents per 10,000 people (plan packs).
		case '件':
			return lang === 'zh'
				? `${formatNumber(value, lang, 0)} 件`
				: `${formatNumber(value, lang, 0)} filings`;
		case '件/万人':
			return lang === 'zh'
				? `${formatNumber(value, lang, 1)} 件/万人`
				: `${formatNumber(value, lang, 1)} per 10,000 people`;
		case '名':
			return lang === 'zh'
				? `第 ${formatNumber(value, lang, 0)} 名`
				: `rank ${formatNumber(value, lang, 0)}`;
		default:
			return `${formatNumber(value, lang, 2)} ${unit}`;
	}
}

/** A margin: the signed difference in the target's unit (percentage points for % targets). */
export function formatMargin(margin: number | null, unit: string, lang: Lang): string {
	if (margin === null || !Number.isFinite(margin)) return '—';
	if (unit === '%') return formatPoints(margin, lang);
	if (unit === 'rate') return formatPoints(margin * 100, lang, 2);
	const text = formatValue(Math.abs(margin), unit, lang);
	return `${margin > 0 ? '+' : margin < 0 ? '−' : ''}${text}`;
}

const UNIT_NAMES_EN: Record<string, string> = {
	亿元: '100 million yuan',
	人年: 'person-years',
	万人: '10,000 persons',
	家: 'companies',
	名: 'rank',
	件: 'filings',
	'件/万人': 'per 10,000 people',
	'人年/万人': 'person-years per 10,000 employed'
};

/** A unit's name for running text: as published in Chinese, spelled out in English. */
export function unitName(unit: string, lang: Lang): string {
	return lang === 'zh' ? unit : (UNIT_NAMES_EN[unit] ?? unit);
}

/** A target as the plan states it: no trailing zeros (6 %, 1.2 万亿元, 800 billion yuan). */
export function formatTarget(value: number, unit: string, lang: Lang): string {
	return formatValue(value, unit, lang, true);
}

/**
 * A probability as a whole percentage, like the cards show it, except that a near-certainty is
 * never rounded to 0 % or 100 %: 0.004 → "< 1%", 0.996 → "> 99%"; exactly 0 and 1 stay as they are.
 */
export function formatChance(p: number | null, lang: Lang): string {
	if (p === null || !Number.isFinite(p)) return '—';
	if (p > 0 && p < 0.005) return `< ${formatRate(0.01, lang, 0)}`;
	if (p < 1 && p > 0.995) return `> ${formatRate(0.99, lang, 0)}`;
	return formatRate(p, lang, 0);
}
