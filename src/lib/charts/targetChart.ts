// The geometry of a target's chart: scales, axis ticks, line paths, the target rule or band,
// basis-break markers, point marks and the ratchet panel, all in pixels for a given width.
// Pure and DOM-free: TargetChart.svelte only renders what this returns.
import { extent } from 'd3-array';
import { scaleLinear, type ScaleLinear } from 'd3-scale';
import { area, line } from 'd3-shape';
import type { Lang } from '../model/types';
import { valueTicks, yearTicks, type Tick } from './axis';
import {
	joinsHistory,
	targetChartData,
	type BasisBreak,
	type ChartPoint,
	type MarkKind,
	type TargetChartData,
	type TargetChartInput
} from './chartData';
import { chartColors, markerPath, publishedSeriesStyle, shapeForKind } from './marks';

export interface Box {
	left: number;
	right: number;
	top: number;
	bottom: number;
}

export interface ChartMark {
	key: string;
	x: number;
	y: number;
	/** SVG path of the marker, centred on 0,0. */
	d: string;
	kind: MarkKind;
	/** Which series the mark belongs to: the indicator, later actuals, or a published series id. */
	series: string;
	color: string;
	hollow: boolean;
	point: ChartPoint;
}

export interface BreakMarker {
	key: string;
	x: number;
	breaks: BasisBreak[];
}

export interface RatchetPanel {
	box: Box;
	y: ScaleLinear<number, number>;
	ticks: Tick[];
	path: string;
	points: { key: string; x: number; y: number; year: number; value: number }[];
	/** Where zero growth lies, when it is inside the panel. */
	zeroY: number | null;
}

export interface TargetChartGeometry {
	data: TargetChartData;
	width: number;
	height: number;
	plot: Box;
	x: ScaleLinear<number, number>;
	y: ScaleLinear<number, number>;
	xTicks: Tick[];
	yTicks: Tick[];
	paths: { history: string; projection: string; baseline: string };
	/** The target as a horizontal rule across the plot; null for qualitative targets. */
	rule: { y: number; x1: number; x2: number } | null;
	/** The tolerance band (about-targets): from target × (1 − tolerance) up to the target. */
	band: { x: number; y: number; width: number; height: number } | null;
	/** The averaging window (average-growth targets) and its compound average as a rule. */
	window: {
		x: number;
		width: number;
		average: { y: number; x1: number; x2: number } | null;
	} | null;
	breaks: BreakMarker[];
	marks: ChartMark[];
	ratchet: RatchetPanel | null;
	/** The projection's 50 % and 90 % bands as closed area paths; null with no model on. */
	fan: { band50: string; band90: string } | null;
}

export interface ChartSize {
	width: number;
	/** Height of the main plot area; by default it follows the width. */
	plotHeight?: number;
}

/** The width used before the browser has measured the container (prerendering). */
export const DEFAULT_CHART_WIDTH = 640;
const MIN_WIDTH = 240;
const RATCHET_GAP = 46;
const RATCHET_HEIGHT = 64;
const LABEL_CHAR_PX = 7;

type XY = { year: number; value: number };

/** The value of every drawn point, rule and band edge: what the y scale must include. */
export function chartValues(data: TargetChartData): number[] {
	const values = [
		...data.history,
		...data.projection,
		...data.later,
		...data.published.flatMap((s) => s.points),
		...data.baseline
	].map((p) => p.value);
	if (data.target) values.push(data.target.value);
	if (data.target?.band) values.push(data.target.band.low, data.target.band.high);
	if (data.window?.average != null) values.push(data.window.average);
	for (const f of data.fan) values.push(f.q90[0], f.q90[1]);
	return values.filter(Number.isFinite);
}

/** A nice linear scale over `values`, padded so marks do not sit on the plot's edge. */
export function niceValueScale(
	values: number[],
	range: [number, number],
	ticks = 5
): ScaleLinear<number, number> {
	let [lo, hi] = extent(values) as [number | undefined, number | undefined];
	if (lo === undefined || hi === undefined) [lo, hi] = [0, 1];
	if (lo === hi) {
		const pad = Math.abs(lo) * 0.1 || 1;
		[lo, hi] = [lo - pad, hi + pad];
	} else {
		const pad = (hi - lo) * 0.06;
		[lo, hi] = [lo - pad, hi + pad];
	}
	return scaleLinear().domain([lo, hi]).range(range).nice(ticks);
}

/**
 * A path through `points` that lifts the pen between two points `split` says apart (a gap in
 * the years, or a change of statistical basis).
 */
