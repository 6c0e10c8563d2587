// The English strings of targetNotesMessages.ts, which says what they are for: a module of their own, so
// that the browser loads only the page's language (see messages.ts).

export const en = {
	heading: 'How this target is read',
	readingLegend: 'Reading of the clause',
	readingHelp:
		'The clause does not say what it compares with; each reading gives it a number from the published figures. The choice is part of the link.',
	readingNow: (name: string) => `Read as: ${name}.`,
	prices: (used: Prices, official: Prices) =>
		used === official
			? `Growth is measured at ${used === 'nominal' ? 'current prices (nominal)' : 'constant prices (real)'}.`
			: `Growth here is ${used === 'nominal' ? 'nominal (current prices)' : 'real (constant prices)'}, as the published series is; the statistics office judges the target in ${official === 'real' ? 'real' : 'nominal'} terms${used === 'nominal' && official === 'real' ? ', so with rising prices this verdict is lenient' : ''}.`,
	pricesShort: (used: Prices, official: Prices) =>
		used === official
			? ''
			: `${used === 'nominal' ? 'Nominal' : 'Real'} growth; officially judged ${official === 'real' ? 'in real terms' : 'in nominal terms'}.`,
	caveats: 'Caveats'
};

export type Prices = 'nominal' | 'real';
