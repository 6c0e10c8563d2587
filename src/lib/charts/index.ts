// The charts' public surface: pure chart math (data, geometry, sparkline, table, legend, words)
// and the Svelte components that render it.
export { valueTicks, yearTicks, axisFactor, type Tick } from './axis';
export {
	basisBreaks,
	isLowConfidence,
	targetChartData,
	type BasisBreak,
	type ChartPoint,
	type MarkKind,
	type PublishedSeries,
	type TargetChartData,
	type TargetChartInput
} from './chartData';
export {
	chartTable,
	markTitle,
	type TableGroup,
	type TableRow,
	type TableSource
} from './chartTable';
export { basisBreakNotes, chartLabels, targetPhrase, type ChartLabels } from './describe';
export { legendItems, DASH, type LegendItem, type Swatch } from './legend';
export { chartColors, markerPath, OKABE_ITO, publishedSeriesStyle, shapeForKind } from './marks';
export { sparkline, type SparklineGeometry, type SparklineSize } from './sparkline';
export {
	DEFAULT_CHART_WIDTH,
	targetChart,
	targetChartGeometry,
	type ChartMark,
	type ChartSize,
	type TargetChartGeometry
} from './targetChart';
export { default as TargetChart } from './TargetChart.svelte';
export { default as ChartLegend } from './ChartLegend.svelte';
export { default as Sparkline } from './Sparkline.svelte';
