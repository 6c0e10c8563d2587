// The app's few icons as SVG path data (24 × 24, drawn with strokes), so no icon depends on a font
// that may lack the glyph (the print sign ⎙ rendered as a missing-glyph box). Pure data.
export const ICONS = {
	/** A printer: paper in, the body, paper out. */
	print:
		'M6 9V3h12v6M6 18H4a1 1 0 0 1-1-1v-6a2 2 0 0 1 2-2h14a2 2 0 0 1 2 2v6a1 1 0 0 1-1 1h-2M6 14h12v7H6z',
	/** Share: three linked nodes. */
	share:
		'M18 8a3 3 0 1 0 0-6 3 3 0 0 0 0 6zM6 15a3 3 0 1 0 0-6 3 3 0 0 0 0 6zM18 22a3 3 0 1 0 0-6 3 3 0 0 0 0 6zM8.6 13.5l6.8 4M15.4 6.5l-6.8 4',
	/** Export / download: an arrow into a tray. */
	download: 'M12 3v12M7 10l5 5 5-5M4 17v3h16v-3'
} as const;

export type IconName = keyof typeof ICONS;
