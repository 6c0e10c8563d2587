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
//   the fragment is read after mount (README.md, "Maintaining", explains these traps).
import { defaultAsOf } from '../model/evaluate';
import {
	accepts,
	CHOICE_PARAMETERS as C,
	PARAMETERS as P,
	toLinkPrecision,
	type Parameter
} from '../model/parameters';
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
	type UncertaintySettings
} from '../model/types';
import { DEFAULT_UNCERTAINTY } from '../model/ranges';
import {
	LINK_VERSION,
	migrateParams,
	NEVER_WRITTEN,
	SEED_PLAN_ID,
	type LinkParam
} from './migrations';

export { LINK_VERSION, SEED_PLAN_ID } from './migrations';

/**
 * Parameter text past this many characters is not read (reported as one `too_long` part). The
 * longest canonical link — every driver with a growth, a rate for every year from the table's
 * first year and a value for every unpublished year — stays under it.
 */
export const MAX_LINK_LENGTH = 20_000;
/** At most this many characters of a part are quoted back in `ignored`. */
export const MAX_PART_LENGTH = 60;

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
	| 'published_year'
	/** A compared scenario (`c=`) in a link opened on a page other than /compare. */
	| 'compare_only'
	/** A plan (`p=`) this app does not have: the plan shown stays. */
	| 'unknown_plan'
	/** A plan (`p=`) other than the one the link is read against (a compare or saved entry). */
	| 'other_plan';

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
	/** The scenario's name (`n=`), cleaned by cleanLinkName; absent for an unnamed scenario. */
	name?: string;
	/**
	 * How the plan's ambiguous clauses are read (`read.<target>=<reading>`): target id → reading
	 * id, only where a link chose one; absent or empty for the pack's defaults.
	 */
	readings?: Record<string, string>;
	/**
	 * The plan the scenario is of (`p=`), for encoding: SEED_PLAN_ID when absent. Decoding leaves
	 * it out: a link is read against the plan in DecodeOptions (linkPlanId says which it names).
	 */
	plan?: string;
}

export interface DecodeOptions {
	plan: Plan;
	/** The current data: published years, the default as-of year and the current vintage. */
	data: ObservationsFile;
	/** Vintages a link may name; KNOWN_DATA_VERSIONS unless given. */
	knownDataVersions?: readonly string[];
	/**
	 * The drivers `g.`, `y.` and `u.` keys may name, and the targets `view` may; the seed plan's
	 * (DRIVER_IDS, TARGET_IDS) unless given. Another plan pack's ids are plain strings.
	 */
	driverIds?: readonly string[];
	targetIds?: readonly string[];
	/**
	 * The id links name this plan by (`p=`); SEED_PLAN_ID unless given. A `p` naming another
	 * plan is reported (`other_plan`): read the link against that plan instead (linkPlanId).
	 */
	planId?: string;
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
	/**
	 * True when older-format parameters were rewritten by migrations.ts before reading (a
	 * migration that leaves every pair as it was, as 1 → 2 does, rewrites nothing).
	 */
	migrated: boolean;
}

/** A growth range `low..high`: two values around the first `..`. */
const RANGE = /^(.*?)\.\.(.*)$/;
const BY_YEAR_KEY = /^([yu])\.([^.]+)\.([^.]*)$/;
const READING_KEY = /^read\.(.+)$/;
const YEAR_TEXT = /^\d+$/;
const WINDOW_TEXT = /^(\d+)-(\d+)$/;
// A plain decimal number: no hex, no `Infinity`, no empty string (which Number() reads as 0).
const NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?$/i;
const SAFE_CHAR = /^[A-Za-z0-9\-_.~=%+:/,;!*()@$?[\]]$/;

/** The longest scenario name a link carries, in characters (code points): a saved name's limit. */
export const MAX_LINK_NAME_LENGTH = 80;
/**
 * Control characters and bidirectional controls: a name never keeps them (`\u202Etxt.exe` would
 * show as `exe.txt`; a line break would break the one-line title it is shown in).
 */
