// A tiny line for a target card: actual values solid, the projection dashed, the target as a
// horizontal rule. Decorative only (the card carries the numbers), so no axes or labels.
// Its two maps are plain affine functions, not d3-scale: the sparkline is on the first page,
// and d3-scale's linear scale brings d3-interpolate and d3-color (8 KB gzipped) for features
// (ticks, nice, colour interpolation) a sparkline never uses. Charts with axes use d3-scale.
// For the same reason its lines are written here as SVG polylines rather than by d3-shape's
// line(), which brings d3-path, d3-array and the chart symbols' chunk (4.9 KB gzipped) to the
// first page; the path strings are the ones line() writes (checked by the tests).
import type { PathPoint, TargetResult } from '../model/evaluate';

export interface SparklineSize {
	width: number;
	height: number;
	/** Inset from every edge, so strokes are not clipped. */
	padding?: number;
}

export interface SparklineGeometry {
	width: number;
	height: number;
	history: string;
	projection: string;
	/** The y of the target rule; null for qualitative targets. */
	targetY: number | null;
}

/** The sparkline of a target's indicator path (levels, ratios, or yearly growth rates). */
export function sparkline(
	result: Pick<TargetResult, 'indicatorPath' | 'target'>,
	size: SparklineSize
): SparklineGeometry {
	const { width, height } = size;
	const pad = size.padding ?? 2;
	const path = result.indicatorPath;
	const actual = path.filter((p) => p.kind !== 'projected');
	const projected = path.filter((p) => p.kind === 'projected');
	const values = path.map((p) => p.value);
	if (result.target !== null) values.push(result.target);
	let [lo, hi] = extent(values);
	if (lo === undefined || hi === undefined)
		return { width, height, history: '', projection: '', targetY: null };
	if (lo === hi) [lo, hi] = [lo - (Math.abs(lo) * 0.1 || 1), hi + (Math.abs(hi) * 0.1 || 1)];
	const years = path.map((p) => p.year);
	const [y0, y1] = extent(years) as [number, number];
	const x = affine(y0 === y1 ? [y0 - 1, y1] : [y0, y1], [pad, width - pad]);
	const y = affine([lo, hi], [height - pad, pad]);
	const draw = (points: readonly PathPoint[]) =>
		polyline(points.map((p) => [x(p.year), y(p.value)]));
	return {
		width,
		height,
		history: draw(actual),
		projection: projected.length > 0 ? draw([...actual.slice(-1), ...projected]) : '',
		targetY: result.target === null ? null : y(result.target)
	};
}

/** The affine map taking domain[0] to range[0] and domain[1] to range[1] (domain[0] ≠ domain[1]). */
function affine(
	[d0, d1]: readonly [number, number],
	[r0, r1]: readonly [number, number]
): (value: number) => number {
	const k = (r1 - r0) / (d1 - d0);
	return (value) => r0 + (value - d0) * k;
}

/** The least and greatest of the values that are not NaN, or undefineds when there are none (as d3-array's). */
function extent(values: readonly number[]): [number | undefined, number | undefined] {
	let lo: number | undefined;
	let hi: number | undefined;
	for (const v of values) {
		if (!(v >= v)) continue; // NaN
		if (lo === undefined || v < lo) lo = v;
		if (hi === undefined || v > hi) hi = v;
	}
	return [lo, hi];
}

/** An SVG path through the points, as d3-shape's line() writes it ('' for none). */
export function polyline(points: readonly (readonly [number, number])[]): string {
	if (points.length === 0) return '';
	// Rounded to three decimals, as line() does by default (its digits(3)).
	const r = (v: number) => Math.round(v * 1000) / 1000;
	const d = 'M' + points.map(([px, py]) => `${r(px)},${r(py)}`).join('L');
	// line() closes a path of one point so that it still draws (a dot with round caps).
	return points.length === 1 ? d + 'Z' : d;
}
