// The charts' colours: the Okabe–Ito palette (safe for colour-blind readers) and what each
// kind of mark takes from it. Shapes, which carry the same meaning without colour, are in
// marks.ts.

/** Okabe & Ito (2008), "Color Universal Design". */
export const OKABE_ITO = {
	black: '#000000',
	orange: '#E69F00',
	skyBlue: '#56B4E9',
	bluishGreen: '#009E73',
	yellow: '#F0E442',
	blue: '#0072B2',
	vermillion: '#D55E00',
	reddishPurple: '#CC79A7'
} as const;

export const chartColors = {
	actual: OKABE_ITO.blue,
	projection: OKABE_ITO.blue,
	baseline: '#6b7280',
	target: '#007a58', // Okabe–Ito bluish green, darkened for contrast on white
	band: OKABE_ITO.bluishGreen,
	later: OKABE_ITO.vermillion,
	published: [OKABE_ITO.orange, OKABE_ITO.reddishPurple, OKABE_ITO.skyBlue],
	ratchet: OKABE_ITO.reddishPurple,
	basisBreak: '#4f5b6b'
} as const;