export function gappedPath<T extends XY>(
	points: readonly T[],
	x: (year: number) => number,
	y: (value: number) => number,
	split: (a: T, b: T) => boolean = () => false
): string {
	const withGaps: (T | null)[] = [];
	points.forEach((p, i) => {
		if (i > 0 && split(points[i - 1]!, p)) withGaps.push(null);
		withGaps.push(p);
	});
	return (
		line<T | null>()
			.defined((p) => p !== null)
			.x((p) => x(p!.year))
			.y((p) => y(p!.value))(withGaps) ?? ''
	);
}

function marksOf(data: TargetChartData, x: (v: number) => number, y: (v: number) => number) {
	const marks: ChartMark[] = [];
	const add = (
		p: ChartPoint,
		series: string,
		shape: ReturnType<typeof shapeForKind>,
		color: string
	) =>
		marks.push({
			key: `${series}:${p.year}`,
			x: x(p.year),
			y: y(p.value),
			d: markerPath(shape),
			kind: p.kind,
			series,
			color,
			hollow: p.lowConfidence,
			point: p
		});
	// Published ratios go on top of the computed ones, which they often nearly coincide with.
	for (const p of data.history) add(p, 'indicator', shapeForKind(p.kind), chartColors.actual);
	data.published.forEach((s, i) => {
		const style = publishedSeriesStyle(i);
		for (const p of s.points) add(p, s.id, style.shape, style.color);
	});
	for (const p of data.later) add(p, 'later', 'triangle', chartColors.later);
	return marks;
}

function ratchetPanel(
	data: TargetChartData,
	x: ScaleLinear<number, number>,
	y: ScaleLinear<number, number>,
	ticks: Tick[],
	box: Box
): RatchetPanel {
	const [d0, d1] = y.domain() as [number, number];
	return {
		box,
		y,
		ticks,
		path: gappedPath(data.ratchet, x, y, (a, b) => b.year - a.year !== 1),
		points: data.ratchet.map((r) => ({
			key: `ratchet:${r.year}`,
			x: x(r.year),
			y: y(r.value),
			year: r.year,
			value: r.value
		})),
		zeroY: d0 <= 0 && d1 >= 0 ? y(0) : null
	};
}

/** One marker per year with a basis break, however many drivers break there (also for /compare). */
export function mergeBreaks(
	breaks: readonly BasisBreak[],
	x: (v: number) => number
): BreakMarker[] {
	const byYear = new Map<number, BasisBreak[]>();
	for (const b of breaks) byYear.set(b.year, [...(byYear.get(b.year) ?? []), b]);
	return [...byYear.entries()].map(([year, list]) => ({
		key: list.map((b) => b.key).join(','),
		x: x(year),
		breaks: list
	}));
}

const longest = (ticks: Tick[]) => Math.max(0, ...ticks.map((t) => t.label.length));

/** The area between two quantiles of the fan, year by year: a closed SVG path. */
export function fanBandPath(
	fan: TargetChartData['fan'],
	x: (year: number) => number,
	y: (value: number) => number,
	interval: 'q50' | 'q90'
): string {
	if (fan.length < 2) return '';
	return (
		area<TargetChartData['fan'][number]>()
			.x((f) => x(f.year))
			.y0((f) => y(f[interval][0]))
			.y1((f) => y(f[interval][1]))(fan) ?? ''
	);
}

