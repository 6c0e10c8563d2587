// Pure edits of a scenario: each returns a new scenario and leaves its input untouched, so the
// state can keep history for undo / redo by reference.
import type { DriverId, Scenario } from '../model/types';

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

/** Clears every assumption about one driver: its growth, per-year rates and entered values. */
export function resetDriver(s: Scenario, id: DriverId): Scenario {
	const growth = { ...s.growth };
	delete growth[id];
	const yearlyGrowth = { ...s.yearlyGrowth };
	delete yearlyGrowth[id];
	const userValues = { ...s.userValues };
	delete userValues[id];
	return { ...s, growth, yearlyGrowth, userValues };
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

/** True when a driver has any assumption of its own in the scenario. */
export function isDriverChanged(s: Scenario, id: DriverId): boolean {
	return id in s.growth || id in s.yearlyGrowth || id in s.userValues;
}
