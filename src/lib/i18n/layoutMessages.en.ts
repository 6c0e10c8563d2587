// The English strings of layoutMessages.ts, which says what they are for: a module of their own, so
// that the browser loads only the page's language (see messages.ts).

export const en = {
	openAssumptions: 'Adjust assumptions',
	closeAssumptions: 'Close',
	assumptionsSheet: 'Assumptions (the cards above update as you move a slider)',
	moves: (targets: string[]) => `Moves: ${targets.join(', ')}`,
	movesNothing: 'No target’s formula uses this driver.',
	chartTableNote: 'Every number in this chart is listed in the data table below.',
	toDataTable: 'Go to the data table'
};
