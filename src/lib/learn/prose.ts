// One sentence per target that says what the numbers mean under the current assumptions: where
// it starts, the growth it needs, what the assumed growth gives. Variants for levels, ratios,
// average growth, qualitative targets and missing data. Pure; every number from the evaluation.
import { targetText } from '../i18n/targetText';
import { derivationMessages } from '../i18n/derivationMessages';
import { formatRate, formatValue } from '../i18n/format';
import { messages } from '../i18n/messages';
import type { Evaluation, TargetResult } from '../model/evaluate';
import type { DriverId, Lang, Plan } from '../model/types';
import { denominatorGrowth } from './derivation';

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
	const m = derivationMessages[lang].sentence;
	const t = messages[lang];
	const year = evaluation.targetYear;
	const name = result.spec.name[lang];
	const driverName = (id: DriverId) => plan.drivers.find((d) => d.id === id)?.name[lang] ?? id;
	const driverUnit = (id: DriverId) => plan.drivers.find((d) => d.id === id)?.unit ?? '';
	const num = evaluation.drivers[result.spec.numerator];
	const numUnit = driverUnit(num.id);
	const value = (v: number | null, unit = result.unit) => formatValue(v, unit, lang);
	const rate = (r: number | null) => formatRate(r, lang);
	const requiredRate = (r: number) => ({ rate: rate(Math.abs(r)), shrink: r < 0 });
	const goal = targetText(result, t, lang);
	const overridden = num.yearlyRates.some((r) => r.overridden);
	const assumed = (projected: number | null) =>
		projected === null
			? m.noAssumption
			: m.assumed(overridden ? null : rate(num.growth), value(projected));

	if (result.kind === 'qualitative') {
		const clause = lang === 'zh' ? result.spec.clause : result.spec.clauseEn;
		if (num.baseYear === null || num.baseValue === null) return m.missing(name, [], t.noNumeric);
		const latest = value(num.baseValue, numUnit);
		const head =
			num.baseYear >= year
				? m.qualitativePublished(name, latest, num.baseYear)
				: num.targetYearValue === null
					? m.qualitativeMissing(name, latest, num.baseYear)
					: m.qualitative(name, latest, num.baseYear, rate(num.growth), value(num.targetYearValue));
		return head + m.noNumber(clause);
	}

	if (result.kind === 'average_growth') {
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

	if (result.missing.length > 0) {
		const sentence = m.missing(name, result.missing.map(driverName), goal);
		return result.requiredGrowth !== null && num.baseYear !== null
			? sentence + m.missingRequired(requiredRate(result.requiredGrowth), num.baseYear)
			: sentence;
	}
	if (num.baseYear === null || num.baseValue === null || result.target === null)
		return m.missing(name, [driverName(num.id)], goal);
	if (num.baseYear >= year)
		return m.published(name, value(result.projected), year, goal, t.verdict[result.verdict]);

	if (result.kind === 'ratio' && result.spec.denominator) {
		const growth = denominatorGrowth(result, evaluation);
		// A denominator published for the target year is not projected: say so, not its slider.
		const published = (evaluation.drivers[result.spec.denominator].baseYear ?? 0) >= year;
		const denominator = growth
			? { name: driverName(result.spec.denominator), rate: rate(growth.rate), published }
			: null;
		if (result.requiredGrowth === null || result.baseValue === null || result.baseYear === null)
			return m.ratioUnreachable(name, driverName(num.id), goal, year) + assumed(result.projected);
		return (
			m.ratio(
				name,
				value(result.baseValue),
				result.baseYear,
				denominator,
				driverName(num.id),
				requiredRate(result.requiredGrowth),
				goal,
				year
			) + assumed(result.projected)
		);
	}

	const base = value(num.baseValue, numUnit);
	const targetValue = formatValue(result.target, result.unit, lang, true);
	const reach = result.comparator === 'qualitative' ? 'about' : result.comparator;
	const head =
		result.requiredGrowth !== null
			? m.level(
					name,
					base,
					num.baseYear,
					requiredRate(result.requiredGrowth),
					reach,
					targetValue,
					year
				)
			: m.unreachable(name, base, num.baseYear, targetValue, year);
	return head + assumed(result.projected);
}
