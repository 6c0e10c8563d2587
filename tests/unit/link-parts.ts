// "Nothing lost, nothing silent", as an oracle over links: generated links, mutated part by part
// (duplicated parts, a second `#`, broken percent-encoding, unknown keys, out-of-range values,
// empty parts, whitespace, case changes, `?` prefixes, stray characters), and a check that every
// part of such a link is either listed among the decoder's ignored parts or applied — decoding it
// beside the parts it depends on changes the state, and exactly as the whole link has it. Shared
// by the property test (link-parts.test.ts) and the browser test (tests/e2e/links.spec.ts).
import fc from 'fast-check';
import { observations, plan } from '../../src/lib/model/data';
import { PARAMETERS as P } from '../../src/lib/model/parameters';
import { DEFAULT_UNCERTAINTY } from '../../src/lib/model/ranges';
import { DRIVER_IDS, TARGET_IDS } from '../../src/lib/model/types';
import {
	decodeLink,
	KNOWN_DATA_VERSIONS,
	safePart,
	type DecodedLink,
	type LinkState
} from '../../src/lib/scenario/link';
import { range, rate, uncertainty } from './link-arbitraries';

/**
 * The oracle decodes with a data vintage no link can name, so that a `d=` part naming the current
 * vintage still shows as a change from the defaults.
 */
export const oracleOptions = { plan, data: { ...observations, vintage: 'none' } };

type Mutation = (parts: string[]) => string[];
const pick = <T>(list: readonly T[], i: number): T => list[i % list.length]!;
const replaceAt = (parts: string[], i: number, make: (part: string) => string) =>
	parts.length === 0 ? parts : parts.map((p, j) => (j === i % parts.length ? make(p) : p));
const insertAt = (parts: string[], i: number, part: string) => {
	const j = i % (parts.length + 1);
	return [...parts.slice(0, j), part, ...parts.slice(j)];
};
const keyOf = (part: string) => part.split('=')[0]!;

const ODD_VALUES = ['1e309', '-5', '99999', '0x10', 'NaN', '', '5%', '0.05..', '..', 'abc', '-0'];
const UNKNOWN = ['foo=1', 'G.gdp=0.05', 'g.nope=0.1', 'y.gdp.x=0.1', '__proto__=1', '<b>x</b>'];
const BAD_ESCAPES = ['%', '%E0%A4%A', '%ED%A0%80', '%zz'];

/** Mutations of a link's parts (the text split at `&`), each a way a link gets broken. */
const partMutation: fc.Arbitrary<Mutation> = fc.oneof(
	// A part repeated, with its value or another one.
	fc.nat().map((i): Mutation => (parts) => [...parts, ...(parts.length ? [pick(parts, i)] : [])]),
	// Two parts joined by a second `#` instead of `&`.
	fc.nat().map((i): Mutation => (parts) => {
		if (parts.length < 2) return [...parts, 'lang=en'];
		const j = i % (parts.length - 1);
		return [...parts.slice(0, j), `${parts[j]}#${parts[j + 1]}`, ...parts.slice(j + 2)];
	}),
	// Broken percent-encoding in a key or a value.
	fc.tuple(fc.nat(), fc.constantFrom(...BAD_ESCAPES), fc.boolean()).map(
		([i, bad, inKey]): Mutation =>
			(parts) =>
				replaceAt(parts, i, (p) => (inKey ? bad + p : `${p}${bad}`))
	),
	// An unknown key.
	fc.tuple(fc.nat(), fc.constantFrom(...UNKNOWN)).map(
		([i, part]): Mutation =>
			(parts) =>
				insertAt(parts, i, part)
	),
	// A value out of range or not a number.
	fc.tuple(fc.nat(), fc.constantFrom(...ODD_VALUES)).map(
		([i, value]): Mutation =>
			(parts) =>
				replaceAt(parts, i, (p) => `${keyOf(p)}=${value}`)
	),
	// An empty part, or one of spaces.
	fc.tuple(fc.nat(), fc.constantFrom('', ' ', '%20')).map(
		([i, part]): Mutation =>
			(parts) =>
				insertAt(parts, i, part)
	),
	// Whitespace around a key or a value (written raw or encoded).
	fc.tuple(fc.nat(), fc.constantFrom(' ', '%20', '%09', '+')).map(
		([i, ws]): Mutation =>
			(parts) =>
				replaceAt(parts, i, (p) => `${ws}${p.replace('=', `${ws}=${ws}`)}${ws}`)
	),
	// A case change.
	fc.tuple(fc.nat(), fc.boolean()).map(
		([i, upper]): Mutation =>
			(parts) =>
				replaceAt(parts, i, (p) => (upper ? p.toUpperCase() : p.toLowerCase()))
	),
	// A `?` (or `#`) before a part.
	fc.tuple(fc.nat(), fc.constantFrom('?', '#', '??')).map(
		([i, mark]): Mutation =>
			(parts) =>
				replaceAt(parts, i, (p) => mark + p)
	),
	// A stray link-shaped character inside a part.
	fc.tuple(fc.nat(), fc.nat(), fc.constantFrom(...'=%#?.-+e0 /')).map(
		([i, at, c]): Mutation =>
			(parts) =>
				replaceAt(
					parts,
					i,
					(p) => p.slice(0, at % (p.length + 1)) + c + p.slice(at % (p.length + 1))
				)
	),
	// A part lost.
	fc.nat().map(
		(i): Mutation =>
			(parts) =>
				parts.filter((_, j) => j !== i % Math.max(parts.length, 1))
	)
);

