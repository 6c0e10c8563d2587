// What changed between two data vintages, series by series and year by year, as the model sees
// it: the preferred observation of each year (series.ts's rule), its value, basis, confidence and
// flags. Derived from the two files, never written by hand. Pure.
import { preferredByYear } from './series';
import type { Confidence, Observation, ObservationsFile, Text } from './types';

export type VintageChange =
	| { kind: 'added'; value: number; basis: string }
	| { kind: 'removed'; value: number; basis: string }
	| { kind: 'value'; from: number; to: number; fromBasis: string; toBasis: string }
	| { kind: 'confidence'; from: Confidence; to: Confidence }
	| { kind: 'unverified' }
	| { kind: 'not_comparable' }
	| { kind: 'alternatives'; from: number; to: number };

export interface VintageChangeItem {
	series: string;
	name: Text;
	unit: string;
	year: number;
	change: VintageChange;
}

function yearChanges(before: Observation, after: Observation): VintageChange[] {
	const out: VintageChange[] = [];
	if (before.value !== after.value || before.basis !== after.basis)
		out.push({
			kind: 'value',
			from: before.value,
			to: after.value,
			fromBasis: before.basis,
			toBasis: after.basis
		});
	else if (before.confidence !== after.confidence)
		out.push({ kind: 'confidence', from: before.confidence, to: after.confidence });
	if (after.verified === false && before.verified !== false) out.push({ kind: 'unverified' });
	if (after.comparable === false && before.comparable !== false)
		out.push({ kind: 'not_comparable' });
	return out;
}

/**
 * The changes from `older` to `newer`, by series (in the newer file's order) and year. A year's
 * figure counts as changed when its preferred observation's value or basis differs; otherwise a
 * changed confidence, a new `verified: false` / `comparable: false` and a changed number of
 * other published values are listed.
 */
export function diffVintages(
	older: ObservationsFile,
	newer: ObservationsFile
): VintageChangeItem[] {
	const items: VintageChangeItem[] = [];
	const ids = [
		...Object.keys(newer.series),
		...Object.keys(older.series).filter((id) => !(id in newer.series))
	];
	for (const id of ids) {
		const series = newer.series[id] ?? older.series[id]!;
		const before = preferredByYear(older.series[id]?.observations ?? []);
		const after = preferredByYear(newer.series[id]?.observations ?? []);
		const years = [...new Set([...before.keys(), ...after.keys()])].sort((a, b) => a - b);
		const push = (year: number, change: VintageChange) =>
			items.push({ series: id, name: series.name, unit: series.unit, year, change });
		for (const year of years) {
			const b = before.get(year);
			const a = after.get(year);
			if (!b) push(year, { kind: 'added', value: a!.chosen.value, basis: a!.chosen.basis });
			else if (!a) push(year, { kind: 'removed', value: b.chosen.value, basis: b.chosen.basis });
			else {
				for (const change of yearChanges(b.chosen, a.chosen)) push(year, change);
				if (b.alternatives.length !== a.alternatives.length)
					push(year, {
						kind: 'alternatives',
						from: b.alternatives.length,
						to: a.alternatives.length
					});
			}
		}
	}
	return items;
}
