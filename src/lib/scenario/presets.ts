// Named starting points, each a documented rule over the model and the data:
// - trend: every default (trailing growth inside the latest basis);
// - just meets: each target's driver at the growth that just meets it (rounded up to 1e-6), in
//   plan order; a ratio target is solved with the drivers already set, e.g. basic research
//   against the R&D spending that just meets R&D intensity;
// - cautious / strong: each driver at the lowest / highest yearly growth in its default window
//   inside the latest basis;
// - as the plan saw it: the defaults as of 2022, the last full year before the plan (2023).
// Trend returns to the latest data (every default); the plan view sets 2022; the others keep the
// current as-of. presetEffect says which, and which growths a preset sets that can count.
import { defaultAsOf, evaluateProjections } from '../model/evaluate';
import { growthLiveYears } from '../model/reach';
import { yearlyGrowth } from '../model/series';
import {
	emptyScenario,
	type DriverId,
	type ObservationsFile,
	type Plan,
	type Scenario
} from '../model/types';
import { growthSlider, PARAMETERS, snapRate } from '../model/parameters';

export const PRESET_IDS = ['trend', 'just_meets', 'cautious', 'strong', 'plan_view'] as const;
export type PresetId = (typeof PRESET_IDS)[number];

/** The plan's own vantage: data to 2022, the last full year before the plan (the hindcast's default). */
export const PLAN_VIEW_AS_OF = PARAMETERS.vantage.default;

/** The last year of data the plan's authors could see: the pack's vantage year, else 2022. */
export function planViewAsOf(plan: Plan): number {
	return plan.vantageYear ?? PLAN_VIEW_AS_OF;
}

function extremeGrowth(
	plan: Plan,
	data: ObservationsFile,
	base: Scenario,
	pick: 'min' | 'max'
): Scenario {
	const evaluation = evaluateProjections(plan, data, base);
	const growth: Partial<Record<DriverId, number>> = {};
	for (const { id } of plan.drivers) {
		const driver = evaluation.drivers[id];
		const trailing = driver.defaultGrowth;
		if (trailing.kind !== 'compound' || driver.baseYear === null) continue;
		const rates: number[] = [];
		for (let year = trailing.from + 1; year <= trailing.to; year++) {
			const g = yearlyGrowth(driver.history, year);
			if (g !== null) rates.push(g);
		}
		if (rates.length === 0) continue;
		growth[id] = snapRate(
			pick === 'min' ? Math.min(...rates) : Math.max(...rates),
			growthSlider(id)
		);
	}
	return { ...base, growth };
}

function justMeets(plan: Plan, data: ObservationsFile, base: Scenario): Scenario {
	let scenario: Scenario = { ...base, growth: {} };
	for (const target of plan.targets) {
		if (target.kind === 'qualitative') continue;
		const result = evaluateProjections(plan, data, scenario).targets.find(
			(r) => r.id === target.id
		)!;
		if (result.requiredGrowth === null) continue;
		scenario = {
			...scenario,
			growth: {
				...scenario.growth,
				[target.numerator]: Math.ceil(result.requiredGrowth * 1e6) / 1e6
			}
		};
	}
	return scenario;
}

/** The scenario a preset stands for: trend at the latest data, the plan view as of 2022, the others at the current as-of. */
export function presetScenario(
	id: PresetId,
	plan: Plan,
	data: ObservationsFile,
	current: Scenario
): Scenario {
	const base: Scenario = {
		...emptyScenario(),
		asOf: current.asOf,
		tolerance: current.tolerance,
		averageWindow: current.averageWindow
	};
	switch (id) {
		case 'trend':
			return { ...base, asOf: null };
		case 'just_meets':
			return justMeets(plan, data, base);
		case 'cautious':
			return extremeGrowth(plan, data, base, 'min');
		case 'strong':
			return extremeGrowth(plan, data, base, 'max');
		case 'plan_view':
			return { ...emptyScenario(), asOf: planViewAsOf(plan) };
	}
}

/** What choosing a preset does: the growths it sets that can move a result, and the as-of. */
export interface PresetEffect {
	/** Each driver the preset sets, in plan order, with its growth; inert growths left out. */
	growth: { driver: DriverId; rate: number }[];
	/** The data-as-of before and after (resolved years); `changed` when they differ. */
	asOf: { from: number; to: number; changed: boolean };
}

/** Computes what a preset does to `current`, from the scenario it produces (not a description). */
export function presetEffect(
	id: PresetId,
	plan: Plan,
	data: ObservationsFile,
	current: Scenario
): PresetEffect {
	const next = presetScenario(id, plan, data, current);
	const latest = defaultAsOf(plan, data);
	const evaluation = evaluateProjections(plan, data, { ...next, growth: {} });
	const window = next.averageWindow ?? plan.defaults.averageWindow;
	const growth = plan.drivers
		.filter((d) => next.growth[d.id] !== undefined)
		.filter(
			(d) => growthLiveYears(plan, d.id, evaluation.drivers[d.id].baseYear, window).length > 0
		)
		.map((d) => ({ driver: d.id, rate: next.growth[d.id]! }));
	const from = current.asOf ?? latest;
	const to = next.asOf ?? latest;
	return { growth, asOf: { from, to, changed: from !== to } };
}
