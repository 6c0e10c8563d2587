// A real-outcome question as text, in the reader's language: the figures a student may see, the
// model's projection then, the published outcome with its sources (or plainly none), and every
// forecast's error with the class summary. Pure, so unit and browser tests compute what the page
// must show.
import { formatRate } from '../i18n/format';
import type { RealOutcomeMessages } from '../i18n/realOutcomeMessages';
import type { DriverId, Lang, Source, Text } from '../model/types';
import { amountText, gapAmountText } from './classroom';
import { scoreQuestion, type ClassScore, type RealOutcome, type RealSummary } from './realOutcome';

type Bases = Record<string, Text>;
const basisName = (bases: Bases, id: string, lang: Lang) => bases[id]?.[lang] ?? id;
const list = (items: string[], lang: Lang) => items.join(lang === 'zh' ? '、' : ', ');

/**
 * A figure in the unit a forecast is typed in (amountText); growth rates to two decimals, so that
 * an error in hundredths of a point reads off the figures.
 */
export function figureText(value: number, unit: string, lang: Lang): string {
	return unit === 'rate' ? formatRate(value, lang, 2) : amountText(value, unit, lang);
}

/** The figures up to the as-of year, as table rows. */
export function knownRows(o: RealOutcome, lang: Lang): { year: number; text: string }[] {
	return o.known.map((p) => ({ year: p.year, text: figureText(p.value, o.unit, lang) }));
}

/** One sentence per change of statistical basis between two consecutive known figures. */
export function knownBreaks(o: RealOutcome, bases: Bases, m: RealOutcomeMessages, lang: Lang) {
	const out: string[] = [];
	for (let i = 1; i < o.known.length; i++) {
		const [a, b] = [o.known[i - 1]!, o.known[i]!];
		const from = a.bases.filter((x) => !b.bases.includes(x));
		const to = b.bases.filter((x) => !a.bases.includes(x));
		if (from.length === 0 && to.length === 0) continue;
		const names = (ids: string[]) =>
			list(
				ids.map((id) => basisName(bases, id, lang)),
				lang
			);
		out.push(m.knownBreak(a.year, b.year, names(from), names(to)));
	}
	return out;
}

/** The model's projection as of the year, or why it made none. */
export function projectionText(
	o: RealOutcome,
	m: RealOutcomeMessages,
	lang: Lang,
	driverNames: (ids: DriverId[]) => string
): string {
	const p = o.projection;
	return p.ok
		? figureText(p.value, o.unit, lang)
		: m.noProjection[p.reason](driverNames(p.missing), o.asOf);
}

export interface OutcomeView {
	valueText: string;
	/** How an average-growth outcome was formed; '' otherwise. */
	windowText: string;
	sources: Source[];
	/** The sentence on a change of statistical basis since the figures known then; '' for none. */
	basisText: string;
}

/** The published outcome as text; null while there is none. */
export function outcomeView(
	o: RealOutcome,
	bases: Bases,
	m: RealOutcomeMessages,
	lang: Lang
): OutcomeView | null {
	const out = o.outcome;
	if (!out) return null;
	const change = out.basisChange;
	const names = (ids: string[]) =>
		list(
			ids.map((id) => basisName(bases, id, lang)),
			lang
		);
	return {
		valueText: figureText(out.value, o.unit, lang),
		windowText: out.window ? m.outcomeWindow(out.window.from, out.window.to) : '',
		sources: out.sources.map((s) => s.observation.source),
		basisText: change
			? m.basisChange(
					change.knownYear,
					names(change.knownBases.filter((b) => !change.outcomeBases.includes(b))),
					names(change.outcomeBases.filter((b) => !change.knownBases.includes(b)))
				)
			: ''
	};
}

/** The plain sentence for a target with no published outcome. */
export function noOutcomeText(o: RealOutcome, name: string, m: RealOutcomeMessages, lang: Lang) {
	const latest = o.latest
		? m.figureOfYear(figureText(o.latest.value, o.unit, lang), o.latest.year)
		: null;
	return m.noOutcome(name, o.targetYear, latest);
}

/** A signed error in the unit a forecast is typed in (pp for rates and %). */
export function errorText(error: number, unit: string, lang: Lang): string {
	const sign = error > 0 ? '+' : error < 0 ? '−' : '';
	return `${sign}${gapAmountText(error, unit, lang)}`;
}

export interface ScoreView {
	rows: { label: string; guessText: string; errorText: string; closerText: string }[];
	modelErrorText: string;
	summaryText: string;
}

/** The forecasts' table and the class summary. */
export function scoreView(
	score: ClassScore,
	unit: string,
	m: RealOutcomeMessages,
	lang: Lang
): ScoreView {
	const rows = score.forecasts.map((f, i) => ({
		label: String(i + 1),
		guessText: figureText(f.guess, unit, lang),
		errorText: errorText(f.error, unit, lang),
		closerText: f.closer === null ? m.notCompared : f.closer ? m.yes : m.no
	}));
	const n = score.forecasts.length;
	const mae =
		score.meanAbsoluteError === null ? '' : gapAmountText(score.meanAbsoluteError, unit, lang);
	const modelErrorText = score.modelError === null ? '' : errorText(score.modelError, unit, lang);
	return {
		rows,
		modelErrorText,
		summaryText:
			n === 0
				? ''
				: score.closer === null
					? m.classSummaryNoModel(n, mae)
					: m.classSummary(n, mae, score.closer, modelErrorText)
	};
}

/** The page's summary line. */
export function realSummaryText(s: RealSummary, m: RealOutcomeMessages): string {
	return s.revealed === 0
		? m.summaryNone(s.questions)
		: m.summary(s.revealed, s.questions, s.scored, s.compared, s.closer);
}

/** A source as one line: publisher, title, date. */
export function sourceLine(s: Source, lang: Lang): string {
	const parts = [s.publisher, s.title, s.date].filter((x): x is string => !!x);
	return parts.join(lang === 'zh' ? '，' : ', ');
}

export interface RevealText {
	projection: string;
	/** The outcome, or null with `noOutcome` saying plainly that there is none. */
	outcome: OutcomeView | null;
	noOutcome: string;
	/** The forecasts' errors and the class summary; null without an outcome. */
	score: ScoreView | null;
	/** Without an outcome: the forecasts entered, as one sentence ('' for none). */
	forecastsText: string;
}

export interface RevealContext {
	name: string;
	bases: Bases;
	m: RealOutcomeMessages;
	lang: Lang;
	names: (ids: DriverId[]) => string;
}

/** Everything a revealed question shows, in the reader's language. */
export function revealText(o: RealOutcome, forecasts: readonly number[], c: RevealContext) {
	const score = scoreQuestion(o, forecasts);
	return {
		projection: projectionText(o, c.m, c.lang, c.names),
		outcome: outcomeView(o, c.bases, c.m, c.lang),
		noOutcome: o.outcome ? '' : noOutcomeText(o, c.name, c.m, c.lang),
		score: score ? scoreView(score, o.unit, c.m, c.lang) : null,
		forecastsText:
			score || forecasts.length === 0
				? ''
				: c.m.forecastsShown(
						list(
							forecasts.map((f, i) => c.m.forecastItem(i + 1, figureText(f, o.unit, c.lang))),
							c.lang
						)
					)
	} satisfies RevealText;
}
