// The English strings of menuMessages.ts, which says what they are for: a module of their own, so
// that the browser loads only the page's language (see messages.ts).

export const en = {
	export: 'Export',
	exportTitle: 'Export',
	share: 'Share',
	shareTitle: 'Share this scenario',
	compare: 'Saved scenarios & compare',
	close: 'Close',
	loading: 'Loading…',
	loadFailed:
		'This menu could not be loaded (is the connection down?). Nothing was changed; reload the page once online and open the menu again.'
};
