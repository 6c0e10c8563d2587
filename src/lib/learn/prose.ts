// One sentence per target that says what the numbers mean under the current assumptions: where
// it starts, the growth it needs, what the assumed growth gives. Variants for levels, ratios,
// average growth, qualitative targets and missing data. Pure; every number from the evaluation.
import { targetText } from '../i18n/targetText';
import { derivationMessages } from '../i18n/derivationMessages';
import { formatRate, formatValue } from '../i18n/format';
import { messages } from '../i18n/messages';
import type { DriverResult, Evaluation, TargetResult } from '../model/evaluate';
import type { DriverId, Lang, Plan } from '../model/types';
import { denominatorGrowth } from './derivation';

/** What every variant of the sentence reads: the result, its numerator driver and the wording. */
interface SentenceContext {
	result: TargetResult;
	evaluation: Evaluation;
	lang: Lang;
	m: (typeof derivationMessages)[Lang]['sentence'];
	t: (typeof messages)[Lang];
	year: number;
	name: string;
	num: DriverResult;
	/** The numerator driver's own unit (its latest figure is written in it). */
	numUnit: string;
	goal: string;
	driverName: (id: DriverId) => string;
	value: (v: number | null, unit?: string) => string;
	rate: (r: number | null) => string;
	requiredRate: (r: number) => { rate: string; shrink: boolean };
	/** The closing clause: what the assumed growth gives (or that there is no assumption). */
	assumed: (projected: number | null) => string;
}

/**
 * The target in one sentence, in the reader's language, e.g. "From 853.7 billion yuan in 2023,
 * technology contracts may shrink by less than 3.2% a year and still exceed 800 billion yuan in
 * 2025; at the assumed 11.5% a year the projection is 1.06 trillion yuan." A negative required
 * growth is stated as the fall the target allows, never as "grow at least −3.2%".
 */
export function targetSentence(
	result: TargetResult,
	evaluation: Evaluation,
	lang: Lang,
	plan: Pick<Plan, 'drivers'>
): string {
	const c = sentenceContext(result, evaluation, lang, plan);
	if (result.kind === 'qualitative') return qualitativeSentence(c);
	if (result.kind === 'average_growth') return averageSentence(c);
	const { m, name, num, goal, year } = c;
	if (result.missing.length > 0) {
		const sentence = m.missing(name, result.missing.map(c.driverName), goal);
		return result.requiredGrowth !== null && num.baseYear !== null
			? sentence + m.missingRequired(c.requiredRate(result.requiredGrowth), num.baseYear)
			: sentence;
	}
	if (num.baseYear === null || num.baseValue === null || result.target === null)
		return m.missing(name, [c.driverName(num.id)], goal);
	if (num.baseYear >= year)
		return m.published(name, c.value(result.projected), year, goal, c.t.verdict[result.verdict]);
	if (result.kind === 'ratio' && result.spec.denominator) return ratioSentence(c);
	return levelSentence(c, num.baseYear, num.baseValue, result.target);
}

function sentenceContext(
	result: TargetResult,
	evaluation: Evaluation,
	lang: Lang,
	plan: Pick<Plan, 'drivers'>
): SentenceContext {
	const m = derivationMessages[lang].sentence;
	const t = messages[lang];
	const num = evaluation.drivers[result.spec.numerator];
	const rate = (r: number | null) => formatRate(r, lang);
	const value = (v: number | null, unit = result.unit) => formatValue(v, unit, lang);
	const overridden = num.yearlyRates.some((r) => r.overridden);
	return {
		result,
		evaluation,
		lang,
		m,
		t,
		year: evaluation.targetYear,
		name: result.spec.name[lang],
		num,
		numUnit: plan.drivers.find((d) => d.id === num.id)?.unit ?? '',
		goal: targetText(result, t, lang),
		driverName: (id) => plan.drivers.find((d) => d.id === id)?.name[lang] ?? id,
		value,
		rate,
		requiredRate: (r) => ({ rate: rate(Math.abs(r)), shrink: r < 0 }),
		assumed: (projected) =>
			projected === null
				? m.noAssumption
				: m.assumed(overridden ? null : rate(num.growth), value(projected))
	};
}

