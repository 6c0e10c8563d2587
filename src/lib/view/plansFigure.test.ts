import { describe, expect, it } from 'vitest';
import { figureSvg } from '../export/figure';
import { formatNumber } from '../i18n/format';
import { messages } from '../i18n/messages';
import { plansMessages } from '../i18n/plansMessages';
import { progressMessages } from '../i18n/progressMessages';
import { plan } from '../model/data';
import type { Lang } from '../model/types';
import { planOverview } from '../plans/compare';
import { PLAN_PACKS } from '../plans/packs';
import {
	CATEGORY_COLORS,
	PERIOD_COLORS,
	periodFigure,
	ratioChartMarkup,
	ratioFigure
} from './plansFigure';
import { indicatorViews, periodViews, ratioScale } from './plansView';

const overviews = PLAN_PACKS.map(planOverview);
const texts = (svg: string) =>
	[...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) =>
		m[1]!.replace(
			/&(amp|lt|gt|quot|apos);/g,
			(_, e: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" })[e]!
		)
	);
const LINK = 'https://x.test/plans#v=1&lang=en&at=ind-basic_research_share-2025';
/** The app's title, which a figure's source line credits. */
const appTitle = (lang: Lang) => messages[lang].appTitle(plan.shortTitle[lang]);

/** Each element's attribute names, for the XML rule that none repeats. */
const repeatedAttributes = (svg: string) =>
	[...svg.matchAll(/<[a-z]+((?:\s[a-z:-]+="[^"]*")*)\s*\/?>/g)].filter((tag) => {
		const names = [...tag[1]!.matchAll(/\s([a-z:-]+)=/g)].map((m) => m[1]);
		return new Set(names).size !== names.length;
	});

describe('ratioChartMarkup', () => {
	const view = indicatorViews(overviews, 'en').find((v) => v.id === 'basic_research_share')!;
	const chart = ratioChartMarkup(view, 'en');

	it('draws a bar per place with a ratio, from 0 to its ratio on the page’s scale', () => {
		const withRatio = view.rows.filter((r) => r.ratio !== null);
		expect(withRatio.length).toBeGreaterThan(1);
		const bars = [...chart.svg.matchAll(/<(?:rect|path) [^>]*fill="(#[0-9a-f]{6})"/g)];
		expect(bars).toHaveLength(withRatio.length);
		withRatio.forEach((r, i) => expect(bars[i]![1]).toBe(CATEGORY_COLORS[r.category!]));
		// Each bar spans the scale's distance from 0 to the ratio (130 to 512 px: the track).
		const scale = ratioScale(view.rows.map((r) => r.ratio));
		const widths = [...chart.svg.matchAll(/<rect [^>]*width="([\d.]+)"/g)].map((m) => Number(m[1]));
		withRatio.forEach((r, i) =>
			expect(widths[i]).toBeCloseTo(
				Math.max(2, Math.abs(scale.at(r.ratio!) - scale.at(0)) * (512 - 130)),
				0
			)
		);
	});

	it('names every place, writes each ratio to two decimals and the thresholds', () => {
		const words = texts(chart.svg);
		for (const r of view.rows) expect(words).toContain(r.place);
		for (const r of view.rows.filter((x) => x.ratio !== null))
			expect(words).toContain(formatNumber(r.ratio!, 'en', 2));
		expect(words).toEqual(expect.arrayContaining(['0', '0.60', '0.95']));
		expect(words).toContain(plansMessages.en.ratioAxis);
		expect(chart.svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" width="552"/);
	});

	it('says why a place has no bar', () => {
		const rd = indicatorViews(overviews, 'en').find((v) => v.id === 'rd_intensity')!;
		const words = texts(ratioChartMarkup(rd, 'en').svg).join(' ');
		for (const r of rd.rows.filter((x) => x.ratio === null))
			expect(words).toContain((r.category ? r.categoryText : r.standing).slice(0, 12));
	});
});

describe('ratioFigure', () => {
	it('is a finished figure in the reader’s language: title, what it shows, legend, source, link', () => {
		for (const lang of ['en', 'zh'] as const) {
			const view = indicatorViews(overviews, lang).find((v) => v.id === 'basic_research_share')!;
			const { text, chart } = ratioFigure(view, lang, LINK, appTitle(lang));
			expect(text.title).toBe(view.caption);
			expect(text.subtitle).toBe(plansMessages[lang].figure.ratioSubtitle(2025));
			expect(text.legend.map((l) => l.label)).toEqual(
				[...new Set(view.rows.map((r) => r.category).filter((c) => c !== null))]
					.sort(
						(a, b) =>
							Object.keys(CATEGORY_COLORS).indexOf(a) - Object.keys(CATEGORY_COLORS).indexOf(b)
					)
					.map((c) => progressMessages[lang].category[c])
			);
			for (const plan of view.plans) expect(text.source).toContain(plan);
			expect(text.source).toContain(appTitle(lang));
			const made = figureSvg(text, chart);
			expect(made.svg).toContain(`xml:lang="${lang}"`);
			expect(made.svg).not.toMatch(/<script|<foreignObject|<image|href=/);
			expect(repeatedAttributes(made.svg)).toEqual([]);
			expect(
				repeatedAttributes(
					periodFigure(periodViews(overviews, lang)[0]!, lang, LINK, appTitle(lang)).chart.svg
				)
			).toEqual([]);
		}
		expect(
			ratioFigure(indicatorViews(overviews, 'zh')[0]!, 'zh', LINK, appTitle('zh')).text.source
		).toMatch(/^来源：.*。比率法：加拿大统计局、Open SDG。制图：.+。$/);
	});
});

describe('periodFigure', () => {
	const view = periodViews(overviews, 'en')[0]!;
	const { text, chart } = periodFigure(view, 'en', LINK, appTitle('en'));

	it('draws the growth achieved and the growth required as two bars per indicator', () => {
		const achieved = view.rows.filter((r) => r.achievedRate !== null);
		const required = view.rows.filter((r) => r.requiredRate !== null);
		expect(achieved.length).toBeGreaterThan(0);
		expect(required.length).toBeGreaterThan(0);
		const fills = [...chart.svg.matchAll(/<rect [^>]*fill="(#[0-9a-f]{6})"/g)].map((m) => m[1]);
		expect(fills.filter((f) => f === PERIOD_COLORS.achieved)).toHaveLength(achieved.length);
		expect(fills.filter((f) => f === PERIOD_COLORS.required)).toHaveLength(required.length);
		const words = texts(chart.svg);
		// Names wrap onto lines of their own.
		for (const r of view.rows) expect(words.join(' ')).toContain(r.name);
		// A kept target with both rates: 10.0% achieved (2021–2025 published) beside 7.0% required.
		const rd = view.rows.find((r) => r.id === 'rd_growth')!;
		expect(rd.achievedRate).toBeCloseTo(0.09994, 4);
		expect(rd.requiredRate).toBe(0.07);
		expect(words).toEqual(expect.arrayContaining(['10.0%', '7.0%']));
	});

	it('a bar’s length is proportional to its rate', () => {
		const widths = [
			...chart.svg.matchAll(/<rect [^>]*width="([\d.]+)"[^>]*fill="(#[0-9a-f]{6})"/g)
		];
		const achieved = view.rows.filter((r) => r.achievedRate !== null);
		const first = widths.find((w) => w[2] === PERIOD_COLORS.achieved)!;
		const firstRequired = widths.find((w) => w[2] === PERIOD_COLORS.required)!;
		const reqRow = view.rows.find((r) => r.requiredRate !== null)!;
		expect(Number(first[1]) / Number(firstRequired[1])).toBeCloseTo(
			achieved[0]!.achievedRate! / reqRow.requiredRate!,
			1
		);
	});

	it('says what it shows and names both bars', () => {
		expect(text.title).toBe(view.caption);
		expect(text.subtitle).toBe(plansMessages.en.figure.periodSubtitle(2025, 2030));
		expect(text.legend.map((l) => l.label)).toEqual(['Growth achieved', 'Growth required']);
		expect(text.link).toBe(LINK);
	});
});
