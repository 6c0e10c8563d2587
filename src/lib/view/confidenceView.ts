// A verdict's confidence grade and reasons as the words a card, the target page and the scenario
// card show. Pure; the grade itself comes from model/confidence.ts.
import { confidenceMessages } from '../i18n/confidenceMessages';
import type { TargetResult } from '../model/evaluate';
import type { ConfidenceGrade } from '../model/confidence';
import type { Lang, Plan } from '../model/types';
import { driverName } from './targetView';

export interface ConfidenceView {
	grade: ConfidenceGrade;
	/** The grade as a word: "medium", "中". */
	gradeText: string;
	/** "Confidence in this verdict: medium". */
	lineText: string;
	/** One sentence per reason; one saying there is none when the grade is high. */
	reasons: string[];
}

export function confidenceView(result: TargetResult, plan: Plan, lang: Lang): ConfidenceView {
	const m = confidenceMessages[lang];
	const { grade, reasons } = result.confidence;
	const name = (id: Parameters<typeof driverName>[1]) => driverName(plan, id, lang);
	return {
		grade,
		gradeText: m.grade[grade],
		lineText: m.gradeLine(m.grade[grade]),
		reasons: reasons.length > 0 ? reasons.map((r) => m.reason(r, name)) : [m.noReasons]
	};
}
