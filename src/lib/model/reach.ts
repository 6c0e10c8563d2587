// Whether a driver's growth can change any result under a data-as-of. A growth acts only on the
// years it projects (after the driver's latest figure), and each target reads only some years:
// a level, ratio or qualitative target its target-year value, an average-growth target the
// rates of its window. When every year a target would read is published, the growth is inert.
// Pure: the plan, the data and the settled as-of and window come in.
import type { Evaluation } from './evaluate';
import { PARAMETERS, resolveBounds } from './parameters';
import { driverHistory } from './series';
import type { DriverId, ObservationsFile, Plan } from './types';

/** An averaging window, years inclusive. */
export interface YearWindow {
	from: number;
	to: number;
}

/**
 * The projected years whose growth some target reads: after `baseYear` (the driver's latest
 * figure under the as-of) up to the target year, and for an average-growth target only inside
 * `averageWindow`. Empty when every year a target reads is published (the growth is inert), when
 * the driver has no figure at all (`baseYear` null: nothing to project from) or no target reads it.
 */
export function growthLiveYears(
	plan: Pick<Plan, 'targets' | 'targetYear'>,
	id: DriverId,
	baseYear: number | null,
	averageWindow: YearWindow
): number[] {
	if (baseYear === null) return [];
	const years = new Set<number>();
	for (const t of plan.targets) {
		if (t.numerator !== id && t.denominator !== id) continue;
		const from =
			t.kind === 'average_growth' ? Math.max(baseYear + 1, averageWindow.from) : baseYear + 1;
		const to =
			t.kind === 'average_growth' ? Math.min(plan.targetYear, averageWindow.to) : plan.targetYear;
		for (let y = from; y <= to; y++) years.add(y);
	}
	return [...years].sort((a, b) => a - b);
}

/** True when the driver's constant growth (or its range) can change some result of `evaluation`. */
export function growthCounts(
	evaluation: Pick<Evaluation, 'drivers' | 'averageWindow'>,
	plan: Pick<Plan, 'targets' | 'targetYear'>,
	id: DriverId
): boolean {
	const base = evaluation.drivers[id].baseYear;
	return growthLiveYears(plan, id, base, evaluation.averageWindow).length > 0;
}

/**
 * The latest as-of year, no later than `asOf`, at which the driver's growth counts (has a year
 * some target reads still to project), with the user's entered figures; null when there is none
 * down to the earliest as-of the parameter table accepts.
 */
export function latestAsOfThatCounts(
	plan: Plan,
	data: ObservationsFile,
	id: DriverId,
	asOf: number,
	averageWindow: YearWindow,
	userValues: Record<number, number> = {}
): number | null {
	const spec = plan.drivers.find((d) => d.id === id);
	if (!spec) return null;
	const { min } = resolveBounds(PARAMETERS.asOf.hard, plan.targetYear);
	for (let year = asOf; year >= min; year--) {
		const base = driverHistory(spec, data, year, userValues).base?.year ?? null;
		if (growthLiveYears(plan, id, base, averageWindow).length > 0) return year;
	}
	return null;
}
