import QRCode from 'qrcode';
import { describe, expect, it } from 'vitest';
import {
	EMBED_HEIGHT,
	QR_CAPACITY_BYTES,
	canShareNatively,
	copyOrSelect,
	copyText,
	escapeAttribute,
	fitsQrCode,
	fullLink,
	iframeSnippet,
	namedLinks,
	qrCodeImage,
	scenarioName,
	shareTexts,
	svgDataUrl
} from './share';
import { observations, plan } from '../model/data';
import { emptyScenario, type Scenario } from '../model/types';

const link = 'v=1&g.tech_contracts=0.05&lang=en&d=2026-11';

describe('fullLink', () => {
	it.each([
		['https://example.org', '/', link, `https://example.org/#${link}`],
		['https://example.org', '/app/embed', `#${link}`, `https://example.org/app/embed#${link}`],
		[
			'http://127.0.0.1:4173',
			'/target/unicorns',
			'v=1',
			'http://127.0.0.1:4173/target/unicorns#v=1'
		]
	])('joins %s, %s and the link %s into %s', (origin, path, fragment, expected) => {
		expect(fullLink(origin, path, fragment)).toBe(expected);
	});
});

describe('escapeAttribute', () => {
	it('escapes every character that could end or open markup in a quoted attribute', () => {
		expect(escapeAttribute(`a&b"c'd<e>f`)).toBe('a&amp;b&quot;c&#39;d&lt;e&gt;f');
	});

	it('leaves ordinary link text alone', () => {
		expect(escapeAttribute('https://example.org/embed#v=1')).toBe('https://example.org/embed#v=1');
	});
});

describe('iframeSnippet', () => {
	const src = fullLink('https://example.org', '/embed', link);

	it('embeds the link with the given title, full width, lazily', () => {
		expect(iframeSnippet(src, 'The 2025 targets')).toBe(
			'<iframe src="https://example.org/embed#v=1&amp;g.tech_contracts=0.05&amp;lang=en&amp;d=2026-11" ' +
				`width="100%" height="${EMBED_HEIGHT}" title="The 2025 targets" loading="lazy"></iframe>`
		);
	});

	it('reads back, once parsed as HTML, as exactly the link', () => {
		const attribute = /src="([^"]*)"/.exec(iframeSnippet(src, 't'))![1]!;
		expect(attribute.replaceAll('&amp;', '&')).toBe(src);
	});

	it('cannot be broken out of by a title or an address', () => {
		const snippet = iframeSnippet('https://x/embed#"><script>alert(1)</script>', '"><b>x</b>');
		expect(snippet).not.toMatch(/<script|<b>/);
		expect(snippet.match(/"/g)).toHaveLength(10);
	});
});

describe('fitsQrCode', () => {
	it('accepts a link up to the capacity of a level-M code, counted in UTF-8 bytes', () => {
		expect(fitsQrCode('a'.repeat(QR_CAPACITY_BYTES))).toBe(true);
		expect(fitsQrCode('a'.repeat(QR_CAPACITY_BYTES + 1))).toBe(false);
		// 北 takes three bytes.
		expect(fitsQrCode('北'.repeat(Math.floor(QR_CAPACITY_BYTES / 3) + 1))).toBe(false);
	});

	it('agrees with the QR library on where the capacity ends', async () => {
		const options = { type: 'svg', errorCorrectionLevel: 'M' } as const;
		await expect(QRCode.toString('a'.repeat(QR_CAPACITY_BYTES), options)).resolves.toMatch(/^<svg/);
		await expect(QRCode.toString('a'.repeat(QR_CAPACITY_BYTES + 1), options)).rejects.toThrow();
	});
});

