// The English strings of controlMessages.ts, which says what they are for: a module of their own, so
// that the browser loads only the page's language (see messages.ts).
import type { ScenarioIssueReason } from '../model/evaluate';

export const en = {
	beyondSlider: (min: string, max: string) =>
		`Beyond the slider’s range (${min} to ${max}): the value is used as shown in the field.`,
	valueOutOfRange: (min: string, max: string) =>
		`Enter a value from ${min} to ${max}; nothing was changed.`,
	valueBreaksTrend: (driver: string, min: string, max: string) =>
		`This value would put the default growth of ${driver} outside ${min} to ${max}; nothing was changed.`,
	toleranceEntry: 'Tolerance in percent',
	// A growth the data-as-of makes inert (model/reach.ts), and the as-of that would make it count.
	inertGrowth: (year: number, asOf: number) =>
		`All years to ${year} are published (data as of ${asOf}): this growth changes nothing.`,
	inertPlanView: (year: number) => `See it as the plan saw it (${year})`,
	inertAsOf: (year: number) => `Use data as of ${year}`,
	inertNever: 'No data-as-of leaves a year for it to project.',
	issuesTitle: 'Some of this scenario’s assumptions were not used:',
	issue: {
		unknown_driver: 'unknown driver',
		invalid_growth: 'growth outside the accepted range',
		invalid_year: 'year outside the accepted years',
		invalid_value: 'value outside the accepted range',
		published_year: 'that year has a published figure',
		invalid_tolerance: 'tolerance outside the accepted range',
		invalid_window: 'window outside the accepted years',
		invalid_as_of: 'as-of year outside the data',
		default_out_of_range: 'the entered values put the default growth out of range',
		invalid_range: 'range end outside the accepted growth',
		reversed_range: 'range low above high',
		invalid_model: 'unknown uncertainty model',
		invalid_seed: 'seed outside the accepted range',
		invalid_draws: 'draws outside the accepted number',
		invalid_correlation: 'correlation outside the accepted range',
		invalid_denominator: 'unknown employment denominator'
	} satisfies Record<ScenarioIssueReason, string>
};

export type ControlMessages = typeof en;
