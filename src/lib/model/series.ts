// One driver's history as the model sees it: the preferred observation per year, values the
// user entered, levels derived by chaining published growth rates, and growth computed only
// inside one statistical basis. No projection here (see projection.ts).
import type { Confidence, DriverSpec, Observation, ObservationsFile, Series } from './types';

const CONFIDENCE_RANK: Record<Confidence, number> = {
	low: 0,
	'low-medium': 1,
	medium: 2,
	'medium-high': 3,
	high: 4
};

export interface ChosenObservation {
	chosen: Observation;
	/** Other published values for the same year, kept for display (hover, tables). */
	alternatives: Observation[];
}

/**
 * Two publication dates (ISO, `2024-03` or `2024-03-15`; none sorts first) in calendar order: by
 * their characters, which for ISO dates is the calendar's. Not `localeCompare`, whose collator
 * costs a start-up task on every page (this runs for every figure of every series).
 */
function compareDates(a: string | null | undefined, b: string | null | undefined): number {
	const x = a ?? '';
	const y = b ?? '';
	return x < y ? -1 : x > y ? 1 : 0;
}

/**
 * Picks one observation per year by the documented rule: higher confidence first, then the
 * later release (source date), then the later record in the file.
 */
export function preferredByYear(
	observations: readonly Observation[]
): Map<number, ChosenObservation> {
	const byYear = new Map<number, { o: Observation; i: number }[]>();
	observations.forEach((o, i) => {
		const list = byYear.get(o.year) ?? [];
		list.push({ o, i });
		byYear.set(o.year, list);
	});
	const out = new Map<number, ChosenObservation>();
	for (const year of [...byYear.keys()].sort((a, b) => a - b)) {
		const ranked = byYear
			.get(year)!
			.sort(
				(a, b) =>
					CONFIDENCE_RANK[b.o.confidence] - CONFIDENCE_RANK[a.o.confidence] ||
					compareDates(b.o.source.date, a.o.source.date) ||
					b.i - a.i
			);
		out.set(year, { chosen: ranked[0]!.o, alternatives: ranked.slice(1).map((r) => r.o) });
	}
	return out;
}

export type PointKind = 'published' | 'derived' | 'user';

export interface HistoryPoint {
	year: number;
	value: number;
	basis: string;
	kind: PointKind;
	/** The observation behind a published point (or behind the rate of a derived one). */
	observation?: Observation;
	alternatives?: Observation[];
	/** For derived points: the year of the level it was chained from. */
	derivedFrom?: number;
}

export interface DriverHistory {
	/** Points up to the as-of year, sorted by year. */
	points: HistoryPoint[];
	/** Published yearly growth rates (fractions) up to the as-of year, by year. */
	rates: Map<number, { rate: number; observation: Observation }>;
	/** Published levels after the as-of year, kept aside for comparison. */
	laterActuals: HistoryPoint[];
	/** The latest point: where a projection starts. Null when the driver has no data at all. */
	base: HistoryPoint | null;
}

/** Years the user may not override because a published figure exists. */
export function publishedYears(series: Series): Set<number> {
	return new Set(series.observations.map((o) => o.year));
}

/**
 * Builds a driver's history as of `asOf`. User values fill years without a published figure
 * (values for published years are ignored); published growth rates after the last level extend
 * it with derived levels.
 */
