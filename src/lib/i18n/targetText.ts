// A driver's name and a target's goal in words: shared by the view models, the derivation
// and the prose, so it sits below all of them.
import type { TargetResult } from '../model/evaluate';
import type { DriverId, Lang, Plan } from '../model/types';
import { formatTarget } from './format';
import type { Messages } from './messages';

export function driverName(plan: Plan, id: DriverId, lang: Lang): string {
	return plan.drivers.find((d) => d.id === id)?.name[lang] ?? id;
}

export function targetText(
	result: Pick<TargetResult, 'target' | 'unit' | 'comparator'>,
	t: Messages,
	lang: Lang
): string {
	if (result.target === null) return t.noNumeric;
	const value = formatTarget(result.target, result.unit, lang);
	const comparator = t.comparator[result.comparator];
	if (lang === 'zh')
		return result.comparator === 'about' ? `${value}${comparator}` : `${comparator} ${value}`;
	return `${comparator} ${value}`;
}
