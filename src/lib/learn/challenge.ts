// A classroom challenge as link text: which targets are asked about, what is asked of each (the
// projected 2025 value or the growth required to meet the target), and which assumptions are
// locked. Pure and total: decoding never throws, keeps every valid part and names every other
// part with a reason; it reads no address and no storage (the classroom page does that).
//
// A challenge link is an ordinary scenario link (link.ts) followed by two parts of its own:
// `#v=1&g.gdp=0.05&d=2026-11&ch=tech_contracts:p,rd_intensity:r&lock=g.gdp,g.rd_spend&title=…`.
// `ch` lists `<target>:<p|r>` items (p: projected value, r: required growth); `lock` lists
// `g.<driver>` items, named as the link names a driver's growth; `title` is the teacher's name
// for the challenge, percent-encoded. The scenario part is read by
// decodeLink unchanged: these keys mean nothing to it, so they are split off first.
// `real=<year>` makes it a real-outcome challenge (realOutcome.ts): students see only the figures
// up to that year, forecast the target-year value, and meet the model's projection as of that
// year and the published outcome. Such a challenge asks no required growth and locks nothing.
import type { Evaluation } from '../model/evaluate';
import { DRIVER_IDS, TARGET_IDS, type DriverId, type Plan, type TargetId } from '../model/types';
import { safePart } from '../scenario/link';
import { PARAMETERS, resolveBounds } from '../model/parameters';
import type { ChallengeProblemReason, QuestionKind } from '../i18n/classroomMessages';
import { MAX_TITLE_LENGTH } from '../i18n/classroomMessages';

export type { ChallengeProblemReason, QuestionKind };
export { MAX_TITLE_LENGTH };

export const CHALLENGE_KEY = 'ch';
export const LOCK_KEY = 'lock';
export const TITLE_KEY = 'title';
export const REAL_KEY = 'real';
/** A title past this many characters is cut there (and the cut reported). */
/** A `ch` or `lock` value past this many characters is read up to the last item that fits. */
export const MAX_CHALLENGE_LENGTH = 2000;

export const QUESTION_KINDS: readonly QuestionKind[] = ['projected', 'required'];

const LETTER: Record<QuestionKind, string> = { projected: 'p', required: 'r' };
const KIND_OF_LETTER = new Map<string, QuestionKind>([
	['p', 'projected'],
	['r', 'required']
]);

export interface ChallengeQuestion {
	target: TargetId;
	kind: QuestionKind;
}

export interface Challenge {
	/** In the order the teacher gave them; no question twice. */
	questions: ChallengeQuestion[];
	/** Drivers whose assumptions the student sees but cannot change; no driver twice. */
	locked: DriverId[];
	/** The teacher's name for the challenge, shown as its heading; absent or '' for none. */
	title?: string;
	/** A real-outcome challenge: the year as of which students forecast; absent otherwise. */
	realAsOf?: number;
}

export interface ChallengeProblem {
	/** The item as written, made safe to show as text (link.ts's safePart); '' for no_questions. */
	part: string;
	reason: ChallengeProblemReason;
}

export interface DecodedChallenge {
	/** True when the fragment holds a `ch`, `lock` or `real` part: the page is a student's challenge. */
	present: boolean;
	/** Always usable when present: at least one question (the default ones when none was read). */
	challenge: Challenge;
	/** True when no question could be read and defaultQuestions stand in. */
	fallback: boolean;
	problems: ChallengeProblem[];
	/** The fragment without the challenge's parts and without `#`: the ordinary scenario link. */
	rest: string;
}

const TARGETS = new Set<string>(TARGET_IDS);
const DRIVERS = new Set<string>(DRIVER_IDS);

/** Targets with a numeric goal: only they have a required growth to ask about. */
export function numericTargets(plan: Plan): TargetId[] {
	return plan.targets.filter((t) => t.target !== null).map((t) => t.id);
}

/** What a challenge with no readable question asks: the projected value of every numeric target. */
export function defaultQuestions(plan: Plan): ChallengeQuestion[] {
	return numericTargets(plan).map((target) => ({ target, kind: 'projected' }));
}

