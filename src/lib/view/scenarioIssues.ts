// The model's issues with the scenario in use, as lines a person can read: which assumption, the
// value it held, and why the model used its default instead. Pure; ScenarioIssues.svelte shows them.
import { controlMessages } from '../i18n/controlMessages';
import type { ScenarioIssue } from '../model/evaluate';
import type { Lang } from '../model/types';

export interface IssueLine {
	field: string;
	value: string;
	reason: string;
}

/** One line per issue, in the reader's language; the field and value quoted as the model wrote them. */
export function issueLines(issues: readonly ScenarioIssue[], lang: Lang): IssueLine[] {
	const words = controlMessages[lang].issue;
	return issues.map((i) => ({ field: i.field, value: i.value, reason: words[i.reason] }));
}
