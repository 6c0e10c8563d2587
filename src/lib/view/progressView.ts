// The published progress methods of one target (model/progress.ts) as the words the target page
// shows: the ratio method's category and figures, the anticipated value, why a method cannot be
// computed, and one sentence on whether they agree with the app's verdict. Pure.
import { formatNumber, formatRate, formatValue } from '../i18n/format';
import { progressMessages } from '../i18n/progressMessages';
import type { Evaluation, TargetResult } from '../model/evaluate';
import {
	progressMethods,
	type ProgressMethods,
	type RatioCategory,
	type RatioProgress
} from '../model/progress';
import type { Lang } from '../model/types';

export interface ProgressView {
	/** Null when the ratio method cannot be computed (then `ratioGap` says why). */
	category: RatioCategory | null;
	categoryText: string;
	ratioText: string;
	movedText: string | null;
	anticipatedText: string;
	/** Agreement or disagreement with the app's verdict; null when either side has no judgement. */
	agreementText: string | null;
}

const hopefulCategory = (c: RatioCategory) => c === 'achieved' || c === 'on_track';

function ratioText(result: TargetResult, r: RatioProgress, targetYear: number, lang: Lang) {
	const m = progressMessages[lang];
	const ratio = r.ratio === null ? null : formatNumber(r.ratio, lang, 2);
	if (result.kind === 'average_growth')
		return m.growthLine(
			r.baseYear + 1,
			r.latestYear,
			formatRate(r.observedGrowth, lang),
			formatRate(r.requiredGrowth, lang),
			ratio ?? '—'
		);
	if (r.requiredGrowth <= 0 && r.baseValue !== null && r.category === 'achieved')
		return m.metAtBaseline(
			r.baseYear,
			r.latestYear,
			formatValue(r.baseValue, result.unit, lang),
			formatValue(r.latestValue, result.unit, lang)
		);
	return m.ratioLine(
		r.baseYear,
		r.latestYear,
		formatRate(r.observedGrowth, lang),
		targetYear,
		formatRate(r.requiredGrowth, lang),
		ratio
	);
}

function anticipatedText(result: TargetResult, methods: ProgressMethods, lang: Lang): string {
	const m = progressMessages[lang];
	if (!methods.anticipated.ok) return m.gap[methods.anticipated.reason];
	const a = methods.anticipated.value;
	if (result.kind === 'average_growth') {
		const r = methods.ratio.ok ? methods.ratio.value : null;
		if (r && r.latestYear >= a.targetYear) return m.windowComplete(r.latestYear);
		const share = formatRate(a.shareOfRequired, lang, 0);
		return m.anticipatedGrowthLine(
			a.targetYear,
			formatRate(a.anticipatedValue, lang),
			share,
			a.reaches
		);
	}
	const value = formatValue(a.anticipatedValue, result.unit, lang);
	const share = a.shareOfRequired === null ? null : formatRate(a.shareOfRequired, lang, 0);
	return m.anticipatedLine(a.targetYear, value, share, a.reaches);
}

function agreement(result: TargetResult, category: RatioCategory, lang: Lang): string | null {
	const m = progressMessages[lang];
	if (result.verdict === 'needs_assumption' || result.verdict === 'no_numeric_target') return null;
	const appHopeful = result.verdict === 'met' || result.verdict === 'within_tolerance';
	if (appHopeful === hopefulCategory(category)) return m.agree;
	return appHopeful ? m.disagreeAhead : m.disagreeBehind;
}

/** The methods for a target as words; null for a target without a numeric goal. */
export function progressView(
	evaluation: Evaluation,
	result: TargetResult,
	baselineYear: number | undefined,
	lang: Lang
): ProgressView | null {
	const methods = progressMethods(evaluation, result, baselineYear);
	if (!methods) return null;
	const m = progressMessages[lang];
	if (!methods.ratio.ok) {
		const gap = m.gap[methods.ratio.reason];
		return {
			category: null,
			categoryText: gap,
			ratioText: '',
			movedText: null,
			anticipatedText: gap,
			agreementText: null
		};
	}
	const r = methods.ratio.value;
	return {
		category: r.category,
		categoryText: m.category[r.category],
		ratioText: ratioText(result, r, evaluation.targetYear, lang),
		movedText: r.baselineMoved
			? m.baselineMoved[r.baselineMoved.reason](r.baselineMoved.from, r.baseYear)
			: null,
		anticipatedText: anticipatedText(result, methods, lang),
		agreementText: agreement(result, r.category, lang)
	};
}

/** The /learn page's worked example: one target's methods, step by step. */
export interface ProgressExample {
	result: TargetResult;
	ratio: RatioProgress & { baseValue: number; ratio: number };
	view: ProgressView;
}

/**
 * The target the /learn page works through: the first level or ratio target the ratio method can
 * judge without calling it achieved (the arithmetic then decides), else the first it can judge.
 */
export function progressExample(
	evaluation: Evaluation,
	baselineYear: number | undefined,
	lang: Lang
): ProgressExample | null {
	const candidates: ProgressExample[] = [];
	for (const result of evaluation.targets) {
		if (result.kind === 'average_growth') continue;
		const methods = progressMethods(evaluation, result, baselineYear);
		if (!methods?.ratio.ok) continue;
		const r = methods.ratio.value;
		if (r.baseValue === null || r.ratio === null) continue;
		const view = progressView(evaluation, result, baselineYear, lang)!;
		candidates.push({ result, ratio: { ...r, baseValue: r.baseValue, ratio: r.ratio }, view });
	}
	return candidates.find((c) => c.ratio.category !== 'achieved') ?? candidates[0] ?? null;
}
