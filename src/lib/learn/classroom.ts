// The arithmetic of "predict, then reveal": what a question's answer is (from the model's result),
// how a typed guess is read, how far it is from the answer and whether it counts as close, and
// the summary. Pure: no DOM, no clock; the classroom page renders what these return.
import { formatNumber, formatRate, formatValue } from '../i18n/format';
import { normaliseNumberText, readDecimal } from '../i18n/numberInput';
import type {
	ClassroomMessages,
	GuessProblem,
	NoAnswerReason,
	ScenarioOrigin
} from '../i18n/classroomMessages';
import type { TargetResult } from '../model/evaluate';
import type { DriverId, Lang, TargetSpec } from '../model/types';
import type { QuestionKind } from './challenge';

export type { GuessProblem, NoAnswerReason, ScenarioOrigin };

/** A guess of a value counts as close within this fraction of the answer (5 %). */
export const CLOSE_RELATIVE = 0.05;
/** A guess of a growth rate counts as close within this many (fractional) points: 0.5 pp. */
export const CLOSE_POINTS = 0.005;
/** The largest value a guess may be, in the question's unit. */
export const MAX_GUESS_VALUE = 1e12;
/** Growth-rate guesses may range from −100 % (exclusive) to +1000 %. */
export const MIN_GUESS_RATE = -1;
export const MAX_GUESS_RATE = 10;

/** The unit a question is answered in: `rate` (a fraction) for growth, else the target's unit. */
export function questionUnit(spec: Pick<TargetSpec, 'unit'>, kind: QuestionKind): string {
	return kind === 'required' ? 'rate' : spec.unit;
}

export type Answer =
	| { ok: true; value: number; unit: string }
	| { ok: false; reason: NoAnswerReason; missing: DriverId[] };

/**
 * The model's answer to a question: the projected 2025 value (in the target's unit) or the
 * required constant growth of the target's driver (a fraction); why there is none otherwise.
 */
export function answerFor(result: TargetResult, kind: QuestionKind): Answer {
	const unit = questionUnit(result.spec, kind);
	const none = (reason: NoAnswerReason): Answer => ({ ok: false, reason, missing: result.missing });
	if (result.missing.length > 0) return none('missing_assumption');
	const value = kind === 'projected' ? result.projected : result.requiredGrowth;
	if (value !== null && Number.isFinite(value)) return { ok: true, value, unit };
	if (kind === 'projected') return none('no_projection');
	const note = result.requiredGrowthNote;
	if (note === 'no_years_left' || note === 'not_applicable' || note === 'missing_assumption')
		return none(note);
	return none('unreachable');
}

export type GuessReading =
	| {
			ok: true;
			/** The guess in the question's unit: a fraction for `rate` (typed 5 → 0.05). */
			value: number;
			/** The number as typed, before a rate's division by 100. */
			typed: number;
			/** For a rate typed without `%` and between −1 and 1 (not 0): perhaps a fraction. */
			smallRate: boolean;
	  }
	| { ok: false; reason: GuessProblem };

/**
 * English readers guess amounts of 亿元 in billion yuan, as the rest of the app writes them in
 * English: the guess is typed in billions and read as 亿元 (1 billion yuan = 10 亿元).
 */
export const YUAN_BILLION_PER_YI = 0.1;

/** The unit a guess is typed in: billion yuan for 亿元 in English, else the question's unit. */
export function guessUnit(unit: string, lang: Lang): string {
	return unit === '亿元' && lang === 'en' ? 'billion_yuan' : unit;
}

/** Unit text a reader may type after the number, per unit. */
const TRAILING_UNITS: Record<string, string[]> = {
	billion_yuan: ['billion yuan', 'billion', 'bn yuan', 'bn'],
	rate: ['%'],
	'%': ['%'],
	亿元: ['亿元', '亿'],
	家: ['家'],
	'人年/万人': ['人年/万人']
};

