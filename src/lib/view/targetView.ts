// Turns one target's model result into the strings a card shows. Pure, so it is unit-tested
// and the e2e test can compute what the page must show.
import { formatMargin, formatNumber, formatRate, formatValue } from '../i18n/format';
import type { Messages } from '../i18n/messages';
import type { Lang, ObservationsFile, Plan } from '../model';
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
	/** For targets with a tolerance band: "within tolerance: 91%"; '' otherwise. */
	withinToleranceText: string;
	/** How the probability was computed: "Monte Carlo, 10,000 draws" or "closed form". */
	methodText: string;
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
		paceText = t.paceRatio((required / historical).toFixed(1), trailing.from, trailing.to);
	const missing = result.missing
		.map((id) => driverName(plan, id, lang))
		.join(lang === 'zh' ? '、' : ', ');
	let requiredText = formatRate(required, lang);
	if (required === null && result.requiredGrowthNote === 'no_years_left')
		requiredText = t.windowSettled;
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
		projectedLabel: result.kind === 'qualitative' ? t.trackedLevel : t.projected,
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
		rankText: rankText(result, data, t),
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

/** The latest published rank among the target's own series (e.g. Beijing's Hurun rank). */
function rankText(result: TargetResult, data: ObservationsFile | undefined, t: Messages): string {
	for (const id of result.spec.publishedSeries) {
		const series = data?.series[id];
		if (series?.measure !== 'rank') continue;
		const latest = [...series.observations].sort((a, b) => a.year - b.year).at(-1);
		if (latest) return t.latestRank(latest.value, latest.year);
	}
	return '';
}
