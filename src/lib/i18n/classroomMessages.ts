// Every visible string of the classroom ("predict, then reveal"), in English and Chinese. The
// Chinese dictionary is typed by the English one, so a string missing in either is a type error.
import type { Lang } from '../model/types';
import { unitName } from './format';

// The classroom's reasons and kinds live here, below learn/, which re-exports them: the
// messages name every case, and learn/ reads the messages.

/**
 * What a question asks: the projected value in the plan's target year, or the constant growth that
 * meets the target.
 */
export type QuestionKind = 'projected' | 'required';

export type ChallengeProblemReason =
	| 'bad_encoding'
	| 'duplicate_key'
	| 'empty'
	| 'too_long'
	| 'unknown_target'
	| 'unknown_question'
	| 'no_numeric_target'
	| 'duplicate'
	| 'unknown_assumption'
	| 'no_questions'
	| 'title_too_long'
	| 'bad_year'
	| 'real_required'
	| 'real_lock';

/** The longest challenge title kept, in characters (learn/challenge.ts cuts to it). */
export const MAX_TITLE_LENGTH = 100;

/** Where the scenario of a page without a challenge came from. */
export type ScenarioOrigin = 'link' | 'current' | 'saved' | 'defaults';

export type NoAnswerReason =
	'missing_assumption' | 'no_years_left' | 'unreachable' | 'not_applicable' | 'no_projection';

export type GuessProblem = 'empty' | 'not_a_number' | 'out_of_range';

