// Which targets a driver moves: the targets whose formula reads it, in the plan's order. The
// controls name them beside each slider, so a reader sees where a change will land before making
// it. Read from the parsed formulas, never from a list kept by hand.
import type { DriverId, Plan, TargetId } from '$lib/model/types';
import { treeVariables } from '$lib/model/formulaTree';

/** The ids of the targets whose formula uses `driver` (empty when none does). */
export function targetsMovedBy(plan: Plan, driver: DriverId): TargetId[] {
	return plan.targets.filter((t) => treeVariables(t.tree).includes(driver)).map((t) => t.id);
}
