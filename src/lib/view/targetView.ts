// Turns one target's model result into the strings a card shows. Pure, so it is unit-tested
// and the e2e test can compute what the page must show.
import { formatMargin, formatNumber, formatRate, formatValue } from '../i18n/format';
import type { Messages } from '../i18n/messages';
import type { Lang, Observation, ObservationsFile, Plan } from '../model';
import type { Evaluation, TargetResult } from '../model/evaluate';
import { driverName, targetText } from '../i18n/targetText';

export { driverName, targetText };

export interface TargetView {
	name: string;
	clause: string;
	targetText: string;
	projectedLabel: string;
	projectedText: string;
	verdictText: string;
	marginText: string;
	requiredText: string;
	assumedText: string;
	historicalText: string;
	paceText: string;
	missingText: string;
	whyText: string;
	/** For “about” targets: where the tolerance band starts. */
	bandText: string;
	/** For qualitative targets: the latest published rank, where the plan's goal is a ranking. */
	rankText: string;
	/** With a model on: the probability the target is met, e.g. "83%"; '' otherwise. */
	probabilityText: string;
	/** For targets with a tolerance band: "met or within tolerance: 91%" (cumulative); '' otherwise. */
	withinToleranceText: string;
	/** How the probability was computed: "Monte Carlo, 10,000 draws" or "closed form". */
	methodText: string;
}

/** The required pace against the historical one; a ratio that rounds to 0.0× says so in words. */
export function paceSentence(ratio: number, from: number, to: number, t: Messages): string {
	const shown = ratio.toFixed(1);
	return Number(shown) === 0 ? t.paceFarBelow(from, to) : t.paceRatio(shown, from, to);
}

export function targetView(
	result: TargetResult,
	evaluation: Evaluation,
	plan: Plan,
	t: Messages,
	lang: Lang,
	data?: ObservationsFile
): TargetView {
	const driver = evaluation.drivers[result.spec.numerator];
	const trailing = driver.defaultGrowth;
	const historical = trailing.kind === 'none' ? null : trailing.rate;
	const required = result.requiredGrowth;
	let paceText = '';
	if (
		trailing.kind === 'compound' &&
		required !== null &&
		historical !== null &&
		historical > 0 &&
		required > 0
	)
		paceText = paceSentence(required / historical, trailing.from, trailing.to, t);
	const missing = result.missing
		.map((id) => driverName(plan, id, lang))
		.join(lang === 'zh' ? '、' : ', ');
	let requiredText =
		required !== null && required < 0
			? t.mayShrink(formatRate(-required, lang))
			: formatRate(required, lang);
	if (required === null && result.requiredGrowthNote === 'no_years_left')
		requiredText = result.kind === 'average_growth' ? t.windowSettled : t.targetYearPublished;
	else if (
		required === null &&
		result.requiredGrowthNote &&
		result.requiredGrowthNote !== 'not_applicable' &&
		result.requiredGrowthNote !== 'missing_assumption'
	)
		requiredText = t.unreachable;
	return {
		name: result.spec.name[lang],
		clause: lang === 'zh' ? result.spec.clause : result.spec.clauseEn,
		targetText: targetText(result, t, lang),
		projectedLabel: (result.kind === 'qualitative' ? t.trackedLevel : t.projected)(
			evaluation.targetYear
		),
		projectedText: formatValue(result.projected, result.unit, lang),
		verdictText: t.verdict[result.verdict],
		marginText: formatMargin(result.margin, result.unit, lang),
		requiredText,
		assumedText: formatRate(result.assumedGrowth, lang),
		historicalText: formatRate(historical, lang),
		paceText,
		missingText: result.missing.length > 0 ? t.missingAssumption(missing) : '',
		whyText: result.spec.why?.[lang] ?? '',
		bandText:
			result.tolerance !== null && result.target !== null
				? t.bandFrom(
						formatValue(
							result.target - result.tolerance * Math.abs(result.target),
							result.unit,
							lang
						)
					)
				: '',
		rankText: rankText(result, data, t, evaluation.asOf),
		...probabilityTexts(result, t, lang)
	};
}

function probabilityTexts(result: TargetResult, t: Messages, lang: Lang) {
	const u = result.uncertainty;
	if (!u) return { probabilityText: '', withinToleranceText: '', methodText: '' };
	const pct = (p: number) => formatRate(p, lang, 0);
	return {
		probabilityText: pct(u.probability),
		withinToleranceText:
			result.tolerance !== null ? t.withinToleranceChance(pct(u.probabilityWithinTolerance)) : '',
		methodText:
			u.method === 'monte_carlo' && u.draws !== null
				? t.methodMonteCarlo(formatNumber(u.draws, lang))
				: t.methodAnalytic
	};
}

/** The expected number of targets met: the sum of the probabilities; null with no model on. */
export function expectedMet(evaluation: Evaluation): number | null {
	if (!evaluation.uncertainty) return null;
	return evaluation.targets.reduce((sum, r) => sum + (r.uncertainty?.probability ?? 0), 0);
}

/** The summary line's counts, from the same verdicts the cards show. */
export function verdictCounts(evaluation: Evaluation) {
	const numeric = evaluation.targets.filter((r) => r.kind !== 'qualitative');
	return {
		numeric: numeric.length,
		met: numeric.filter((r) => r.verdict === 'met').length,
		withinTolerance: numeric.filter((r) => r.verdict === 'within_tolerance').length,
		needsAssumption: numeric.filter((r) => r.verdict === 'needs_assumption').length
	};
}

/**
 * Whether a published figure existed by the data-as-of year: the year of its source's date when
 * recorded, else the year it describes (a ranking is published in the year it ranks). An as-of
 * view never shows a figure from its future.
 */
export function publishedBy(observation: Observation, asOf: number): boolean {
	const dated = Number(observation.source.date?.slice(0, 4));
	return (Number.isInteger(dated) && dated > 0 ? dated : observation.year) <= asOf;
}

/** The latest rank published by the data-as-of among the target's own series (Hurun's, say). */
function rankText(
	result: TargetResult,
	data: ObservationsFile | undefined,
	t: Messages,
	asOf: number
): string {
	for (const id of result.spec.publishedSeries) {
		const series = data?.series[id];
		if (series?.measure !== 'rank') continue;
		const latest = series.observations
			.filter((o) => publishedBy(o, asOf))
			.sort((a, b) => a.year - b.year)
			.at(-1);
		if (latest) return t.latestRank(latest.value, latest.year);
	}
	return '';
}
