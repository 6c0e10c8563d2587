// The legend of a target chart: one entry per kind of mark the chart actually draws, each with
// the swatch that draws it (line style, band or marker shape), so the legend never explains a
// mark that is not there.
import { chartMessages } from '../i18n/chartMessages';
import type { Lang } from '../model/types';
import { joinsHistory, type TargetChartData } from './chartData';
import { chartColors, markerPath, publishedSeriesStyle, shapeForKind } from './marks';

export type Swatch =
	| { type: 'line'; color: string; dash: string | null; width: number }
	| { type: 'band'; color: string; opacity?: number }
	| { type: 'window' }
	| { type: 'marker'; d: string; color: string; hollow: boolean; ring?: boolean }
	| { type: 'break'; color: string };

export interface LegendItem {
	key: string;
	label: string;
	swatch: Swatch;
}

/** Dash patterns shared by the chart and its legend. */
export const DASH = {
	projection: '7 4',
	target: null,
	average: '8 3 2 3',
	basisBreak: '2 3'
} as const;

/** The legend entries for a chart's data, in the reader's language. */
export function legendItems(data: TargetChartData, lang: Lang): LegendItem[] {
	const m = chartMessages[lang].legend;
	const items: LegendItem[] = [];
	const marker = (shape: Parameters<typeof markerPath>[0], color: string, hollow = false) =>
		({ type: 'marker', d: markerPath(shape), color, hollow }) as const;
	const points = [...data.history, ...data.later];
	const solid = data.history.some((p, i) => i > 0 && joinsHistory(data, data.history[i - 1]!, p));
	if (solid)
		items.push({
			key: 'history',
			label: m.history,
			swatch: { type: 'line', color: chartColors.actual, dash: null, width: 2.5 }
		});
	if (data.projection.length > 0)
		items.push({
			key: 'projection',
			label: m.projection,
			swatch: { type: 'line', color: chartColors.projection, dash: DASH.projection, width: 2.5 }
		});
	if (data.fan.length >= 2) {
		items.push({
			key: 'fan50',
			label: m.fan50,
			swatch: { type: 'band', color: chartColors.projection, opacity: 0.3 }
		});
		items.push({
			key: 'fan90',
			label: m.fan90,
			swatch: { type: 'band', color: chartColors.projection, opacity: 0.14 }
		});
	}
	// Drawn always, but only visible (and so only explained) where it leaves the projection.
	if (data.baselineDiffers)
		items.push({
			key: 'baseline',
			label: m.baseline,
			swatch: { type: 'line', color: chartColors.baseline, dash: null, width: 1.25 }
		});
	if (data.target)
		items.push({
			key: 'target',
			label: m.target,
			swatch: { type: 'line', color: chartColors.target, dash: DASH.target, width: 2 }
		});
	if (data.target?.band)
		items.push({ key: 'band', label: m.band, swatch: { type: 'band', color: chartColors.band } });
	if (data.window) {
		items.push({ key: 'window', label: m.window, swatch: { type: 'window' } });
		if (data.window.average !== null)
			items.push({
				key: 'average',
				label: m.average,
				swatch: { type: 'line', color: chartColors.target, dash: DASH.average, width: 2 }
			});
	}
	for (const kind of ['published', 'derived', 'user'] as const)
		if (data.history.some((p) => p.kind === kind))
			items.push({
				key: kind,
				label: m[kind],
				swatch: marker(shapeForKind(kind), chartColors.actual)
			});
	if (data.later.length > 0)
		items.push({ key: 'later', label: m.later, swatch: marker('triangle', chartColors.later) });
	data.published.forEach((s, i) => {
		const style = publishedSeriesStyle(i);
		items.push({
			key: `published:${s.id}`,
			label: m.publishedSeries(s.name[lang]),
			swatch: marker(style.shape, style.color)
		});
	});
	if (
		points.some((p) => p.userSupplied) ||
		data.published.some((s) => s.points.some((p) => p.userSupplied))
	)
		items.push({
			key: 'user-supplied',
			label: m.userSupplied,
			swatch: { ...marker('circle', chartColors.actual), ring: true }
		});
	if (
		points.some((p) => p.lowConfidence) ||
		data.published.some((s) => s.points.some((p) => p.lowConfidence))
	)
		items.push({
			key: 'hollow',
			label: m.hollow,
			swatch: marker('circle', chartColors.actual, true)
		});
	if (data.breaks.length > 0)
		items.push({
			key: 'basis-break',
			label: m.basisBreak,
			swatch: { type: 'break', color: chartColors.basisBreak }
		});
	if (data.ratchet.length > 0)
		items.push({
			key: 'ratchet',
			label: m.ratchet,
			swatch: { type: 'line', color: chartColors.ratchet, dash: null, width: 1.5 }
		});
	return items;
}
