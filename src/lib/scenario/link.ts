// The share link: a whole scenario, its language, view and data vintage <-> readable text such as
// `v=1&g.tech_contracts=0.05&tol=0.1&asof=2022&lang=en&view=tech_contracts&d=2026-11`, or with
// probabilities `v=1&g.tech_contracts=0.05..0.09&unc=persistent&seed=7&d=2026-11`. Pure and
// total: decoding never throws, applies every valid part and lists every other part with a reason.
// It must not render, navigate or read the address bar itself: the UI does that.
//
// The text lives in the fragment (`#…`), not the query, because the fragment
// - works on any static host with the one prerendered page: no server routing, no rewrites;
// - is never sent to a server (nor to its logs or referrers), so a scenario stays on the machine;
// - is never read while prerendering: reading `url.searchParams` there fails the build, whereas
//   the fragment is read after mount (see /work/shared/STACK.md, "Traps seen").
import { defaultAsOf, MIN_AS_OF } from '../model/evaluate';
import { isValidGrowth } from '../model/growth';
import { driverHistory, publishedYears, trailingGrowth } from '../model/series';
import {
	DRIVER_IDS,
	emptyScenario,
	TARGET_IDS,
	UNCERTAINTY_MODEL_IDS,
	type DriverId,
	type Lang,
	type ObservationsFile,
	type Plan,
	type Scenario,
	type TargetId,
	type UncertaintyModel,
	type UncertaintySettings
} from '../model/types';
import { DEFAULT_UNCERTAINTY, MAX_DRAWS, MAX_SEED, MIN_DRAWS } from '../model/ranges';
import { LINK_VERSION, migrateParams, type LinkParam } from './migrations';

export { LINK_VERSION } from './migrations';

/**
 * Parameter text past this many characters is not read (reported as one `too_long` part). The
 * longest canonical link — every driver with a growth, a rate for every year from
 * EARLIEST_LINK_YEAR and a value for every unpublished year — stays under it.
 */
export const MAX_LINK_LENGTH = 20_000;
/** At most this many characters of a part are quoted back in `ignored`. */
export const MAX_PART_LENGTH = 60;
/** The widest "about" tolerance accepted (a fraction); the model's own bound. */
export const MAX_TOLERANCE = 0.5;
/** The longest growth window accepted, in years; the model's own bound. */
export const MAX_GROWTH_WINDOW_YEARS = 15;
/** The earliest year a link may name (windows, per-year rates, entered values): the model's
 * floor for windows, and before any base year a projection can start from. */
export const EARLIEST_LINK_YEAR = 2000;
/** The largest value a user may enter, in the driver's unit; the model's own bound. */
export const MAX_USER_VALUE = 1e12;
/** Decimals written for rates (fractions) and for entered values. */
export const RATE_DECIMALS = 6;
export const VALUE_DECIMALS = 4;

/**
 * Data vintages a link may pin (`d=`), oldest first; the last is the seed data's own
 * (`vintage` in seeds/observations.json). Append-only: a vintage stays here after the seeds move
 * on, so that old links can still name it and the UI can offer to switch.
 */
export const KNOWN_DATA_VERSIONS: readonly string[] = ['2026-11', '2026-12'];

export type IgnoredReason =
	| 'unknown_key'
	| 'not_a_number'
	| 'out_of_range'
	| 'duplicate'
	| 'bad_encoding'
	| 'empty'
	| 'too_long'
	| 'unknown_version'
	| 'unknown_data_version'
	| 'published_year';

export interface IgnoredPart {
	/**
	 * The part as written (not decoded), made safe to show as text: characters other than
	 * letters, digits and `-_.~=%+:/,;!*()@$?[]` are percent-encoded (so no markup, quotes,
	 * control or direction characters survive), and it is cut to MAX_PART_LENGTH characters with
	 * `…`. For `too_long`, the start of the unread rest.
	 */
	part: string;
	reason: IgnoredReason;
}

export interface LinkState {
	scenario: Scenario;
	/** The page language the link asks for; null leaves it to the reader. */
	lang: Lang | null;
	/** The target shown; null for the dashboard. */
	view: TargetId | null;
	/** The data vintage the link was made with (`vintage` of the observations). */
	dataVersion: string;
}

export interface DecodeOptions {
	plan: Plan;
	/** The current data: published years, the default as-of year and the current vintage. */
	data: ObservationsFile;
	/** Vintages a link may name; KNOWN_DATA_VERSIONS unless given. */
	knownDataVersions?: readonly string[];
}