const en = {
	title: 'Classroom: predict, then reveal',
	studentIntro:
		'Type your guess for each question, then reveal the model’s answer. Your guesses stay in this page: nothing is saved on this device or sent anywhere.',
	teacherIntro:
		'Hand out a challenge as a link: tick the questions to ask and the assumptions to lock. Students see locked assumptions read-only and may set the others before they guess.',
	problemsIntro: (n: number) =>
		n === 1
			? '1 part of the challenge link could not be used:'
			: `${n} parts of the challenge link could not be used:`,
	problem: {
		bad_encoding: 'broken encoding: skipped',
		duplicate_key: 'given twice: the first one is used',
		empty: 'empty item: skipped',
		too_long: 'the list is too long: the rest was not read',
		unknown_target: 'no such target: skipped',
		unknown_question: 'asks neither “p” (projected value) nor “r” (required growth): skipped',
		no_numeric_target: 'this target has no numeric goal, so no required growth: skipped',
		duplicate: 'asked twice: kept once',
		unknown_assumption: 'not an assumption that can be locked (g.<driver>): skipped',
		no_questions:
			'no question could be read, so the projected value of every numeric target is asked',
		title_too_long: `the title is longer than ${MAX_TITLE_LENGTH} characters: the rest was cut`,
		bad_year:
			'not a year a real-outcome challenge can be set in (one with data, before the target year): the model’s answers are asked instead',
		real_required:
			'a real-outcome challenge asks for the target-year value only, not a required growth: skipped',
		real_lock:
			'a real-outcome challenge is answered at the default assumptions, so nothing is locked: ignored'
	} satisfies Record<ChallengeProblemReason, string>,
	challengeLabel: 'Challenge',
	seeWorking: (name: string) => `See the working for ${name}, step by step`,
	seeWorkingNote:
		'Opens the target page in a new tab with the assumptions used for this answer; your guesses stay here.',
	titleLabel: 'Title (optional)',
	titleHelp: 'Shown to students as the challenge’s heading, and on the QR code slide.',
	qrHeading: 'QR code for the class',
	qrHelp: 'Show it on the projector: students scan it to open the challenge.',
	qrAlt: (title: string) => `QR code of the challenge link${title ? `: ${title}` : ''}`,
	qrTooLong: 'This link is too long for a QR code; hand out the link instead.',
	qrFailed: 'The QR code could not be drawn; hand out the link instead.',
	qrLoading: 'Drawing the QR code…',
	fixedHeading: 'Fixed by the challenge',
	lockedMark: 'Locked',
	lockedHelp: 'You see these assumptions but cannot change them.',
	noneLocked: 'No assumption is locked.',
	growthSource: {
		user: 'set in the challenge',
		range: 'centre of the challenge’s range',
		default: 'historical trend',
		none: 'no assumption'
	},
	growthPerYear: (rate: string) => `${rate} a year`,
	dataUpTo: (year: number) => `Published data up to ${year}.`,
	yoursHeading: 'Your assumptions',
	yoursHelp:
		'Set these before you guess, if you like: an answer is computed with your settings at the moment you reveal it.',
	noneOpen: 'Every assumption these questions read is locked.',
	questionsHeading: 'Questions',
	questionTitle: (n: number, name: string) => `Question ${n}: ${name}`,
	kindName: (kind: QuestionKind, year: number) =>
		kind === 'projected' ? `projected ${year} value` : 'required growth',
	askProjected: (name: string, year: number) =>
		`What will ${name} be in ${year} under these assumptions, by the model’s projection?`,
	askRequired: (driver: string, year: number) =>
		`What constant yearly growth of ${driver}, from its latest published year to ${year}, just meets the target?`,
	targetIs: (text: string) => `The plan’s target: ${text}.`,
	guessLabel: (unit: string) => `Your guess (${unit})`,
	guessUnit: (unit: string) =>
		unit === 'rate'
			? '% a year'
			: unit === 'billion_yuan'
				? 'billion yuan'
				: unit === '%'
					? '%'
					: unitName(unit, 'en'),
	readAs: (text: string) => `Read as ${text}.`,
	smallRateHint: (suggested: string) =>
		`Numbers are read as percent: if you meant ${suggested} %, type ${suggested}.`,
	guessProblem: {
		empty: 'Type a number first.',
		not_a_number:
			'This is not a number that can be read: type digits, such as 9000, 9,000 or 9 000, with a point for decimals.',
		out_of_range: 'This number is outside what the question allows.'
	} satisfies Record<GuessProblem, string>,
	reveal: 'Reveal the answer',
	tryAgain: 'Try again',
	yourGuess: 'Your guess',
	answer: 'Answer',
	gapLow: (amount: string, relative: string | null) =>
		relative === null
			? `You were ${amount} low.`
			: `You were ${amount} low (${relative} of the answer).`,
	gapHigh: (amount: string, relative: string | null) =>
		relative === null
			? `You were ${amount} high.`
			: `You were ${amount} high (${relative} of the answer).`,
	exact: 'Exactly right.',
	close: 'Close',
	notClose: 'Not close',
	frozen: 'Computed with your settings at the moment you revealed it.',
	noAnswer: {
		missing_assumption: (drivers: string) =>
			`The model cannot answer: there is no growth assumption for ${drivers}. Set one and try again.`,
		no_years_left: () =>
			'There is no growth to find: every year of the averaging window is already published.',
		unreachable: () =>
			'No constant growth the model accepts meets the target under these assumptions.',
		not_applicable: () => 'This target has no numeric goal, so there is no required growth.',
		no_projection: () => 'The model has no projection for this target under these assumptions.'
	} satisfies Record<NoAnswerReason, (drivers: string) => string>,
	noAnswerCounted: 'This question is not counted in the summary.',
	summaryHeading: 'Summary',
	summaryNone: (total: number) =>
		`No answer revealed yet (${total} ${total === 1 ? 'question' : 'questions'}).`,
	summary: (revealed: number, total: number, close: number, answered: number) =>
		`${revealed} of ${total} answers revealed; ${close} of ${answered} ${answered === 1 ? 'guess was' : 'guesses were'} close.`,
	threshold: (relative: string, points: string) =>
		`A guess counts as close when it is within ${relative} of the answer (relative to the answer); for a growth rate, within ${points} of it.`,
	teacherHeading: 'Teacher: compose a challenge',
	scenarioFrom: {
		link: 'The challenge uses the scenario from the address.',
		current: 'The challenge uses the scenario you were working on.',
		saved: 'The challenge uses the scenario saved on this device.',
		defaults: 'The challenge uses the default assumptions.'
	} satisfies Record<ScenarioOrigin, string>,
	changeScenario: 'Change the scenario on the dashboard',
	pickQuestions: 'Questions to ask',
	pickLocks: 'Assumptions to lock',
	pickLocksHelp:
		'The drivers of the ticked targets. A locked one is shown to students read-only, with its value; the others they may set.',
	pickLocksEmpty: 'Tick a question first: its assumptions are listed here.',
	noAnswerNow: 'no answer under this scenario',
	linkLabel: 'Challenge link',
	linkEmpty: 'Tick at least one question to make a link.',
	copy: 'Copy the link',
	copied: 'Link copied.',
	copyManually: 'The link is selected: press Ctrl+C (⌘C on a Mac) to copy it.',
	openAsStudent: 'Open as a student (new tab)'
};

