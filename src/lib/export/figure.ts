// A chart as a finished figure, as Our World in Data's downloads are: title, subtitle (scenario
// and data-as-of), unit, the chart, its legend, the source line and the link, laid out in one
// standalone SVG. Pure: the chart's own SVG comes in as text with its size; no DOM, no clock.
// Text widths are estimated (CJK characters one em, others about half), so lines wrap before
// they could overflow in any common font.
import type { LegendItem, Swatch } from '../charts/legend';

export interface FigureText {
	/** The figure's language, for `xml:lang` and line breaking. */
	lang: 'zh' | 'en';
	title: string;
	/** Scenario (its name, or "default assumptions"), data-as-of and vintage. */
	subtitle: string;
	/** The unit of the value axis, as a short line above the chart; null for none. */
	unit: string | null;
	legend: readonly LegendItem[];
	/** The sources behind the plotted series, with their kind; one or more lines of text. */
	source: string;
	/** The full link that opens this scenario. */
	link: string;
	/** The label before the link ("Link:", "链接："). */
	linkLabel: string;
}

export interface ChartMarkup {
	/** The chart as standalone SVG text (`<svg xmlns=… width=… height=…>…</svg>`). */
	svg: string;
	width: number;
	height: number;
}

export interface FigureLayout {
	svg: string;
	width: number;
	height: number;
}

const PAD = 24;
const MIN_WIDTH = 600;
const FONT =
	"system-ui, -apple-system, 'Segoe UI', 'Noto Sans CJK SC', 'Noto Sans SC', 'PingFang SC', 'Microsoft YaHei', sans-serif";
const INK = '#1a2230';
const MUTED = '#4d5766';
const RULE = '#d5dae1';

/** Text with the five XML specials escaped, safe inside an element or an attribute. */
export function escapeXml(text: string): string {
	return text.replace(
		/[<>&"']/g,
		(c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]!
	);
}

const WIDE =
	/[\u1100-\u115F\u2E80-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]/u;

/** Punctuation that may not begin a line (Chinese line-breaking rules). */
const CLOSING = /^[，。、；：？！）》」』】〕”’…,.;:?!)\]]$/u;

