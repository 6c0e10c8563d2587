// The charts of /plans as finished figures (export/figure.ts): each indicator that several places
// target, as bars of the ratio method's ratio against the thresholds, and each place's two periods,
// as the growth achieved beside the growth the next target requires; with their title, what they
// show, the source and the link, in the reader's language. Pure: views in, SVG text out. The
// page draws the same rows (RatioChart.svelte, PeriodChart.svelte); this draws them for a file.
import {
	escapeXml,
	textWidth,
	wrapText,
	type ChartMarkup,
	type FigureText
} from '../export/figure';
import type { LegendItem } from '../charts/legend';
import { formatNumber, formatRate } from '../i18n/format';
import { plansMessages } from '../i18n/plansMessages';
import { progressMessages } from '../i18n/progressMessages';
import type { RatioCategory } from '../model/progress';
import type { Lang } from '../model/types';
import { ratioScale, type IndicatorView, type PeriodView } from './plansView';

/** Okabe–Ito colours of the ratio categories, as on the page. */
export const CATEGORY_COLORS: Record<RatioCategory, string> = {
	achieved: '#009e73',
	on_track: '#009e73',
	acceleration_needed: '#e69f00',
	limited_progress: '#e69f00',
	moving_away: '#d55e00'
};
/** The two bars of a period row: growth achieved, growth required. */
export const PERIOD_COLORS = { achieved: '#0072b2', required: '#cc79a7' } as const;

const WIDTH = 552;
const INK = '#1a2230';
const MUTED = '#4d5766';
const SIZE = 12;
const LEAD = 15;

/** A line of text at (x, y); `attrs` may set its own fill (the default is ink). */
const text = (x: number, y: number, s: string, attrs = '') =>
	`<text x="${x}" y="${y}" font-size="${SIZE}"${/\bfill=/.test(attrs) ? '' : ` fill="${INK}"`}${attrs}>${escapeXml(s)}</text>`;
const lines = (x: number, y: number, l: readonly string[], attrs = '') =>
	l.map((s, i) => text(x, y + i * LEAD, s, attrs)).join('');
/** Muted words drawn over the dashed thresholds, kept legible by a white outline. */
const HALO = ` fill="${MUTED}" stroke="#ffffff" stroke-width="4" paint-order="stroke"`;
const r1 = (n: number) => Math.round(n * 10) / 10;

/** A bar from `a` to `b` (x positions) at `y`, ending in a notch when it runs past the scale. */
function bar(a: number, b: number, y: number, h: number, color: string, cut: boolean): string {
	const [x0, x1] = [Math.min(a, b), Math.max(a, b)];
	const w = Math.max(2, x1 - x0);
	if (!cut) return `<rect x="${r1(x0)}" y="${y}" width="${r1(w)}" height="${h}" fill="${color}"/>`;
	const tip = b >= a ? x0 + w : x0;
	const back = b >= a ? tip - 8 : tip + 8;
	const base = b >= a ? x0 : x0 + w;
	return `<path d="M${r1(base)} ${y}H${r1(back)}L${r1(tip)} ${y + h / 2}L${r1(back)} ${y + h}H${r1(base)}Z" fill="${color}"/>`;
}

const svgOf = (parts: string[], height: number): ChartMarkup => ({
	svg: `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${height}" viewBox="0 0 ${WIDTH} ${height}">${parts.join('')}</svg>`,
	width: WIDTH,
	height
});

/** One indicator's places as bars of their ratio on one scale, thresholds dashed. */
export function ratioChartMarkup(view: IndicatorView, lang: Lang): ChartMarkup {
	const m = plansMessages[lang];
	const scale = ratioScale(view.rows.map((r) => r.ratio));
	const [left, right] = [130, WIDTH - 40];
	const x = (v: number) => left + scale.at(v) * (right - left);
	const parts: string[] = [];
	let y = 4;
	for (const row of view.rows) {
		const name = wrapText(row.place, left - 12, SIZE);
		const note =
			row.ratio === null
				? wrapText(row.category ? row.categoryText : row.standing, right - left - 8, SIZE)
				: [];
		const height = Math.max(name.length, note.length, 1) * LEAD + 13;
		parts.push(lines(0, y + 14, name, ` data-place="${escapeXml(row.planId)}"`));
		if (row.ratio !== null) {
			const color = CATEGORY_COLORS[row.category ?? 'moving_away'];
			parts.push(bar(x(0), x(row.ratio), y + 3, 16, color, scale.cut(row.ratio)));
			const label = formatNumber(row.ratio, lang, 2);
			const end = Math.max(x(0), x(row.ratio));
			parts.push(text(Math.min(end + 6, WIDTH - textWidth(label, SIZE)), y + 15, label));
		} else parts.push(lines(left + 6, y + 14, note, HALO));
		y += height;
	}
	// The thresholds behind the bars and words, their values below.
	const thresholds = scale.thresholds.map((t) => {
		const tx = r1(x(t.value));
		const value = formatNumber(t.value, lang, t.value === 0 ? 0 : 2);
		return (
			`<line x1="${tx}" x2="${tx}" y1="0" y2="${y}" stroke="#4f5b6b" stroke-dasharray="4 3"/>` +
			text(tx, y + 14, value, ' text-anchor="middle"')
		);
	});
	parts.push(text(left, y + 32, m.ratioAxis, ` fill="${MUTED}"`));
	return svgOf([...thresholds, ...parts], y + 40);
}

