// Pure edits of a scenario: each returns a new scenario and leaves its input untouched, so the
// state can keep history for undo / redo by reference.
import type {
	DriverId,
	EmploymentDenominatorId,
	GrowthRange,
	Scenario,
	UncertaintySettings
} from '../model/types';

type ByYear = Partial<Record<DriverId, Record<number, number>>>;

function withYear(map: ByYear, id: DriverId, year: number, value: number | null): ByYear {
	const inner = { ...(map[id] ?? {}) };
	if (value === null) delete inner[year];
	else inner[year] = value;
	const out = { ...map };
	if (Object.keys(inner).length === 0) delete out[id];
	else out[id] = inner;
	return out;
}

export function setGrowth(s: Scenario, id: DriverId, rate: number | null): Scenario {
	const growth = { ...s.growth };
	if (rate === null) delete growth[id];
	else growth[id] = rate;
	return { ...s, growth };
}

export function setYearlyGrowth(
	s: Scenario,
	id: DriverId,
	year: number,
	rate: number | null
): Scenario {
	return { ...s, yearlyGrowth: withYear(s.yearlyGrowth, id, year, rate) };
}

export function setUserValue(
	s: Scenario,
	id: DriverId,
	year: number,
	value: number | null
): Scenario {
	return { ...s, userValues: withYear(s.userValues, id, year, value) };
}

/**
 * Sets (or, with null, clears) a driver's growth range. The range stands for the point growth,
 * so a point growth of the driver's own is cleared with it: the range's centre replaces it.
 */
export function setGrowthRange(s: Scenario, id: DriverId, range: GrowthRange | null): Scenario {
	const growthRange = { ...(s.growthRange ?? {}) };
	if (range === null) delete growthRange[id];
	else growthRange[id] = { low: range.low, high: range.high };
	const growth = { ...s.growth };
	if (range !== null) delete growth[id];
	return { ...s, growth, growthRange };
}

/** Turns probabilities on with these settings, or off with null. */
export function setUncertainty(s: Scenario, settings: UncertaintySettings | null): Scenario {
	return { ...s, uncertainty: settings === null ? null : { ...settings } };
}

/** Clears every assumption about one driver: its growth, range, per-year rates and entered values. */
export function resetDriver(s: Scenario, id: DriverId): Scenario {
	const growth = { ...s.growth };
	delete growth[id];
	const growthRange = { ...(s.growthRange ?? {}) };
	delete growthRange[id];
	const yearlyGrowth = { ...s.yearlyGrowth };
	delete yearlyGrowth[id];
	const userValues = { ...s.userValues };
	delete userValues[id];
	return { ...s, growth, growthRange, yearlyGrowth, userValues };
}

export function setTolerance(s: Scenario, tolerance: number | null): Scenario {
	return { ...s, tolerance };
}

export function setAverageWindow(
	s: Scenario,
	window: { from: number; to: number } | null
): Scenario {
	return { ...s, averageWindow: window };
}

export function setAsOf(s: Scenario, asOf: number | null): Scenario {
	return { ...s, asOf };
}

export function setGrowthWindow(s: Scenario, years: number | null): Scenario {
	return { ...s, growthWindowYears: years };
}

/** Chooses an alternative employment figure (model/denominator.ts), or with null none. */
export function setEmploymentDenominator(
	s: Scenario,
	id: EmploymentDenominatorId | null
): Scenario {
	const next = { ...s };
	if (id === null) delete next.employmentDenominator;
	else next.employmentDenominator = id;
	return next;
}

/** True when a driver has any assumption of its own in the scenario. */
export function isDriverChanged(s: Scenario, id: DriverId): boolean {
	return (
		id in s.growth || id in (s.growthRange ?? {}) || id in s.yearlyGrowth || id in s.userValues
	);
}
