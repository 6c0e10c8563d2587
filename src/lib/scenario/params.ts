// Reads a scenario from the parameter part of a link (`gdp=0.05&asof=2023`), pasted whole or
// bare. Pure and total: it never throws; every part it cannot use is returned in `ignored`
// with a machine reason, and the scenario holds only values the model accepts.
import { isValidGrowth } from '../model/growth';
import { MIN_AS_OF } from '../model/evaluate';
import { DRIVER_IDS, emptyScenario, type DriverId, type Scenario } from '../model/types';

/** Input past this many characters is not read. */
export const MAX_PARAMS_LENGTH = 10_000;
/** The widest "about" tolerance accepted (a fraction); the model's own check uses the same bound. */
export const MAX_TOLERANCE = 0.5;
/** The latest as-of year accepted when the caller does not name one (the model's year bound). */
const LATEST_YEAR = 2100;
/** How much of an over-long input is quoted back in `ignored`. */
const PREVIEW_LENGTH = 40;

export type IgnoredReason =
	| 'unknown_key'
	| 'not_a_number'
	| 'out_of_range'
	| 'duplicate'
	| 'bad_encoding'
	| 'empty'
	| 'too_long';

export interface IgnoredPart {
	/** The part as it was written (not decoded); for `too_long`, the start of the unread rest. */
	part: string;
	reason: IgnoredReason;
}

export interface ParsedScenario {
	scenario: Scenario;
	ignored: IgnoredPart[];
}

export interface ParseOptions {
	/** The latest as-of year accepted, normally the plan's target year. */
	maxAsOf?: number;
}

type Field = { kind: 'growth'; driver: DriverId } | { kind: 'asOf' } | { kind: 'tolerance' };

const DRIVERS = new Set<string>(DRIVER_IDS);

/** The field a key names, or null: `<driver>`, `g.<driver>`, `asof`, `tol`. */
function fieldFor(key: string): Field | null {
	if (key === 'asof') return { kind: 'asOf' };
	if (key === 'tol') return { kind: 'tolerance' };
	const driver = key.startsWith('g.') ? key.slice(2) : key;
	return DRIVERS.has(driver) ? { kind: 'growth', driver: driver as DriverId } : null;
}

const fieldName = (field: Field) => (field.kind === 'growth' ? `g.${field.driver}` : field.kind);

// A plain decimal number: no hex, no `Infinity`, no empty string (which Number() reads as 0).
const NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?$/i;

function parseNumber(text: string): number | null {
	return NUMBER.test(text) ? Number(text) : null;
}

function decode(text: string): string | null {
	try {
		return decodeURIComponent(text);
	} catch {
		return null;
	}
}

// A link with a scheme (`https://…`) or a path (`/…`), as opposed to a bare parameter part.
const LINK = /^(?:[a-z][a-z0-9+.-]*:\/\/|\/)/i;

/** The parameter part of a link: the fragment if there is one, else the query, else all. */
function parameterPart(text: string): string {
	const hash = text.indexOf('#');
	const query = text.indexOf('?');
	if (hash >= 0 && hash < text.length - 1) return text.slice(hash + 1);
	if (query >= 0 && (hash < 0 || query < hash))
		return text.slice(query + 1, hash < 0 ? undefined : hash);
	if (hash >= 0 || LINK.test(text)) return '';
	return text;
}

/** Splits off the unread rest of an over-long input, never cutting a `key=value` part in two. */
function capLength(text: string): { kept: string; rest: string | null } {
	if (text.length <= MAX_PARAMS_LENGTH) return { kept: text, rest: null };
	// The `&` that ends the last whole part before the cut (−1: there is none).
	const boundary =
		text[MAX_PARAMS_LENGTH] === '&'
			? MAX_PARAMS_LENGTH
			: text.lastIndexOf('&', MAX_PARAMS_LENGTH - 1);
	return { kept: text.slice(0, Math.max(boundary, 0)), rest: text.slice(boundary + 1) };
}

/**
 * Parses a scenario from a link or its parameter part: `&`-joined `key=value` pairs where key is
 * a driver id or `g.<driver>` (constant yearly growth as a fraction, 0.05 = 5 %), `asof` (a year)
 * or `tol` (the relative tolerance of "about" targets, a fraction). Keys are case-sensitive and
 * `+` is read as a plus sign, not a space. Unknown keys, non-numbers, out-of-range values, repeated
 * keys (the first wins), bad percent-encoding, empty parts and text past MAX_PARAMS_LENGTH
 * characters are returned in `ignored`. Never throws.
 */
export function parseScenarioParams(text: string, options: ParseOptions = {}): ParsedScenario {
	const maxAsOf = options.maxAsOf ?? LATEST_YEAR;
	const scenario = emptyScenario();
	const ignored: IgnoredPart[] = [];
	const { kept, rest } = capLength(text);
	const params = parameterPart(kept.trim());
	const seen = new Set<string>();

	if (params !== '') {
		for (const part of params.split('&')) {
			const reason = readPart(part);
			if (reason) ignored.push({ part, reason });
		}
	}
	if (rest !== null) {
		const preview = rest.length > PREVIEW_LENGTH ? `${rest.slice(0, PREVIEW_LENGTH)}…` : rest;
		ignored.push({ part: preview, reason: 'too_long' });
	}
	return { scenario, ignored };

	/** Applies one part to the scenario; returns why it was ignored, or null. */
	function readPart(part: string): IgnoredReason | null {
		if (part.trim() === '') return 'empty';
		const eq = part.indexOf('=');
		const key = decode(eq < 0 ? part : part.slice(0, eq));
		const valueText = decode(eq < 0 ? '' : part.slice(eq + 1));
		if (key === null || valueText === null) return 'bad_encoding';
		const field = fieldFor(key.trim());
		if (!field) return 'unknown_key';
		const name = fieldName(field);
		if (seen.has(name)) return 'duplicate';
		seen.add(name);
		const value = parseNumber(valueText.trim());
		if (value === null) return 'not_a_number';
		switch (field.kind) {
			case 'growth':
				if (!isValidGrowth(value)) return 'out_of_range';
				scenario.growth[field.driver] = value;
				return null;
			case 'asOf':
				if (!Number.isInteger(value)) return 'not_a_number';
				if (value < MIN_AS_OF || value > maxAsOf) return 'out_of_range';
				scenario.asOf = value;
				return null;
			case 'tolerance':
				if (!(value >= 0 && value <= MAX_TOLERANCE)) return 'out_of_range';
				scenario.tolerance = value;
				return null;
		}
	}
}
