// Every visible string of the app's core, in English (the Chinese is in messages.zh.ts, typed
// by this one, so a string missing in either language is a type error). Each language is a
// module of its own: the browser loads only the page's language (messages.ts).
import type { Verdict } from '../model/verdict';
import type { IgnoredReason } from '../scenario/link';

export const en = {
	langName: 'English',
	otherLang: '中文',
	switchLang: ' — switch the language to Chinese',
	/** When the other language's text failed to load on a switch (the page stays as it is). */
	langUnavailable:
		'The Chinese text could not be loaded, so the page stays in English. Check your connection and try the switch again.',
	/** The page's title and heading: the active plan's short title (`Plan.shortTitle`). */
	appTitle: (shortTitle: string) => shortTitle,
	appSubtitle:
		'Test whether each numeric goal of 国科发规〔2023〕41号 is reachable under your own assumptions — and see why.',
	skipToMain: 'Skip to the targets',
	asOf: 'Data as of',
	asOfHelp:
		'Only published figures up to this year are used; later ones are shown as separate dots.',
	dashboard: (year: number) => `Targets for ${year}`,
	summary: (met: number, numeric: number, withinTol: number) =>
		`${met} of ${numeric} numeric targets met under these assumptions` +
		(withinTol > 0 ? `, ${withinTol} more within tolerance` : ''),
	withoutData: (n: number) =>
		n === 1 ? '1 target has no data to judge it by' : `${n} targets have no data to judge them by`,
	needsInput: (n: number) =>
		n === 1 ? '1 target needs an assumption' : `${n} targets need an assumption`,
	verdict: {
		met: 'Met',
		within_tolerance: 'Within tolerance',
		not_met: 'Not met',
		no_numeric_target: 'No numeric target',
		needs_assumption: 'Needs an assumption',
		gap: 'Gap: no data'
	} satisfies Record<Verdict, string>,
	target: 'Target',
	gapNoReason: 'No published series follows this target, so no figure can be judged against it.',
	projected: (year: number) => `Projected ${year}`,
	trackedLevel: (year: number) => `Tracked level, ${year}`,
	margin: 'Margin',
	requiredGrowth: 'Required growth',
	assumedGrowth: 'Assumed growth',
	historicalGrowth: 'Historical growth',
	baseYear: (year: number) => `from ${year}`,
	comparator: {
		exceeds: 'more than',
		at_least: 'at least',
		about: 'about',
		average_growth: 'about',
		rank_at_most: 'rank at most',
		qualitative: ''
	},
	tolerance: 'Tolerance for “about”',
	toleranceValue: (pct: string) => `± ${pct} of the target`,
	window: 'Averaging window',
	compoundAverage: 'compound average',
	arithmeticMean: 'arithmetic mean',
	windowSettled: 'every year of the window is published',
	targetYearPublished: 'the target year is published',
	missingAssumption: (drivers: string) =>
		`No growth assumption for ${drivers}: set one to project this target.`,
	noNumeric: 'No numeric target',
	paceRatio: (ratio: string, from: number, to: number) => `needs ${ratio}× its ${from}–${to} pace`,
	paceFarBelow: (from: number, to: number) => `needs only a small part of its ${from}–${to} pace`,
	mayShrink: (rate: string) => `may shrink by up to ${rate}`,
	details: 'Details',
	source: 'Source',
	footerData: (vintage: string) =>
		`Data vintage ${vintage}. Every figure links to its published source.`,
	footerNote: 'Projections are arithmetic under stated assumptions, not forecasts.',
	unreachable: 'unreachable',
	colon: ': ',
	bandFrom: (lower: string) => `within tolerance from ${lower}`,
	latestRank: (rank: number, year: number) => `World rank ${rank} among cities (Hurun, ${year})`,
	sectionsLabel: 'Sections',
	navDashboard: 'Targets',
	navCompare: 'Saved & compare',
	navHindcast: 'What happened',
	navPlans: 'Plans compared',
	navLearn: 'Learn the arithmetic',
	navClassroom: 'Classroom',
	noticeLinkIgnored: (n: number) =>
		n === 1
			? 'One part of this link could not be used and was ignored; the rest is applied:'
			: `${n} parts of this link could not be used and were ignored; the rest is applied:`,
	noticeMore: (n: number) => `… and ${n} more.`,
	noticeNewerData:
		'This link was made with other data than this version of the app has; the current data is shown.',
	noticeRestored: 'Your last scenario on this device was restored.',
	noticeRestoredIgnored: (n: number) =>
		n === 1
			? 'One part of it could not be used and was left out:'
			: `${n} parts of it could not be used and were left out:`,
	noticeAddress: {
		query_read:
			'The settings after “?” in this address were read and moved after “#”, where this app keeps them.',
		query_ignored:
			'The part of this address after “?” was not read: this app reads its settings after “#” and used those.',
		no_settings:
			'The address you entered holds no settings of this app and was ignored; the page keeps the scenario it showed, and the address shows it again.'
	},
	startFresh: 'Start fresh',
	noticeStorage: {
		unavailable:
			'This browser does not allow saving here (private mode?): your scenario lives only in the address.',
		quota:
			'Storage on this device is full: your scenario was not saved here, but the address still holds it.'
	},
	dismiss: 'Dismiss',
	ignoredReason: {
		unknown_key: 'unknown setting',
		not_a_number: 'not a number',
		out_of_range: 'out of range',
		duplicate: 'repeated (the first one is used)',
		bad_encoding: 'broken encoding',
		empty: 'empty',
		too_long: 'the link is too long; the rest was not read',
		unknown_version: 'made by a newer version of this app',
		unknown_data_version: 'names an unknown data version',
		compare_only: 'is a compared scenario, which only the comparison page shows',
		published_year: 'a published figure exists for that year',
		unknown_plan: 'names a plan this app does not have; the plan shown stays',
		other_plan: 'names another plan than the one shown'
	} satisfies Record<IgnoredReason, string>,
	semicolon: '; ',
	assumptions: 'Assumptions',
	assumptionsHelp: (year: number) =>
		`Constant yearly growth of each driver from its latest published year to ${year}.`,
	growthPerYear: 'growth a year',
	sliderValueText: (rate: string, verdicts: string) =>
		`${rate} a year` + (verdicts ? `; ${verdicts}` : ''),
	typedEntry: (driver: string) => `${driver}: growth in percent`,
	typedEntryInvalid: 'Type a number such as 7.5, 7.5 % or −3; the previous value was kept.',
	typedEntryOutOfRange: (min: string, max: string) =>
		`Enter a value between ${min} and ${max}; the previous value was kept.`,
	stepDown: (driver: string) => `Lower ${driver} growth by 0.1 point`,
	stepUp: (driver: string) => `Raise ${driver} growth by 0.1 point`,
	historicalMark: (rate: string, span: string) => `history ${rate} (${span})`,
	latestPublishedMark: (rate: string, year: number) => `latest published ${rate} (${year})`,
	noDefaultGrowth: 'No published growth to start from: set one.',
	resetDriver: (driver: string) => `Reset ${driver}`,
	reset: 'Reset',
	resetAll: 'Reset all',
	undo: 'Undo',
	redo: 'Redo',
	perYear: 'Per-year rates',
	perYearHelp: 'Leave empty to use the constant rate.',
	perYearLabel: (driver: string, year: number) => `${driver}, growth in ${year}, percent`,
	enterValue: 'Enter a missing figure',
	enterValueHelp: (unit: string) =>
		`For a year without a published figure; in ${unit}. Marked user-entered everywhere.`,
	enterValueYear: 'Year',
	enterValueValue: 'Value',
	enterValueAdd: 'Use this value',
	enterValueInvalid: 'Type a positive number; nothing was changed.',
	userEntered: 'user-entered',
	removeValue: (year: number) => `Remove the value for ${year}`,
	basedOn: (year: number, value: string) => `from ${value} in ${year}`,
	settings: 'Settings',
	toleranceHelp: 'How far below an “about” target still counts as within tolerance.',
	windowHelp: 'Years whose growth rates the digital-economy average covers.',
	windowHelpFor: (targets: string) =>
		`Years whose growth rates the average is taken over: ${targets}.`,
	windowFrom: 'From',
	windowTo: 'To',
	growthWindowLabel: 'Years behind each default growth',
	asOfLatest: (year: number) => `latest (${year})`,
	presets: 'Presets',
	preset: {
		trend: 'Trend',
		just_meets: 'Just meets each target',
		cautious: 'Cautious',
		strong: 'Strong',
		plan_view: 'As the plan saw it ({year})'
	},
	presetHelp: {
		trend: 'Every driver at its historical growth (the defaults).',
		just_meets: 'Each target’s driver at the growth that just meets it.',
		cautious: 'Each driver at its lowest yearly growth in the default window.',
		strong: 'Each driver at its highest yearly growth in the default window.',
		plan_view: 'Only data published up to {year}, the defaults then.'
	},
	setToRequired: 'Set to required',
	setToRequiredLabel: (driver: string, rate: string) => `Set to required: ${driver} growth ${rate}`,
	openDetail: (name: string) => `Details: ${name}, chart and sources`,
	changes: 'What changed',
	noChanges: 'Nothing: every assumption is at its default.',
	changeGrowth: (driver: string) => `${driver} growth`,
	changeYearly: (driver: string, year: number) => `${driver} growth in ${year}`,
	changeUserValue: (driver: string, year: number) => `${driver} in ${year} (user-entered)`,
	changeTolerance: 'Tolerance',
	changeWindow: 'Averaging window',
	changeGrowthWindow: 'Years behind default growth',
	changeAsOf: 'Data as of',
	noneValue: 'none',
	uncertainty: 'Uncertainty',
	uncertaintyOff: 'Off',
	uncertaintyOffHelp:
		'Off: each growth is one number, so each target gets a verdict but no probability.',
	uncertaintyModel: { persistent: 'Persistent', yearly: 'Yearly' },
	seed: 'Random seed',
	seedHelp: 'The same seed gives the same draws, so a shared link shows the same probabilities.',
	seedInvalid: 'Type a whole number from 0 to 4294967295; the previous seed was kept.',
	draws: 'Draws per target (Monte Carlo)',
	correlation: 'Correlation of a ratio’s two growths',
	correlationFromHistory: 'From history',
	correlationSet: 'Set by hand',
	correlationValue: (value: string) => `correlation ${value}`,
	correlationHelp:
		'How R&D spending and GDP (and the other pairs) move together; from history uses their past yearly growth.',
	rangeToggle: 'As a 90 % range',
	rangeLow: (driver: string) => `${driver}: low end of the 90 % range, in percent`,
	rangeHigh: (driver: string) => `${driver}: high end of the 90 % range, in percent`,
	rangeLowSlider: (driver: string) => `${driver}: low end of the range`,
	rangeHighSlider: (driver: string) => `${driver}: high end of the range`,
	rangeLowEnd: 'Low end',
	rangeHighEnd: 'High end',
	rangeLowShort: 'low',
	rangeHighShort: 'high',
	rangeReversed: 'The low end is above the high end; the previous range was kept.',
	rangeText: (low: string, high: string) => `${low} to ${high}`,
	rangeHelp: 'A 90 % range: the growth falls inside it nine years in ten.',
	probabilityLabel: 'P(met)',
	withinToleranceChance: (pct: string) => `met or within tolerance: ${pct}`,
	methodMonteCarlo: (draws: string) => `Monte Carlo, ${draws} draws`,
	methodAnalytic: 'closed form',
	expectedMet: (value: string) => `expected number met: ${value}`,
	changeRange: (driver: string) => `${driver} growth range`,
	changeUncertainty: 'Uncertainty',
	changeSeed: 'Random seed',
	changeDraws: 'Draws per target',
	changeCorrelation: 'Correlation'
};

export type Messages = typeof en;
