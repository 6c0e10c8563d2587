// The shapes of the plan, its data and a scenario, shared by every model module.
// Types only: no logic lives here.

import type { FormulaTree } from './formulaTree';

export type Lang = 'zh' | 'en';
export type Text = { zh: string; en: string };

export type Confidence = 'low' | 'low-medium' | 'medium' | 'medium-high' | 'high';

export const DRIVER_IDS = [
	'gdp',
	'rd_spend',
	'basic_spend',
	'rd_personnel',
	'employed',
	'hightech_va',
	'digital_va',
	'tech_contracts',
	'zgc_revenue',
	'unicorns'
] as const;
export type DriverId = (typeof DRIVER_IDS)[number];

export const TARGET_IDS = [
	'rd_intensity',
	'basic_research_share',
	'rd_personnel_density',
	'hightech_va',
	'digital_economy_growth',
	'tech_contracts',
	'zgc_revenue',
	'unicorns'
] as const;
export type TargetId = (typeof TARGET_IDS)[number];

export type TargetKind = 'level' | 'ratio' | 'average_growth' | 'qualitative';
export type Comparator =
	'exceeds' | 'at_least' | 'about' | 'average_growth' | 'rank_at_most' | 'qualitative';

export const SOURCE_KINDS = ['official', 'state_media', 'mirror', 'third_party'] as const;
/**
 * Where a figure was read: an official release (statistics bureau, ministry, government site),
 * state media, a repost or mirror of an official or state-media text, or a third party.
 */
export type SourceKind = (typeof SOURCE_KINDS)[number];

export interface Source {
	title: string;
	publisher: string | null;
	date: string | null;
	/** Where the figure was read; null when no address was recorded. */
	url: string | null;
	/**
	 * The official release's address when `url` is a copy of it; absent on a non-official source,
	 * the official address is not known.
	 */
	officialUrl?: string;
	/**
	 * Absent at run time in a plan pack whose sources were collected without one (toModel.ts passes
	 * them through): then not known. Typed as present, since every page reads the seed data's.
	 */
	kind: SourceKind;
}

export interface Observation {
	year: number;
	value: number;
	basis: string;
	confidence: Confidence;
	source: Source;
	note?: Text;
	/** False when the recorded source cannot hold the figure (the note says why). */
	verified?: false;
	/** False when the point does not fit the series' method (the note says why). */
	comparable?: false;
	/** True for a figure the user entered from a publication (a data-update file), not the seeds. */
	userSupplied?: true;
	/** Set by the model on an employment figure of another definition the user chose (denominator.ts). */
	alternative?: EmploymentDenominatorId;
	/**
	 * What a plan pack marks on a figure: computed by the collector (`derived`, with `formula`), a
	 * lower bound (“突破/以上”), approximate (“左右”), preliminary, or the publisher's estimate.
	 */
	flags?: ('derived' | 'lower_bound' | 'approximate' | 'preliminary' | 'estimate')[];
	formula?: string;
}

export interface Series {
	name: Text;
	unit: string;
	measure: 'level' | 'rate' | 'ratio' | 'count' | 'rank';
	prices: 'nominal' | 'real' | null;
	observations: Observation[];
}

export interface ObservationsFile {
	vintage: string;
	collected: string;
	about: Text;
	bases: Record<string, Text>;
	series: Record<string, Series>;
}

export interface DriverSpec {
	id: DriverId;
	series: string;
	ratesSeries?: string;
	name: Text;
	unit: string;
	/** The letter derivations use for it (a plan pack's drivers have one). */
	symbol?: string;
}

export interface TargetSpec {
	id: TargetId;
	name: Text;
	clause: string;
	clauseEn: string;
	kind: TargetKind;
	unit: string;
	comparator: Comparator;
	target: number | null;
	formula: string;
	/** The formula parsed and checked by validatePlan (the browser receives it precomputed). */
	tree: FormulaTree;
	numerator: DriverId;
	denominator?: DriverId;
	scale: number;
	publishedSeries: string[];
	why?: Text;
	// What a plan pack (src/lib/plans) may add; seeds/plan.json has none of these.
	/** A level target on a ratio that exists only as published (the pack's `share_level`). */
	publishedShare?: true;
	/** A count: the indicator is rounded to a whole number before it is compared. */
	integer?: true;
	/** “力争” (strive for): an aspiration, weaker than a binding target; the verdict is the same. */
	aspirational?: true;
	/** Where the plan states the target: its indicator table, its body text, or unconfirmed. */
	placement?: 'indicator_table' | 'body_text' | 'table_unconfirmed';
	/** The prices the pack computes in, and those the official judgement uses when they differ. */
	prices?: 'nominal' | 'real';
	officialPrices?: 'nominal' | 'real';
	/** The pack's own window for an average-growth target (a scenario's window overrides it). */
	averageWindow?: { from: number; to: number };
	/** The reading in use for a target read against a benchmark (its number is the benchmark). */
	reading?: TargetReading;
	caveats?: Text[];
	/** Random-number stream of the target's probabilities: its place in the plan. */
	stream?: number;
}

/** One reading of an ambiguous clause, chosen among `choices`, and the benchmark it gives. */
export interface TargetReading {
	id: string;
	name: Text;
	description: Text;
	/** The benchmark's series and the year or years it is read in. */
	series: string;
	years: { from: number; to: number };
	statistic: 'value' | 'mean';
	/** The readings the pack offers, the one in use among them. */
	choices: string[];
}