// eslint-disable-next-line no-control-regex -- control characters are what this removes
const NAME_CONTROLS = /[\u0000-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

/** Half of a surrogate pair without its other half: it cannot be percent-encoded. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * A name as a link carries it: controls and lone surrogates removed, runs of white space made one
 * space, trimmed.
 */
export function cleanLinkName(text: string): string {
	return text.replace(LONE_SURROGATE, '').replace(NAME_CONTROLS, ' ').replace(/\s+/g, ' ').trim();
}

const parseNumber = (text: string): number | null => (NUMBER.test(text) ? Number(text) : null);

function decodeComponent(text: string): string | null {
	try {
		return decodeURIComponent(text);
	} catch {
		return null;
	}
}

/**
 * An address in front of parameters: `https://host/path`, `/path` or `host/path` (no `=` or `&`),
 * as opposed to parameter text. Other schemes (`javascript:`, `data:`) are not addresses: their
 * text is read as parameters and reported.
 */
const ADDRESS =
	/^(?:https?:\/\/[^\s=&]*|\/[^\s=&]*|[a-z0-9-]+(?:\.[a-z0-9-]+)*(?::\d+)?\/[^\s=&]*)$/i;

/**
 * The parameter text of a link. After a leading `#` or `?`, the rest. After an address, its
 * fragment when not empty, else its query. Otherwise the whole text: a `#` inside parameter text
 * separates parts like `&` (see splitPairs), so that nothing before it is lost.
 */
function parameterPart(text: string): string {
	if (/^[#?]/.test(text)) return text.slice(1);
	const mark = text.search(/[#?]/);
	const head = mark < 0 ? text : text.slice(0, mark);
	if (!ADDRESS.test(head)) return text;
	const hash = text.indexOf('#');
	if (hash >= 0 && hash < text.length - 1) return text.slice(hash + 1);
	const end = hash < 0 ? text.length : hash;
	return text[mark] === '?' ? text.slice(mark + 1, end) : '';
}

/** What separates parts: `&`, or a further `#` (browsers keep it in the fragment as written). */
const SEPARATOR = /[&#]/;

/** Splits off the unread rest of over-long text, never cutting a `key=value` part in two. */
function capLength(text: string): { kept: string; rest: string | null } {
	if (text.length <= MAX_LINK_LENGTH) return { kept: text, rest: null };
	const before = text.slice(0, MAX_LINK_LENGTH + 1).search(/[&#][^&#]*$/);
	const boundary = before < 0 ? -1 : before;
	return { kept: text.slice(0, Math.max(boundary, 0)), rest: text.slice(boundary + 1) };
}

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

/** One `key=value` part, decoded, with where it stood and how it was written. */
interface Pair {
	index: number;
	raw: string;
	key: string;
	value: string;
}

/** An ignored part and where it stood, for sorting into link order. */
interface Report extends IgnoredPart {
	index: number;
}

const report = (pair: Pick<Pair, 'index' | 'raw'>, reason: IgnoredReason): Report => ({
	index: pair.index,
	part: safePart(pair.raw),
	reason
});

/** Step 1: splits text at `&` (and `#`) and percent-decodes each part's key and value. */
function splitPairs(text: string, ignored: Report[]): Pair[] {
	const pairs: Pair[] = [];
	(text === '' ? [] : text.split(SEPARATOR)).forEach((raw, index) => {
		if (raw.trim() === '') return ignored.push(report({ index, raw }, 'empty'));
		const eq = raw.indexOf('=');
		const key = decodeComponent(eq < 0 ? raw : raw.slice(0, eq));
		const value = decodeComponent(eq < 0 ? '' : raw.slice(eq + 1));
		if (key === null || value === null) return ignored.push(report({ index, raw }, 'bad_encoding'));
		pairs.push({ index, raw, key: key.trim(), value: value.trim() });
	});
	return pairs;
}

/** Step 2: the version, from the first `v` (none at all is version 0), and the other pairs. */
function readVersion(pairs: Pair[], ignored: Report[]): { version: number; others: Pair[] } {
	const versions = pairs.filter((p) => p.key === 'v');
	const others = pairs.filter((p) => p.key !== 'v');
	for (const extra of versions.slice(1)) ignored.push(report(extra, 'duplicate'));
	const first = versions[0];
	if (!first) return { version: pairs.length === 0 ? LINK_VERSION : 0, others };
	const n = parseNumber(first.value);
	if (n === null || !Number.isInteger(n)) ignored.push(report(first, 'not_a_number'));
	else if (n < 0) ignored.push(report(first, 'out_of_range'));
	else {
		if (n > LINK_VERSION || NEVER_WRITTEN.includes(n))
			ignored.push(report(first, 'unknown_version'));
		return { version: n, others };
	}
	return { version: LINK_VERSION, others };
}

/**
 * Step 3: older formats rewritten pair by pair. Reports quote the part as written whenever the
 * migrations kept one pair per part (all of them so far); otherwise the rewritten pair.
 */
function migratePairs(
	others: Pair[],
	version: number
): { pairs: Pair[]; applied: number; rewritten: boolean } {
	const migration = migrateParams(
		others.map((p): LinkParam => [p.key, p.value]),
		version
	);
	const oneToOne = migration.params.length === others.length;
	const lastIndex = others.at(-1)?.index ?? 0;
	const pairs = migration.params.map(([key, value], i): Pair => {
		const source = oneToOne ? others[i] : undefined;
		return {
			index: source?.index ?? lastIndex,
			raw: source?.raw ?? `${encodeURIComponent(key)}=${encodeURIComponent(value)}`,
			key,
			value
		};
	});
	const rewritten =
		!oneToOne || pairs.some((p, i) => p.key !== others[i]!.key || p.value !== others[i]!.value);
	return { pairs, applied: migration.applied, rewritten };
}

/** What step 4 builds: the state, plus the parts that wait for the whole link to be read. */
interface Reading {
	plan: Plan;
	planId: string;
	data: ObservationsFile;
	knownVintages: readonly string[];
	/** The drivers keys may name and the targets `view` may (DecodeOptions). */
	drivers: ReadonlySet<string>;
	targets: readonly string[];
	state: LinkState;
	/** Uncertainty settings seen so far; null while no uncertainty key was read. */
	uncertainty: Partial<UncertaintySettings> | null;
	/** Entered values per driver: applied once the as-of year and growth window are known. */
	entered: Map<DriverId, (Pair & { year: number; amount: number })[]>;
}

/** Applies one pair's value to the reading; returns why it was ignored, or null. */
type Apply = (value: string, reading: Reading, pair: Pair) => IgnoredReason | null;

/**
 * A number as the parameter is written in links: a plain decimal, whole where the parameter is,
 * rounded to its link decimals. Not yet checked against its bounds.
 */
function parseValue(p: Parameter, text: string): number | IgnoredReason {
	const n = parseNumber(text);
	if (n === null) return 'not_a_number';
	if (!p.integer) return toLinkPrecision(p, n);
	if (!Number.isFinite(n)) return 'out_of_range';
	return Number.isInteger(n) ? n + 0 : 'not_a_number';
}

/** parseValue, then the table's hard bounds (`out_of_range` outside them). */
function readValue(p: Parameter, text: string, targetYear: number): number | IgnoredReason {
	const x = parseValue(p, text);
	if (typeof x === 'string') return x;
	return accepts(p, x, targetYear) ? x : 'out_of_range';
}

/** A reader for one numeric parameter of the table. */
const numeric =
	(p: Parameter, set: (reading: Reading, x: number) => void): Apply =>
	(value, reading) => {
		const x = readValue(p, value, reading.plan.targetYear);
		if (typeof x === 'string') return x;
		set(reading, x);
		return null;
	};

/** A reader for a value from a fixed list. */
const choice =
	<T extends string>(list: readonly T[], set: (reading: Reading, x: T) => void): Apply =>
	(value, reading) => {
		if (!(list as readonly string[]).includes(value)) return 'out_of_range';
		set(reading, value as T);
		return null;
	};

const uncertaintyOf = (reading: Reading) => (reading.uncertainty ??= {});

const readAverageWindow: Apply = (value, reading) => {
	const m = WINDOW_TEXT.exec(value);
	if (!m) return 'not_a_number';
	const [from, to] = [Number(m[1]), Number(m[2])];
	const inRange = (y: number) => accepts(P.averageWindow, y, reading.plan.targetYear);
	if (!(inRange(from) && inRange(to) && from <= to)) return 'out_of_range';
	reading.state.scenario.averageWindow = { from, to };
	return null;
};

/** `n`: the scenario's name; `empty` when nothing is left once cleaned, `out_of_range` when long. */
const readName: Apply = (value, reading) => {
	const name = cleanLinkName(value);
	if (name === '') return 'empty';
	if ([...name].length > MAX_LINK_NAME_LENGTH) return 'out_of_range';
	reading.state.name = name;
	return null;
};

/** `p`: the plan must be the one the link is read against (linkPlanId says which to read against). */
const readPlan: Apply = (value, reading) => (value === reading.planId ? null : 'other_plan');

const readDataVersion: Apply = (value, reading) => {
	if (!reading.knownVintages.includes(value)) return 'unknown_data_version';
	reading.state.dataVersion = value;
	return null;
};

/** Readers of the keys that name one setting each. */
const SIMPLE_KEYS: Record<string, Apply> = {
	[P.asOf.key]: numeric(P.asOf, (r, x) => (r.state.scenario.asOf = x)),
	[P.tolerance.key]: numeric(P.tolerance, (r, x) => (r.state.scenario.tolerance = x)),
	[P.growthWindow.key]: numeric(P.growthWindow, (r, x) => (r.state.scenario.growthWindowYears = x)),
	[P.averageWindow.key]: readAverageWindow,
	[C.employmentDenominator.key]: choice(
		C.employmentDenominator.values,
		(r, x) => (r.state.scenario.employmentDenominator = x)
	),
	unc: choice(UNCERTAINTY_MODEL_IDS, (r, x) => (uncertaintyOf(r).model = x)),
	[P.seed.key]: numeric(P.seed, (r, x) => (uncertaintyOf(r).seed = x)),
	[P.draws.key]: numeric(P.draws, (r, x) => (uncertaintyOf(r).draws = x)),
	[P.correlation.key]: numeric(P.correlation, (r, x) => (uncertaintyOf(r).correlation = x)),
	lang: choice<Lang>(['zh', 'en'], (r, x) => (r.state.lang = x)),
	view: (value, reading, pair) =>
		choice(reading.targets, (r, x) => (r.state.view = x as TargetId))(value, reading, pair),
	n: readName,
	p: readPlan,
	d: readDataVersion
};

/** `g.<driver>`: a point growth, or a 90 % range `low..high` (then not the point growth). */
function readGrowth(driver: DriverId): Apply {
	const point = numeric(P.growth, (r, x) => (r.state.scenario.growth[driver] = x));
	return (value, reading, pair) => {
		const range = RANGE.exec(value);
		if (!range) return point(value, reading, pair);
		const low = parseValue(P.growth, range[1]!.trim());
		const high = parseValue(P.growth, range[2]!.trim());
		if (typeof low === 'string') return low;
		if (typeof high === 'string') return high;
		if (!accepts(P.growth, low) || !accepts(P.growth, high) || low > high) return 'out_of_range';
		reading.state.scenario.growthRange[driver] = { low, high };
		return null;
	};
}

const readYear = (text: string, targetYear: number): number | IgnoredReason =>
	YEAR_TEXT.test(text) ? readValue(P.year, text, targetYear) : 'not_a_number';

/** `y.<driver>.<year>`: the growth in one year. */
const readYearly =
	(driver: DriverId, yearText: string): Apply =>
	(value, reading) => {
		const year = readYear(yearText, reading.plan.targetYear);
		if (typeof year === 'string') return year;
		const rate = readValue(P.yearlyGrowth, value, reading.plan.targetYear);
		if (typeof rate === 'string') return rate;
		(reading.state.scenario.yearlyGrowth[driver] ??= {})[year] = rate;
		return null;
	};

/** `u.<driver>.<year>`: a value for an unpublished year, applied later by settleEnteredValues. */
const readEntered =
	(driver: DriverId, yearText: string): Apply =>
	(value, reading, pair) => {
		const year = readYear(yearText, reading.plan.targetYear);
		if (typeof year === 'string') return year;
		if (publishedYearsOf(reading, driver).has(year)) return 'published_year';
		const amount = readValue(P.userValue, value, reading.plan.targetYear);
		if (typeof amount === 'string') return amount;
		const list = reading.entered.get(driver) ?? [];
		list.push({ ...pair, year, amount });
		reading.entered.set(driver, list);
		return null;
	};

/**
 * The reader a (decoded) key names and its identity — what makes two parts the same setting:
 * `y.gdp.2023` and `y.gdp.02023` collide — or null when it names none.
 */
function readerFor(
	key: string,
	drivers: ReadonlySet<string>
): { identity: string; apply: Apply } | null {
	const simple = Object.hasOwn(SIMPLE_KEYS, key) ? SIMPLE_KEYS[key] : undefined;
	if (simple) return { identity: key, apply: simple };
	if (key.startsWith('g.')) {
		const driver = key.slice(2);
		return drivers.has(driver) ? { identity: key, apply: readGrowth(driver as DriverId) } : null;
	}
	const m = BY_YEAR_KEY.exec(key);
	if (!m || !drivers.has(m[2]!)) return null;
	const [kind, driver, yearText] = [m[1]!, m[2] as DriverId, m[3]!];
	const year = YEAR_TEXT.test(yearText) ? String(Number(yearText)) : yearText;
	const read = kind === 'y' ? readYearly : readEntered;
	return { identity: `${kind}.${driver}.${year}`, apply: read(driver, yearText) };
}

/**
 * `read.<target>`: the reading of a target read against a benchmark; `out_of_range` for a reading
 * the target does not offer. A target without readings is no key of this plan (null).
 */
function readerOfReading(key: string, plan: Plan): { identity: string; apply: Apply } | null {
	const m = READING_KEY.exec(key);
	const choices = m && plan.targets.find((t) => t.id === m[1])?.reading?.choices;
	if (!m || !choices) return null;
	const target = m[1]!;
	return {
		identity: key,
		apply: (value, r) => {
			if (!choices.includes(value)) return 'out_of_range';
			r.state.readings = { ...r.state.readings, [target]: value };
			return null;
		}
	};
}

/** Step 4: reads every pair; the first of two parts naming one setting wins, even when invalid. */
function readPairs(pairs: Pair[], reading: Reading, ignored: Report[]) {
	const seen = new Set<string>();
	for (const pair of pairs) {
		const reader = readerFor(pair.key, reading.drivers) ?? readerOfReading(pair.key, reading.plan);
		let reason: IgnoredReason | null = 'unknown_key';
		if (reader && seen.has(reader.identity)) reason = 'duplicate';
		else if (reader) {
			seen.add(reader.identity);
			reason = reader.apply(pair.value, reading, pair);
		}
		if (reason) ignored.push(report(pair, reason));
	}
}

/** Years with a published level or growth rate: the model's rule for what a user may not fill. */
function publishedYearsOf({ plan, data }: Reading, id: DriverId): Set<number> {
	const spec = plan.drivers.find((d) => d.id === id);
	const years = new Set<number>();
	for (const sid of [spec?.series, spec?.ratesSeries]) {
		const series = sid === undefined ? undefined : data.series[sid];
		if (series) for (const y of publishedYears(series)) years.add(y);
	}
	return years;
}

/**
 * Step 5: applies entered values year by year, skipping any that would push the driver's default
 * growth (with the link's as-of year and growth window) outside the model's range.
 */
function settleEnteredValues(reading: Reading, ignored: Report[]) {
	const { plan, data, state } = reading;
	if (reading.entered.size === 0) return;
	const asOf = state.scenario.asOf ?? defaultAsOf(plan, data);
	const windowYears = state.scenario.growthWindowYears ?? plan.defaults.growthWindowYears;
	for (const id of reading.drivers as ReadonlySet<DriverId>) {
		const list = reading.entered.get(id);
		const spec = plan.drivers.find((d) => d.id === id);
		if (!list || !spec) continue;
		const accepted: Record<number, number> = {};
		for (const item of [...list].sort((a, b) => a.year - b.year)) {
			const trial = { ...accepted, [item.year]: item.amount };
			const trend = trailingGrowth(driverHistory(spec, data, asOf, trial), windowYears);
			if (trend.kind !== 'none' && !accepts(P.growth, trend.rate))
				ignored.push(report(item, 'out_of_range'));
			else accepted[item.year] = item.amount;
		}
		if (Object.keys(accepted).length > 0) state.scenario.userValues[id] = accepted;
	}
}

/**
 * Reads a link: a full address (`https://host/path#v=1&…`), a bare fragment or query (`#…`,
 * `?…`) or bare parameter text. `key=value` parts are joined by `&` (a further `#` counts as
 * one: nothing before it is lost); keys are case-sensitive,
 * values are trimmed, `+` is a plus sign. A link without `v` is version 0 and is brought up to
 * date by migrations.ts. Only values inside the hard bounds of the parameter table
 * (model/parameters.ts) are applied — the model's own, wider than the sliders; every other part is
 * listed in `ignored`:
 *
 * - `empty` (a stray `&`), `bad_encoding` (invalid percent-encoding), `unknown_key`;
 * - `duplicate`: a key seen before; the first one is read, even when it was invalid;
 * - `not_a_number`: not a plain decimal (`1e3` is fine; `0x10`, `Infinity`, `5%` are not), or
 *   not a whole number where one is needed, or a window not written `from-to`;
 * - `out_of_range`: outside the table's bounds, including a `lang`/`view`/`unc`/`emp` value not in
 *   its list and an entered value that would push the driver's default (trend) growth out of range;
 * - `published_year`: an entered value for a year with a published figure (the model's rule);
 * - `unknown_version`: a `v` newer than this build (the rest is still read as LINK_VERSION);
 * - `unknown_data_version`: a `d` not in KNOWN_DATA_VERSIONS (the current vintage is used);
 * - `too_long`: text past MAX_LINK_LENGTH characters (cut at a `&`).
 *
 * `n` names the scenario: control and bidirectional characters are removed and white space
 * collapsed (cleanLinkName); a name left empty is `empty`, one past MAX_LINK_NAME_LENGTH
 * characters `out_of_range`. The name is shown as text only, never as markup.
 *
 * A growth may be a range, `g.<driver>=<low>..<high>` (a 90 % interval; `out_of_range` when an
 * end is outside the growth bounds or low > high), which sets the scenario's growthRange and not
 * its point growth. `unc`, `seed`, `draws` and `corr` set the uncertainty settings; any one of
 * them turns probabilities on, the others taking their defaults (DEFAULT_UNCERTAINTY). Numbers are
 * read at the table's link decimals, as they are written. Never throws.
 */
export function decodeLink(text: string, options: DecodeOptions): DecodedLink {
	const ignored: Report[] = [];
	const input = typeof text === 'string' ? text.trim() : '';
	const { kept, rest } = capLength(parameterPart(input));
	const { version, others } = readVersion(splitPairs(kept, ignored), ignored);
	const migration = migratePairs(others, version);
	const state: LinkState = {
		scenario: emptyScenario(),
		lang: null,
		view: null,
		dataVersion: options.data.vintage
	};
	// Read field by field, never spread: an options object may be a class whose fields are getters.
	const reading: Reading = {
		plan: options.plan,
		planId: options.planId ?? SEED_PLAN_ID,
		data: options.data,
		knownVintages: options.knownDataVersions ?? KNOWN_DATA_VERSIONS,
		drivers: new Set(options.driverIds ?? DRIVER_IDS),
		targets: options.targetIds ?? TARGET_IDS,
		state,
		uncertainty: null,
		entered: new Map()
	};
	readPairs(migration.pairs, reading, ignored);
	settleEnteredValues(reading, ignored);
	if (reading.uncertainty)
		state.scenario.uncertainty = { ...DEFAULT_UNCERTAINTY, ...reading.uncertainty };
	if (rest !== null) ignored.push({ index: Infinity, part: safePart(rest), reason: 'too_long' });
	ignored.sort((a, b) => a.index - b.index);
	return {
		state,
		ignored: ignored.map(({ part, reason }) => ({ part, reason })),
		version,
		migrated: migration.rewritten
	};
}

/**
 * The drivers a scenario sets, in the order a link writes them: the seed plan's in DRIVER_IDS
 * order (as every link has been written), then any other plan's in alphabetical order.
 */
function driverOrder(scenario: Scenario): DriverId[] {
	const named = new Set<string>();
	for (const byDriver of [
		scenario.growth,
		scenario.growthRange ?? {},
		scenario.yearlyGrowth,
		scenario.userValues
	])
		for (const id of Object.keys(byDriver)) named.add(id);
	const seed = new Set<string>(DRIVER_IDS);
	const others = [...named].filter((id) => !seed.has(id)).sort();
	return [...DRIVER_IDS, ...others] as DriverId[];
}

/**
 * The plan a link names (`p=`, the first one), or SEED_PLAN_ID when it names none: every link
 * before version 2 was made with the seed plan. The link is then read against that plan.
 */
export function linkPlanId(text: string): string {
	const input = typeof text === 'string' ? text.trim() : '';
	const { kept } = capLength(parameterPart(input));
	const pair = splitPairs(kept, []).find((p) => p.key === 'p');
	return pair && pair.value !== '' ? pair.value : SEED_PLAN_ID;
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
 * `gw`, `win`, `asof`, `emp`, `unc`, `seed`, `draws`, `corr`, `n` (the name, percent-encoded), `lang`,
 * `view` — and `d` last, always, so
 * the link keeps naming the data it was made with. A driver with a growth range is written
 * `g.<driver>=<low>..<high>`; a link holds one growth per driver, so a point growth given beside a
 * range is not written (the range's centre stands for it). With uncertainty settings `unc` is
 * always written, `seed`, `draws` and `corr` only when not the default. Numbers get up to the
 * parameter table's link decimals, trailing zeros trimmed. It does not check values: decodeLink
 * does.
 */
export function encodeLink(state: LinkState): string {
	const { scenario } = state;
	const write = (p: Parameter, x: number) => formatFixed(x, p.decimals);
	const parts: string[] = [
		`v=${LINK_VERSION}`,
		`p=${encodeURIComponent(state.plan ?? SEED_PLAN_ID)}`
	];
	const drivers = driverOrder(scenario);
	for (const id of drivers) {
		const g = scenario.growth[id];
		const range = scenario.growthRange?.[id];
		if (range) parts.push(`g.${id}=${write(P.growth, range.low)}..${write(P.growth, range.high)}`);
		else if (g !== undefined) parts.push(`g.${id}=${write(P.growth, g)}`);
	}
	for (const id of drivers)
		for (const year of sortedYears(scenario.yearlyGrowth[id]))
			parts.push(`y.${id}.${year}=${write(P.yearlyGrowth, scenario.yearlyGrowth[id]![year]!)}`);
	for (const id of drivers)
		for (const year of sortedYears(scenario.userValues[id]))
			parts.push(`u.${id}.${year}=${write(P.userValue, scenario.userValues[id]![year]!)}`);
	if (scenario.tolerance !== null)
		parts.push(`${P.tolerance.key}=${write(P.tolerance, scenario.tolerance)}`);
	if (scenario.growthWindowYears !== null)
		parts.push(`${P.growthWindow.key}=${scenario.growthWindowYears}`);
	if (scenario.averageWindow !== null)
		parts.push(
			`${P.averageWindow.key}=${scenario.averageWindow.from}-${scenario.averageWindow.to}`
		);
	if (scenario.asOf !== null) parts.push(`${P.asOf.key}=${scenario.asOf}`);
	if (scenario.employmentDenominator)
		parts.push(`${C.employmentDenominator.key}=${scenario.employmentDenominator}`);
	const u = scenario.uncertainty ?? null;
	if (u !== null) {
		parts.push(`unc=${u.model}`);
		if (u.seed !== DEFAULT_UNCERTAINTY.seed) parts.push(`${P.seed.key}=${u.seed}`);
		if (u.draws !== DEFAULT_UNCERTAINTY.draws) parts.push(`${P.draws.key}=${u.draws}`);
		if (u.correlation !== null)
			parts.push(`${P.correlation.key}=${write(P.correlation, u.correlation)}`);
	}
	for (const [target, reading] of Object.entries(state.readings ?? {}).sort(([a], [b]) =>
		a < b ? -1 : a > b ? 1 : 0
	))
		parts.push(`read.${target}=${encodeURIComponent(reading)}`);
	const name = state.name === undefined ? '' : cleanLinkName(state.name);
	if (name !== '') parts.push(`n=${encodeURIComponent(name)}`);
	if (state.lang !== null) parts.push(`lang=${state.lang}`);
	if (state.view !== null) parts.push(`view=${state.view}`);
	parts.push(`d=${encodeURIComponent(state.dataVersion)}`);
	return parts.join('&');
}
