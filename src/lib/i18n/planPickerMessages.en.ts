// The English strings of planPickerMessages.ts, which says what they are for: a module of their own, so
// that the browser loads only the page's language (see messages.ts).

export const en = {
	region: 'Plan shown',
	label: 'Plan',
	loading: 'Loading the plan…',
	failed: 'The plan could not be loaded (is this device offline?). The plan shown stays.',
	about: 'All plans',
	/** Said after a switch, for screen readers. */
	switched: (title: string) => `Now showing: ${title}. Assumptions are back at their defaults.`,
	notInPlan: (title: string) =>
		`This target is not part of ${title}; the dashboard shows that plan’s targets.`
};
