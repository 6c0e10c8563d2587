// Numbers as people type them, the inverse of format.ts: one reading for every field that takes a
// typed number (an assumption's entry, a range's ends, a classroom guess). Full-width characters
// are read as their ASCII forms and every minus sign as `-`; digits may be grouped in threes by
// commas or by spaces ("9,000", "1 234 567.5"); the decimal mark is a point, so "7,5" is refused
// rather than guessed at. Pure; never throws.

const MINUS_SIGNS = /[\u2212\u2012\u2013\uFE63]/g;

/** The text in the forms the readers below expect: NFKC, ASCII minus, trimmed. */
export function normaliseNumberText(text: string): string {
	return String(text ?? '')
		.normalize('NFKC')
		.replace(MINUS_SIGNS, '-')
		.trim();
}

// One separator throughout ("1,234,567" or "1 234 567"), then an optional fraction.
const GROUPED = /^\d{1,3}([, ])\d{3}(?:\1\d{3})*(?:\.\d+)?$/;
const PLAIN = /^(?:\d+(?:\.\d*)?|\.\d+)$/;
const EXPONENT = /^(?:\d+(?:\.\d*)?|\.\d+)e[+-]?\d+$/i;

/**
 * The number a normalised text writes, or null when it is not one: an optional sign (a space may
 * follow it), digits plain or grouped in threes, an optional fraction and, with `exponent`, an
 * exponent (`1e12`). A finite number only.
 */
export function readDecimal(text: string, options: { exponent?: boolean } = {}): number | null {
	const signed = /^([+-]?)\s*(.*)$/s.exec(text.trim());
	if (!signed) return null;
	const [, sign, body] = signed as unknown as [string, string, string];
	let digits: string;
	if (GROUPED.test(body)) digits = body.replace(/[, ]/g, '');
	else if (PLAIN.test(body) || (options.exponent && EXPONENT.test(body))) digits = body;
	else return null;
	const value = Number(sign + digits);
	return Number.isFinite(value) ? value : null;
}