/**
 * Reads a typed guess. Full-width characters are read as their ASCII forms (NFKC) and every
 * minus sign as `-`. Digits may be grouped in threes by commas or spaces ("9,000", "9 000",
 * "1 234 567.5"); a decimal point is a point ("9,5" is refused, not read as 95). The unit may
 * follow the number (`%`, `亿元`, `亿`, `家`; in English, amounts of 亿元 are typed in billion
 * yuan, `billion` or `bn` may follow, and the value is returned in 亿元). A growth rate is always read as percent: "5",
 * "5%" and "5 %" are 5 % a year, and "0.05" is 0.05 % a year (`smallRate` flags that reading so
 * the page can say so). Values must be 0 to MAX_GUESS_VALUE; rates above −100 % and at most
 * +1000 %.
 */
export function parseGuess(text: string, unit: string, lang: Lang = 'zh'): GuessReading {
	const typedUnit = guessUnit(unit, lang);
	let s = normaliseNumberText(text);
	if (s === '') return { ok: false, reason: 'empty' };
	let percentSign = false;
	for (const suffix of TRAILING_UNITS[typedUnit] ?? []) {
		if (s.toLowerCase().endsWith(suffix)) {
			s = s.slice(0, -suffix.length).trim();
			percentSign = suffix === '%';
			break;
		}
	}
	const typed = readDecimal(s);
	if (typed === null) return { ok: false, reason: 'not_a_number' };
	if (unit === 'rate') {
		const value = typed / 100;
		if (value <= MIN_GUESS_RATE || value > MAX_GUESS_RATE)
			return { ok: false, reason: 'out_of_range' };
		const smallRate = !percentSign && typed !== 0 && Math.abs(typed) < 1;
		return { ok: true, value, typed, smallRate };
	}
	const value = typedUnit === 'billion_yuan' ? typed / YUAN_BILLION_PER_YI : typed;
	if (value < 0 || value > MAX_GUESS_VALUE) return { ok: false, reason: 'out_of_range' };
	return { ok: true, value: value + 0, typed, smallRate: false };
}

export interface Gap {
	/** guess − answer, in the question's unit (a fraction for rates). */
	difference: number;
	/** difference / |answer|; null when the answer is 0. */
	relative: number | null;
	direction: 'low' | 'high' | 'exact';
	/**
	 * Within CLOSE_POINTS of the answer for a rate, else within CLOSE_RELATIVE of it (relative to
	 * the answer; an answer of 0 is only met exactly).
	 */
	close: boolean;
}

const EPSILON = 1e-9;

/** How far a guess is from the answer, and whether that counts as close. */
export function compareGuess(guess: number, answer: number, unit: string): Gap {
	const difference = guess - answer;
	const exact = Math.abs(difference) <= EPSILON * Math.max(1, Math.abs(answer));
	const relative = answer === 0 ? null : difference / Math.abs(answer);
	const close =
		exact ||
		(unit === 'rate'
			? Math.abs(difference) <= CLOSE_POINTS + EPSILON
			: relative !== null && Math.abs(relative) <= CLOSE_RELATIVE + EPSILON);
	return {
		difference: exact ? 0 : difference,
		relative: exact ? 0 : relative,
		direction: exact ? 'exact' : difference < 0 ? 'low' : 'high',
		close
	};
}

/** One revealed question: the guess, the answer at the moment of revealing, and the gap. */
export interface Revealed {
	guess: number;
	answer: Answer;
	gap: Gap | null;
}

/** Reveals a question: the answer is taken now and kept, whatever the settings do later. */
export function reveal(guess: number, answer: Answer): Revealed {
	return { guess, answer, gap: answer.ok ? compareGuess(guess, answer.value, answer.unit) : null };
}

export interface Summary {
	total: number;
	revealed: number;
	/** Revealed questions the model could answer: the ones that count. */
	answered: number;
	close: number;
}

