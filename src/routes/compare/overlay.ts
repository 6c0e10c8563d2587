// The overlaid projections of one target: each compared scenario's indicator path (history, then
// projection) as a line in one small chart. Lines are told apart by dash pattern and marker shape
// as well as colour. Pure geometry built on the target chart's scale helpers;
// OverlayChart.svelte only draws what this returns.
import { scaleLinear } from 'd3-scale';
import { valueTicks, yearTicks, type Tick } from '$lib/charts/axis';
import { markerPath, OKABE_ITO, type MarkShape } from '$lib/charts/marks';
import type { BasisBreak } from '$lib/charts/chartData';
import {
	gappedPath,
	mergeBreaks,
	niceValueScale,
	type Box,
	type BreakMarker
} from '$lib/charts/targetChart';
import type { PathPoint } from '$lib/model/evaluate';
import type { Lang } from '$lib/model/types';

export interface SeriesStyle {
	/** SVG dash pattern; null for a solid line. */
	dash: string | null;
	shape: MarkShape;
	color: string;
	/** Stroke width in pixels. */
	width: number;
	/** Marker area in square pixels. */
	markerArea: number;
}

/**
 * One style per compared scenario (at most four): each differs in dash, shape and colour. Later
 * series are drawn on top, thinner and with smaller markers, so that where scenarios coincide
 * (their shared history) every one still shows, nested inside the one before.
 */
export const SERIES_STYLES: readonly SeriesStyle[] = [
	{ dash: null, shape: 'circle', color: OKABE_ITO.blue, width: 5, markerArea: 110 },
	{ dash: '7 4', shape: 'square', color: OKABE_ITO.vermillion, width: 3.5, markerArea: 60 },
	{ dash: '2 3', shape: 'triangle', color: '#1a2230', width: 2.25, markerArea: 34 },
	// Okabe–Ito reddish purple, darkened for contrast on white.
	{ dash: '9 3 2 3', shape: 'diamond', color: '#a4487d', width: 1.5, markerArea: 18 }
];

export function seriesStyle(index: number): SeriesStyle {
	return SERIES_STYLES[index % SERIES_STYLES.length]!;
}

export interface OverlayInput {
	key: string;
	path: readonly PathPoint[];
}

export interface OverlayMark {
	key: string;
	x: number;
	y: number;
	year: number;
	value: number;
}

export interface OverlayLine {
	key: string;
	/** The line through the whole path; the pen lifts over missing years. Empty for no points. */
	d: string;
	style: SeriesStyle;
	/** The marker's path, centred on 0,0. */
	marker: string;
	/** Where markers go: entered and projected points, points with no neighbouring year (no line
	 * passes through them) and the last point. */
	marks: OverlayMark[];
}

export interface OverlayGeometry {
	width: number;
	height: number;
	plot: Box;
	xTicks: Tick[];
	yTicks: Tick[];
	/** The target as a horizontal rule; null when the target has no number. */
	rule: { y: number; x1: number; x2: number } | null;
	lines: OverlayLine[];
	/** Where a statistical basis changes inside the plotted years, marked as the target chart does. */
	breaks: BreakMarker[];
}

export interface OverlaySize {
	width: number;
	height: number;
}

export const OVERLAY_SIZE: OverlaySize = { width: 360, height: 210 };
const LABEL_CHAR_PX = 7;
const INSET = 8;

/**
 * Lays out the overlaid lines of one target: a shared year scale over every path's years, a
 * value scale over every point and the target, one line and its marks per series in input order
 * (series `i` takes seriesStyle(i)).
 */
export function overlayChart(
	series: readonly OverlayInput[],
	target: number | null,
	unit: string,
	lang: Lang,
	size: OverlaySize = OVERLAY_SIZE,
	breaks: readonly BasisBreak[] = []
): OverlayGeometry {
	const { width, height } = size;
	// Room above the plot for the unit label.
	const top = 26;
	const bottom = height - 26;
	const points = series.flatMap((s) => s.path);
	const values = points.map((p) => p.value);
	if (target !== null) values.push(target);
	const yTickCount = Math.max(3, Math.round((bottom - top) / 45));
	const y = niceValueScale(values.filter(Number.isFinite), [bottom, top], yTickCount);
	const yTicks = valueTicks(y, yTickCount, unit, lang);
	const left = 10 + LABEL_CHAR_PX * Math.max(2, ...yTicks.map((t) => t.label.length));
	const plot: Box = { left, right: width - 10, top, bottom };

	const years = points.map((p) => p.year);
	const first = years.length > 0 ? Math.min(...years) : 0;
	const last = years.length > 0 ? Math.max(...years) : 1;
	const x = scaleLinear()
		.domain(first === last ? [first - 1, last] : [first, last])
		.range([plot.left + INSET, plot.right - INSET]);
	const xTicks =
		years.length > 0 ? yearTicks(x, Math.max(2, Math.floor((plot.right - plot.left) / 56))) : [];

	const lines = series.map((s, i): OverlayLine => {
		const style = seriesStyle(i);
		const years = new Set(s.path.map((p) => p.year));
		const isolated = (year: number) => !years.has(year - 1) && !years.has(year + 1);
		const lastPoint = s.path.at(-1);
		const marked = s.path.filter(
			(p) => p.kind === 'projected' || p.kind === 'user' || p === lastPoint || isolated(p.year)
		);
		return {
			key: s.key,
			d: gappedPath(s.path, x, y, (a, b) => b.year - a.year !== 1),
			style,
			marker: markerPath(style.shape, style.markerArea),
			marks: marked.map((p) => ({
				key: `${s.key}:${p.year}`,
				x: x(p.year),
				y: y(p.value),
				year: p.year,
				value: p.value
			}))
		};
	});

	return {
		width,
		height,
		plot,
		xTicks,
		yTicks,
		rule: target === null ? null : { y: y(target), x1: plot.left, x2: plot.right },
		lines,
		breaks:
			years.length > 0
				? mergeBreaks(
						[...breaks].filter((b) => b.year > first && b.year < last),
						x
					)
				: []
	};
}