export function driverHistory(
	driver: DriverSpec,
	data: ObservationsFile,
	asOf: number,
	userValues: Record<number, number> = {}
): DriverHistory {
	const preferred = preferredByYear(data.series[driver.series]?.observations ?? []);
	const points: HistoryPoint[] = [];
	const laterActuals: HistoryPoint[] = [];
	for (const [year, { chosen, alternatives }] of preferred) {
		const point: HistoryPoint = {
			year,
			value: chosen.value,
			basis: chosen.basis,
			kind: 'published',
			observation: chosen,
			alternatives
		};
		(year <= asOf ? points : laterActuals).push(point);
	}
	// A user value takes the basis of the published figure before it (or the first one after).
	const published = [...points];
	for (const [yearText, value] of Object.entries(userValues)) {
		const year = Number(yearText);
		if (preferred.has(year) || year > asOf || !Number.isFinite(value) || value <= 0) continue;
		const before = published.filter((p) => p.year < year).at(-1) ?? published[0];
		points.push({ year, value, basis: before?.basis ?? 'user', kind: 'user' });
	}
	points.sort((a, b) => a.year - b.year);

	const rates = new Map<number, { rate: number; observation: Observation }>();
	if (driver.ratesSeries) {
		for (const [year, { chosen }] of preferredByYear(
			data.series[driver.ratesSeries]?.observations ?? []
		))
			if (year <= asOf) rates.set(year, { rate: chosen.value / 100, observation: chosen });
	}
	let last = points.at(-1);
	while (last && rates.has(last.year + 1) && last.year + 1 <= asOf) {
		const { rate, observation } = rates.get(last.year + 1)!;
		const next: HistoryPoint = {
			year: last.year + 1,
			value: last.value * (1 + rate),
			basis: last.basis,
			kind: 'derived',
			observation,
			derivedFrom: last.kind === 'derived' ? last.derivedFrom : last.year
		};
		points.push(next);
		last = next;
	}
	return { points, rates, laterActuals, base: points.at(-1) ?? null };
}

/**
 * The growth in `year` (from year − 1), as a fraction: the published rate where there is one,
 * otherwise the ratio of two levels in the same basis; null across a basis break or a gap.
 */
export function yearlyGrowth(history: DriverHistory, year: number): number | null {
	const published = history.rates.get(year);
	if (published) return published.rate;
	const now = history.points.find((p) => p.year === year);
	const before = history.points.find((p) => p.year === year - 1);
	if (!now || !before || now.basis !== before.basis || before.value <= 0) return null;
	return now.value / before.value - 1;
}

export type TrailingGrowth =
	| { kind: 'compound'; rate: number; from: number; to: number }
	| { kind: 'latest_published'; rate: number; year: number }
	| { kind: 'none' };

/**
 * A driver's default growth: its trailing compound growth over at most `windowYears` ending at
 * the base year, never across a basis break. Rules in order: (1) the compound mean of the run of
 * consecutive known yearly growths (published rates, or same-basis level ratios) that ends at the
 * base year, unless (2) a same-basis value earlier in the window spans more years, in which case
 * the compound growth from that value to the base; (3) otherwise the latest published growth
 * rate; (4) otherwise none — the user must supply one.
 */
export function trailingGrowth(history: DriverHistory, windowYears: number): TrailingGrowth {
	const base = history.base;
	if (!base) return { kind: 'none' };
	const window = Math.max(1, Math.floor(windowYears));
	let product = 1;
	let run = 0;
	for (let year = base.year; year > base.year - window; year--) {
		const g = yearlyGrowth(history, year);
		if (g === null || g <= -1) break;
		product *= 1 + g;
		run++;
	}
	const earliest = history.points.find(
		(p) =>
			p.year >= base.year - window && p.year < base.year && p.basis === base.basis && p.value > 0
	);
	const span = earliest ? base.year - earliest.year : 0;
	if (run > 0 && run >= span)
		return {
			kind: 'compound',
			rate: product ** (1 / run) - 1,
			from: base.year - run,
			to: base.year
		};
	if (earliest)
		return {
			kind: 'compound',
			rate: (base.value / earliest.value) ** (1 / span) - 1,
			from: earliest.year,
			to: base.year
		};
	const latestRate = [...history.rates.entries()].filter(([y]) => y <= base.year).at(-1);
	if (latestRate)
		return { kind: 'latest_published', rate: latestRate[1].rate, year: latestRate[0] };
	return { kind: 'none' };
}

/** The latest year with any published figure among the given series: the default as-of year. */
export function latestDataYear(data: ObservationsFile, seriesIds: readonly string[]): number {
	let latest = -Infinity;
	for (const id of seriesIds)
		for (const o of data.series[id]?.observations ?? []) latest = Math.max(latest, o.year);
	return latest;
}
