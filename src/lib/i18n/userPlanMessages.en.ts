// The English strings of userPlanMessages.ts, which says what they are for: a module of their own, so
// that the browser loads only the page's language (see messages.ts).

export const en = {
	/** The plan bar's menu of plan files. */
	files: 'Plan files',
	load: 'Load a plan file…',
	download: 'Download plan file',
	remove: 'Remove from this device',
	undo: 'Undo',
	/** The picker's group of plans from files. */
	group: 'Your plans (from files)',
	/** After a user plan's name in the picker. */
	mark: ' (your file)',
	/** The label under the header wherever a user plan is shown. */
	badge: 'User-supplied plan',
	badgeText: (file: string) =>
		`Loaded on this device from ${file}: its targets, figures and sources are the file’s, not checked by this app.`
};
