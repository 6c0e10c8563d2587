// How sure a verdict is: a grade (high, medium, low) and the reasons for it, as typed codes with
// parameters (the words are in the i18n dictionaries). Pure: it reads a target's evaluation and
// the drivers it used, and never changes a number or a verdict.
//
// The rules, each a cap on the grade (the grade is the lowest cap among the reasons; no reason,
// high):
//   no_projection        the verdict needs an assumption the scenario lacks            → low
//   projected_years      years between the last figure used and the target year:
//                        1 or 2 → medium, PROJECTED_YEARS_LOW or more → low
//   low_confidence       an input figure of confidence `low` → low; `low-medium` → medium
//   user_entered         an input value typed in for a year without a figure            → medium
//   user_supplied        an input figure entered from a publication (data-update file)  → medium
//   derived              an input level chained from published growth rates            → medium
//   secondary_source     an input figure resting on no official release with a known address → medium
//   unverified           an input figure not checked against its original release       → medium
//   definition_differs   an input series defined differently from the target's indicator → medium
//   lower_bound, approximate, preliminary, estimate, computed
//                        an input figure a plan pack flags so: published as “over” (a bound),
//                        as “about”, as preliminary, as the publisher's own estimate, or computed
//                        by the collector from other figures (its formula in the pack) → medium
//   alternative_denominator  an employment figure of another definition, or derived, that the
//                        user chose as the denominator (denominator.ts)                → low
// The inputs are, per driver the target reads, the figure its projection starts from (with the
// figures a derived one was chained from); for an average-growth target, the published rates of
// its window.
import type { DriverResult, TargetResult } from './evaluate';
import type {
	Confidence,
	DriverId,
	EmploymentDenominatorId,
	Observation,
	SourceKind
} from './types';

export type ConfidenceGrade = 'high' | 'medium' | 'low';

/** Projected years from which a verdict is graded low. */
export const PROJECTED_YEARS_LOW = 3;

type InputReasonCode =
	| 'user_entered'
	| 'user_supplied'
	| 'derived'
	| 'secondary_source'
	| 'unverified'
	| 'definition_differs'
	| 'lower_bound'
	| 'approximate'
	| 'preliminary'
	| 'estimate'
	| 'computed';

export type ConfidenceReason =
	| { code: 'no_projection'; drivers: DriverId[] }
	| { code: 'projected_years'; years: number; lastActualYear: number }
	| { code: 'low_confidence'; driver: DriverId; years: number[]; level: 'low' | 'low-medium' }
	| { code: InputReasonCode; driver: DriverId; years: number[] }
	| {
			code: 'alternative_denominator';
			driver: DriverId;
			years: number[];
			choice: EmploymentDenominatorId;
	  };

export type ConfidenceReasonCode = ConfidenceReason['code'];

export interface TargetConfidence {
	grade: ConfidenceGrade;
	reasons: ConfidenceReason[];
}

/** One figure a verdict rests on. */
export interface ConfidenceInputFigure {
	driver: DriverId;
	year: number;
	kind: 'published' | 'derived' | 'user';
	/** The observation behind it (for a derived level, the rate it was chained with). */
	observation?: Observation;
}

/** What the grade is computed from: see confidenceInputs. */
export interface ConfidenceInput {
	/** Null when no projection could be made. */
	projectedYears: number | null;
	/** The year of the last figure used (the earliest base year among the drivers). */
	lastActualYear: number | null;
	/** Drivers whose growth or data is missing. */
	missing: DriverId[];
	figures: ConfidenceInputFigure[];
}

const RANK: Record<ConfidenceGrade, number> = { low: 0, medium: 1, high: 2 };
const lower = (a: ConfidenceGrade, b: ConfidenceGrade) => (RANK[a] <= RANK[b] ? a : b);

/** The cap one reason puts on the grade. */
export function reasonCap(reason: ConfidenceReason): ConfidenceGrade {
	switch (reason.code) {
		case 'no_projection':
			return 'low';
		case 'projected_years':
			return reason.years >= PROJECTED_YEARS_LOW ? 'low' : 'medium';
		case 'low_confidence':
			return reason.level === 'low' ? 'low' : 'medium';
		case 'alternative_denominator':
			return 'low';
		default:
			return 'medium';
	}
}

const LOW_LEVELS: readonly Confidence[] = ['low', 'low-medium'];

/**
 * True when a figure rests on no official release whose address is known; false when its source's
 * kind was not recorded (a plan pack's), which says nothing either way.
 */
export function isSecondaryOnly(o: Observation): boolean {
	const kind: SourceKind | undefined = o.source.kind;
	return kind !== undefined && kind !== 'official' && !o.source.officialUrl;
}