export type ClassroomMessages = typeof en;

const zh: ClassroomMessages = {
	title: '课堂：先预测，再揭晓',
	studentIntro:
		'先为每个问题填写你的估计，再揭晓模型的答案。你的估计只留在本页：不会保存在本设备上，也不会发送到任何地方。',
	teacherIntro:
		'以链接形式布置挑战：勾选要提的问题和要锁定的假设。学生只能查看被锁定的假设，其余假设可在估计前自行设定。',
	problemsIntro: (n) => `挑战链接中有 ${n} 处无法使用：`,
	problem: {
		bad_encoding: '编码有误：已跳过',
		duplicate_key: '出现两次：采用第一次',
		empty: '空项：已跳过',
		too_long: '列表过长：其余部分未读取',
		unknown_target: '无此目标：已跳过',
		unknown_question: '既非“p”（预测值）也非“r”（所需增速）：已跳过',
		no_numeric_target: '该目标没有数值目标，因而没有所需增速：已跳过',
		duplicate: '重复提问：只保留一次',
		unknown_assumption: '不是可锁定的假设（g.<驱动量>）：已跳过',
		no_questions: '未能读出任何问题，因此改为询问各数值目标的预测值',
		title_too_long: `标题超过 ${MAX_TITLE_LENGTH} 个字符：超出部分已截去`,
		bad_year: '不是真实结果挑战可用的年份（须有数据，且早于目标年份）：改为询问模型的答案',
		real_required: '真实结果挑战只问目标年份的数值，不问所需增速：已跳过',
		real_lock: '真实结果挑战按默认假设作答，不锁定任何假设：已忽略'
	},
	challengeLabel: '挑战',
	seeWorking: (name) => `查看${name}的逐步计算过程`,
	seeWorkingNote: '在新标签页中打开目标页，使用本题作答时的假设；你的估计仍留在本页。',
	titleLabel: '标题（可选）',
	titleHelp: '作为挑战的标题显示给学生，也显示在二维码旁。',
	qrHeading: '课堂用二维码',
	qrHelp: '投影到屏幕上：学生扫码即可打开挑战。',
	qrAlt: (title) => `挑战链接的二维码${title ? `：${title}` : ''}`,
	qrTooLong: '此链接过长，无法生成二维码；请直接分发链接。',
	qrFailed: '无法生成二维码；请直接分发链接。',
	qrLoading: '正在生成二维码……',
	fixedHeading: '挑战设定的条件',
	lockedMark: '已锁定',
	lockedHelp: '这些假设可以查看，但不能更改。',
	noneLocked: '没有锁定的假设。',
	growthSource: {
		user: '由挑战设定',
		range: '挑战所设区间的中值',
		default: '历史趋势',
		none: '无假设'
	},
	growthPerYear: (rate) => `每年 ${rate}`,
	dataUpTo: (year) => `使用截至 ${year} 年的公布数据。`,
	yoursHeading: '你的假设',
	yoursHelp: '如愿意，可在估计前设定这些假设：答案按你揭晓时的设定计算。',
	noneOpen: '这些问题涉及的假设都已锁定。',
	questionsHeading: '问题',
	questionTitle: (n, name) => `问题 ${n}：${name}`,
	kindName: (kind, year) => (kind === 'projected' ? `${year} 年预测值` : '所需增速'),
	askProjected: (name, year) => `按这些假设，模型预测${name} ${year} 年将是多少？`,
	askRequired: (driver, year) =>
		`${driver}从最新公布年份到 ${year} 年保持怎样的不变年增速，恰好达到目标？`,
	targetIs: (text) => `规划目标：${text}。`,
	guessLabel: (unit) => `你的估计（${unit}）`,
	guessUnit: (unit) => (unit === 'rate' ? '%/年' : unitName(unit, 'zh')),
	readAs: (text) => `读作 ${text}。`,
	smallRateHint: (suggested) => `数字按百分数读取：如果你想填 ${suggested}%，请输入 ${suggested}。`,
	guessProblem: {
		empty: '请先输入一个数字。',
		not_a_number: '无法识别这个数字：请输入数字，如 9000、9,000 或 9 000，小数用小数点。',
		out_of_range: '这个数字超出了本题允许的范围。'
	},
	reveal: '揭晓答案',
	tryAgain: '再试一次',
	yourGuess: '你的估计',
	answer: '答案',
	gapLow: (amount, relative) =>
		relative === null
			? `你的估计偏低 ${amount}。`
			: `你的估计偏低 ${amount}（相当于答案的 ${relative}）。`,
	gapHigh: (amount, relative) =>
		relative === null
			? `你的估计偏高 ${amount}。`
			: `你的估计偏高 ${amount}（相当于答案的 ${relative}）。`,
	exact: '完全正确。',
	close: '接近',
	notClose: '不接近',
	frozen: '按你揭晓时的设定计算。',
	noAnswer: {
		missing_assumption: (drivers) => `模型无法作答：${drivers}没有增速假设。请设定后再试。`,
		no_years_left: () => '无需求增速：平均窗口内各年均已公布。',
		unreachable: () => '在这些假设下，模型接受的任何不变增速都达不到目标。',
		not_applicable: () => '该目标没有数值目标，因而没有所需增速。',
		no_projection: () => '在这些假设下，模型对该目标没有预测。'
	},
	noAnswerCounted: '此题不计入小结。',
	summaryHeading: '小结',
	summaryNone: (total) => `尚未揭晓任何答案（共 ${total} 题）。`,
	summary: (revealed, total, close, answered) =>
		`已揭晓 ${revealed}/${total} 题的答案；${answered} 个估计中有 ${close} 个接近。`,
	threshold: (relative, points) =>
		`估计与答案之差在答案的 ${relative} 以内（相对于答案）即算接近；增速类问题则为相差 ${points} 以内。`,
	teacherHeading: '教师：布置挑战',
	scenarioFrom: {
		link: '挑战使用地址中的情景。',
		current: '挑战使用你正在编辑的情景。',
		saved: '挑战使用本设备上保存的情景。',
		defaults: '挑战使用默认假设。'
	},
	changeScenario: '在总览页修改情景',
	pickQuestions: '要提的问题',
	pickLocks: '要锁定的假设',
	pickLocksHelp: '所勾选目标涉及的驱动量。锁定的假设对学生只读并显示其数值；其余的学生可自行设定。',
	pickLocksEmpty: '请先勾选问题：相关假设会列在这里。',
	noAnswerNow: '此情景下无答案',
	linkLabel: '挑战链接',
	linkEmpty: '至少勾选一个问题才能生成链接。',
	copy: '复制链接',
	copied: '已复制链接。',
	copyManually: '链接已选中：按 Ctrl+C（Mac 上按 ⌘C）复制。',
	openAsStudent: '以学生身份打开（新标签页）'
};

export const classroomMessages: Record<Lang, ClassroomMessages> = { en, zh };