export interface DecodedLink {
	state: LinkState;
	/** Every part not applied, in link order (an over-long rest last). */
	ignored: IgnoredPart[];
	/**
	 * The version the link declared with `v`; 0 when it has parameters but no `v`; LINK_VERSION
	 * when it has no parameters or an unreadable `v` (then read as the current format).
	 */
	version: number;
	/** True when older-format parameters were rewritten by migrations.ts before reading. */
	migrated: boolean;
}

const DRIVERS = new Set<string>(DRIVER_IDS);
const TARGETS = new Set<string>(TARGET_IDS);
const LANGS = new Set<string>(['zh', 'en']);
const MODELS = new Set<string>(UNCERTAINTY_MODEL_IDS);
/** A growth range `low..high`: two values around the first `..`. */
const RANGE = /^(.*?)\.\.(.*)$/;

type Field =
	| { kind: 'growth'; driver: DriverId }
	| { kind: 'yearly' | 'user'; driver: DriverId; yearText: string }
	| {
			kind:
				| 'asOf'
				| 'tolerance'
				| 'growthWindow'
				| 'averageWindow'
				| 'lang'
				| 'view'
				| 'data'
				| 'model'
				| 'seed'
				| 'draws'
				| 'correlation';
	  };

const SIMPLE_KEYS = new Map<string, Field>([
	['asof', { kind: 'asOf' }],
	['unc', { kind: 'model' }],
	['seed', { kind: 'seed' }],
	['draws', { kind: 'draws' }],
	['corr', { kind: 'correlation' }],
	['tol', { kind: 'tolerance' }],
	['gw', { kind: 'growthWindow' }],
	['win', { kind: 'averageWindow' }],
	['lang', { kind: 'lang' }],
	['view', { kind: 'view' }],
	['d', { kind: 'data' }]
]);

const BY_YEAR_KEY = /^([yu])\.([^.]+)\.([^.]*)$/;

/** The field a (decoded) key names, or null when it names none. */
function fieldFor(key: string): Field | null {
	const simple = SIMPLE_KEYS.get(key);
	if (simple) return simple;
	if (key.startsWith('g.')) {
		const driver = key.slice(2);
		return DRIVERS.has(driver) ? { kind: 'growth', driver: driver as DriverId } : null;
	}
	const m = BY_YEAR_KEY.exec(key);
	if (!m || !DRIVERS.has(m[2]!)) return null;
	return { kind: m[1] === 'y' ? 'yearly' : 'user', driver: m[2] as DriverId, yearText: m[3]! };
}

const YEAR_TEXT = /^\d+$/;

/** What makes two parts the same setting: `y.gdp.2023` and `y.gdp.02023` collide. */
function fieldIdentity(field: Field): string {
	switch (field.kind) {
		case 'growth':
			return `g.${field.driver}`;
		case 'yearly':
		case 'user': {
			const year = YEAR_TEXT.test(field.yearText) ? String(Number(field.yearText)) : field.yearText;
			return `${field.kind === 'yearly' ? 'y' : 'u'}.${field.driver}.${year}`;
		}
		default:
			return field.kind;
	}
}

// A plain decimal number: no hex, no `Infinity`, no empty string (which Number() reads as 0).
const NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?$/i;

const parseNumber = (text: string): number | null => (NUMBER.test(text) ? Number(text) : null);

/** x rounded to `decimals` places, with −0 read as 0. */
const roundTo = (x: number, decimals: number) => Number(x.toFixed(decimals)) + 0;

function decodeComponent(text: string): string | null {
	try {
		return decodeURIComponent(text);
	} catch {
		return null;
	}
}

// A link with a scheme (`https://…`) or a path (`/…`), as opposed to bare parameter text.
const LINK = /^(?:[a-z][a-z0-9+.-]*:\/\/|\/)/i;

/**
 * The parameter text of a link: a non-empty fragment; else, in a link (or text whose start before
 * `?` holds no `=` or `&`), its query; else bare text up to any `#`.
 */
function parameterPart(text: string): string {
	const hash = text.indexOf('#');
	if (hash >= 0 && hash < text.length - 1) return text.slice(hash + 1);
	const head = hash < 0 ? text : text.slice(0, hash);
	const query = head.indexOf('?');
	if (query >= 0 && (LINK.test(head) || !/[=&]/.test(head.slice(0, query))))
		return head.slice(query + 1);
	return LINK.test(head) ? '' : head;
}

