import { describe, expect, it } from 'vitest';
import { messages } from '../i18n/messages';
import { observations, plan } from '../model/data';
import { defaultAsOf } from '../model/evaluate';
import { evaluateScenario } from '../model/scenarioEvaluation';
import { emptyScenario, type Lang, type Scenario, type TargetId } from '../model/types';
import { escapeXml, figureSvg, textWidth, wrapText } from '../export/figure';
import { chartFigureText } from './figureText';

const CHART = {
	svg: '<svg xmlns="http://www.w3.org/2000/svg" width="640" height="300"><path d="M0 0L10 10"/></svg>',
	width: 640,
	height: 300
};

function textOf(
	target: TargetId,
	lang: Lang,
	partial: Partial<Scenario> = {},
	name: string | null = null
) {
	const scenario = { ...emptyScenario(), ...partial };
	return chartFigureText({
		target,
		plan,
		data: observations,
		scenario,
		evaluation: evaluateScenario(plan, observations, scenario),
		baseline: evaluateScenario(plan, observations, { ...emptyScenario(), asOf: scenario.asOf }),
		defaultAsOf: defaultAsOf(plan, observations),
		t: messages[lang],
		lang,
		name,
		link: 'https://example.org/target/tech_contracts#v=1&g.tech_contracts=0.2&d=2026-12'
	});
}

/** The visible text of an SVG string: every <text> element's content, unescaped, in order. */
const visibleText = (svg: string) =>
	[...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)]
		.map((m) => m[1]!.replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>'))
		.join('\n');

describe('chartFigureText', () => {
	it('leaves out a growth that no target reads any more, as the card and "What changed" do', () => {
		// With the latest data every year the targets read of GDP is published: its growth is inert.
		expect(textOf('tech_contracts', 'en', { growth: { gdp: 0.031 } }).subtitle).toBe(
			textOf('tech_contracts', 'en').subtitle
		);
	});

	it('titles the figure with the target and years and states the data-as-of and vintage', () => {
		const text = textOf('tech_contracts', 'en', { growth: { tech_contracts: 0.2 } });
		expect(text.title).toMatch(/^Technology contract.*, \d{4}–2025$/);
		expect(text.subtitle).toMatch(/^Own assumptions: .*Technology contracts growth 20(\.0)?%/);
		expect(text.subtitle).toContain(
			`Data published up to ${textOf('tech_contracts', 'en').subtitle.match(/up to (\d{4})/)![1]}`
		);
		expect(text.subtitle).toContain(`data vintage ${observations.vintage}`);
	});

	it('says "default assumptions" without changes, and uses the scenario name when it has one', () => {
		expect(textOf('tech_contracts', 'en').subtitle).toMatch(/^Default assumptions/);
		expect(textOf('tech_contracts', 'zh').subtitle).toMatch(
			/^默认假设（各驱动量的近期趋势）。数据截至 \d{4} 年公布（数据版本 /
		);
		expect(textOf('tech_contracts', 'en', { growth: { gdp: 0.06 } }, 'Plan B').subtitle).toMatch(
			/^Scenario “Plan B”\. /
		);
	});

	it('names each publisher behind the plotted series once, with the kind of its source', () => {
		const { source } = textOf('rd_intensity', 'en');
		expect(source).toMatch(/^Source: .+ \((official|state media|repost|third party)\)/);
		const names = [
			...source.matchAll(/([^;:]+) \((?:official|state media|repost|third party)\)/g)
		].map((m) => m[1]!.trim());
		expect(new Set(names).size).toBe(names.length);
		expect(source).toContain('Projection: this app');
	});

	it('has legend entries in the reader’s language and the unit', () => {
		const en = textOf('tech_contracts', 'en');
		const zh = textOf('tech_contracts', 'zh');
		expect(en.legend.map((l) => l.key)).toEqual(zh.legend.map((l) => l.key));
		expect(en.legend.map((l) => l.key)).toEqual(expect.arrayContaining(['projection', 'target']));
		expect(en.unit).toBe('Unit: billion yuan');
		expect(zh.unit).toBe('单位：亿元');
	});
});

describe('figureSvg', () => {
	it('carries the title, subtitle, unit, legend, source and link as text around the chart', () => {
		const text = textOf('tech_contracts', 'en');
		const { svg, width, height } = figureSvg(text, CHART);
		const shown = visibleText(svg);
		expect(shown).toContain(text.title);
		expect(shown.replace(/\n/g, ' ')).toContain(text.subtitle);
		expect(shown).toContain('Unit: billion yuan');
		expect(shown).toMatch(/Source: /);
		expect(shown).toMatch(/Data published up to \d{4}/);
		expect(shown.replace(/\n/g, '')).toContain(`Link: ${text.link}`);
		for (const item of text.legend) {
			expect(svg).toContain(`data-legend="${escapeXml(item.key)}"`);
			expect(shown).toContain(item.label);
		}
		expect(svg).toContain('<path d="M0 0L10 10"/>');
		expect(svg).toMatch(/<svg x="24" y="\d+" xmlns/);
		expect(width).toBe(640 + 48);
		expect(height).toBeGreaterThan(300 + 100);
		expect(
			svg.startsWith(
				`<svg xmlns="http://www.w3.org/2000/svg" xml:lang="en" width="${width}" height="${height}"`
			)
		).toBe(true);
	});

	it('escapes markup in every text it writes', () => {
		const text = { ...textOf('tech_contracts', 'en'), title: '<script>alert(1)</script> & co' };
		const { svg } = figureSvg(text, CHART);
		expect(svg).not.toContain('<script>');
		expect(svg).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; co');
	});

	it('keeps every line of text inside the figure in both languages', () => {
		for (const lang of ['en', 'zh'] as const) {
			const text = textOf('rd_intensity', lang, {
				growth: { gdp: 0.05, rd_spend: 0.08, unicorns: 0.1, employed: 0.01 }
			});
			const { svg, width } = figureSvg(text, CHART);
			for (const m of svg.matchAll(
				/<text x="([\d.]+)"[^>]*font-size="(\d+)"[^>]*>([^<]*)<\/text>/g
			))
				expect(Number(m[1]) + textWidth(visibleText(m[0]), Number(m[2])), m[3]).toBeLessThanOrEqual(
					width - 24 + 1
				);
		}
	});
});

describe('wrapText', () => {
	it('breaks at spaces, between Chinese characters and inside an over-long link', () => {
		expect(wrapText('aaa bbb ccc', textWidth('aaa bbb', 10), 10)).toEqual(['aaa bbb', 'ccc']);
		expect(wrapText('一二三四五六', 30, 10)).toEqual(['一二三', '四五六']);
		const link = `https://example.org/#${'x'.repeat(200)}`;
		const lines = wrapText(link, 200, 10);
		expect(lines.join('')).toBe(link);
		for (const l of lines) expect(textWidth(l, 10)).toBeLessThanOrEqual(200);
	});

	it('never starts a line with closing punctuation: it goes down with the character before it', () => {
		expect(wrapText('一二三：四五', 30, 10)).toEqual(['一二', '三：四', '五']);
		expect(wrapText('一二三。', 30, 10)).toEqual(['一二', '三。']);
		for (const l of wrapText('比率法：加拿大统计局、Open SDG。制图：北京。', 40, 10))
			expect(l).not.toMatch(/^[，。、；：）”]/);
	});
});
