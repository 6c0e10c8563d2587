// The employment-denominator choice as the target page shows it: one option per denominator
// (published employment, then each alternative) with its name, one-line definition, the figure it
// puts in and its low-confidence label; and, when a chosen alternative is not in use, why. Pure.
import { denominatorMessages, type DenominatorOption } from '../i18n/denominatorMessages';
import { formatNumber, formatValue } from '../i18n/format';
import { employmentAlternative, EMPLOYED_SERIES } from '../model/denominator';
import type { Evaluation } from '../model/evaluate';
import {
	EMPLOYMENT_DENOMINATOR_IDS,
	type Lang,
	type ObservationsFile,
	type Scenario
} from '../model/types';

export interface DenominatorOptionView {
	value: DenominatorOption;
	label: string;
	definition: string;
	/** The figure it puts in: “1,313.6 万人 (2023)”, with the formula for the derived one. */
	figure: string | null;
	/** The low-confidence label of an alternative; null for published employment. */
	lowConfidence: string | null;
	checked: boolean;
}

export interface DenominatorView {
	label: string;
	hint: string;
	options: DenominatorOptionView[];
	/** Why the chosen alternative is not in use; null when it is, or none is chosen. */
	unusedNote: string | null;
}

/** The choice's options for this data and scenario, in the reader's language. */
export function denominatorView(
	scenario: Scenario,
	evaluation: Evaluation,
	data: ObservationsFile,
	lang: Lang
): DenominatorView {
	const m = denominatorMessages[lang];
	const unit = data.series[EMPLOYED_SERIES]?.unit ?? '';
	const chosen: DenominatorOption = scenario.employmentDenominator ?? 'default';
	const published = data.series[EMPLOYED_SERIES]?.observations.at(-1);
	const options: DenominatorOptionView[] = [
		{
			value: 'default',
			label: m.option.default,
			definition: m.definition.default,
			figure: published ? m.figure(formatValue(published.value, unit, lang), published.year) : null,
			lowConfidence: null,
			checked: chosen === 'default'
		}
	];
	for (const id of EMPLOYMENT_DENOMINATOR_IDS) {
		const alt = employmentAlternative(id, data);
		const value = alt && formatValue(alt.value, unit, lang);
		const figure =
			alt && value
				? alt.derivedFrom
					? m.figure(
							m.formula(
								formatNumber(alt.derivedFrom.personnel, lang),
								formatNumber(alt.derivedFrom.ratio, lang),
								value
							),
							alt.year
						)
					: m.figure(value, alt.year)
				: null;
		options.push({
			value: id,
			label: m.option[id],
			definition: m.definition[id],
			figure,
			lowConfidence: m.lowConfidence,
			checked: chosen === id
		});
	}
	const unused = evaluation.employmentDenominator?.unused ?? null;
	return { label: m.label, hint: m.hint, options, unusedNote: unused && m.unused[unused] };
}
