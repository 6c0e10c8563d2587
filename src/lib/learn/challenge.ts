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
import type { Evaluation } from '../model/evaluate';
import { DRIVER_IDS, TARGET_IDS, type DriverId, type Plan, type TargetId } from '../model/types';
import { safePart } from '../scenario/link';
import type { ChallengeProblemReason, QuestionKind } from '../i18n/classroomMessages';
import { MAX_TITLE_LENGTH } from '../i18n/classroomMessages';

export type { ChallengeProblemReason, QuestionKind };
export { MAX_TITLE_LENGTH };

export const CHALLENGE_KEY = 'ch';
export const LOCK_KEY = 'lock';
export const TITLE_KEY = 'title';
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
}

export interface ChallengeProblem {
	/** The item as written, made safe to show as text (link.ts's safePart); '' for no_questions. */
	part: string;
	reason: ChallengeProblemReason;
}

export interface DecodedChallenge {
	/** True when the fragment holds a `ch` or a `lock` part: the page is a student's challenge. */
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
	const rest: string[] = [];
	let chValue: string | null = null;
	let lockValue: string | null = null;
	let titleValue: string | null = null;
	let present = false;
	for (const part of fragment === '' ? [] : fragment.split('&')) {
		const eq = part.indexOf('=');
		const key = decode(eq < 0 ? part : part.slice(0, eq))?.trim();
		if (key === TITLE_KEY) {
			if (titleValue !== null) problems.push({ part: safePart(part), reason: 'duplicate_key' });
			else titleValue = decode(eq < 0 ? '' : part.slice(eq + 1)) ?? '';
			continue;
		}
		if (key !== CHALLENGE_KEY && key !== LOCK_KEY) {
			rest.push(part);
			continue;
		}
		present = true;
		if ((key === CHALLENGE_KEY ? chValue : lockValue) !== null) {
			problems.push({ part: safePart(part), reason: 'duplicate_key' });
			continue;
		}
		const value = decode(eq < 0 ? '' : part.slice(eq + 1));
		if (value === null) {
			problems.push({ part: safePart(part), reason: 'bad_encoding' });
			if (key === CHALLENGE_KEY) chValue = '';
			else lockValue = '';
			continue;
		}
		if (key === CHALLENGE_KEY) chValue = value;
		else lockValue = value;
	}
	const numeric = new Set(numericTargets(plan));
	let questions = readQuestions(chValue ?? '', numeric, problems);
	const locked = readLocks(lockValue ?? '', problems);
	const fallback = present && questions.length === 0;
	if (fallback) {
		problems.push({ part: '', reason: 'no_questions' });
		questions = defaultQuestions(plan);
	}
	const title = cleanTitle(titleValue ?? '');
	if (title.cut) problems.push({ part: safePart(titleValue ?? ''), reason: 'title_too_long' });
	return {
		present,
		challenge: title.text === '' ? { questions, locked } : { questions, locked, title: title.text },
		fallback,
		problems,
		rest: rest.join('&')
	};
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
 * The challenge's own link parts, without `#` or a leading `&`: `ch=<target>:<p|r>,…` and, when
 * any assumption is locked, `&lock=g.<driver>,…`, each in the challenge's order. It does not
 * check the challenge: decodeChallenge does.
 */
export function encodeChallenge(challenge: Challenge): string {
	const ch = challenge.questions.map((q) => `${q.target}:${LETTER[q.kind]}`).join(',');
	const lock = challenge.locked.map((d) => `g.${d}`).join(',');
	const title = cleanTitle(challenge.title ?? '').text;
	return [
		`${CHALLENGE_KEY}=${ch}`,
		lock === '' ? '' : `${LOCK_KEY}=${lock}`,
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
 * the ticked locks on drivers those questions read, in the plan's driver order.
 */
export function composeChallenge(
	plan: Plan,
	ticked: readonly ChallengeQuestion[],
	locked: readonly DriverId[],
	title = ''
): Challenge {
	const keys = new Set(ticked.map(questionKey));
	const numeric = new Set(numericTargets(plan));
	const questions = plan.targets.flatMap((t) =>
		QUESTION_KINDS.filter(
			(kind) =>
				keys.has(questionKey({ target: t.id, kind })) && (kind === 'projected' || numeric.has(t.id))
		).map((kind): ChallengeQuestion => ({ target: t.id, kind }))
	);
	const asked = driversAsked(plan, questions);
	const name = cleanTitle(title).text;
	const out: Challenge = { questions, locked: asked.filter((d) => locked.includes(d)) };
	return name === '' ? out : { ...out, title: name };
}