describe('svgDataUrl', () => {
	it('turns the QR library’s SVG into a data: URL that decodes back to it', async () => {
		const svg = await QRCode.toString(`https://example.org/#${link}`, {
			type: 'svg',
			errorCorrectionLevel: 'M'
		});
		const url = svgDataUrl(svg);
		expect(url).toMatch(/^data:image\/svg\+xml;charset=utf-8,%3Csvg/);
		expect(url).not.toMatch(/[<>"#\s]/);
		expect(decodeURIComponent(url.slice(url.indexOf(',') + 1))).toBe(svg);
	});
});

describe('copyText', () => {
	it('reports copied when the clipboard takes the text', async () => {
		const written: string[] = [];
		const clipboard = { writeText: async (text: string) => void written.push(text) };
		await expect(copyText('https://example.org/#v=1', clipboard)).resolves.toBe('copied');
		expect(written).toEqual(['https://example.org/#v=1']);
	});

	it('falls back to manual copying when there is no clipboard API', async () => {
		await expect(copyText('x', undefined)).resolves.toBe('manual');
		await expect(copyText('x', {} as Clipboard)).resolves.toBe('manual');
	});

	it('falls back to manual copying when the clipboard refuses', async () => {
		const clipboard = {
			writeText: () =>
				Promise.reject(new DOMException('Document is not focused', 'NotAllowedError'))
		};
		await expect(copyText('x', clipboard)).resolves.toBe('manual');
	});
});

describe('canShareNatively', () => {
	it('is true only where navigator.share is a function', () => {
		expect(canShareNatively({ share: async () => {} })).toBe(true);
		expect(canShareNatively({})).toBe(false);
		expect(canShareNatively(undefined)).toBe(false);
	});
});

describe('qrCodeImage with the library’s margin', () => {
	it('draws a link as an SVG data URL that decodes to the same QR code as the library gives', async () => {
		const image = await qrCodeImage(`https://example.org/classroom#${link}`);
		const svg = await QRCode.toString(`https://example.org/classroom#${link}`, {
			type: 'svg',
			errorCorrectionLevel: 'M'
		});
		expect(image).toEqual({ src: svgDataUrl(svg) });
	});

	it('refuses a text too long for one code', async () => {
		expect(await qrCodeImage('x'.repeat(QR_CAPACITY_BYTES + 1))).toBe('too_long');
	});
});

describe('qrCodeImage', () => {
	it('draws a link as an SVG data URL, and says when the link is too long', async () => {
		const image = await qrCodeImage(`https://example.org/#${link}`, 1);
		expect(typeof image === 'object' && image.src.startsWith('data:image/svg+xml')).toBe(true);
		expect(await qrCodeImage('x'.repeat(QR_CAPACITY_BYTES + 1))).toBe('too_long');
	});
});

describe('copyOrSelect', () => {
	it('copies, or selects the text in its field when the browser will not', async () => {
		const calls: string[] = [];
		const field = { focus: () => calls.push('focus'), select: () => calls.push('select') };
		const ok = { writeText: async () => {} };
		expect(await copyOrSelect('a', ok, field)).toBe('copied');
		expect(calls).toEqual([]);
		expect(await copyOrSelect('a', undefined, field)).toBe('manual');
		expect(calls).toEqual(['focus', 'select']);
	});
});

describe('shareTexts', () => {
	it('gives the page link and the embed view’s iframe for the same scenario', () => {
		const texts = shareTexts('https://example.org', '/target/rd_intensity', '/embed', link, 'T');
		expect(texts.link).toBe(`https://example.org/target/rd_intensity#${link}`);
		expect(texts.embed).toBe(iframeSnippet(`https://example.org/embed#${link}`, 'T'));
	});
});

describe('scenarioName', () => {
	const context = { plan, data: observations };
	const pessimistic: Scenario = { ...emptyScenario(), growth: { tech_contracts: -0.2 } };
	const saved = namedLinks(
		[
			{ name: 'Optimistic', link: 'v=1&g.tech_contracts=0.1&d=2026-12' },
			// The same settings in another order, language and view: the same scenario.
			{ name: 'Plan B', link: '#lang=en&view=rd_intensity&g.tech_contracts=-0.20&v=1' }
		],
		context
	);

	it('names the scenario shown after the first named scenario with the same settings', () => {
		expect(scenarioName(pessimistic, saved)).toBe('Plan B');
		const fromLink = { name: 'From the link', scenario: pessimistic };
		expect(scenarioName(pessimistic, [fromLink, ...saved])).toBe('From the link');
	});

	it('gives no name once a setting differs, or when nothing is named', () => {
		const moved = { ...pessimistic, growth: { tech_contracts: -0.19 } };
		expect(scenarioName(moved, saved)).toBeNull();
		expect(scenarioName({ ...pessimistic, tolerance: 0.1 }, saved)).toBeNull();
		expect(scenarioName(pessimistic, [null])).toBeNull();
		expect(scenarioName(pessimistic, [])).toBeNull();
	});

	it('skips a blank name', () => {
		expect(scenarioName(pessimistic, [{ name: '  ', scenario: pessimistic }, ...saved])).toBe(
			'Plan B'
		);
	});
});