/** How a link reaches the decoder: bare, as a fragment or query, or in a whole address. */
export const PREFIXES = ['', '#', '?', 'https://example.org/app/#', 'https://example.org/?'];

/** The most generated parts a link keeps besides `v` and `d`. */
const KEPT_PARTS = 6;

export interface GeneratedLink {
	prefix: string;
	/** The parameter text, as generated and mutated. */
	params: string;
}

const driver = fc.constantFrom(...DRIVER_IDS);
const year = fc.integer({ min: P.year.hard.min, max: plan.targetYear });
const fraction = (max: number) => fc.integer({ min: 0, max: max * 1e6 }).map((k) => k / 1e6);

/** One valid part of each kind a link holds (entered values may still push a trend out). */
const validPart: fc.Arbitrary<string> = fc.oneof(
	fc.tuple(driver, rate).map(([d, r]) => `g.${d}=${r}`),
	fc.tuple(driver, range).map(([d, r]) => `g.${d}=${r.low}..${r.high}`),
	fc.tuple(driver, year, rate).map(([d, y, r]) => `y.${d}.${y}=${r}`),
	fc
		.tuple(driver, year, fc.integer({ min: 1, max: 10_000_000 }))
		.map(([d, y, k]) => `u.${d}.${y}=${k / 10}`),
	fraction(P.tolerance.hard.max).map((x) => `tol=${x}`),
	fc.integer({ min: 1, max: P.growthWindow.hard.max }).map((n) => `gw=${n}`),
	fc.tuple(year, year).map(([a, b]) => `win=${Math.min(a, b)}-${Math.max(a, b)}`),
	fc.integer({ min: P.asOf.hard.min as number, max: plan.targetYear }).map((y) => `asof=${y}`),
	uncertainty.map((u) => `unc=${u.model}`),
	uncertainty.map((u) => `seed=${u.seed}`),
	uncertainty.map((u) => `draws=${u.draws}`),
	uncertainty.map((u) => `corr=${u.correlation ?? 0}`),
	fc.constantFrom('zh', 'en').map((l) => `lang=${l}`),
	fc.constantFrom(...TARGET_IDS).map((t) => `view=${t}`)
);

/**
 * A generated link — its version, up to KEPT_PARTS valid parts and a data version — then
 * mutated. Small links keep ten thousand of them, each decoded about twice per part, quick.
 */
export const generatedLink: fc.Arbitrary<GeneratedLink> = fc
	.tuple(
		fc.constantFrom(...PREFIXES),
		fc.array(validPart, { maxLength: KEPT_PARTS }),
		fc.constantFrom(...KNOWN_DATA_VERSIONS),
		fc.array(partMutation, { minLength: 0, maxLength: 4 })
	)
	.map(([prefix, valid, vintage, mutations]) => {
		const parts = mutations.reduce((ps, m) => m(ps), [`v=1`, ...valid, `d=${vintage}`]);
		return { prefix, params: parts.join('&') };
	});

/**
 * The parts of a link as a reader sees them: the parameter text (after a `#` or `?` in front,
 * after the address; an address's non-empty fragment wins over its query, as the address module
 * says), split at every `&` and every further `#`. Surrounding whitespace is not a part.
 */