function decode(text: string): string | null {
	try {
		return decodeURIComponent(text);
	} catch {
		return null;
	}
}

/** The items of a comma list, with an over-long list cut at the last comma that fits. */
function items(value: string, problems: ChallengeProblem[]): string[] {
	let text = value;
	if (text.length > MAX_CHALLENGE_LENGTH) {
		const cut = text.lastIndexOf(',', MAX_CHALLENGE_LENGTH);
		problems.push({ part: safePart(text.slice(cut + 1)), reason: 'too_long' });
		text = text.slice(0, Math.max(cut, 0));
	}
	return text === '' ? [] : text.split(',');
}

function readQuestions(value: string, numeric: Set<TargetId>, problems: ChallengeProblem[]) {
	const questions: ChallengeQuestion[] = [];
	const seen = new Set<string>();
	const report = (raw: string, reason: ChallengeProblemReason) =>
		problems.push({ part: safePart(raw), reason });
	for (const raw of items(value, problems)) {
		const item = raw.trim();
		if (item === '') {
			report(raw, 'empty');
			continue;
		}
		const colon = item.lastIndexOf(':');
		const target = (colon < 0 ? item : item.slice(0, colon)).trim();
		const kind = colon < 0 ? undefined : KIND_OF_LETTER.get(item.slice(colon + 1).trim());
		if (!TARGETS.has(target)) report(raw, 'unknown_target');
		else if (!kind) report(raw, 'unknown_question');
		else if (kind === 'required' && !numeric.has(target as TargetId))
			report(raw, 'no_numeric_target');
		else if (seen.has(`${target}:${kind}`)) report(raw, 'duplicate');
		else {
			seen.add(`${target}:${kind}`);
			questions.push({ target: target as TargetId, kind });
		}
	}
	return questions;
}

function readLocks(value: string, problems: ChallengeProblem[]): DriverId[] {
	const locked: DriverId[] = [];
	for (const raw of items(value, problems)) {
		const item = raw.trim();
		const driver = item.startsWith('g.') ? item.slice(2) : null;
		if (item === '') problems.push({ part: safePart(raw), reason: 'empty' });
		else if (driver === null || !DRIVERS.has(driver))
			problems.push({ part: safePart(raw), reason: 'unknown_assumption' });
		else if (locked.includes(driver as DriverId))
			problems.push({ part: safePart(raw), reason: 'duplicate' });
		else locked.push(driver as DriverId);
	}
	return locked;
}

/**
 * Reads the challenge in an address fragment (with or without `#`) and splits off the rest, the
 * scenario link. The first `ch` and the first `lock` part are read; a second one is reported as
 * `duplicate_key`. Items that name no target or driver, ask neither `p` nor `r`, ask a required
 * growth of a target without a numeric goal, or repeat an earlier item are skipped and reported.
 * When a challenge is present but no question survives, defaultQuestions stand in (`fallback`,
 * with a `no_questions` problem), so the page always has something to ask. Never throws.
 */
