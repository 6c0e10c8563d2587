// The "what changed" list as text: one line per departure from the defaults, old → new.
import { formatNumber, formatRate, formatValue } from '../i18n/format';
import { denominatorMessages } from '../i18n/denominatorMessages';
import type { Messages } from '../i18n/messages';
import type { Lang, Plan } from '../model/types';
import type { Change } from '../scenario/diff';
import { driverName } from './targetView';

export interface ChangeLine {
	key: string;
	label: string;
	from: string;
	to: string;
}

export function changeLines(changes: Change[], plan: Plan, t: Messages, lang: Lang): ChangeLine[] {
	const rate = (r: number | null) => (r === null ? t.noneValue : formatRate(r, lang));
	return changes.map((c): ChangeLine => {
		switch (c.kind) {
			case 'growth':
				return {
					key: `g.${c.driver}`,
					label: t.changeGrowth(driverName(plan, c.driver, lang)),
					from: rate(c.from),
					to: rate(c.to)
				};
			case 'yearly':
				return {
					key: `y.${c.driver}.${c.year}`,
					label: t.changeYearly(driverName(plan, c.driver, lang), c.year),
					from: rate(c.from),
					to: rate(c.to)
				};
			case 'user_value': {
				const unit = plan.drivers.find((d) => d.id === c.driver)?.unit ?? '';
				return {
					key: `v.${c.driver}.${c.year}`,
					label: t.changeUserValue(driverName(plan, c.driver, lang), c.year),
					from: t.noneValue,
					to: formatValue(c.to, unit, lang)
				};
			}
			case 'tolerance':
				return { key: 'tol', label: t.changeTolerance, from: rate(c.from), to: rate(c.to) };
			case 'average_window':
				return {
					key: 'window',
					label: t.changeWindow,
					from: `${c.from.from}–${c.from.to}`,
					to: `${c.to.from}–${c.to.to}`
				};
			case 'growth_window':
				return { key: 'gw', label: t.changeGrowthWindow, from: String(c.from), to: String(c.to) };
			case 'as_of':
				return { key: 'asof', label: t.changeAsOf, from: String(c.from), to: String(c.to) };
			case 'range':
				return {
					key: `r.${c.driver}`,
					label: t.changeRange(driverName(plan, c.driver, lang)),
					from: c.from ? t.rangeText(rate(c.from.low), rate(c.from.high)) : t.noneValue,
					to: t.rangeText(rate(c.to.low), rate(c.to.high))
				};
			case 'uncertainty_model':
				return {
					key: 'unc',
					label: t.changeUncertainty,
					from: t.uncertaintyOff,
					to: c.to === null ? t.uncertaintyOff : t.uncertaintyModel[c.to]
				};
			case 'uncertainty_seed':
				return { key: 'seed', label: t.changeSeed, from: String(c.from), to: String(c.to) };
			case 'uncertainty_draws':
				return {
					key: 'draws',
					label: t.changeDraws,
					from: formatNumber(c.from, lang),
					to: formatNumber(c.to, lang)
				};
			case 'employment_denominator': {
				const dm = denominatorMessages[lang];
				return {
					key: 'emp',
					label: dm.label,
					from: dm.option.default,
					to: dm.marked(dm.option[c.to], dm.lowConfidence)
				};
			}
			case 'uncertainty_correlation':
				return {
					key: 'corr',
					label: t.changeCorrelation,
					from: t.correlationFromHistory,
					to: formatNumber(c.to, lang, 2)
				};
		}
	});
}
