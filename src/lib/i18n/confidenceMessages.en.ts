// The English strings of confidenceMessages.ts, which says what they are for: a module of their own, so
// that the browser loads only the page's language (see messages.ts).
import type { DriverId } from '../model/types';
import type { ConfidenceGrade, ConfidenceReason } from '../model/confidence';
import type { DataUpdateProblem, EntryField, Expected } from '../model/dataUpdateFile';
import { denominatorMessages } from './denominatorMessages';

export const en = {
	label: 'Confidence',
	grade: { high: 'high', medium: 'medium', low: 'low' } satisfies Record<ConfidenceGrade, string>,
	gradeLine: (grade: string) => `Confidence in this verdict: ${grade}`,
	separator: ' · ',
	noReasons: 'Rests on published figures for the target year.',
	reasonsHeading: 'Why',
	years: (years: readonly number[]) => years.join(', '),
	reason(r: ConfidenceReason, name: DriverNamer): string {
		switch (r.code) {
			case 'no_projection':
				return `No projection: ${r.drivers.map(name).join(', ')} needs an assumption.`;
			case 'projected_years':
				return r.years === 1
					? `1 year projected after the last figure used (${r.lastActualYear}).`
					: `${r.years} years projected after the last figure used (${r.lastActualYear}).`;
		}
		const who = `${name(r.driver)} ${this.years(r.years)}`;
		switch (r.code) {
			case 'low_confidence':
				return `${who}: a figure of ${r.level === 'low' ? 'low' : 'low-to-medium'} confidence.`;
			case 'user_entered':
				return `${who}: a value you entered, not a published figure.`;
			case 'user_supplied':
				return `${who}: a figure you added from a publication (user-supplied).`;
			case 'derived':
				return `${who}: derived (chained from published growth rates), not published as a level.`;
			case 'secondary_source':
				return `${who}: rests only on secondary sources (no official release with a known address).`;
			case 'unverified':
				return `${who}: not checked against its original release.`;
			case 'definition_differs':
				return `${who}: defined differently from the target's indicator.`;
			case 'lower_bound':
				return `${who}: a lower bound (published as “over”), not an exact figure.`;
			case 'approximate':
				return `${who}: published as an approximate figure (“about”).`;
			case 'preliminary':
				return `${who}: a preliminary figure, usually revised later.`;
			case 'estimate':
				return `${who}: the publisher's own estimate, not an outturn.`;
			case 'computed':
				return `${who}: computed from other published figures, not published itself.`;
			case 'alternative_denominator':
				return `${who}: ${denominatorMessages.en.reason[r.choice]}.`;
		}
	},
	field: {
		series: 'series',
		year: 'year',
		value: 'value',
		source: 'source',
		'source.title': 'source title',
		'source.url': 'source address',
		'source.date': 'source date'
	} satisfies Record<EntryField, string>,
	expected: {
		known_series: 'the id of a series of the data',
		year: 'a whole year from 1949 to 2100',
		number: 'a number',
		positive: 'a number above zero',
		source: 'an object with title, url and date',
		title: 'a title of 1 to 300 characters',
		web_address: 'a web address starting with http:// or https://',
		date: 'a date written YYYY, YYYY-MM or YYYY-MM-DD'
	} satisfies Record<Expected, string>,
	unreadableFile: (path: string) => `The data-update file “${path}” could not be read.`,
	problem(p: DataUpdateProblem): string {
		switch (p.code) {
			case 'too_large':
				return `The file is too large (${p.bytes} bytes; at most ${p.max}).`;
			case 'not_json':
				return 'The file is not JSON.';
			case 'wrong_format':
				return 'The file is not a data-update file of this app (its “format” is not “bj-targets-data-update”).';
			case 'wrong_version':
				return `The file's version ${p.version} is not one this app reads (1).`;
			case 'no_entries':
				return 'The file has no list of “entries”.';
			case 'too_many_entries':
				return `The file has ${p.count} entries; at most ${p.max} are read.`;
			case 'unknown_field':
				return `Entry ${p.entry}: unknown field “${p.field}”.`;
			case 'bad_field':
				return `Entry ${p.entry}: the ${this.field[p.field]} should be ${this.expected[p.expected]}, not “${p.value}”.`;
		}
	}
};

/** What a reason sentence needs beyond the reason: the name of a driver. */
export type DriverNamer = (id: DriverId) => string;

export type ConfidenceMessages = typeof en;
