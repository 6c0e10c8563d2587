// One prerendered page per target of the plan. An unknown id reached by client-side navigation
// still renders: the page shows a bilingual "not found" message instead of failing.
import { plan } from '$lib/model/data';
import type { EntryGenerator, PageLoad } from './$types';

export const prerender = true;

export const entries: EntryGenerator = () => plan.targets.map((t) => ({ id: t.id }));

export const load: PageLoad = ({ params }) => ({ id: params.id });