export function summarise(records: readonly (Revealed | null | undefined)[]): Summary {
	const revealed = records.filter((r): r is Revealed => !!r);
	const answered = revealed.filter((r) => r.gap !== null);
	return {
		total: records.length,
		revealed: revealed.length,
		answered: answered.length,
		close: answered.filter((r) => r.gap?.close).length
	};
}

/**
 * A number in the unit the guess was typed in: 亿元 in Chinese (10,064 亿元), billion yuan in
 * English (1,006.4 billion yuan), rates and ratios in %, counts as whole numbers.
 */
export function amountText(value: number, unit: string, lang: Lang): string {
	switch (unit) {
		case '亿元':
			if (lang === 'en') {
				const billions = value * YUAN_BILLION_PER_YI;
				const tenths = Math.round(billions * 10);
				return `${formatNumber(billions, lang, tenths % 10 === 0 || Math.abs(billions) >= 10000 ? 0 : 1)} billion yuan`;
			}
			return `${formatNumber(value, lang, Math.abs(value) >= 100 ? 0 : 1)} 亿元`;
		case 'rate':
			return formatRate(value, lang);
		default:
			return formatValue(value, unit, lang);
	}
}

/** The size of a gap, unsigned: percentage points for % and rates, else the unit's amount. */
export function gapAmountText(difference: number, unit: string, lang: Lang): string {
	const size = Math.abs(difference);
	const points = (pp: number) =>
		`${formatNumber(pp, lang, 2)}${lang === 'zh' ? ' 个百分点' : ' pp'}`;
	if (unit === '%') return points(size);
	if (unit === 'rate') return points(size * 100);
	return amountText(size, unit, lang);
}

/** The threshold sentence, shown with the summary. */
export function thresholdText(m: ClassroomMessages, lang: Lang): string {
	return m.threshold(
		formatRate(CLOSE_RELATIVE, lang, 0),
		gapAmountText(CLOSE_POINTS, 'rate', lang)
	);
}

/** How a typed guess was read, as a sentence; '' while it cannot be read. */
export function readingText(
	reading: GuessReading,
	unit: string,
	m: ClassroomMessages,
	lang: Lang
): string {
	if (!reading.ok) return '';
	const read = m.readAs(amountText(reading.value, unit, lang));
	if (!reading.smallRate) return read;
	return `${read} ${m.smallRateHint(String(Number((reading.typed * 100).toFixed(6))))}`;
}

export interface RevealView {
	guessText: string;
	answerText: string;
	/** The answer as the rest of the app writes it, when that differs (1.01 trillion yuan). */
	answerDetail: string;
	gapText: string;
}

/** The revealed question as text: "Your guess: 9,000 亿元 · Answer: 10,064 亿元 · You were …". */
export function revealView(
	record: Revealed,
	unit: string,
	m: ClassroomMessages,
	lang: Lang,
	driverNames: (ids: DriverId[]) => string
): RevealView {
	const guessText = amountText(record.guess, unit, lang);
	const { answer, gap } = record;
	if (!answer.ok || !gap)
		return {
			guessText,
			answerText: '—',
			answerDetail: '',
			gapText: answer.ok ? '' : m.noAnswer[answer.reason](driverNames(answer.missing))
		};
	const answerText = amountText(answer.value, unit, lang);
	const usual = formatValue(answer.value, unit, lang);
	// A growth rate's gap is in percentage points only: a relative gap of a rate (8 % of 6 %)
	// reads like a rate itself and misleads.
	const relative =
		gap.relative === null || unit === 'rate' ? null : formatRate(Math.abs(gap.relative), lang, 1);
	const amount = gapAmountText(gap.difference, unit, lang);
	return {
		guessText,
		answerText,
		answerDetail: usual !== answerText ? usual : '',
		gapText:
			gap.direction === 'exact'
				? m.exact
				: gap.direction === 'low'
					? m.gapLow(amount, relative)
					: m.gapHigh(amount, relative)
	};
}
