// The tornado chart under a target's chart: for each assumption the target reads, how far its
// margin (and, with a model on, its probability) moves for −1 / +1 pp of that driver's growth,
// with the assumptions that flip the verdict marked. Pure: bars in pixels and the table's text.
import { scaleLinear } from 'd3-scale';
import { chartMessages } from '../i18n/chartMessages';
import { formatMargin, formatPoints } from '../i18n/format';
import type { TargetResult } from '../model/evaluate';
import type { DriverId, Lang, Plan } from '../model/types';

export interface TornadoBar {
	/** Left edge and width in pixels; width 0 when the step is unavailable. */
	x: number;
	width: number;
	text: string;
}

export interface TornadoRow {
	driver: DriverId;
	label: string;
	flips: boolean;
	/** The label's line, the bars below it, then the two values under the bars. */
	labelY: number;
	barY: number;
	textY: number;
	down: TornadoBar;
	up: TornadoBar;
	/** Probability change texts ('' without a model). */
	probabilityDown: string;
	probabilityUp: string;
}

export interface TornadoGeometry {
	width: number;
	height: number;
	zeroX: number;
	barHeight: number;
	/** Where the value texts start and end: −1 pp at the left, +1 pp at the right. */
	textLeft: number;
	textRight: number;
	rows: TornadoRow[];
}

const ROW_HEIGHT = 68;
const BAR_HEIGHT = 16;
const PAD = 8;

/**
 * The tornado's bars for a target's sensitivity (TargetResult.sensitivity): one row per driver,
 * bars from zero to the margin change at −1 pp and +1 pp on one symmetric scale. Empty rows when
 * the target has no sensitivity (qualitative, or missing an assumption).
 */
export function tornadoGeometry(
	result: TargetResult,
	plan: Plan,
	width: number,
	lang: Lang
): TornadoGeometry {
	const w = Math.max(280, Math.round(width || 640));
	const left = PAD;
	const right = w - PAD;
	const changes = result.sensitivity.flatMap((s) =>
		[s.down?.marginChange, s.up?.marginChange].filter((v): v is number => v != null)
	);
	const extent = Math.max(0, ...changes.map(Math.abs)) || 1;
	const x = scaleLinear().domain([-extent, extent]).range([left, right]);
	const zeroX = x(0);
	const name = (id: DriverId) => plan.drivers.find((d) => d.id === id)?.name[lang] ?? id;
	const bar = (change: number | null | undefined): TornadoBar => {
		if (change == null || !Number.isFinite(change)) return { x: zeroX, width: 0, text: '—' };
		const end = x(change);
		return {
			x: Math.min(zeroX, end),
			width: Math.abs(end - zeroX),
			text: formatMargin(change, result.unit, lang)
		};
	};
	const probability = (change: number | null | undefined) =>
		change == null ? '' : formatPoints(change * 100, lang, 1);
	const rows = result.sensitivity.map((s, i) => ({
		driver: s.driver,
		label: name(s.driver),
		flips: s.flipsVerdict,
		labelY: i * ROW_HEIGHT + 14,
		barY: i * ROW_HEIGHT + 22,
		textY: i * ROW_HEIGHT + 22 + BAR_HEIGHT + 15,
		down: bar(s.down?.marginChange),
		up: bar(s.up?.marginChange),
		probabilityDown: probability(s.down?.probabilityChange),
		probabilityUp: probability(s.up?.probabilityChange)
	}));
	return {
		width: w,
		height: Math.max(1, rows.length) * ROW_HEIGHT,
		zeroX,
		barHeight: BAR_HEIGHT,
		textLeft: PAD,
		textRight: w - PAD,
		rows
	};
}

export interface TornadoTableRow {
	driver: DriverId;
	label: string;
	marginDown: string;
	marginUp: string;
	verdictDown: string;
	verdictUp: string;
	probabilityDown: string;
	probabilityUp: string;
	flips: string;
}

/** The table behind the tornado: every number its bars draw, and the verdict after each step. */
export function tornadoTable(result: TargetResult, plan: Plan, lang: Lang): TornadoTableRow[] {
	const m = chartMessages[lang].tornado;
	const verdicts = chartMessages[lang].tornado.verdict;
	const geometry = tornadoGeometry(result, plan, 640, lang);
	return result.sensitivity.map((s, i) => {
		const row = geometry.rows[i]!;
		return {
			driver: s.driver,
			label: row.label,
			marginDown: row.down.text,
			marginUp: row.up.text,
			verdictDown: s.down ? verdicts[s.down.verdict] : '—',
			verdictUp: s.up ? verdicts[s.up.verdict] : '—',
			probabilityDown: row.probabilityDown || '—',
			probabilityUp: row.probabilityUp || '—',
			flips: s.flipsVerdict ? m.flipsYes : m.flipsNo
		};
	});
}