/** Splits off the unread rest of over-long text, never cutting a `key=value` part in two. */
function capLength(text: string): { kept: string; rest: string | null } {
	if (text.length <= MAX_LINK_LENGTH) return { kept: text, rest: null };
	const boundary =
		text[MAX_LINK_LENGTH] === '&' ? MAX_LINK_LENGTH : text.lastIndexOf('&', MAX_LINK_LENGTH - 1);
	return { kept: text.slice(0, Math.max(boundary, 0)), rest: text.slice(boundary + 1) };
}

const SAFE_CHAR = /^[A-Za-z0-9\-_.~=%+:/,;!*()@$?[\]]$/;

function escapeChar(ch: string): string {
	if (SAFE_CHAR.test(ch)) return ch;
	const code = ch.codePointAt(0) ?? 0;
	if (code < 0x80) return `%${code.toString(16).toUpperCase().padStart(2, '0')}`;
	try {
		return encodeURIComponent(ch);
	} catch {
		return '%EF%BF%BD'; // a lone surrogate: the replacement character
	}
}

/** A part made safe to show as text and cut to MAX_PART_LENGTH characters (see IgnoredPart). */
export function safePart(raw: string): string {
	let out = '';
	for (const ch of raw) {
		out += escapeChar(ch);
		if (out.length > MAX_PART_LENGTH) break;
	}
	if (out.length <= MAX_PART_LENGTH) return out;
	let cut = MAX_PART_LENGTH - 1;
	// Never end inside a %XX escape.
	const percent = out.lastIndexOf('%', cut - 1);
	if (percent >= 0 && percent > cut - 3) cut = percent;
	return `${out.slice(0, cut)}…`;
}

/**
 * Reads a link: a full address (`https://host/path#v=1&…`), a bare fragment or query (`#…`,
 * `?…`) or bare parameter text. `key=value` parts are joined by `&`; keys are case-sensitive,
 * values are trimmed, `+` is a plus sign. A link without `v` is version 0 and is brought up to
 * date by migrations.ts. Only values the model accepts are applied (the model's own ranges, wider
 * than the sliders: the UI clamps only its slider); every other part is listed in `ignored`:
 *
 * - `empty` (a stray `&`), `bad_encoding` (invalid percent-encoding), `unknown_key`;
 * - `duplicate`: a key seen before; the first one is read, even when it was invalid;
 * - `not_a_number`: not a plain decimal (`1e3` is fine; `0x10`, `Infinity`, `5%` are not), or
 *   not a whole number where one is needed, or a window not written `from-to`;
 * - `out_of_range`: outside the model's range, including a `lang`/`view` value not in its list
 *   and an entered value that would push the driver's default (trend) growth out of range;
 * - `published_year`: an entered value for a year with a published figure (the model's rule);
 * - `unknown_version`: a `v` newer than this build (the rest is still read as LINK_VERSION);
 * - `unknown_data_version`: a `d` not in KNOWN_DATA_VERSIONS (the current vintage is used);
 * - `too_long`: text past MAX_LINK_LENGTH characters (cut at a `&`).
 *
 * A growth may be a range, `g.<driver>=<low>..<high>` (a 90 % interval; `out_of_range` when an
 * end is outside the model's range or low > high), which sets the scenario's growthRange and not
 * its point growth. `unc=persistent|yearly`, `seed=<0…2³²−1>`, `draws=<MIN_DRAWS…MAX_DRAWS>` and
 * `corr=<−1…1>` set the uncertainty settings; any one of them turns probabilities on, the others
 * taking their defaults (DEFAULT_UNCERTAINTY). Rates and correlations are read at RATE_DECIMALS
 * places and entered values at VALUE_DECIMALS, as they are written. Never throws.
 */
