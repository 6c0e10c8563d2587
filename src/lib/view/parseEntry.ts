// Reads what a person types into an assumption's field, by the link codec's own rules: the
// parameter table's hard bounds, rounded to its link decimals, so that what is applied is what a
// link carries. Percentages: "7.5", "7.5%", full-width "７.５％", "-3", "−3 %". Values: "1234.5",
// "1,234.5" (numbers read as i18n/numberInput.ts reads every typed number). Pure; returns the
// number, or why the text was refused.
import { normaliseNumberText, readDecimal } from '../i18n/numberInput';
import { accepts, PARAMETERS, toLinkPrecision, type Parameter } from '../model/parameters';

export type EntryResult =
	{ ok: true; rate: number } | { ok: false; reason: 'not_a_number' | 'out_of_range' };

function check(p: Parameter, x: number | null): EntryResult {
	if (x === null) return { ok: false, reason: 'not_a_number' };
	const rounded = toLinkPrecision(p, x);
	return accepts(p, rounded) ? { ok: true, rate: rounded } : { ok: false, reason: 'out_of_range' };
}

/** A percentage typed for a rate parameter (growth by default), as a fraction. */
export function parsePercentEntry(text: string, p: Parameter = PARAMETERS.growth): EntryResult {
	const x = readDecimal(normaliseNumberText(text).replace(/\s*%$/, ''));
	return check(p, x === null ? null : x / 100);
}

/** A value typed in a driver's own unit (thousands separators allowed), for an entered figure. */
export function parseValueEntry(text: string, p: Parameter = PARAMETERS.userValue): EntryResult {
	return check(p, readDecimal(normaliseNumberText(text), { exponent: true }));
}