/** Lays out a target chart's data in a box of the given width. */
export function targetChartGeometry(
	data: TargetChartData,
	size: ChartSize,
	lang: Lang
): TargetChartGeometry {
	const width = Math.max(MIN_WIDTH, Math.round(size.width || DEFAULT_CHART_WIDTH));
	const plotHeight = size.plotHeight ?? Math.round(Math.min(340, Math.max(200, width * 0.42)));
	const top = 28;
	const plotBottom = top + plotHeight;
	const hasRatchet = data.ratchet.length > 0;
	const ratchetBox = {
		top: plotBottom + RATCHET_GAP,
		bottom: plotBottom + RATCHET_GAP + RATCHET_HEIGHT
	};
	const height = (hasRatchet ? ratchetBox.bottom : plotBottom) + 28;

	const yTickCount = Math.max(3, Math.round(plotHeight / 55));
	const y = niceValueScale(chartValues(data), [plotBottom, top], yTickCount);
	const yTicks = valueTicks(y, yTickCount, data.unit, lang);
	const ratchetY = hasRatchet
		? niceValueScale(
				[0, ...data.ratchet.map((r) => r.value)],
				[ratchetBox.bottom, ratchetBox.top],
				2
			)
		: null;
	const ratchetTicks = ratchetY ? valueTicks(ratchetY, 2, 'rate', lang) : [];
	const left = 12 + LABEL_CHAR_PX * Math.max(longest(yTicks), longest(ratchetTicks), 2);
	const plot: Box = { left, right: width - 14, top, bottom: plotBottom };

	const [first, last] = data.years;
	const x = scaleLinear()
		.domain(first === last ? [first - 1, last] : [first, last])
		.range([plot.left + 10, plot.right - 10]);
	const xTicks = yearTicks(x, Math.max(2, Math.floor((plot.right - plot.left) / 56)));

	const history = gappedPath(data.history, x, y, (a, b) => !joinsHistory(data, a, b));
	const projectionPoints: XY[] = [...data.history.slice(-1), ...data.projection];
	const projection = data.projection.length > 0 ? gappedPath(projectionPoints, x, y) : '';
	const baseline = gappedPath(data.baseline, x, y);

	const rule = data.target ? { y: y(data.target.value), x1: plot.left, x2: plot.right } : null;
	const band = data.target?.band
		? {
				x: plot.left,
				y: y(data.target.band.high),
				width: plot.right - plot.left,
				height: Math.max(1, y(data.target.band.low) - y(data.target.band.high))
			}
		: null;
	const clampX = (v: number) => Math.min(plot.right, Math.max(plot.left, v));
	const averaging = data.window
		? {
				x: clampX(x(data.window.from - 0.5)),
				width: clampX(x(data.window.to + 0.5)) - clampX(x(data.window.from - 0.5)),
				average:
					data.window.average === null
						? null
						: { y: y(data.window.average), x1: x(data.window.from), x2: x(data.window.to) }
			}
		: null;

	return {
		data,
		width,
		height,
		plot,
		x,
		y,
		xTicks,
		yTicks,
		paths: { history, projection, baseline },
		rule,
		band,
		window: averaging,
		breaks: mergeBreaks(data.breaks, x),
		marks: marksOf(data, x, y),
		fan:
			data.fan.length >= 2
				? { band50: fanBandPath(data.fan, x, y, 'q50'), band90: fanBandPath(data.fan, x, y, 'q90') }
				: null,
		ratchet: ratchetY
			? ratchetPanel(data, x, ratchetY, ratchetTicks, {
					left: plot.left,
					right: plot.right,
					...ratchetBox
				})
			: null
	};
}

/** The whole chart for a target: its data, then its geometry at the given width. */
export function targetChart(
	input: TargetChartInput,
	size: ChartSize,
	lang: Lang
): TargetChartGeometry {
	return targetChartGeometry(targetChartData(input), size, lang);
}

/** A rough width of a label in pixels: CJK characters are square, Latin ones about half. */
export function estimateTextWidth(text: string, fontSize = 12): number {
	let width = 0;
	for (const ch of text) width += (ch.codePointAt(0) ?? 0) >= 0x2e80 ? fontSize : fontSize * 0.6;
	return width;
}

export interface LabelPlacement {
	text: string;
	x: number;
	y: number;
	anchor: 'start' | 'end';
}

/**
 * Where the target rule's label goes, and which wording: at the right or left end, above or below
 * the rule, in the first spot that no drawn point or line passes through. The full wording is
 * tried first, then the short one (the value alone: the legend says the green line is the
 * target); when every spot is taken, the one covering the fewest points wins.
 */
export function placeRuleLabel(
	geometry: TargetChartGeometry,
	labels: readonly string[]
): LabelPlacement | null {
	const { rule, plot, x, y, data } = geometry;
	if (!rule || labels.length === 0) return null;
	const line: XY[] = [...data.history, ...data.projection];
	const samples: [number, number][] = geometry.marks.map((m) => [m.x, m.y]);
	for (let i = 1; i < line.length; i++)
		for (let t = 0; t <= 1; t += 0.1) {
			const a = line[i - 1]!;
			const b = line[i]!;
			samples.push([x(a.year + (b.year - a.year) * t), y(a.value + (b.value - a.value) * t)]);
		}
	const spots = [
		{ x: plot.right - 4, y: rule.y - 6, anchor: 'end' },
		{ x: plot.left + 4, y: rule.y - 6, anchor: 'start' },
		{ x: plot.right - 4, y: rule.y + 16, anchor: 'end' },
		{ x: plot.left + 4, y: rule.y + 16, anchor: 'start' }
	] as const;
	const covered = (text: string, spot: (typeof spots)[number]) => {
		const width = estimateTextWidth(text);
		const left = spot.anchor === 'end' ? spot.x - width : spot.x;
		const box = { left: left - 4, right: left + width + 4, top: spot.y - 14, bottom: spot.y + 4 };
		return samples.filter(
			([sx, sy]) => sx >= box.left && sx <= box.right && sy >= box.top && sy <= box.bottom
		).length;
	};
	let best: { placement: LabelPlacement; covers: number } | null = null;
	for (const text of labels)
		for (const spot of spots) {
			const covers = covered(text, spot);
			if (covers === 0) return { text, ...spot };
			if (!best || covers < best.covers) best = { placement: { text, ...spot }, covers };
		}
	return best!.placement;
}
