// Chinese prose takes full-width punctuation (，。：；！？（）). This test walks every zh
// dictionary in src/lib/i18n — its strings, and the source text of its message functions (which
// holds their template literals) — and fails on a half-width , : ; ? ! ( ) written right next to
// a Chinese character. Half-width stays in numbers, units, codes and formulas, which stand apart.
import { describe, expect, it } from 'vitest';
import planJson from '../../seeds/plan.json';

/** Han characters. */
const HAN = /[\u3400-\u9fff\uf900-\ufaff]/u;
const HALF = new Set([',', ':', ';', '?', '!', '(', ')']);

/** Text that must keep its half-width marks although it touches Chinese: formulas and codes. */
const ALLOWED: readonly string[] = [];

/** Every half-width mark written right next to a Chinese character (on either side). */
function halfWidthInChinese(text: string): string[] {
	const hits: string[] = [];
	for (let i = 0; i < text.length; i++) {
		if (!HALF.has(text[i]!)) continue;
		if (!HAN.test(text[i - 1] ?? '') && !HAN.test(text[i + 1] ?? '')) continue;
		const excerpt = text.slice(Math.max(0, i - 12), i + 12);
		if (ALLOWED.some((a) => excerpt.includes(a))) continue;
		hits.push(excerpt);
	}
	return hits;
}

/** Every string of a dictionary, with its path; functions contribute their source text. English
 *  fields of bilingual records (`en`) are skipped: they may quote a Chinese term in brackets. */
function walk(value: unknown, path: string, out: [string, string][]): void {
	if (path.endsWith('.en')) return;
	if (typeof value === 'string') out.push([path, value]);
	else if (typeof value === 'function') out.push([path, String(value)]);
	else if (Array.isArray(value)) value.forEach((v, i) => walk(v, `${path}[${i}]`, out));
	else if (value && typeof value === 'object')
		for (const [k, v] of Object.entries(value)) walk(v, `${path}.${k}`, out);
}

const modules = import.meta.glob<Record<string, unknown>>('../../src/lib/i18n/*Messages.ts', {
	eager: true
});

describe('Chinese text uses full-width punctuation', () => {
	it('the check finds half-width marks in Chinese and leaves numbers and formulas alone', () => {
		expect(halfWidthInChinese('目标(2025年),北京')).toHaveLength(3);
		expect(halfWidthInChinese('需要:')).toHaveLength(1);
		expect(halfWidthInChinese('中文, 英文 (English)')).toHaveLength(1);
		expect(
			halfWidthInChinese('增速 6.5%，R&D(t) / GDP(t)；f(x, y)；乘以 (1 + g)；调用 sqrt(2)。')
		).toEqual([]);
		expect(halfWidthInChinese('目标（2025年），北京')).toEqual([]);
	});

	it('finds every zh dictionary', () => {
		const dicts = Object.values(modules).flatMap((m) =>
			Object.values(m).filter((v) => v && typeof v === 'object' && 'zh' in v)
		);
		expect(dicts.length).toBeGreaterThanOrEqual(13);
	});

	for (const [file, mod] of Object.entries(modules)) {
		for (const [name, exported] of Object.entries(mod)) {
			if (!exported || typeof exported !== 'object' || !('zh' in exported)) continue;
			it(`${file.replace(/^.*\//, '')} ${name}.zh`, () => {
				const strings: [string, string][] = [];
				walk((exported as { zh: unknown }).zh, 'zh', strings);
				const bad = strings.flatMap(([p, s]) => halfWidthInChinese(s).map((h) => `${p}: ${h}`));
				expect(bad).toEqual([]);
			});
		}
	}

	it('the plan’s Chinese text (seeds/plan.json)', () => {
		const strings: [string, string][] = [];
		walk(planJson, 'plan', strings);
		const bad = strings.flatMap(([p, s]) => halfWidthInChinese(s).map((h) => `${p}: ${h}`));
		expect(bad).toEqual([]);
	});
});
