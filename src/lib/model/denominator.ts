// Alternative employment denominators for the R&D-personnel target: no official total of employed
// persons after 2016 exists in the sources found, so a user may choose a figure of another
// definition as the employed level of its year. Never a default: a scenario without the choice
// reads published employment only. Pure; it adds one marked observation to a copy of the data and
// never changes a figure of the data.
//
// - `census_2023`: the 5th economic census's persons employed by legal-entity units of the
//   secondary and tertiary sectors, 2023 (series `employed_legal_units`): published, but narrower
//   than total employment (no agriculture, no individual businesses).
// - `implied_2018`: R&D personnel 2018 (FTE, person-years) ÷ Beijing's own published 2018 ratio of
//   R&D personnel per 10,000 employed = employed persons in 万人. Derived, not published.
import type { EmploymentDenominatorId, Observation, ObservationsFile, Confidence } from './types';

/** The driver series an alternative is added to. */
export const EMPLOYED_SERIES = 'employed';
/** The census's legal-unit employment, 万人. */
export const CENSUS_SERIES = 'employed_legal_units';
export const CENSUS_YEAR = 2023;
/** The two published figures the implied one divides: FTE person-years ÷ (per 10,000 employed). */
export const IMPLIED_FROM = { personnel: 'rd_personnel', ratio: 'rd_personnel_density' } as const;
export const IMPLIED_YEAR = 2018;

/** Why a chosen alternative is not in use. */
export type DenominatorUnused =
	/** The data (an earlier vintage) lacks the figures it is read or derived from. */
	| 'not_in_data'
	/** A published employment figure exists for its year: the published one is used. */
	| 'published_year'
	/** Its year is after the as-of year. */
	| 'after_as_of';

export interface EmploymentAlternative {
	id: EmploymentDenominatorId;
	year: number;
	/** Employed persons, 万人 (the employed series' unit). */
	value: number;
	/** For `implied_2018`: the two figures divided, value = personnel ÷ ratio. */
	derivedFrom?: { personnel: number; ratio: number };
	/** The observation added to the employed series, marked `alternative`. */
	observation: Observation;
}

/** What a scenario's choice came to: shown beside the choice and in the command line's JSON. */
export interface EmploymentDenominatorUse {
	id: EmploymentDenominatorId;
	/** Null when the data lacks it. */
	alternative: EmploymentAlternative | null;
	/** Null when the alternative is the employed level of its year in this evaluation. */
	unused: DenominatorUnused | null;
}

const RANK: Confidence[] = ['low', 'low-medium', 'medium', 'medium-high', 'high'];
const lowerConfidence = (a: Confidence, b: Confidence) =>
	RANK.indexOf(a) <= RANK.indexOf(b) ? a : b;

/** The first observation of a series for a year that fits its method, or null. */
function figure(data: ObservationsFile, series: string, year: number): Observation | null {
	const found = data.series[series]?.observations.filter(
		(o) => o.year === year && o.comparable !== false && o.verified !== false
	);
	return found?.[0] ?? null;
}

/**
 * The alternative employment figure `id` in this data, or null when the data lacks what it is
 * read or derived from. The implied figure keeps the ratio's source (Beijing's own publication of
 * 216) and the lower of the two inputs' confidences; its note states the formula.
 */
export function employmentAlternative(
	id: EmploymentDenominatorId,
	data: ObservationsFile
): EmploymentAlternative | null {
	if (id === 'census_2023') {
		const o = figure(data, CENSUS_SERIES, CENSUS_YEAR);
		return o && { id, year: o.year, value: o.value, observation: { ...o, alternative: id } };
	}
	const personnel = figure(data, IMPLIED_FROM.personnel, IMPLIED_YEAR);
	const ratio = figure(data, IMPLIED_FROM.ratio, IMPLIED_YEAR);
	if (!personnel || !ratio || ratio.value <= 0) return null;
	const value = personnel.value / ratio.value;
	const formula = `${personnel.value} ÷ ${ratio.value} = ${value.toFixed(2)}`;
	const observation: Observation = {
		year: IMPLIED_YEAR,
		value,
		basis: 'implied_ratio',
		confidence: lowerConfidence(personnel.confidence, ratio.confidence),
		source: ratio.source,
		note: {
			zh: `推算值，并非公布数：${IMPLIED_YEAR} 年研发人员全时当量（人年）÷ 每万名就业人员中研发人员数 = 就业人员（万人）：${formula}。`,
			en: `Derived, not published: R&D personnel ${IMPLIED_YEAR} (FTE person-years) ÷ R&D personnel per 10,000 employed = employed persons (10,000s): ${formula}.`
		},
		alternative: id
	};
	return {
		id,
		year: IMPLIED_YEAR,
		value,
		derivedFrom: { personnel: personnel.value, ratio: ratio.value },
		observation
	};
}

const cache = new WeakMap<ObservationsFile, Map<EmploymentDenominatorId, ObservationsFile>>();

/**
 * The data with the alternative added to the employed series (the same object for the same data
 * and choice), and what the choice came to. The data is returned unchanged when the alternative is
 * missing or its year already has a published employment figure.
 */
export function withEmploymentDenominator(
	data: ObservationsFile,
	id: EmploymentDenominatorId,
	asOf: number
): { data: ObservationsFile; use: EmploymentDenominatorUse } {
	const alternative = employmentAlternative(id, data);
	const employed = data.series[EMPLOYED_SERIES];
	if (!alternative || !employed) return { data, use: { id, alternative, unused: 'not_in_data' } };
	if (employed.observations.some((o) => o.year === alternative.year))
		return { data, use: { id, alternative, unused: 'published_year' } };
	let byId = cache.get(data);
	if (!byId) cache.set(data, (byId = new Map()));
	let out = byId.get(id);
	if (!out) {
		out = {
			...data,
			series: {
				...data.series,
				[EMPLOYED_SERIES]: {
					...employed,
					observations: [...employed.observations, alternative.observation]
				}
			}
		};
		byId.set(id, out);
	}
	const unused = alternative.year > asOf ? 'after_as_of' : null;
	return { data: out, use: { id, alternative, unused } };
}
