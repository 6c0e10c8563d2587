// What the share menu hands out, as text: the full link, the embed view's <iframe> snippet and
// the QR image's address; and the copy step with its fallback. No DOM and no globals: the
// clipboard and the page's address come in as arguments, so all of it runs in a unit test.
// Also the name a shared link and the card carry: the one the reader gave the scenario shown.
import {
	decodeLink,
	encodeLink,
	linkPlanId,
	SEED_PLAN_ID,
	type DecodeOptions
} from '../scenario/link';
import type { Scenario } from '../model/types';

/**
 * The most bytes a QR code holds at error-correction level M (version 40, byte mode). A longer
 * link gets no QR code; a phone could not read one that dense anyway.
 */
export const QR_CAPACITY_BYTES = 2331;

/** The embed snippet's height in CSS pixels: one chart and its verdict, or the verdict list. */
export const EMBED_HEIGHT = 480;

/**
 * The address that reopens `path` with the link `link` (a fragment, with or without its `#`):
 * `fullLink('https://example.org', '/app/', 'v=1')` is `https://example.org/app/#v=1`.
 */
export function fullLink(origin: string, path: string, link: string): string {
	return `${origin}${path}#${link.replace(/^#/, '')}`;
}

/** Text made safe inside a double-quoted HTML attribute. */
export function escapeAttribute(text: string): string {
	return text
		.replaceAll('&', '&amp;')
		.replaceAll('"', '&quot;')
		.replaceAll("'", '&#39;')
		.replaceAll('<', '&lt;')
		.replaceAll('>', '&gt;');
}

/** The HTML that embeds the page at `src` in someone else's page. */
export function iframeSnippet(src: string, title: string, height = EMBED_HEIGHT): string {
	return (
		`<iframe src="${escapeAttribute(src)}" width="100%" height="${height}" ` +
		`title="${escapeAttribute(title)}" loading="lazy"></iframe>`
	);
}

/** The share menu's two texts: the full link to this page, and the embed view's `<iframe>`. */
export function shareTexts(
	origin: string,
	path: string,
	embedPath: string,
	link: string,
	title: string
) {
	return {
		link: fullLink(origin, path, link),
		embed: iframeSnippet(fullLink(origin, embedPath, link), title)
	};
}

/** True when `text` fits in one QR code at error-correction level M. */
export function fitsQrCode(text: string): boolean {
	return new TextEncoder().encode(text).length <= QR_CAPACITY_BYTES;
}

/**
 * An SVG document as a `data:` URL for an `<img>`: the image cannot run script or reach the page,
 * which markup inserted with {@html} could.
 */
export function svgDataUrl(svg: string): string {
	return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
}

/**
 * Puts `text` on the clipboard. `copied` when the browser confirmed it; `manual` when there is no
 * clipboard API (an insecure page, an old browser) or it refused (no permission, no focus): the
 * caller then selects the text for the reader to copy. Never throws.
 */
export async function copyText(
	text: string,
	clipboard: Pick<Clipboard, 'writeText'> | undefined
): Promise<'copied' | 'manual'> {
	if (typeof clipboard?.writeText !== 'function') return 'manual';
	try {
		await clipboard.writeText(text);
		return 'copied';
	} catch {
		return 'manual';
	}
}

/** True where the browser has a native share sheet (`navigator.share`). */
export function canShareNatively(nav: Partial<Pick<Navigator, 'share'>> | undefined): boolean {
	return typeof nav?.share === 'function';
}

/** A QR code as an `<img>` source, or why there is none (yet). */
export type QrImage = 'loading' | 'too_long' | 'failed' | { src: string };

/**
 * Draws `text` as a QR code (error correction M; `margin` modules of quiet zone, the library's
 * default when omitted). The QR library loads only when a code is drawn. Never throws.
 */
export async function qrCodeImage(
	text: string,
	margin?: number
): Promise<Exclude<QrImage, 'loading'>> {
	if (!fitsQrCode(text)) return 'too_long';
	try {
		const lib = await import('qrcode');
		const options = { type: 'svg', errorCorrectionLevel: 'M', margin } as const;
		const svg = await (lib.default ?? lib).toString(text, options);
		return { src: svgDataUrl(svg) };
	} catch {
		return 'failed';
	}
}

/** Copies `text`; where the browser will not, focuses and selects it in `field` for Ctrl+C. */
export async function copyOrSelect(
	text: string,
	clipboard: Pick<Clipboard, 'writeText'> | undefined,
	field: Pick<HTMLInputElement, 'focus' | 'select'> | null
): Promise<'copied' | 'manual'> {
	const outcome = await copyText(text, clipboard);
	if (outcome === 'manual') {
		field?.focus();
		field?.select();
	}
	return outcome;
}

/** A scenario and the name a reader gave it: saved on this device, or carried by a link (`n=`). */
export interface NamedScenario {
	name: string;
	scenario: Scenario;
}

/** A scenario's settings as its link writes them: two scenarios are one when these agree. */
const settingsOf = (scenario: Scenario) =>
	encodeLink({ scenario, lang: null, view: null, dataVersion: '' });

/**
 * The name of the scenario shown: that of the first of `named` with the same settings (a growth
 * moved since, and the name no longer applies); null when none has them.
 */
export function scenarioName(
	scenario: Scenario,
	named: readonly (NamedScenario | null)[]
): string | null {
	const settings = settingsOf(scenario);
	for (const entry of named)
		if (entry && entry.name.trim() !== '' && settingsOf(entry.scenario) === settings)
			return entry.name;
	return null;
}

/**
 * Saved scenarios (a name and a link each) of the plan `options` reads (its planId) as named
 * scenarios, each link read against it; those saved under another plan are left out.
 */
export function namedLinks(
	saved: readonly { name: string; link: string }[],
	options: DecodeOptions
): NamedScenario[] {
	const plan = options.planId ?? SEED_PLAN_ID;
	return saved
		.filter((entry) => linkPlanId(entry.link) === plan)
		.map((entry) => ({
			name: entry.name,
			scenario: decodeLink(entry.link, options).state.scenario
		}));
}
