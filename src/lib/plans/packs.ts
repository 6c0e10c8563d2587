// The built-in plan packs (seeds/plans/<id>.json), validated once at import: a malformed pack
// fails every test and the evaluator with a DataFileError naming the file, the record and the
// field. The app does not read these yet; it runs on seeds/plan.json (see model/data.ts).
import beijing2025 from '../../../seeds/plans/beijing-2025.json' with { type: 'json' };
import china2025 from '../../../seeds/plans/china-2025.json' with { type: 'json' };
import shanghai2025 from '../../../seeds/plans/shanghai-2025.json' with { type: 'json' };
import china2030 from '../../../seeds/plans/china-2030.json' with { type: 'json' };
import { DataFileError } from '../model/schema';
import { validatePack, type PlanPack } from './packSchema';

export type { PlanPack } from './packSchema';

/** The plan every existing link opens. */
export const DEFAULT_PLAN_ID = 'beijing-2025';

/** A pack validated from its file, which must be named after the pack's id. */
export function validatePackFile(json: unknown, file: string): PlanPack {
	const pack = validatePack(json, file);
	const name = file
		.split('/')
		.pop()!
		.replace(/\.json$/, '');
	if (pack.id !== name)
		throw new DataFileError(file, 'id', `"${pack.id}" differs from the file name "${name}"`);
	return pack;
}

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
