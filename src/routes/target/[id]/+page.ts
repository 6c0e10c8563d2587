// One prerendered page per target of every built-in plan (the plan itself comes from the link).
// An unknown id reached by client-side navigation still renders: the page shows a bilingual
// "not found" message instead of failing.
import { allTargetIds } from '$lib/plans/catalog';
import type { EntryGenerator, PageLoad } from './$types';

export const prerender = true;

export const entries: EntryGenerator = () => allTargetIds().map((id) => ({ id }));

export const load: PageLoad = ({ params }) => ({ id: params.id });