export function decodeLink(text: string, options: DecodeOptions): DecodedLink {
	const { plan, data } = options;
	const knownVintages = options.knownDataVersions ?? KNOWN_DATA_VERSIONS;
	const scenario = emptyScenario();
	const state: LinkState = { scenario, lang: null, view: null, dataVersion: data.vintage };
	const ignored: { index: number; part: string; reason: IgnoredReason }[] = [];
	const report = (index: number, raw: string, reason: IgnoredReason) =>
		ignored.push({ index, part: safePart(raw), reason });

	const input = typeof text === 'string' ? text.trim() : '';
	const { kept, rest } = capLength(parameterPart(input));

	// 1. Split and percent-decode.
	const pairs: { index: number; raw: string; key: string; value: string }[] = [];
	(kept === '' ? [] : kept.split('&')).forEach((raw, index) => {
		if (raw.trim() === '') return report(index, raw, 'empty');
		const eq = raw.indexOf('=');
		const key = decodeComponent(eq < 0 ? raw : raw.slice(0, eq));
		const value = decodeComponent(eq < 0 ? '' : raw.slice(eq + 1));
		if (key === null || value === null) return report(index, raw, 'bad_encoding');
		pairs.push({ index, raw, key: key.trim(), value: value.trim() });
	});

	// 2. The version: the first `v`; no `v` at all is version 0.
	let version = pairs.length === 0 ? LINK_VERSION : 0;
	let versionSeen = false;
	const others = pairs.filter((p) => {
		if (p.key !== 'v') return true;
		if (versionSeen) report(p.index, p.raw, 'duplicate');
		else {
			versionSeen = true;
			const n = parseNumber(p.value);
			version = LINK_VERSION;
			if (n === null || !Number.isInteger(n)) report(p.index, p.raw, 'not_a_number');
			else if (n < 0) report(p.index, p.raw, 'out_of_range');
			else {
				version = n;
				if (n > LINK_VERSION) report(p.index, p.raw, 'unknown_version');
			}
		}
		return false;
	});

	// 3. Older formats are rewritten pair by pair; reports quote the part as written whenever the
	// migrations kept one pair per part (all of them so far).
	const migration = migrateParams(
		others.map((p): LinkParam => [p.key, p.value]),
		version
	);
	const oneToOne = migration.params.length === others.length;

	// 4. Read each pair; entered values wait for the settings they depend on.
	const seen = new Set<string>();
	const entered = new Map<
		DriverId,
		{ year: number; value: number; index: number; raw: string }[]
	>();
	const lastIndex = others.at(-1)?.index ?? 0;
	const uncertainty: Partial<UncertaintySettings> = {};
	let uncertaintySeen = false;
	migration.params.forEach(([key, value], i) => {
		const source = oneToOne ? others[i] : undefined;
		const index = source?.index ?? lastIndex;
		const raw = source?.raw ?? `${encodeURIComponent(key)}=${encodeURIComponent(value)}`;
		const reason = readPair(key, value, index, raw);
		if (reason) report(index, raw, reason);
	});
	settleEnteredValues();
	if (uncertaintySeen) scenario.uncertainty = { ...DEFAULT_UNCERTAINTY, ...uncertainty };

	if (rest !== null) ignored.push({ index: Infinity, part: safePart(rest), reason: 'too_long' });
	ignored.sort((a, b) => a.index - b.index);
	return {
		state,
		ignored: ignored.map(({ part, reason }) => ({ part, reason })),
		version,
		migrated: migration.applied > 0 && others.length > 0
	};

	/** Applies one pair to the state; returns why it was ignored, or null. */
	function readPair(key: string, value: string, index: number, raw: string): IgnoredReason | null {
		const field = fieldFor(key);
		if (!field) return 'unknown_key';
		const identity = fieldIdentity(field);
		if (seen.has(identity)) return 'duplicate';
		seen.add(identity);
		switch (field.kind) {
			case 'growth': {
				const range = RANGE.exec(value);
				if (!range) break;
				const low = readRate(range[1]!.trim());
				const high = readRate(range[2]!.trim());
				if (typeof low === 'string') return low;
				if (typeof high === 'string') return high;
				if (!isValidGrowth(low) || !isValidGrowth(high) || low > high) return 'out_of_range';
				scenario.growthRange[field.driver] = { low, high };
				return null;
			}
			case 'model':
				if (!MODELS.has(value)) return 'out_of_range';
				uncertainty.model = value as UncertaintyModel;
				uncertaintySeen = true;
				return null;
			case 'seed': {
				const seed = readInteger(value);
				if (typeof seed === 'string') return seed;
				if (seed < 0 || seed > MAX_SEED) return 'out_of_range';
				uncertainty.seed = seed;
				uncertaintySeen = true;
				return null;
			}
			case 'draws': {
				const draws = readInteger(value);
				if (typeof draws === 'string') return draws;
				if (draws < MIN_DRAWS || draws > MAX_DRAWS) return 'out_of_range';
				uncertainty.draws = draws;
				uncertaintySeen = true;
				return null;
			}
			case 'correlation': {
				const rho = readRate(value);
				if (typeof rho === 'string') return rho;
				if (!(rho >= -1 && rho <= 1)) return 'out_of_range';
				uncertainty.correlation = rho;
				uncertaintySeen = true;
				return null;
			}
		}
		switch (field.kind) {
			case 'growth':
			case 'yearly': {
				let year = 0;
				if (field.kind === 'yearly') {
					const y = readYear(field.yearText);
					if (typeof y === 'string') return y;
					year = y;
				}
				const rate = readRate(value);
				if (typeof rate === 'string') return rate;
				if (!isValidGrowth(rate)) return 'out_of_range';
				if (field.kind === 'growth') scenario.growth[field.driver] = rate;
				else (scenario.yearlyGrowth[field.driver] ??= {})[year] = rate;
				return null;
			}
			case 'user': {
				const year = readYear(field.yearText);
				if (typeof year === 'string') return year;
				if (publishedYearsOf(field.driver).has(year)) return 'published_year';
				const n = parseNumber(value);
				if (n === null) return 'not_a_number';
				const amount = roundTo(n, VALUE_DECIMALS);
				if (!(Number.isFinite(amount) && amount > 0 && amount <= MAX_USER_VALUE))
					return 'out_of_range';
				const list = entered.get(field.driver) ?? [];
				list.push({ year, value: amount, index, raw });
				entered.set(field.driver, list);
				return null;
			}
			case 'asOf': {
				const year = readInteger(value);
				if (typeof year === 'string') return year;
				if (year < MIN_AS_OF || year > plan.targetYear) return 'out_of_range';
				scenario.asOf = year;
				return null;
			}
			case 'tolerance': {
				const rate = readRate(value);
				if (typeof rate === 'string') return rate;
				if (!(rate >= 0 && rate <= MAX_TOLERANCE)) return 'out_of_range';
				scenario.tolerance = rate;
				return null;
			}
			case 'growthWindow': {
				const years = readInteger(value);
				if (typeof years === 'string') return years;
				if (years < 1 || years > MAX_GROWTH_WINDOW_YEARS) return 'out_of_range';
				scenario.growthWindowYears = years;
				return null;
			}
			case 'averageWindow': {
				const m = /^(\d+)-(\d+)$/.exec(value);
				if (!m) return 'not_a_number';
				const from = Number(m[1]);
				const to = Number(m[2]);
				if (!(from >= EARLIEST_LINK_YEAR && from <= to && to <= plan.targetYear))
					return 'out_of_range';
				scenario.averageWindow = { from, to };
				return null;
			}
			case 'lang':
				if (!LANGS.has(value)) return 'out_of_range';
				state.lang = value as Lang;
				return null;
			case 'view':
				if (!TARGETS.has(value)) return 'out_of_range';
				state.view = value as TargetId;
				return null;
			case 'data':
				if (!knownVintages.includes(value)) return 'unknown_data_version';
				state.dataVersion = value;
				return null;
		}
	}

	function readYear(text: string): number | IgnoredReason {
		if (!YEAR_TEXT.test(text)) return 'not_a_number';
		const year = Number(text);
		return year >= EARLIEST_LINK_YEAR && year <= plan.targetYear ? year : 'out_of_range';
	}

	function readInteger(text: string): number | IgnoredReason {
		const n = parseNumber(text);
		if (n === null) return 'not_a_number';
		if (!Number.isFinite(n)) return 'out_of_range';
		return Number.isInteger(n) ? n + 0 : 'not_a_number';
	}

	function readRate(text: string): number | IgnoredReason {
		const n = parseNumber(text);
		return n === null ? 'not_a_number' : roundTo(n, RATE_DECIMALS);
	}

	/** Years with a published level or growth rate: the model's rule for what a user may not fill. */
	function publishedYearsOf(id: DriverId): Set<number> {
		const spec = plan.drivers.find((d) => d.id === id);
		const years = new Set<number>();
		for (const sid of [spec?.series, spec?.ratesSeries]) {
			const series = sid === undefined ? undefined : data.series[sid];
			if (series) for (const y of publishedYears(series)) years.add(y);
		}
		return years;
	}

	/**
	 * Applies entered values year by year, skipping any that would push the driver's default
	 * growth (with the link's as-of year and growth window) outside the model's range.
	 */
	function settleEnteredValues() {
		const asOf = scenario.asOf ?? defaultAsOf(plan, data);
		const windowYears = scenario.growthWindowYears ?? plan.defaults.growthWindowYears;
		for (const id of DRIVER_IDS) {
			const list = entered.get(id);
			const spec = plan.drivers.find((d) => d.id === id);
			if (!list || !spec) continue;
			const accepted: Record<number, number> = {};
			for (const item of [...list].sort((a, b) => a.year - b.year)) {
				const trial = { ...accepted, [item.year]: item.value };
				const trend = trailingGrowth(driverHistory(spec, data, asOf, trial), windowYears);
				if (trend.kind !== 'none' && !isValidGrowth(trend.rate))
					report(item.index, item.raw, 'out_of_range');
				else accepted[item.year] = item.value;
			}
			if (Object.keys(accepted).length > 0) scenario.userValues[id] = accepted;
		}
	}
}

