// A chart on the page as a standalone image: the <svg> cloned with the styles the page's CSS gave
// it written inline (so it looks the same outside the page), a white background and `xmlns`; the
// finished figure around it (figure.ts: title, subtitle, legend, source, link); and an SVG drawn
// at 2× into a canvas for a PNG. Browser only: it reads computed styles.
import { figureSvg, type FigureLayout, type FigureText } from './figure';

const SVG_NS = 'http://www.w3.org/2000/svg';

/** The presentation properties the charts' CSS sets; each is copied inline from computed style. */
const STYLE_PROPERTIES = [
	'fill',
	'fill-opacity',
	'stroke',
	'stroke-width',
	'stroke-dasharray',
	'stroke-linecap',
	'stroke-linejoin',
	'stroke-opacity',
	'opacity',
	'font-family',
	'font-size',
	'font-weight',
	'font-style',
	'text-anchor',
	'dominant-baseline',
	'paint-order',
	'visibility'
] as const;

/** The chart as standalone SVG text. */
export function chartSvgText(svg: SVGSVGElement): string {
	const clone = svg.cloneNode(true) as SVGSVGElement;
	const originals = [svg, ...svg.querySelectorAll('*')];
	const copies = [clone, ...clone.querySelectorAll('*')];
	originals.forEach((el, i) => {
		const copy = copies[i] as SVGElement | undefined;
		if (!copy) return;
		const computed = getComputedStyle(el);
		if (computed.display === 'none') return void copy.setAttribute('display', 'none');
		const inline = STYLE_PROPERTIES.map((p) => `${p}:${computed.getPropertyValue(p)}`).join(';');
		copy.setAttribute('style', inline);
		copy.removeAttribute('class');
	});
	const { width, height } = chartSize(svg);
	clone.setAttribute('xmlns', SVG_NS);
	clone.setAttribute('width', String(width));
	clone.setAttribute('height', String(height));
	clone.style.fontFamily = getComputedStyle(svg).fontFamily;
	clone.style.overflow = 'hidden';
	const background = document.createElementNS(SVG_NS, 'rect');
	background.setAttribute('width', '100%');
	background.setAttribute('height', '100%');
	background.setAttribute('fill', '#ffffff');
	clone.insertBefore(background, clone.querySelector(':scope > :not(title, desc)'));
	return new XMLSerializer().serializeToString(clone);
}

/** The chart's drawing size: its viewBox, else its laid-out size. */
function chartSize(svg: SVGSVGElement): { width: number; height: number } {
	const box = svg.viewBox.baseVal;
	if (box && box.width > 0 && box.height > 0) return { width: box.width, height: box.height };
	const rect = svg.getBoundingClientRect();
	return { width: Math.max(1, rect.width), height: Math.max(1, rect.height) };
}

/** The chart on the page inside its finished figure (see figure.ts). */
export function chartFigure(svg: SVGSVGElement, text: FigureText): FigureLayout {
	return figureSvg(text, { svg: chartSvgText(svg), ...chartSize(svg) });
}

/** The chart as a PNG at `scale` times its size. Rejects when the browser cannot draw it. */
export async function chartPngBlob(svg: SVGSVGElement, scale = 2): Promise<Blob> {
	return svgPngBlob({ svg: chartSvgText(svg), ...chartSize(svg) }, scale);
}

/** Standalone SVG text drawn as a PNG at `scale` times its size. Rejects when it cannot be drawn. */
export async function svgPngBlob(
	{ svg, width, height }: { svg: string; width: number; height: number },
	scale = 2
): Promise<Blob> {
	const image = new Image();
	image.width = width;
	image.height = height;
	const loaded = new Promise<void>((resolve, reject) => {
		image.onload = () => resolve();
		image.onerror = () => reject(new Error('invalid chart image: the SVG could not be drawn'));
	});
	image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
	await loaded;
	const canvas = document.createElement('canvas');
	canvas.width = Math.round(width * scale);
	canvas.height = Math.round(height * scale);
	const context = canvas.getContext('2d');
	if (!context) throw new Error('invalid canvas: no 2d context');
	context.drawImage(image, 0, 0, canvas.width, canvas.height);
	return new Promise((resolve, reject) =>
		canvas.toBlob(
			(blob) => (blob ? resolve(blob) : reject(new Error('invalid canvas: no PNG'))),
			'image/png'
		)
	);
}
