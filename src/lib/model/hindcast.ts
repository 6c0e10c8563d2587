// What actually happened: each target as the plan could see it (as of a vantage year, default
// assumptions) against the figures published since. Pure: it runs the model twice (as of the
// vantage year, and with all data) and compares; never compares across a basis break.
import { evaluateProjections, type Evaluation, type TargetResult } from './evaluate';
import { compoundAverage } from './growth';
import { yearlyGrowth } from './series';
import {
	emptyScenario,
	type ObservationsFile,
	type Plan,
	type TargetId,
	type TargetKind
} from './types';
import { verdictFor, type Verdict } from './verdict';

export interface HindcastRow {
	id: TargetId;
	kind: TargetKind;
	unit: string;
	/** The 2025 value projected from the vantage year at default assumptions. */
	projected: number | null;
	/** The growth of the target's driver (numerator) that the vantage year said was needed. */
	requiredGrowth: number | null;
	/** The latest published value of the indicator after the vantage year, up to the target year. */
	latestActual: { year: number; value: number } | null;
	/** What the vantage-year projection said for that same year. */
	projectedForLatestYear: number | null;
	/** The published value in the target year, or null while it is not yet published. */
	outcome: number | null;
	outcomeVerdict: Verdict | null;
	/** The first year after the vantage year whose published value met the target. */
	firstYearMet: number | null;
	/**
	 * The constant growth that took the driver from its vantage-year base to its latest published
	 * value: the setting that would have matched reality. Null across a basis break or without data.
	 */
	realisedGrowth: number | null;
	realisedGrowthNote: 'basis_break' | 'no_data' | null;
}

export interface Hindcast {
	vantageYear: number;
	rows: HindcastRow[];
}

const actualKinds = new Set(['published', 'derived', 'user']);

function realised(
	then: Evaluation,
	now: Evaluation,
	target: TargetResult
): Pick<HindcastRow, 'realisedGrowth' | 'realisedGrowthNote'> {
	const id = target.spec.numerator;
	const base = then.drivers[id].history.base;
	if (!base) return { realisedGrowth: null, realisedGrowthNote: 'no_data' };
	if (target.kind === 'average_growth') {
		const rates: number[] = [];
		for (let year = base.year + 1; year <= now.targetYear; year++) {
			const g = yearlyGrowth(now.drivers[id].history, year);
			if (g === null) break;
			rates.push(g);
		}
		const rate = compoundAverage(rates);
		return rate === null
			? { realisedGrowth: null, realisedGrowthNote: 'no_data' }
			: { realisedGrowth: rate, realisedGrowthNote: null };
	}
	const latest = now.drivers[id].history.points
		.filter((p) => p.year > base.year && p.year <= now.targetYear)
		.at(-1);
	if (!latest) return { realisedGrowth: null, realisedGrowthNote: 'no_data' };
	if (latest.basis !== base.basis)
		return { realisedGrowth: null, realisedGrowthNote: 'basis_break' };
	return {
		realisedGrowth: (latest.value / base.value) ** (1 / (latest.year - base.year)) - 1,
		realisedGrowthNote: null
	};
}

/**
 * Compares each numeric target as projected from `vantageYear` (default assumptions) with what
 * was published afterwards. Qualitative targets are left out: they have no verdict to check.
 */
export function hindcast(plan: Plan, data: ObservationsFile, vantageYear: number): Hindcast {
	const then = evaluateProjections(plan, data, { ...emptyScenario(), asOf: vantageYear });
	const now = evaluateProjections(plan, data, emptyScenario());
	const rows: HindcastRow[] = [];
	for (const target of then.targets) {
		if (target.kind === 'qualitative') continue;
		const current = now.targets.find((t) => t.id === target.id)!;
		const after = current.indicatorPath.filter(
			(p) => actualKinds.has(p.kind) && p.year > vantageYear && p.year <= plan.targetYear
		);
		const latest = after.at(-1) ?? null;
		const outcome =
			target.kind === 'average_growth'
				? current.average?.rates.every((r) => r.kind === 'actual')
					? current.average.compound
					: null
				: (after.find((p) => p.year === plan.targetYear)?.value ?? null);
		const firstMet =
			target.kind === 'average_growth'
				? null
				: (after.find((p) => verdictFor(p.value, target.comparator, target.target, 0) === 'met')
						?.year ?? null);
		rows.push({
			id: target.id,
			kind: target.kind,
			unit: target.unit,
			projected: target.projected,
			requiredGrowth: target.requiredGrowth,
			latestActual: latest ? { year: latest.year, value: latest.value } : null,
			projectedForLatestYear: latest
				? (target.indicatorPath.find((p) => p.year === latest.year)?.value ?? null)
				: null,
			outcome,
			outcomeVerdict:
				outcome === null
					? null
					: verdictFor(outcome, target.comparator, target.target, now.tolerance),
			firstYearMet: firstMet,
			...realised(then, now, target)
		});
	}
	return { vantageYear, rows };
}
