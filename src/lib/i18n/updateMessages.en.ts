// The English strings of updateMessages.ts, which says what they are for: a module of their own, so
// that the browser loads only the page's language (see messages.ts).

export const en = {
	ready:
		'A newer version of this app is available. Reload to use it; your scenario is kept in the address.',
	active:
		'This app was updated in another tab. Reload this page so that it runs the new version too; your scenario is kept in the address.',
	reload: 'Reload',
	later: 'Later'
};

export type UpdateMessages = typeof en;
