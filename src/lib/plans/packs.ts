// The built-in plan packs (seeds/plans/<id>.json), validated once at import: a malformed pack
// stops the evaluator with a DataFileError naming the file, the record and the field (the build
// and the tests validate them too: vite.config.ts). The app does not read them yet; it runs on
// seeds/plan.json (model/data.ts).
import beijing2025 from '../../../seeds/plans/beijing-2025.json' with { type: 'json' };
import china2025 from '../../../seeds/plans/china-2025.json' with { type: 'json' };
import shanghai2025 from '../../../seeds/plans/shanghai-2025.json' with { type: 'json' };
import china2030 from '../../../seeds/plans/china-2030.json' with { type: 'json' };
import { validatePackFile, type PlanPack } from './packSchema';

export type { PlanPack } from './packSchema';

/** The plan every existing link opens. */
export const DEFAULT_PLAN_ID = 'beijing-2025';

/** The built-in packs, in the order they are listed. */
export const PLAN_PACKS: readonly PlanPack[] = [
	[beijing2025, 'beijing-2025'],
	[china2025, 'china-2025'],
	[shanghai2025, 'shanghai-2025'],
	[china2030, 'china-2030']
].map(([json, id]) => validatePackFile(json, `seeds/plans/${id as string}.json`));

/** The built-in pack with this id, or null. */
export function planPack(id: string): PlanPack | null {
	return PLAN_PACKS.find((p) => p.id === id) ?? null;
}