/** `x` with at most `decimals` places, trailing zeros trimmed; never `-0`. */
function formatFixed(x: number, decimals: number): string {
	if (!Number.isFinite(x)) return String(x);
	const fixed = x.toFixed(decimals);
	const trimmed = /^-?\d+\.\d+$/.test(fixed) ? fixed.replace(/\.?0+$/, '') : fixed;
	return trimmed === '-0' ? '0' : trimmed;
}

const sortedYears = (byYear: Record<number, number> | undefined) =>
	Object.keys(byYear ?? {})
		.map(Number)
		.filter(Number.isInteger)
		.sort((a, b) => a - b);

/**
 * The link text for a state, without the leading `#`: `v` first, then only the values that
 * differ from the defaults (null or absent in the scenario), in a fixed order — `g.<driver>`,
 * `y.<driver>.<year>`, `u.<driver>.<year>` (drivers in DRIVER_IDS order, years ascending), `tol`,
 * `gw`, `win`, `asof`, `unc`, `seed`, `draws`, `corr`, `lang`, `view` — and `d` last, always, so
 * the link keeps naming the data it was made with. A driver with a growth range is written
 * `g.<driver>=<low>..<high>`; a link holds one growth per driver, so a point growth given beside a
 * range is not written (the range's centre stands for it). With uncertainty settings `unc` is
 * always written, `seed`, `draws` and `corr` only when not the default. Rates get up to
 * RATE_DECIMALS places, entered values up to VALUE_DECIMALS, trailing zeros trimmed; years are
 * integers. It does not check values: decodeLink does.
 */