export function decodeChallenge(hash: string, plan: Plan): DecodedChallenge {
	const fragment = typeof hash === 'string' ? hash.replace(/^#/, '') : '';
	const problems: ChallengeProblem[] = [];
	const { values, rest, present } = splitParts(fragment, problems);
	const realAsOf = values.real === null ? null : readYear(values.real, plan, problems);
	const numeric = new Set(numericTargets(plan));
	let questions = readQuestions(values.ch ?? '', numeric, problems);
	let locked = readLocks(values.lock ?? '', problems);
	if (realAsOf !== null) {
		for (const q of questions.filter((q) => q.kind === 'required'))
			problems.push({ part: questionKey(q), reason: 'real_required' });
		for (const d of locked) problems.push({ part: `g.${d}`, reason: 'real_lock' });
		questions = questions.filter((q) => q.kind === 'projected');
		locked = [];
	}
	const fallback = present && questions.length === 0;
	if (fallback) {
		problems.push({ part: '', reason: 'no_questions' });
		questions = defaultQuestions(plan);
	}
	const title = cleanTitle(values.title ?? '');
	if (title.cut) problems.push({ part: safePart(values.title ?? ''), reason: 'title_too_long' });
	const challenge: Challenge = { questions, locked };
	if (title.text !== '') challenge.title = title.text;
	if (realAsOf !== null) challenge.realAsOf = realAsOf;
	return { present, challenge, fallback, problems, rest: rest.join('&') };
}

type ChallengeKey = 'ch' | 'lock' | 'title' | 'real';
const KEYS = new Set<string>([CHALLENGE_KEY, LOCK_KEY, TITLE_KEY, REAL_KEY]);

/**
 * The first value of each challenge key (a repeat is reported as `duplicate_key`; a value that
 * cannot be percent-decoded as `bad_encoding`, read as ''), and the other parts in order.
 * A title alone does not make a challenge: `ch`, `lock` or `real` does.
 */
function splitParts(fragment: string, problems: ChallengeProblem[]) {
	const values: Record<ChallengeKey, string | null> = {
		ch: null,
		lock: null,
		title: null,
		real: null
	};
	const rest: string[] = [];
	let present = false;
	for (const part of fragment === '' ? [] : fragment.split('&')) {
		const eq = part.indexOf('=');
		const key = decode(eq < 0 ? part : part.slice(0, eq))?.trim();
		if (key === undefined || !KEYS.has(key)) {
			rest.push(part);
			continue;
		}
		const name = key as ChallengeKey;
		if (name !== TITLE_KEY) present = true;
		if (values[name] !== null) {
			problems.push({ part: safePart(part), reason: 'duplicate_key' });
			continue;
		}
		const value = decode(eq < 0 ? '' : part.slice(eq + 1));
		// A title that cannot be decoded is dropped quietly, as before `real` existed.
		if (value === null && name !== TITLE_KEY)
			problems.push({ part: safePart(part), reason: 'bad_encoding' });
		values[name] = value ?? '';
	}
	return { values, rest, present };
}

/** The years a real-outcome challenge may be set in: the hindcast's vantage years. */
export function realYearBounds(plan: Pick<Plan, 'targetYear'>): { min: number; max: number } {
	return resolveBounds(PARAMETERS.vantage.hard, plan.targetYear);
}

/** A `real` value: a whole year within realYearBounds, else null with a `bad_year` problem. */
function readYear(value: string, plan: Plan, problems: ChallengeProblem[]): number | null {
	const text = value.trim();
	const year = /^\d{4}$/.test(text) ? Number(text) : NaN;
	const { min, max } = realYearBounds(plan);
	if (Number.isInteger(year) && year >= min && year <= max) return year;
	// A value that could not be decoded was reported as bad_encoding already.
	if (value !== '' || !problems.some((p) => p.reason === 'bad_encoding'))
		problems.push({ part: safePart(value), reason: 'bad_year' });
	return null;
}

/**
 * A challenge title as it may be shown: control and bidirectional-override characters removed,
 * runs of white space made one space, trimmed, and cut to MAX_TITLE_LENGTH characters (`cut`).
 */
export function cleanTitle(text: string): { text: string; cut: boolean } {
	const clean = String(text ?? '')
		.normalize('NFC')
		.replace(/[\p{Cc}\u200e\u200f\u202a-\u202e\u2066-\u2069]/gu, ' ')
		.replace(/\s+/g, ' ')
		.trim();
	const chars = [...clean];
	return chars.length > MAX_TITLE_LENGTH
		? { text: chars.slice(0, MAX_TITLE_LENGTH).join('').trim(), cut: true }
		: { text: clean, cut: false };
}

/**
 * The challenge's own link parts, without `#` or a leading `&`: `ch=<target>:<p|r>,…`, when
 * any assumption is locked `&lock=g.<driver>,…` (each in the challenge's order), then `&real=<year>`
 * for a real-outcome challenge and `&title=…`. It does not
 * check the challenge: decodeChallenge does.
 */
export function encodeChallenge(challenge: Challenge): string {
	const ch = challenge.questions.map((q) => `${q.target}:${LETTER[q.kind]}`).join(',');
	const lock = challenge.locked.map((d) => `g.${d}`).join(',');
	const title = cleanTitle(challenge.title ?? '').text;
	const real = challenge.realAsOf;
	return [
		`${CHALLENGE_KEY}=${ch}`,
		lock === '' ? '' : `${LOCK_KEY}=${lock}`,
		real === undefined ? '' : `${REAL_KEY}=${real}`,
		title === '' ? '' : `${TITLE_KEY}=${encodeURIComponent(title)}`
	]
		.filter((p) => p !== '')
		.join('&');
}

/** The fragment (without `#`) of a challenge on a scenario: the scenario link, then the challenge. */
export function challengeFragment(scenarioLink: string, challenge: Challenge): string {
	return [scenarioLink.replace(/^#/, ''), encodeChallenge(challenge)]
		.filter((p) => p !== '')
		.join('&');
}

/** The drivers a target reads: its numerator, and its denominator for a ratio. */
export function driversOf(plan: Plan, target: TargetId): DriverId[] {
	const spec = plan.targets.find((t) => t.id === target);
	if (!spec) return [];
	return spec.denominator ? [spec.numerator, spec.denominator] : [spec.numerator];
}

/**
 * The drivers whose growth a question's answer depends on. A projected value reads every driver
 * of its target. A required growth is solved for the numerator, so its own growth does not enter:
 * only a ratio's denominator does (it sets what the numerator must reach); a level or an average
 * growth reads none.
 */
export function driversRead(plan: Plan, question: ChallengeQuestion): DriverId[] {
	if (question.kind === 'projected') return driversOf(plan, question.target);
	const spec = plan.targets.find((t) => t.id === question.target);
	return spec?.kind === 'ratio' && spec.denominator ? [spec.denominator] : [];
}

/**
 * The drivers the questions' answers read, without repeats, in the plan's driver order. With an
 * evaluation, a driver whose target-year value is already published is left out too: no growth
 * assumption can change it.
 */
export function driversAsked(
	plan: Plan,
	questions: readonly ChallengeQuestion[],
	evaluation?: Pick<Evaluation, 'drivers' | 'targetYear'>
): DriverId[] {
	const used = new Set(questions.flatMap((q) => driversRead(plan, q)));
	const settled = (id: DriverId) =>
		!!evaluation && (evaluation.drivers[id]?.baseYear ?? -Infinity) >= evaluation.targetYear;
	return plan.drivers.map((d) => d.id).filter((id) => used.has(id) && !settled(id));
}

/** A question's identity, as written in the link (`tech_contracts:p`). */
export function questionKey(q: ChallengeQuestion): string {
	return `${q.target}:${LETTER[q.kind]}`;
}

/**
 * The challenge a teacher's ticks make: the ticked questions in the plan's target order (the
 * projected value before the required growth, a required growth only for numeric targets), and
 * the ticked locks on drivers those questions read, in the plan's driver order. With `realAsOf`,
 * a real-outcome challenge: projected values only, nothing locked.
 */
export function composeChallenge(
	plan: Plan,
	ticked: readonly ChallengeQuestion[],
	locked: readonly DriverId[],
	title = '',
	realAsOf: number | null = null
): Challenge {
	const keys = new Set(ticked.map(questionKey));
	const numeric = new Set(numericTargets(plan));
	const questions = plan.targets.flatMap((t) =>
		QUESTION_KINDS.filter(
			(kind) =>
				keys.has(questionKey({ target: t.id, kind })) &&
				(kind === 'projected' || (numeric.has(t.id) && realAsOf === null))
		).map((kind): ChallengeQuestion => ({ target: t.id, kind }))
	);
	const asked = realAsOf === null ? driversAsked(plan, questions) : [];
	const name = cleanTitle(title).text;
	const out: Challenge = { questions, locked: asked.filter((d) => locked.includes(d)) };
	if (name !== '') out.title = name;
	if (realAsOf !== null) out.realAsOf = realAsOf;
	return out;
}
