// How each kind of point looks: a colour from the Okabe–Ito palette (safe for colour-blind
// readers) and, always, a shape as well, so no meaning is carried by colour alone. Shapes are
// d3-shape symbol paths centred on (0, 0); the Svelte layer only translates them.
import {
	symbol,
	symbolCircle,
	symbolCross,
	symbolDiamond,
	symbolSquare,
	symbolTriangle,
	symbolWye
} from 'd3-shape';
import type { SymbolType } from 'd3-shape';
import type { MarkKind } from './chartData';

// The palette is a module of its own (colors.ts) so that the dashboard's sparklines take it
// without d3-shape.
import { chartColors } from './colors';
export { chartColors, OKABE_ITO } from './colors';

export type MarkShape = 'circle' | 'diamond' | 'square' | 'triangle' | 'cross' | 'wye';

const SYMBOLS: Record<MarkShape, SymbolType> = {
	circle: symbolCircle,
	diamond: symbolDiamond,
	square: symbolSquare,
	triangle: symbolTriangle,
	cross: symbolCross,
	wye: symbolWye
};

const cache = new Map<string, string>();

/** The SVG path of a marker of `shape` with the given area in square pixels, centred on 0,0. */
export function markerPath(shape: MarkShape, area = 52): string {
	const key = `${shape}:${area}`;
	let d = cache.get(key);
	if (d === undefined) {
		d = symbol(SYMBOLS[shape], area)() ?? '';
		cache.set(key, d);
	}
	return d;
}

/** The shape of an indicator point by how it came to be. */
export function shapeForKind(kind: MarkKind): MarkShape {
	switch (kind) {
		case 'derived':
			return 'diamond';
		case 'user':
			return 'square';
		case 'later':
			return 'triangle';
		default:
			return 'circle';
	}
}

const PUBLISHED_SHAPES: MarkShape[] = ['cross', 'wye', 'square'];

/** The shape and colour of a target's n-th published series. */
export function publishedSeriesStyle(index: number): { shape: MarkShape; color: string } {
	return {
		shape: PUBLISHED_SHAPES[index % PUBLISHED_SHAPES.length]!,
		color: chartColors.published[index % chartColors.published.length]!
	};
}