export function partsOf({ prefix, params }: GeneratedLink): string[] {
	const text = (prefix + params).trim();
	let rest = text.slice(prefix.length);
	if (prefix === '') rest = /^[#?]/.test(text) ? text.slice(1) : text;
	if (prefix.endsWith('?') && prefix !== '?') {
		const hash = rest.indexOf('#');
		if (hash >= 0) rest = hash < rest.length - 1 ? rest.slice(hash + 1) : rest.slice(0, hash);
	}
	return rest === '' ? [] : rest.split(/[&#]/);
}

/** A state as `path → value` leaves; no uncertainty reads as the defaults, switched off. */
function leaves(state: LinkState): Map<string, unknown> {
	const out = new Map<string, unknown>();
	const { uncertainty, ...scenario } = state.scenario;
	const walk = (prefix: string, x: unknown) => {
		if (x !== null && typeof x === 'object')
			for (const [k, v] of Object.entries(x)) walk(`${prefix}.${k}`, v);
		else out.set(prefix, x);
	};
	walk('scenario', scenario);
	walk('uncertainty', { on: uncertainty != null, ...(uncertainty ?? DEFAULT_UNCERTAINTY) });
	walk('link', { lang: state.lang, view: state.view, dataVersion: state.dataVersion });
	return out;
}

/** The paths where two states differ. */
function changes(a: Map<string, unknown>, b: Map<string, unknown>): string[] {
	const paths = new Set([...a.keys(), ...b.keys()]);
	return [...paths].filter((p) => !Object.is(a.get(p), b.get(p)));
}

const decodedKey = (part: string) => {
	try {
		return decodeURIComponent(keyOf(part)).trim();
	} catch {
		return null;
	}
};
/** Parts whose reading depends on others: entered values need the as-of year and window. */
const isContext = (key: string | null) =>
	key === 'asof' || key === 'gw' || (key?.startsWith('u.') ?? false);

export interface PartsVerdict {
	/** Every problem found, as sentences; empty when every part is applied or listed. */
	problems: string[];
	/** The parts listed as ignored and the parts applied, as the oracle matched them. */
	ignored: string[];
	applied: string[];
}

/**
 * Checks "nothing lost, nothing silent" for one link: the decoder's ignored parts are parts of
 * the link, in link order; every other part is applied — with `v=<version>` and the applied parts
 * it depends on, adding it changes the state, every change agrees with the whole link's state, and
 * together the parts account for every change the whole link makes from the defaults.
 */
export function checkParts(link: GeneratedLink): PartsVerdict {
	const decode = (text: string) => decodeLink(text, oracleOptions);
	const full: DecodedLink = decode(link.prefix + link.params);
	const parts = partsOf(link);
	const problems: string[] = [];
	const ignored: string[] = [];
	const applied: string[] = [];
	let next = 0;
	for (const part of parts) {
		if (next < full.ignored.length && full.ignored[next]!.part === safePart(part)) {
			ignored.push(part);
			next++;
		} else applied.push(part);
	}
	for (const extra of full.ignored.slice(next))
		problems.push(`listed ${JSON.stringify(extra)}, not a part in link order`);

	const fullLeaves = leaves(full.state);
	const accounted = new Set<string>();
	const version = full.version === 0 ? [] : [`v=${full.version}`];
	for (const part of applied) {
		const key = decodedKey(part);
		if (key === 'v') {
			if (decode(part).version !== full.version) problems.push(`${part}: a version not used`);
			continue;
		}
		const context = applied.filter((p) => p !== part && isContext(decodedKey(p)));
		const without = leaves(decode([...version, ...context].join('&')).state);
		const withPart = leaves(decode([...version, ...context, part].join('&')).state);
		const changed = changes(without, withPart);
		if (changed.length === 0) problems.push(`${JSON.stringify(part)}: neither applied nor listed`);
		for (const path of changed) {
			accounted.add(path);
			if (!Object.is(withPart.get(path), fullLeaves.get(path)))
				problems.push(`${JSON.stringify(part)}: sets ${path} unlike the whole link`);
		}
	}
	for (const path of changes(leaves(decode('').state), fullLeaves))
		if (!accounted.has(path)) problems.push(`${path} changed by no applied part`);
	return { problems, ignored, applied };
}