/** The estimated width of `text` at `size` px: wide (CJK, full-width) characters one em. */
export function textWidth(text: string, size: number, bold = false): number {
	let ems = 0;
	for (const ch of text)
		ems += WIDE.test(ch)
			? 1
			: /\s/.test(ch)
				? 0.3
				: /[A-Z0-9%&=@#MW_]/.test(ch)
					? 0.7
					: bold
						? 0.6
						: 0.56;
	return ems * size;
}

/**
 * `text` in lines no wider than `width` px: broken at spaces where there are any, and anywhere
 * between wide characters or inside a word too long for a line (a link).
 */
export function wrapText(text: string, width: number, size: number, bold = false): string[] {
	const lines: string[] = [];
	let line = '';
	// Tokens: a run of non-space narrow characters, one wide character, or white space.
	const tokens = text.match(new RegExp(`${WIDE.source}|\\s+|[^\\s]`, 'gu')) ?? [];
	const words: string[] = [];
	for (const t of tokens) {
		const last = words.at(-1);
		const narrow = (s: string) => !WIDE.test(s) && !/\s/.test(s);
		// Closing punctuation (full-width or not) never starts a line: it stays with what it closes.
		const closes = CLOSING.test(t) && last !== undefined && !/\s/.test(last.at(-1)!);
		if (last !== undefined && ((narrow(t) && narrow(last.at(-1)!)) || closes))
			words[words.length - 1] += t;
		else words.push(t);
	}
	const fits = (s: string) => textWidth(s, size, bold) <= width;
	for (const word of words) {
		if (fits(line + word)) {
			line += word;
			continue;
		}
		if (line.trim() !== '') lines.push(line.trimEnd());
		line = /^\s+$/.test(word) ? '' : word;
		// A word wider than a line (a long link) is cut where it must be.
		while (!fits(line)) {
			let cut = line.length - 1;
			while (cut > 1 && !fits(line.slice(0, cut))) cut--;
			lines.push(line.slice(0, cut));
			line = line.slice(cut);
		}
	}
	if (line.trim() !== '') lines.push(line.trimEnd());
	return lines;
}

/** Lines of text from `y` (the first baseline), `lead` px apart, as <text> elements. */
function textLines(
	lines: readonly string[],
	x: number,
	y: number,
	size: number,
	lead: number,
	attrs: string
): string {
	return lines
		.map(
			(l, i) =>
				`<text x="${x}" y="${y + i * lead}" font-size="${size}" ${attrs}>${escapeXml(l)}</text>`
		)
		.join('');
}

/** A legend swatch drawn in a 30 × 16 box centred on (cx, cy), as the page's legend draws it. */
function swatchSvg(swatch: Swatch, cx: number, cy: number): string {
	const at = `transform="translate(${cx} ${cy})"`;
	switch (swatch.type) {
		case 'line':
			return `<line ${at} x1="-13" x2="13" y1="0" y2="0" stroke="${swatch.color}" stroke-width="${swatch.width}"${swatch.dash ? ` stroke-dasharray="${swatch.dash}"` : ''}/>`;
		case 'band':
			return `<rect ${at} x="-13" y="-6" width="26" height="12" fill="${swatch.color}" fill-opacity="${swatch.opacity ?? 0.2}"/>`;
		case 'window':
			return `<rect ${at} x="-13" y="-7" width="26" height="14" fill="${INK}" fill-opacity="0.08"/>`;
		case 'break':
			return `<line ${at} x1="0" x2="0" y1="-7" y2="7" stroke="${swatch.color}" stroke-width="1.5" stroke-dasharray="2 3"/>`;
		case 'marker':
			return `<path ${at} d="${swatch.d}" fill="${swatch.hollow ? '#ffffff' : swatch.color}" stroke="${swatch.hollow ? swatch.color : '#ffffff'}" stroke-width="${swatch.hollow ? 1.75 : 1}"/>`;
	}
}

/** The legend as rows of swatch + label, flowing left to right within `width`. */
function legendSvg(
	items: readonly LegendItem[],
	x: number,
	y: number,
	width: number
): { svg: string; height: number } {
	const size = 12;
	const row = 20;
	let cx = 0;
	let cy = 0;
	const parts: string[] = [];
	for (const item of items) {
		const label = item.label;
		const w = 34 + textWidth(label, size) + 18;
		if (cx > 0 && cx + w > width) {
			cx = 0;
			cy += row;
		}
		parts.push(
			`<g data-legend="${escapeXml(item.key)}">${swatchSvg(item.swatch, x + cx + 15, y + cy + 8)}` +
				`<text x="${x + cx + 34}" y="${y + cy + 12}" font-size="${size}" fill="${INK}">${escapeXml(label)}</text></g>`
		);
		cx += w;
	}
	return { svg: parts.join(''), height: items.length === 0 ? 0 : cy + row };
}

/** The chart's SVG placed at (x, y) inside the figure, keeping its own size and drawing. */
function placeChart(chart: ChartMarkup, x: number, y: number): string {
	return chart.svg.replace(/^\s*<svg\b/, `<svg x="${x}" y="${y}"`);
}

/** The whole figure: header, chart, legend and footer, as standalone SVG text with its size. */
export function figureSvg(text: FigureText, chart: ChartMarkup): FigureLayout {
	const width = Math.max(MIN_WIDTH, Math.ceil(chart.width) + 2 * PAD);
	const inner = width - 2 * PAD;
	const parts: string[] = [];
	let y = PAD;

	const title = wrapText(text.title, inner, 20, true);
	parts.push(textLines(title, PAD, y + 18, 20, 26, `font-weight="700" fill="${INK}"`));
	y += title.length * 26 + 2;
	const subtitle = wrapText(text.subtitle, inner, 14);
	parts.push(textLines(subtitle, PAD, y + 14, 14, 19, `fill="${MUTED}"`));
	y += subtitle.length * 19 + 8;
	if (text.unit) {
		parts.push(textLines([text.unit], PAD, y + 12, 12, 16, `fill="${MUTED}"`));
		y += 18;
	}

	parts.push(placeChart(chart, PAD + (inner - chart.width) / 2, y));
	y += chart.height + 8;

	const legend = legendSvg(text.legend, PAD, y, inner);
	parts.push(legend.svg);
	y += legend.height + 10;

	parts.push(`<line x1="${PAD}" x2="${width - PAD}" y1="${y}" y2="${y}" stroke="${RULE}"/>`);
	y += 8;
	const source = wrapText(text.source, inner, 11);
	parts.push(textLines(source, PAD, y + 11, 11, 15, `fill="${MUTED}"`));
	y += source.length * 15;
	const link = wrapText(`${text.linkLabel}${text.link}`, inner, 11);
	parts.push(textLines(link, PAD, y + 11, 11, 15, `fill="${MUTED}"`));
	y += link.length * 15 + PAD - 4;

	const height = Math.ceil(y);
	const svg =
		`<svg xmlns="http://www.w3.org/2000/svg" xml:lang="${text.lang}" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${escapeXml(FONT)}">` +
		`<title>${escapeXml(text.title)}</title><desc>${escapeXml(text.subtitle)}</desc>` +
		`<rect width="${width}" height="${height}" fill="#ffffff"/>` +
		parts.join('') +
		'</svg>';
	return { svg, width, height };
}