/** A target without a number: the latest figure and where the assumed growth takes it. */
function qualitativeSentence(c: SentenceContext) {
	const { result, lang, m, t, year, name, num, value, rate } = c;
	const clause = lang === 'zh' ? result.spec.clause : result.spec.clauseEn;
	if (num.baseYear === null || num.baseValue === null) return m.missing(name, [], t.noNumeric);
	const latest = value(num.baseValue, c.numUnit);
	const head =
		num.baseYear >= year
			? m.qualitativePublished(name, latest, num.baseYear)
			: num.targetYearValue === null
				? m.qualitativeMissing(name, latest, num.baseYear)
				: m.qualitative(
						name,
						latest,
						num.baseYear,
						rate(num.growth),
						value(num.targetYearValue),
						year
					);
	return head + m.noNumber(clause);
}

/** An average-growth target: the window's published and open years, and what the rest needs. */
function averageSentence({ result, lang, m, name, goal, requiredRate }: SentenceContext) {
	const avg = result.average;
	const window = result.window;
	if (!avg || !window || avg.compound === null || avg.arithmetic === null) {
		const years = (avg?.rates ?? [])
			.filter((r) => r.rate === null)
			.map((r) => r.year)
			.join(lang === 'zh' ? '、' : ', ');
		return m.missingRates(name, years, goal);
	}
	const actual = avg.rates.filter((r) => r.kind === 'actual').length;
	const open = avg.rates.length - actual;
	const head = m.average(
		name,
		window.from,
		window.to,
		actual,
		open,
		formatRate(avg.compound, lang, 2),
		formatRate(avg.arithmetic, lang, 2),
		goal
	);
	return (
		head +
		(open > 0 && result.requiredGrowth !== null
			? m.averageRequired(open, requiredRate(result.requiredGrowth))
			: m.end)
	);
}

/** A ratio target: from its latest value, the numerator's growth it needs beside the denominator's. */
function ratioSentence(c: SentenceContext) {
	const { result, evaluation, m, year, name, num, goal, driverName, rate } = c;
	const denominatorId = result.spec.denominator!;
	const growth = denominatorGrowth(result, evaluation);
	// A denominator published for the target year is not projected: say so, not its slider.
	const published = (evaluation.drivers[denominatorId].baseYear ?? 0) >= year;
	const denominator = growth
		? { name: driverName(denominatorId), rate: rate(growth.rate), published }
		: null;
	if (result.requiredGrowth === null || result.baseValue === null || result.baseYear === null)
		return m.ratioUnreachable(name, driverName(num.id), goal, year) + c.assumed(result.projected);
	const required = c.requiredRate(result.requiredGrowth);
	const base = c.value(result.baseValue);
	return (
		m.ratio(name, base, result.baseYear, denominator, driverName(num.id), required, goal, year) +
		c.assumed(result.projected)
	);
}

/** A level target: from the numerator's latest figure, the growth it needs to reach the number. */
function levelSentence(c: SentenceContext, baseYear: number, baseValue: number, target: number) {
	const { result, lang, m, name, year } = c;
	const base = c.value(baseValue, c.numUnit);
	const targetValue = formatValue(target, result.unit, lang, true);
	const reach = result.comparator === 'qualitative' ? 'about' : result.comparator;
	const head =
		result.requiredGrowth !== null
			? m.level(
					name,
					base,
					baseYear,
					c.requiredRate(result.requiredGrowth),
					reach,
					targetValue,
					year
				)
			: m.unreachable(name, base, baseYear, targetValue, year);
	return head + c.assumed(result.projected);
}