export function encodeLink(state: LinkState): string {
	const { scenario } = state;
	const rate = (x: number) => formatFixed(x, RATE_DECIMALS);
	const parts: string[] = [`v=${LINK_VERSION}`];
	for (const id of DRIVER_IDS) {
		const g = scenario.growth[id];
		const range = scenario.growthRange?.[id];
		if (range) parts.push(`g.${id}=${rate(range.low)}..${rate(range.high)}`);
		else if (g !== undefined) parts.push(`g.${id}=${rate(g)}`);
	}
	for (const id of DRIVER_IDS)
		for (const year of sortedYears(scenario.yearlyGrowth[id]))
			parts.push(`y.${id}.${year}=${rate(scenario.yearlyGrowth[id]![year]!)}`);
	for (const id of DRIVER_IDS)
		for (const year of sortedYears(scenario.userValues[id]))
			parts.push(`u.${id}.${year}=${formatFixed(scenario.userValues[id]![year]!, VALUE_DECIMALS)}`);
	if (scenario.tolerance !== null) parts.push(`tol=${rate(scenario.tolerance)}`);
	if (scenario.growthWindowYears !== null) parts.push(`gw=${scenario.growthWindowYears}`);
	if (scenario.averageWindow !== null)
		parts.push(`win=${scenario.averageWindow.from}-${scenario.averageWindow.to}`);
	if (scenario.asOf !== null) parts.push(`asof=${scenario.asOf}`);
	const u = scenario.uncertainty ?? null;
	if (u !== null) {
		parts.push(`unc=${u.model}`);
		if (u.seed !== DEFAULT_UNCERTAINTY.seed) parts.push(`seed=${u.seed}`);
		if (u.draws !== DEFAULT_UNCERTAINTY.draws) parts.push(`draws=${u.draws}`);
		if (u.correlation !== null) parts.push(`corr=${rate(u.correlation)}`);
	}
	if (state.lang !== null) parts.push(`lang=${state.lang}`);
	if (state.view !== null) parts.push(`view=${state.view}`);
	parts.push(`d=${encodeURIComponent(state.dataVersion)}`);
	return parts.join('&');
}