/** One place's indicators: the growth achieved and the growth required, two bars each. */
export function periodChartMarkup(view: PeriodView, lang: Lang): ChartMarkup {
	const m = plansMessages[lang];
	const rates = view.rows.flatMap((r) => [r.achievedRate ?? 0, r.requiredRate ?? 0]);
	const [lo, hi] = [Math.min(0, ...rates), Math.max(0.01, ...rates)];
	const [left, right] = [200, WIDTH - 56];
	const x = (v: number) => left + ((v - lo) / (hi - lo)) * (right - left);
	const parts: string[] = [];
	let y = 4;
	for (const row of view.rows) {
		const name = wrapText(row.name, left - 12, SIZE);
		parts.push(lines(0, y + 12, name, ` data-target="${escapeXml(row.id)}"`));
		parts.push(text(0, y + 12 + name.length * LEAD, row.changeText, ` fill="${MUTED}"`));
		const pairs = [
			['achieved', row.achievedRate],
			['required', row.requiredRate]
		] as const;
		pairs.forEach(([kind, rate], i) => {
			const by = y + 2 + i * 18;
			if (rate === null)
				return void parts.push(text(left + 4, by + 12, m.none, ` fill="${MUTED}"`));
			parts.push(bar(x(0), x(rate), by, 14, PERIOD_COLORS[kind], false));
			parts.push(text(Math.max(x(0), x(rate)) + 6, by + 12, formatRate(rate, lang)));
		});
		y += Math.max((name.length + 1) * LEAD, 36) + 12;
	}
	parts.push(`<line x1="${r1(x(0))}" x2="${r1(x(0))}" y1="0" y2="${y}" stroke="${MUTED}"/>`);
	return svgOf(parts, y + 4);
}

const figureText = (
	lang: Lang,
	title: string,
	subtitle: string,
	legend: LegendItem[],
	plans: string[],
	link: string,
	appTitle: string
): FigureText => {
	const f = plansMessages[lang].figure;
	const source = f.source(plans, appTitle);
	return { lang, title, subtitle, unit: null, legend, source, link, linkLabel: f.linkLabel };
};

/** The ratio figure's words: the indicator, what the ratio is, a legend entry per colour shown. */
export function ratioFigureText(
	view: IndicatorView,
	lang: Lang,
	link: string,
	appTitle: string
): FigureText {
	const p = progressMessages[lang].category;
	const shown = new Set(
		view.rows.flatMap((r) => (r.ratio === null || !r.category ? [] : [r.category]))
	);
	const legend: LegendItem[] = (Object.keys(CATEGORY_COLORS) as RatioCategory[])
		.filter((c) => shown.has(c))
		.map((c) => ({
			key: c,
			label: p[c],
			swatch: { type: 'band', color: CATEGORY_COLORS[c], opacity: 1 }
		}));
	const subtitle = plansMessages[lang].figure.ratioSubtitle(view.targetYear);
	return figureText(lang, view.caption, subtitle, legend, view.plans, link, appTitle);
}

/** The periods figure's words: the place and its two target years, the two bars in the legend. */
export function periodFigureText(
	view: PeriodView,
	lang: Lang,
	link: string,
	appTitle: string
): FigureText {
	const m = plansMessages[lang];
	const legend: LegendItem[] = (['achieved', 'required'] as const).map((k) => ({
		key: k,
		label: m[k],
		swatch: { type: 'band', color: PERIOD_COLORS[k], opacity: 1 }
	}));
	const subtitle = m.figure.periodSubtitle(view.earlierYear, view.laterYear);
	return figureText(lang, view.caption, subtitle, legend, view.plans, link, appTitle);
}

/**
 * One indicator's finished figure: its words and its chart. `appTitle`: the app's title, which the
 * source line credits for the figure.
 */
export function ratioFigure(view: IndicatorView, lang: Lang, link: string, appTitle: string) {
	return { text: ratioFigureText(view, lang, link, appTitle), chart: ratioChartMarkup(view, lang) };
}

/** One place's two periods as a finished figure: its words and its chart. */
export function periodFigure(view: PeriodView, lang: Lang, link: string, appTitle: string) {
	return {
		text: periodFigureText(view, lang, link, appTitle),
		chart: periodChartMarkup(view, lang)
	};
}
