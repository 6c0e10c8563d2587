// Shared inputs for the chart tests: the real seed data evaluated under a scenario. Test-only.
import { observations, plan } from '../model/data';
import {
	emptyScenario,
	evaluateScenario,
	type ObservationsFile,
	type Scenario,
	type TargetId
} from '../model';
import { targetChartData, type TargetChartInput } from './chartData';

export { observations, plan };

/** The chart input for one target under a scenario, with the default-assumption baseline. */
export function chartInput(
	id: TargetId,
	scenario: Partial<Scenario> = {},
	data: ObservationsFile = observations
): TargetChartInput {
	const evaluation = evaluateScenario(plan, data, { ...emptyScenario(), ...scenario });
	const baseline = evaluateScenario(plan, data, {
		...emptyScenario(),
		asOf: scenario.asOf ?? null
	});
	const result = evaluation.targets.find((t) => t.id === id)!;
	return { result, evaluation, baseline, plan, data };
}

export const chartDataFor = (
	id: TargetId,
	scenario: Partial<Scenario> = {},
	data: ObservationsFile = observations
) => targetChartData(chartInput(id, scenario, data));

/** The first "M x,y" of an SVG path, as numbers. */
export function firstMove(d: string): [number, number] {
	const match = /^M([-\d.e]+),([-\d.e]+)/.exec(d);
	if (!match) throw new Error(`invalid path: ${d.slice(0, 40)}`);
	return [Number(match[1]), Number(match[2])];
}

/** How many separate runs (pen lifts + 1) an SVG path has. */
export const runs = (d: string) => (d.match(/M/g) ?? []).length;