/** A target the plan sets but no data can follow: shown as a gap with its reason, never a number. */
export interface GapSpec {
	id: string;
	name: Text;
	clause: string;
	clauseEn: string;
	unit: string;
	comparator: Comparator;
	target: number | null;
	/** Why there is no data; null when the pack does not say. */
	reason: Text | null;
	placement?: 'indicator_table' | 'body_text' | 'table_unconfirmed';
	caveats?: Text[];
	/** The target's place among all the plan's targets (gaps and the others). */
	position: number;
}

export interface Plan {
	id: string;
	title: Text;
	shortTitle: Text;
	issued: string;
	/** The file of the plan's text in seeds/; a plan pack may have none. */
	text?: string;
	targetYear: number;
	// What a plan pack adds (src/lib/plans/toModel.ts); seeds/plan.json has only baselineYear.
	documentNumber?: string;
	issuer?: Text;
	sourceUrl?: string;
	/**
	 * The year before the plan period (or the plan's own stated base): the published progress
	 * methods measure from it (progress.ts). vantageYear: the last year of data the plan's
	 * authors could see.
	 */
	baselineYear?: number;
	vantageYear?: number;
	notes?: { kind: 'source' | 'context' | 'unconfirmed'; text: Text }[];
	defaults: {
		tolerance: number;
		growthWindowYears: number;
		averageWindow: { from: number; to: number };
	};
	/** A pack names more assumptions than these, and may lack tolerance and averageWindow. */
	assumptions: Record<'growthWindow' | 'conflicts', Text> &
		Partial<Record<'tolerance' | 'averageWindow', Text>> &
		Record<string, Text | undefined>;
	drivers: DriverSpec[];
	targets: TargetSpec[];
	/** Targets without data (a plan pack's `gap` targets); absent in seeds/plan.json. */
	gaps?: GapSpec[];
}

export const UNCERTAINTY_MODEL_IDS = ['persistent', 'yearly'] as const;
/**
 * How a growth range becomes uncertainty about the target year: `persistent`, one rate drawn
 * once holds for every remaining year; `yearly`, each remaining year draws its own rate.
 */
export type UncertaintyModel = (typeof UNCERTAINTY_MODEL_IDS)[number];

export const EMPLOYMENT_DENOMINATOR_IDS = ['census_2023', 'implied_2018'] as const;
/**
 * An employment figure of another definition used as the employed level for its year, where no
 * official total after 2016 exists: `census_2023`, the 5th economic census's legal-unit employment
 * (narrower); `implied_2018`, R&D personnel 2018 ÷ Beijing's published 2018 ratio (derived).
 */
export type EmploymentDenominatorId = (typeof EMPLOYMENT_DENOMINATOR_IDS)[number];

/** A yearly growth given as a range, read as a 90 % interval: fractions, low ≤ high. */
export interface GrowthRange {
	low: number;
	high: number;
}

/** The settings of the probability calculation (see uncertainty.ts). */
export interface UncertaintySettings {
	model: UncertaintyModel;
	/** Seed of the Monte Carlo draws: an integer from 0 to 2³² − 1. */
	seed: number;
	/** Monte Carlo draws per target, from MIN_DRAWS to MAX_DRAWS. */
	draws: number;
	/**
	 * Correlation of the yearly log growth of a ratio's numerator and denominator (R&D spending
	 * and GDP for R&D intensity), −1 to 1; null = from history where computable, otherwise 0.
	 */
	correlation: number | null;
}

/** A scenario: the user's assumptions. Rates are fractions (0.075 = 7.5 % a year). */
export interface Scenario {
	/** Only actuals up to this year are used; null = the latest year with data. */
	asOf: number | null;
	/** Constant growth per driver; a missing entry means the driver's default (trailing) growth. */
	growth: Partial<Record<DriverId, number>>;
	/** Per-year growth overrides: driver -> year -> rate. */
	yearlyGrowth: Partial<Record<DriverId, Record<number, number>>>;
	/** Values the user enters for years the data lacks: driver -> year -> value (driver's unit). */
	userValues: Partial<Record<DriverId, Record<number, number>>>;
	/** Relative tolerance for "about" (左右) targets; null = the plan default. */
	tolerance: number | null;
	/** Years of history behind each driver's default growth; null = the plan default. */
	growthWindowYears: number | null;
	/** Window of yearly rates averaged by average-growth targets; null = the plan default. */
	averageWindow: { from: number; to: number } | null;
	/**
	 * Growth per driver as a 90 % range instead of a point; a missing entry means the driver's
	 * default range (its historical spread around its point growth). With no point growth for the
	 * driver, the range's centre √((1 + low)(1 + high)) − 1 is its point growth.
	 */
	growthRange: Partial<Record<DriverId, GrowthRange>>;
	/** How probabilities are computed; null = no probabilities. */
	uncertainty: UncertaintySettings | null;
	/** An alternative employment figure (denominator.ts); absent or null = published data only. */
	employmentDenominator?: EmploymentDenominatorId | null;
}

export const emptyScenario = (): Scenario => ({
	asOf: null,
	growth: {},
	yearlyGrowth: {},
	userValues: {},
	tolerance: null,
	growthWindowYears: null,
	averageWindow: null,
	growthRange: {},
	uncertainty: null
});