/** The input reasons one figure gives, in the order the rules list them. */
function figureReasons(f: ConfidenceInputFigure): ConfidenceReason[] {
	const out: ConfidenceReason[] = [];
	const o = f.observation;
	const base = { driver: f.driver, years: [f.year] };
	if (o && LOW_LEVELS.includes(o.confidence))
		out.push({ code: 'low_confidence', ...base, level: o.confidence as 'low' | 'low-medium' });
	if (f.kind === 'user') out.push({ code: 'user_entered', ...base });
	if (o?.userSupplied) out.push({ code: 'user_supplied', ...base });
	if (f.kind === 'derived') out.push({ code: 'derived', ...base });
	if (o && !o.userSupplied && isSecondaryOnly(o)) out.push({ code: 'secondary_source', ...base });
	if (o?.verified === false) out.push({ code: 'unverified', ...base });
	if (o?.comparable === false) out.push({ code: 'definition_differs', ...base });
	for (const flag of o?.flags ?? [])
		out.push({ code: flag === 'derived' ? 'computed' : flag, ...base });
	if (o?.alternative) out.push({ code: 'alternative_denominator', ...base, choice: o.alternative });
	return out;
}

type FigureReason = Extract<ConfidenceReason, { driver: DriverId }>;
const isFigureReason = (r: ConfidenceReason): r is FigureReason => 'driver' in r;

/** Joins reasons of the same code (and level) for the same driver into one, years ascending. */
function joinReasons(reasons: ConfidenceReason[]): ConfidenceReason[] {
	const out: ConfidenceReason[] = [];
	for (const r of reasons) {
		const same = isFigureReason(r)
			? out
					.filter(isFigureReason)
					.find(
						(x) =>
							x.code === r.code &&
							x.driver === r.driver &&
							(x.code !== 'low_confidence' || r.code !== 'low_confidence' || x.level === r.level)
					)
			: undefined;
		if (same && isFigureReason(r))
			same.years = [...new Set([...same.years, ...r.years])].sort((a, b) => a - b);
		else out.push(isFigureReason(r) ? { ...r, years: [...r.years] } : r);
	}
	return out;
}

/** The grade and its reasons, by the rules in this module's header. */
export function gradeConfidence(input: ConfidenceInput): TargetConfidence {
	const reasons: ConfidenceReason[] = [];
	if (input.projectedYears === null)
		reasons.push({ code: 'no_projection', drivers: [...input.missing] });
	else if (input.projectedYears > 0 && input.lastActualYear !== null)
		reasons.push({
			code: 'projected_years',
			years: input.projectedYears,
			lastActualYear: input.lastActualYear
		});
	reasons.push(...joinReasons(input.figures.flatMap(figureReasons)));
	const grade = reasons.reduce<ConfidenceGrade>((g, r) => lower(g, reasonCap(r)), 'high');
	return { grade, reasons };
}

/** The figures a driver's projection starts from: its base, and what a derived base came from. */
function baseFigures(d: DriverResult): ConfidenceInputFigure[] {
	const base = d.history.base;
	if (!base) return [];
	const from = base.kind === 'derived' ? (base.derivedFrom ?? base.year) : base.year;
	return d.history.points
		.filter((p) => p.year >= from && p.year <= base.year)
		.map((p) => ({ driver: d.id, year: p.year, kind: p.kind, observation: p.observation }));
}

/** The figures behind an average-growth target's actual rates in its window. */
function windowFigures(t: TargetResult, d: DriverResult): ConfidenceInputFigure[] {
	const out: ConfidenceInputFigure[] = [];
	for (const r of t.average?.rates ?? []) {
		if (r.kind !== 'actual') continue;
		const rate = d.history.rates.get(r.year);
		if (rate) {
			out.push({ driver: d.id, year: r.year, kind: 'published', observation: rate.observation });
			continue;
		}
		// A rate from two levels of the same basis: both levels are inputs.
		for (const p of d.history.points)
			if (p.year === r.year || p.year === r.year - 1)
				out.push({ driver: d.id, year: p.year, kind: p.kind, observation: p.observation });
	}
	return out;
}

/** What a target's grade is computed from: see ConfidenceInput. */
export function confidenceInputs(
	t: TargetResult,
	used: readonly DriverResult[],
	targetYear: number
): ConfidenceInput {
	if (t.kind === 'average_growth') {
		const rates = t.average?.rates ?? [];
		const projected = rates.filter((r) => r.kind === 'projected').length;
		const lastActual = rates.filter((r) => r.kind === 'actual').at(-1)?.year ?? null;
		return {
			projectedYears: t.projected === null ? null : projected,
			lastActualYear: lastActual,
			missing: [...t.missing],
			figures: used.flatMap((d) => windowFigures(t, d))
		};
	}
	const baseYears = used.map((d) => d.baseYear).filter((y): y is number => y !== null);
	const lastActualYear = baseYears.length === used.length ? Math.min(...baseYears) : null;
	return {
		projectedYears:
			t.projected === null || lastActualYear === null
				? null
				: Math.max(0, targetYear - lastActualYear),
		lastActualYear,
		missing: [...t.missing],
		figures: used.flatMap(baseFigures)
	};
}

/** A target's confidence grade: gradeConfidence of its confidenceInputs. */
export function targetConfidence(
	t: TargetResult,
	used: readonly DriverResult[],
	targetYear: number
): TargetConfidence {
	return gradeConfidence(confidenceInputs(t, used, targetYear));
}
