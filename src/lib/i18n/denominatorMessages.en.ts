// The English strings of denominatorMessages.ts, which says what they are for: a module of their own, so
// that the browser loads only the page's language (see messages.ts).
import type { DenominatorUnused } from '../model/denominator';
import type { EmploymentDenominatorId } from '../model/types';

export const en = {
	label: 'Employment denominator',
	hint: 'No official total of employed persons after 2016 was found. The alternatives have other definitions: low confidence, never the default.',
	option: {
		default: 'Employed persons 2016 (published total), projected',
		census_2023: '2023 economic census: employees of legal-entity units',
		implied_2018: '2018 figure implied by Beijing’s own ratio (derived)'
	} satisfies Record<DenominatorOption, string>,
	definition: {
		default:
			'All employed persons, last published for 2016 (a secondary source); later years are projected.',
		census_2023:
			'Employees of legal-entity units in the secondary and tertiary sectors (5th economic census, Beijing Municipal Bureau of Statistics): without agriculture or individual businesses, narrower than total employment and not comparable with 2016.',
		implied_2018:
			'R&D personnel 2018 (full-time equivalent) ÷ Beijing’s own published 2018 ratio of R&D personnel per 10,000 employed: a derived figure, not a published one.'
	} satisfies Record<DenominatorOption, string>,
	lowConfidence: 'Low confidence',
	/** An option's name with its low-confidence label, as the changes list shows it. */
	marked: (name: string, label: string) => `${name} (${label})`,
	/** The figure an option puts in, e.g. “1,313.6 万人 (2023)”. */
	figure: (value: string, year: number) => `${value} (${year})`,
	/** The formula of the derived figure, with its numbers formatted. */
	formula: (personnel: string, ratio: string, value: string) =>
		`${personnel} ÷ ${ratio} × 10,000 = ${value}`,
	unused: {
		not_in_data: 'Not in this data vintage: published employment is used.',
		published_year: 'A published figure exists for its year and is used instead.',
		after_as_of: 'After the as-of year: not used.'
	} satisfies Record<DenominatorUnused, string>,
	/** The confidence reason, after the driver and years. */
	reason: {
		census_2023:
			'the 2023 census count of employees of legal-entity units chosen as the denominator, a narrower definition than total employment',
		implied_2018:
			'a figure derived from R&D personnel ÷ Beijing’s published 2018 ratio chosen as the denominator, not a published total'
	} satisfies Record<EmploymentDenominatorId, string>
};

/** The choice as a control offers it: the default (no alternative), or one alternative. */
export type DenominatorOption = 'default' | EmploymentDenominatorId;

export type DenominatorMessages = typeof en;
