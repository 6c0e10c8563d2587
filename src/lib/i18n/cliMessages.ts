// The words only the command-line evaluator needs, in English and Chinese: its table's layout
// words, notes, the hints for a scenario part it refuses, argument errors and the help text.
// Verdicts, reasons, model names and number formats come from the app's own dictionaries
// (messages.ts, format.ts). The Chinese dictionary is typed by the English one.
import type { ScenarioIssueReason } from '../model/evaluate';
import { TARGET_IDS, type Lang } from '../model/types';
import { KNOWN_DATA_VERSIONS, LINK_VERSION, MAX_LINK_LENGTH } from '../scenario/link';
import { PARAMETERS as P } from '../model/parameters';

// Bounds and defaults as the parameter table states them.
const { min: MIN_GROWTH, max: MAX_GROWTH } = P.growth.hard;
const [DEFAULT_SEED, MAX_SEED] = [P.seed.default, P.seed.hard.max];
const [DEFAULT_DRAWS, MIN_DRAWS, MAX_DRAWS] = [P.draws.default, P.draws.hard.min, P.draws.hard.max];
const [MAX_TOLERANCE, MAX_GROWTH_WINDOW_YEARS] = [P.tolerance.hard.max, P.growthWindow.hard.max];
const MAX_USER_VALUE = P.userValue.hard.max;

/** The years a part may name: as-of years, and the years of per-year rates and entered values. */
export interface HintYears {
	minAsOf: number;
	maxAsOf: number;
	/** `EARLIEST_LINK_YEAR–maxAsOf`, already written out. */
	years: string;
	/** A --plan plan's targets and data vintage; the seed plan's (TARGET_IDS, KNOWN_DATA_VERSIONS) when absent. */
	targets?: readonly string[];
	versions?: readonly string[];
}

/** Why a refused part is wrong and what to write instead; `part` comes quoted. */
export type Hint = (part: string, y: HintYears) => string;

/** The kinds of key whose hints differ: `g` for a growth, `range` for a growth range. */
export type NotANumberKey = 'asof' | 'gw' | 'win' | 'v' | 'u' | 'y' | 'seed' | 'draws' | 'corr';
export type OutOfRangeKey =
	| 'asof'
	| 'tol'
	| 'gw'
	| 'win'
	| 'lang'
	| 'view'
	| 'v'
	| 'y'
	| 'u'
	| 'unc'
	| 'emp'
	| 'seed'
	| 'draws'
	| 'corr';

/** The facts the help text quotes. */
export interface HelpFacts {
	drivers: string;
	years: string;
	minAsOf: number;
	maxAsOf: number;
	tolerance: number;
	growthWindowYears: number;
	window: string;
	/** The uncertainty models' descriptions, already wrapped and indented. */
	models: string;
}

const KEYS =
	'g.<driver>, y.<driver>.<year>, u.<driver>.<year>, tol, gw, win, asof, unc, seed, draws, corr, lang, view, d, v';
const growthRange = {
	en: `growth must be from ${MIN_GROWTH} to ${MAX_GROWTH}, i.e. ${MIN_GROWTH * 100} % to +${MAX_GROWTH * 100} %`,
	zh: `增速须在 ${MIN_GROWTH} 到 ${MAX_GROWTH} 之间，即 ${MIN_GROWTH * 100}% 到 +${MAX_GROWTH * 100}%`
};

const en = {
	quote: (text: string) => `"${text}"`,
	bracket: (text: string, inside: string) => `${text} (${inside})`,
	colon: ': ',
	list: (items: string[]) => items.join(', '),
	sentence: (parts: string[]) => `${parts.join('')}.`,

	// The table.
	title: (shortTitle: string, asOf: number, targetYear: number) =>
		`${shortTitle} — data as of ${asOf}, projected to ${targetYear}`,
	baseHeader: 'Base',
	projectedHeader: (targetYear: number) => `Projected ${targetYear}`,
	goalHeader: 'Goal',
	verdictHeader: 'Verdict',
	legend: (tolerance: string) => [
		`"About" (左右): met at or above the target, within tolerance down to ${tolerance} below it.`,
		`Assumed growth is the constant yearly growth of the target's driver (the numerator of a ratio); required growth just meets the target.`
	],
	notesHeading: 'Notes:',
	ignoredLine: (ignored: string, issues: string) =>
		`Ignored scenario parts: ${ignored}. Issues: ${issues}.`,

	// The notes under the table.
	driverAt: (id: string, value: string, year: number) => `${id} ${value} in ${year}`,
	driverProjected: (growth: string, value: string, targetYear: number) =>
		`, ${growth} a year → ${value} in ${targetYear}`,
	driverActual: ' (actual)',
	driverNoGrowth: ', growth unknown',
	ratioNote: (formula: string, drivers: string[], numerator: string) =>
		`= ${formula}: ${drivers.join('; ')}. Assumed and required growth are those of ${numerator}`,
	toleranceBound: (rate: string) => `; ${rate} a year reaches the tolerance bound`,
	averageNote: (from: number, to: number, averages: string, yearly: string, projected: boolean) =>
		`${from}–${to} ${averages}; yearly ${yearly}${projected ? ' (* projected)' : ''}`,
	yearRate: (year: number, rate: string, projected: boolean) =>
		`${year} ${rate}${projected ? '*' : ''}`,
	qualitativeNote: (value: string | null, targetYear: number, why: string) =>
		value === null
			? `no numeric target, and no ${targetYear} level to track. ${why}`
			: `no numeric target; tracked level ${value} in ${targetYear}. ${why}`,
	missingNote: (targetYear: number, drivers: string[], example: string | null) =>
		`no ${targetYear} value, because ${drivers.join(' and ')}` +
		(example === null ? '' : `; supply one, e.g. ${example}`),
	missingDriver: (name: string, id: string, lastYear: number | null) =>
		lastYear === null
			? `${name} (${id}) has no data`
			: `no growth is known for ${name} (${id}, data up to ${lastYear})`,
	gapNote: (years: number[]) =>
		`no yearly growth is known for ${years.join(', ')} (a gap in the data); this cannot be assumed here`,

	// A plan pack's targets (--plan).
	planLine: (id: string, title: string, targetYear: number, issued: string, source: string) =>
		`Plan: ${id}, ${title} (issued ${issued}; target year ${targetYear}; source ${source}).`,
	gapCell: '—',
	noSeriesNote: (reason: string | null) =>
		`a gap: no data, so no projection and no verdict. ${reason ?? 'No series was found for this target.'}`,
	aspirationalNote: '“力争” (strive for): an aspiration, weaker than a binding target',
	pricePhrase: { nominal: 'current (nominal)', real: 'constant (real)' },
	pricesNote: (used: string, official: string) =>
		`computed at ${used} prices, while the official judgement is at ${official} prices`,
	readingNote: (name: string, benchmark: string, switchTo: string[]) =>
		`read as “${name}”, a benchmark of ${benchmark}` +
		(switchTo.length === 0 ? '' : `; another reading: ${switchTo.join(', ')}`),
	countNote: 'a count: projected values are rounded to whole numbers',
	shareNote:
		'the target is on the published share itself, projected at its own trend (its parts are not modelled)',
	unconfirmedNote: "its place in the plan's indicator table is unconfirmed",
	unconfirmedPlanNote: (text: string) => `Unconfirmed, not a target here: ${text}`,
	noToleranceLegend: 'No target of this plan is “about” (左右): no tolerance applies.',

	// Probabilities.
	chanceLegend: (model: string, monteCarlo: string | null, targetYear = 2025) => [
		`P(met) is the chance of meeting the target in ${targetYear} (in brackets: met or within tolerance), each driver's growth read as a 90 % range. ${model}`,
		...(monteCarlo === null ? [] : [`† by Monte Carlo: ${monteCarlo}.`])
	],
	modelByDefault: (model: string) =>
		`Probabilities were asked for without naming a model (--model or unc=), so the default model is used: ${model}.`,
	monteCarlo: (draws: string, seed: number) => `${draws} draws per target, seed ${seed}`,
	chanceNote: (needed: string, flips: string[]) => [needed, ...flips].join('; '),
	neededGrowth: (chances: string[], rates: string[]) =>
		`a ${chances.join(' / ')} chance needs a central growth of ${rates.join(' / ')} a year (range width held)`,
	flips: (drivers: string[]) => `±1 pp on ${drivers.join(' or ')} flips the verdict`,

	// Refusals: a scenario part, a scenario value, an option.
	invalidScenario: (phrases: string[], more: string | null, keys: string | null) =>
		`Invalid scenario, nothing was evaluated: ${phrases.join('; ')}` +
		(more === null ? '' : `; ${more}`) +
		(keys === null ? '' : ` (${keys})`) +
		'.',
	andMore: (n: string) => `and ${n} more`,
	knownKeys: (drivers: string) => `the keys are ${KEYS}; drivers: ${drivers}`,
	unknownKey: ((part) => `${part} has an unknown key`) as Hint,
	notANumber: {
		asof: (part) => `${part} is not a year (e.g. asof=2023)`,
		gw: (part) => `${part} is not a whole number of years (e.g. gw=5)`,
		win: (part) => `${part} is not a window of years (e.g. win=2021-2025)`,
		v: (part) => `${part} is not a version number (e.g. v=${LINK_VERSION})`,
		u: (part) =>
			`${part} is not a number (both the year in the key and the value must be, e.g. u.employed.2020=1300)`,
		y: (part) =>
			`${part} is not a number (both the year in the key and the rate must be, e.g. y.gdp.2025=0.05)`,
		seed: (part) => `${part} is not a whole number (e.g. seed=${DEFAULT_SEED})`,
		draws: (part) => `${part} is not a whole number (e.g. draws=${DEFAULT_DRAWS})`,
		corr: (part) => `${part} is not a number (a correlation from −1 to 1, e.g. corr=0.5)`
	} satisfies Record<NotANumberKey, Hint>,
	notARange: ((part) =>
		`${part} is not a growth range (write low..high, e.g. g.tech_contracts=0.05..0.09)`) as Hint,
	notAGrowth: ((part) =>
		`${part} is not a number (growth is a fraction, e.g. 0.05 for 5 %)`) as Hint,
	outOfRange: {
		asof: (part, y) => `${part} is out of range (use a year from ${y.minAsOf} to ${y.maxAsOf})`,
		tol: (part) => `${part} is out of range (use 0 to ${MAX_TOLERANCE})`,
		gw: (part) => `${part} is out of range (use 1 to ${MAX_GROWTH_WINDOW_YEARS} years)`,
		win: (part, y) =>
			`${part} is out of range (use years from ${y.years}, the first not after the last)`,
		lang: (part) => `${part} is not a language here (use zh or en)`,
		view: (part, y) =>
			`${part} is not a known target (use ${(y.targets ?? TARGET_IDS).join(', ')})`,
		v: (part) => `${part} is not a version number (e.g. v=${LINK_VERSION})`,
		y: (part, y) => `${part} is out of range (use a year from ${y.years}; ${growthRange.en})`,
		u: (part, y) =>
			`${part} is out of range (use a year from ${y.years} and a value above 0 and at most ${MAX_USER_VALUE} that keeps the driver's default growth within −99 % to +1000 %)`,
		unc: (part) => `${part} is not an uncertainty model here (use persistent or yearly)`,
		emp: (part) =>
			`${part} is not an employment denominator here (use census_2023 or implied_2018)`,
		seed: (part) => `${part} is out of range (use a seed from 0 to ${MAX_SEED})`,
		draws: (part) => `${part} is out of range (use ${MIN_DRAWS} to ${MAX_DRAWS} draws)`,
		corr: (part) => `${part} is out of range (use a correlation from −1 to 1)`
	} satisfies Record<OutOfRangeKey, Hint>,
	rangeOutOfRange: ((part) =>
		`${part} is out of range (both ends must be valid and the low end not above the high end; ${growthRange.en})`) as Hint,
	growthOutOfRange: ((part) => `${part} is out of range (${growthRange.en})`) as Hint,
	duplicate: ((part) => `${part} repeats an earlier key`) as Hint,
	badEncoding: ((part) => `${part} has invalid percent-encoding`) as Hint,
	empty: (() => `there is an empty part (a stray &)`) as Hint,
	tooLong: ((part) =>
		`the text past ${MAX_LINK_LENGTH} characters (${part}) is too long to read`) as Hint,
	unknownVersion: ((part) =>
		`${part} is a newer link format than this evaluator knows (it reads up to v=${LINK_VERSION})`) as Hint,
	unknownDataVersion: ((part, y) =>
		`${part} names a data version this evaluator does not have (it has ${(y.versions ?? KNOWN_DATA_VERSIONS).join(', ')})`) as Hint,
	publishedYear: ((part) =>
		`${part} enters a value for a year with a published figure (published figures cannot be replaced)`) as Hint,
	otherPlan: ((part) =>
		`${part} names another plan than the one evaluated (choose it with --plan; --list-plans lists them)`) as Hint,
	issueReason: {
		unknown_driver: 'unknown driver',
		invalid_growth: 'invalid growth',
		invalid_year: 'invalid year',
		invalid_value: 'invalid value',
		published_year: 'a published year',
		invalid_tolerance: 'invalid tolerance',
		invalid_window: 'invalid window',
		invalid_as_of: 'invalid as-of year',
		default_out_of_range: 'default growth out of range',
		invalid_range: 'invalid growth range (both ends must be growth rates from −0.99 to 10)',
		reversed_range: 'growth range reversed (the low end is above the high end)',
		invalid_model: 'unknown uncertainty model (use persistent or yearly)',
		invalid_seed: `invalid seed (use a whole number from 0 to ${MAX_SEED})`,
		invalid_draws: `invalid number of draws (use a whole number from ${MIN_DRAWS} to ${MAX_DRAWS})`,
		invalid_correlation: 'invalid correlation (use a number from −1 to 1)',
		invalid_denominator: 'unknown employment denominator (use census_2023 or implied_2018)'
	} satisfies Record<ScenarioIssueReason, string>,
	invalidValues: (items: string[]) =>
		`Invalid scenario value, nothing was evaluated: ${items.join('; ')}.`,
	olderVintage: (pinned: string, latest: string) =>
		`Note: the link pins data vintage ${pinned}, so its figures are used; newer data (${latest}) exists: drop d= or write d=${latest} to use it.`,
	unknownOption: (option: string) =>
		`Unknown option ${option}; the options are --json, --lang zh|en, --as-of YEAR, --model persistent|yearly, --seed N, --draws N, --data FILE, --plan ID|FILE, --reading TARGET=READING, --list-plans, --export-plan ID and --help.`,
	missingValue: {
		'--lang': 'Option --lang needs a value, e.g. --lang zh.',
		'--as-of': 'Option --as-of needs a year, e.g. --as-of 2023.',
		'--model': 'Option --model needs a model, e.g. --model persistent.',
		'--seed': `Option --seed needs a whole number, e.g. --seed ${DEFAULT_SEED}.`,
		'--draws': `Option --draws needs a whole number, e.g. --draws ${DEFAULT_DRAWS}.`,
		'--data': 'Option --data needs a file path, e.g. --data updates.json.',
		'--plan': 'Option --plan needs a plan id or a pack file, e.g. --plan china-2025.',
		'--reading':
			'Option --reading needs a target and a reading, e.g. --reading rd_intensity_vs_13th=average_2016_2020.',
		'--export-plan': 'Option --export-plan needs a plan id, e.g. --export-plan china-2025.'
	},
	badModel: (value: string) => `Unknown model ${value} for --model; use persistent or yearly.`,
	badSeed: (value: string, max: number) =>
		`Invalid --seed ${value}; use a whole number from 0 to ${max}.`,
	badDraws: (value: string, min: number, max: number) =>
		`Invalid --draws ${value}; use a whole number from ${min} to ${max}.`,
	badLang: (value: string) => `Unknown language ${value} for --lang; use zh or en.`,
	badAsOf: (value: string, min: number, max: number) =>
		`Invalid --as-of year ${value}; use a year from ${min} to ${max}.`,
	extraArgument: (value: string) =>
		`Unexpected extra argument ${value}; give the scenario as one argument joined with &, e.g. "gdp=0.05&employed=0.01".`,
	conflictingOptions: (first: string, second: string | null) =>
		`${first} cannot be combined with ${second ?? 'a scenario'}: it lists or prints plans and evaluates nothing; give one request at a time.`,

	// Plans: the list, and the ids the evaluator does not take.
	planListTitle: (count: number) => `Built-in plans (${count}):`,
	planListHeaders: ['Id', 'Target year', 'Targets', 'Plan'],
	planListFooter: (plan: string) =>
		`--plan ID evaluates a plan (default ${plan}); --export-plan ID prints its pack as JSON, which --plan FILE reads back.`,
	unknownPlan: (id: string, known: string) =>
		`There is no built-in plan ${id}; the plans are ${known}.`,
	unknownPlanOrFile: (id: string, known: string) =>
		`There is no built-in plan ${id}; the plans are ${known}, or give the path of a plan pack file (ending .json).`,
	planFileUnreadable: (path: string) => `The plan pack file ${path} cannot be read.`,
	planFileNotJson: (path: string, reason: string) =>
		`The plan pack file ${path} is not JSON: ${reason}.`,
	planFileInvalid: (message: string) => `The plan pack was refused: ${message}.`,
	badReading: (target: string, reading: string, choices: string) =>
		choices === ''
			? `The plan has no target ${target} with readings, so --reading ${target}=${reading} cannot apply.`
			: `Target ${target} has no reading ${reading}; its readings are ${choices}.`,
	badReadingForm: (value: string) =>
		`Invalid --reading ${value}; write TARGET=READING, e.g. --reading rd_intensity_vs_13th=average_2016_2020.`,
	notPlanDriver: (part: string, plan: string) =>
		`${part} names a driver the plan ${plan} does not have`,

	internal: (message: string) => `The evaluator stopped on an internal error: ${message}`,
	outputFailed: (reason: string) =>
		`The evaluator could not write its output (${reason}); nothing more was written.`,

	help: (
		f: HelpFacts
	) => `Usage: npm run --silent evaluate -- [--json] [--lang zh|en] [--as-of YEAR]
       [--model persistent|yearly] [--seed N] [--draws N] [--data FILE] [--plan ID|FILE]
       [--reading TARGET=READING] ["<scenario>"]
       npm run --silent evaluate -- --list-plans [--json] [--lang zh|en]
       npm run --silent evaluate -- --export-plan ID

Projects the ${f.maxAsOf} targets under a scenario and prints each target's projected value, verdict,
margin and required growth as a table (or JSON); with an uncertainty model, also the chance of
meeting each target.

Scenario: a share link from the app (the whole address, or what follows #): key=value pairs
joined with &, e.g. "v=${LINK_VERSION}&g.tech_contracts=0.05&g.employed=0.01&asof=2023"
  g.<driver>              constant yearly growth as a fraction (0.05 = 5 %), or a range
                          low..high read as a 90 % interval (g.tech_contracts=0.05..0.09);
                          a range without a model uses the default model, persistent
                          drivers: ${f.drivers}
  y.<driver>.<year>       growth in one year (${f.years})
  u.<driver>.<year>       a value for a year without a published figure (the driver's unit)
  asof                    use only data up to this year (${f.minAsOf}–${f.maxAsOf})
  tol                     relative tolerance of "about" targets (0–${MAX_TOLERANCE}, default ${f.tolerance})
  gw                      years behind each default growth (1–${MAX_GROWTH_WINDOW_YEARS}, default ${f.growthWindowYears})
  win                     window of average-growth targets (default ${f.window})
  emp                     employment denominator of rd_personnel_density instead of published
                          employment: census_2023 (legal-unit employees, a narrower definition)
                          or implied_2018 (derived from Beijing's 2018 ratio); low confidence
  unc                     uncertainty model, persistent or yearly (turns probabilities on)
  seed                    Monte Carlo seed (0–${MAX_SEED}, default ${DEFAULT_SEED})
  draws                   Monte Carlo draws per target (${MIN_DRAWS}–${MAX_DRAWS}, default ${DEFAULT_DRAWS})
  corr                    correlation of a ratio's numerator and denominator growth (−1 to 1;
                          default from history, 0 where it cannot be computed)
  lang, view              the app's language and view; they do not change this output
  d                       data version (${KNOWN_DATA_VERSIONS.join(', ')})
  v                       link format version; the older form without v
                          ("tech_contracts=0.05&asof=2023") is still read
Without a scenario every default is used. Any part that cannot be used stops the evaluation.

Options:
  --json          print one JSON object with unrounded values
  --lang zh|en    language of the table and messages (default: from LANG)
  --as-of YEAR    same as asof=YEAR; takes precedence over it
  --model MODEL   same as unc=MODEL; takes precedence over it:
${f.models}
  --seed N        same as seed=N
  --draws N       same as draws=N
  --data FILE     a data-update file (bj-targets-data-update): its figures are used as published
                  data, marked user-supplied
  --plan ID|FILE  the plan to evaluate: a built-in plan's id (default beijing-2025; see
                  --list-plans) or the path of a plan pack file (seeds/plans/plan-pack.schema.json);
                  the drivers, years and targets above are then that plan's
  --reading TARGET=READING
                  the reading of an ambiguous target the plan offers several of (repeatable)
  --list-plans    list the built-in plans (with --json: id, title, target year, number of targets)
  --export-plan ID
                  print a built-in plan's pack as one JSON document (seeds/plans/<ID>.json)
  --help          show this help

Exit codes: 0 done; 2 bad input (one sentence on stderr); 1 an internal error or output that
could not be written (one sentence on stderr).
`
};

export type CliMessages = typeof en;

const zh: CliMessages = {
	quote: (text) => `“${text}”`,
	bracket: (text, inside) => `${text}（${inside}）`,
	colon: '：',
	list: (items) => items.join('、'),
	sentence: (parts) => `${parts.join('')}。`,

	title: (shortTitle, asOf, targetYear) =>
		`${shortTitle}——数据截至 ${asOf} 年，预测至 ${targetYear} 年`,
	baseHeader: '基期',
	projectedHeader: (targetYear) => `${targetYear} 年预测`,
	goalHeader: '目标值',
	verdictHeader: '判定',
	legend: (tolerance) => [
		`“左右”：达到或超过目标为达成，低于目标不超过 ${tolerance} 为在容差内。`,
		`假设增速是该目标驱动量（比率目标为分子）的恒定年增速；所需增速是恰好达到目标的增速。`
	],
	notesHeading: '说明：',
	ignoredLine: (ignored, issues) => `忽略的情景参数：${ignored}。问题：${issues}。`,

	driverAt: (id, value, year) => `${id} ${year} 年 ${value}`,
	driverProjected: (growth, value, targetYear) => `，年增 ${growth} → ${targetYear} 年 ${value}`,
	driverActual: '（实际值）',
	driverNoGrowth: '，增速未知',
	ratioNote: (formula, drivers, numerator) =>
		`= ${formula}：${drivers.join('；')}。假设增速与所需增速均指 ${numerator}`,
	toleranceBound: (rate) => `；年增 ${rate} 可达容差下限`,
	averageNote: (from, to, averages, yearly, projected) =>
		`${from}–${to} 年${averages}；各年 ${yearly}${projected ? '（* 为预测）' : ''}`,
	yearRate: (year, rate, projected) => `${year} 年 ${rate}${projected ? '*' : ''}`,
	qualitativeNote: (value, targetYear, why) =>
		value === null
			? `无数值目标，也无 ${targetYear} 年跟踪水平。${why}`
			: `无数值目标；跟踪水平 ${targetYear} 年 ${value}。${why}`,
	missingNote: (targetYear, drivers, example) =>
		`无法得出 ${targetYear} 年数值，因为${drivers.join('，且')}` +
		(example === null ? '' : `；请给出增速，例如 ${example}`),
	missingDriver: (name, id, lastYear) =>
		lastYear === null
			? `${name}（${id}）没有数据`
			: `缺少${name}（${id}，数据至 ${lastYear} 年）的增速`,
	gapNote: (years) => `${years.join('、')} 年的增速未知（数据缺口），无法在此补充`,

	planLine: (id, title, targetYear, issued, source) =>
		`规划：${id}，${title}（${issued} 发布；目标年份 ${targetYear} 年；来源 ${source}）。`,
	gapCell: '—',
	noSeriesNote: (reason) =>
		`数据缺口：没有数据，因此不做预测、不作判定。${reason ?? '没有找到这一目标的数据序列。'}`,
	aspirationalNote: '“力争”是努力方向，约束弱于硬性目标',
	pricePhrase: { nominal: '现价（名义）', real: '不变价（实际）' },
	pricesNote: (used, official) => `按${used}计算，而官方按${official}判断`,
	readingNote: (name, benchmark, switchTo) =>
		`按“${name}”理解，基准为 ${benchmark}` +
		(switchTo.length === 0 ? '' : `；另一种读法：${switchTo.join('、')}`),
	countNote: '这是计数：预测值取整',
	shareNote: '目标针对公布的比重本身，按其自身趋势外推（不对分子、分母建模）',
	unconfirmedNote: '它在规划指标表中的位置未经确认',
	unconfirmedPlanNote: (text) => `未经确认，此处不作为目标：${text}`,
	noToleranceLegend: '本规划没有“左右”类目标，不适用容差。',

	chanceLegend: (model, monteCarlo, targetYear = 2025) => [
		`达成概率是 ${targetYear} 年达到目标的概率（括号内为达成或在容差内的概率），各驱动量的增速按 90% 区间理解。${model}`,
		...(monteCarlo === null ? [] : [`† 为蒙特卡洛模拟：${monteCarlo}。`])
	],
	modelByDefault: (model) =>
		`要求计算概率但未指定模型（--model 或 unc=），因此采用默认模型：${model}。`,
	monteCarlo: (draws, seed) => `每个目标抽样 ${draws} 次，随机种子 ${seed}`,
	chanceNote: (needed, flips) => [needed, ...flips].join('；'),
	neededGrowth: (chances, rates) =>
		`达成概率 ${chances.join(' / ')} 所需的中心年增速为 ${rates.join(' / ')}（区间宽度不变）`,
	flips: (drivers) => `${drivers.join('或')}的增速变动 ±1 个百分点会改变判定`,

	invalidScenario: (phrases, more, keys) =>
		`情景参数无效，未进行计算：${phrases.join('；')}` +
		(more === null ? '' : `；${more}`) +
		(keys === null ? '' : `（${keys}）`) +
		'。',
	andMore: (n) => `另有 ${n} 处`,
	knownKeys: (drivers) => `可用参数名：${KEYS}；驱动量：${drivers}`,
	unknownKey: (part) => `${part}的参数名未知`,
	notANumber: {
		asof: (part) => `${part}不是年份（例如 asof=2023）`,
		gw: (part) => `${part}不是整数年数（例如 gw=5）`,
		win: (part) => `${part}不是年份区间（例如 win=2021-2025）`,
		v: (part) => `${part}不是版本号（例如 v=${LINK_VERSION}）`,
		u: (part) => `${part}不是数字（参数名中的年份和输入值都须是数字，例如 u.employed.2020=1300）`,
		y: (part) => `${part}不是数字（参数名中的年份和增速都须是数字，例如 y.gdp.2025=0.05）`,
		seed: (part) => `${part}不是整数（例如 seed=${DEFAULT_SEED}）`,
		draws: (part) => `${part}不是整数（例如 draws=${DEFAULT_DRAWS}）`,
		corr: (part) => `${part}不是数字（相关系数写作 −1 到 1 之间的小数，例如 corr=0.5）`
	},
	notARange: (part) => `${part}不是增速区间（写作 下限..上限，例如 g.tech_contracts=0.05..0.09）`,
	notAGrowth: (part) => `${part}不是数字（增速写作小数，例如 0.05 表示 5%）`,
	outOfRange: {
		asof: (part, y) => `${part}超出范围（年份须在 ${y.minAsOf}–${y.maxAsOf} 之间）`,
		tol: (part) => `${part}超出范围（容差须在 0 到 ${MAX_TOLERANCE} 之间）`,
		gw: (part) => `${part}超出范围（年数须在 1–${MAX_GROWTH_WINDOW_YEARS} 之间）`,
		win: (part, y) => `${part}超出范围（起止年份须在 ${y.years} 之间，且起始年不晚于结束年）`,
		lang: (part) => `${part}不是可用的语言（zh 或 en）`,
		view: (part, y) => `${part}不是已知的目标（可用 ${(y.targets ?? TARGET_IDS).join(', ')}）`,
		v: (part) => `${part}不是版本号（例如 v=${LINK_VERSION}）`,
		y: (part, y) => `${part}超出范围（年份须在 ${y.years} 之间，${growthRange.zh}）`,
		u: (part, y) =>
			`${part}超出范围（年份须在 ${y.years} 之间，输入值须大于 0 且不超过 ${MAX_USER_VALUE}，并使该驱动量的默认增速保持在 −99% 到 +1000% 之间）`,
		unc: (part) => `${part}不是可用的不确定性模型（persistent 或 yearly）`,
		emp: (part) => `${part}不是可用的就业人员分母（census_2023 或 implied_2018）`,
		seed: (part) => `${part}超出范围（随机种子须为 0 到 ${MAX_SEED} 之间的整数）`,
		draws: (part) => `${part}超出范围（抽样次数须在 ${MIN_DRAWS}–${MAX_DRAWS} 之间）`,
		corr: (part) => `${part}超出范围（相关系数须在 −1 到 1 之间）`
	},
	rangeOutOfRange: (part) =>
		`${part}超出范围（区间两端都须是有效增速且下限不高于上限；${growthRange.zh}）`,
	growthOutOfRange: (part) => `${part}超出范围（${growthRange.zh}）`,
	duplicate: (part) => `${part}重复了前面的参数`,
	badEncoding: (part) => `${part}的百分号编码有误`,
	empty: () => `有一个空参数（多余的 &）`,
	tooLong: (part) => `超过 ${MAX_LINK_LENGTH} 个字符的部分（${part}）过长，未读取`,
	unknownVersion: (part) => `${part}来自更新版本的链接格式（本程序只认识到 v=${LINK_VERSION}）`,
	unknownDataVersion: (part, y) =>
		`${part}指定的数据版本本程序没有（现有 ${(y.versions ?? KNOWN_DATA_VERSIONS).join('、')}）`,
	publishedYear: (part) => `${part}为已有公布值的年份输入了数值（公布值不能替换）`,
	otherPlan: (part) =>
		`${part}指定的规划不是正在评估的规划（用 --plan 选择；--list-plans 列出全部规划）`,
	issueReason: {
		unknown_driver: '未知驱动量',
		invalid_growth: '增速无效',
		invalid_year: '年份无效',
		invalid_value: '数值无效',
		published_year: '该年已有公布值',
		invalid_tolerance: '容差无效',
		invalid_window: '区间无效',
		invalid_as_of: '截至年份无效',
		default_out_of_range: '默认增速超出范围',
		invalid_range: '增速区间无效（两端都须是 −0.99 到 10 之间的增速）',
		reversed_range: '增速区间上下颠倒（下限高于上限）',
		invalid_model: '不确定性模型未知（可用 persistent 或 yearly）',
		invalid_seed: `随机种子无效（须为 0 到 ${MAX_SEED} 之间的整数）`,
		invalid_draws: `抽样次数无效（须为 ${MIN_DRAWS} 到 ${MAX_DRAWS} 之间的整数）`,
		invalid_correlation: '相关系数无效（须在 −1 到 1 之间）',
		invalid_denominator: '就业人员分母未知（可用 census_2023 或 implied_2018）'
	},
	invalidValues: (items) => `情景取值无效，未进行计算：${items.join('；')}。`,
	olderVintage: (pinned, latest) =>
		`注意：该链接固定使用 ${pinned} 版数据，因此按该版数据计算；已有更新的数据（${latest}），去掉 d= 或写作 d=${latest} 即可使用。`,
	unknownOption: (option) =>
		`未知选项 ${option}；可用选项为 --json、--lang zh|en、--as-of 年份、--model persistent|yearly、--seed 整数、--draws 整数、--data 文件、--plan 编号|文件、--reading 目标=读法、--list-plans、--export-plan 编号 和 --help。`,
	missingValue: {
		'--lang': '选项 --lang 需要一个值，例如 --lang zh。',
		'--as-of': '选项 --as-of 需要一个年份，例如 --as-of 2023。',
		'--model': '选项 --model 需要一个模型，例如 --model persistent。',
		'--seed': `选项 --seed 需要一个整数，例如 --seed ${DEFAULT_SEED}。`,
		'--draws': `选项 --draws 需要一个整数，例如 --draws ${DEFAULT_DRAWS}。`,
		'--data': '选项 --data 需要一个文件路径，例如 --data updates.json。',
		'--plan': '选项 --plan 需要一个规划编号或数据包文件，例如 --plan china-2025。',
		'--reading':
			'选项 --reading 需要目标和读法，例如 --reading rd_intensity_vs_13th=average_2016_2020。',
		'--export-plan': '选项 --export-plan 需要一个规划编号，例如 --export-plan china-2025。'
	},
	badModel: (value) => `--model 的值 ${value} 无效；请用 persistent 或 yearly。`,
	badSeed: (value, max) => `--seed 的值 ${value} 无效；请用 0 到 ${max} 之间的整数。`,
	badDraws: (value, min, max) => `--draws 的值 ${value} 无效；请用 ${min} 到 ${max} 之间的整数。`,
	badLang: (value) => `--lang 的值 ${value} 无效；请用 zh 或 en。`,
	badAsOf: (value, min, max) => `--as-of 的年份 ${value} 无效；请用 ${min}–${max} 之间的年份。`,
	extraArgument: (value) =>
		`多余的参数 ${value}；情景只能有一个参数，用 & 连接，例如 "gdp=0.05&employed=0.01"。`,
	conflictingOptions: (first, second) =>
		`${first} 不能与${second === null ? '情景' : ` ${second} `}同时使用：它只列出或输出规划，不进行计算；请一次只提一个请求。`,

	planListTitle: (count) => `内置规划（${count} 个）：`,
	planListHeaders: ['编号', '目标年份', '目标数', '规划'],
	planListFooter: (plan) =>
		`用 --plan 编号 评估某一规划（默认 ${plan}）；用 --export-plan 编号 将其数据包输出为 JSON，--plan 文件 可读回。`,
	unknownPlan: (id, known) => `没有名为${id}的内置规划；现有规划为 ${known}。`,
	unknownPlanOrFile: (id, known) =>
		`没有名为${id}的内置规划；现有规划为 ${known}，也可给出规划数据包文件的路径（以 .json 结尾）。`,
	planFileUnreadable: (path) => `无法读取规划数据包文件 ${path}。`,
	planFileNotJson: (path, reason) => `规划数据包文件 ${path} 不是 JSON：${reason}。`,
	planFileInvalid: (message) => `规划数据包被拒绝：${message}。`,
	badReading: (target, reading, choices) =>
		choices === ''
			? `该规划没有可切换读法的目标${target}，--reading ${target}=${reading} 无法使用。`
			: `目标${target}没有读法${reading}；可用读法为 ${choices}。`,
	badReadingForm: (value) =>
		`--reading ${value} 无效；请写作 目标=读法，例如 --reading rd_intensity_vs_13th=average_2016_2020。`,
	notPlanDriver: (part, plan) => `${part} 所指的驱动量不属于规划 ${plan}`,

	internal: (message) => `评估程序因内部错误而停止：${message}`,
	outputFailed: (reason) => `评估程序无法写出结果（${reason}），未再输出任何内容。`,

	help: (f) => `用法：npm run --silent evaluate -- [--json] [--lang zh|en] [--as-of 年份]
        [--model persistent|yearly] [--seed 整数] [--draws 整数] [--data 文件] [--plan 编号|文件]
        [--reading 目标=读法] ["<情景>"]
        npm run --silent evaluate -- --list-plans [--json] [--lang zh|en]
        npm run --silent evaluate -- --export-plan 编号

按情景计算 ${f.maxAsOf} 年各项目标的预测值、判定、差距和所需增速，输出表格（或 JSON）；选择不确定性
模型时，还给出各目标的达成概率。

情景：应用中的分享链接（完整地址或 # 之后的部分），即用 & 连接的 键=值，例如
"v=${LINK_VERSION}&g.tech_contracts=0.05&g.employed=0.01&asof=2023"
  g.<驱动量>              恒定年增速，写作小数（0.05 表示 5%）；或区间 下限..上限，
                          按 90% 区间理解（例如 g.tech_contracts=0.05..0.09）；
                          给出区间而未指定模型时，采用默认的持续型模型
                          驱动量：${f.drivers}
  y.<驱动量>.<年份>       某一年的增速（${f.years}）
  u.<驱动量>.<年份>       为没有公布值的年份输入数值（驱动量的单位）
  asof                    只用截至该年的数据（${f.minAsOf}–${f.maxAsOf}）
  tol                     “左右”目标的相对容差（0–${MAX_TOLERANCE}，默认 ${f.tolerance}）
  gw                      默认增速取最近几年（1–${MAX_GROWTH_WINDOW_YEARS}，默认 ${f.growthWindowYears}）
  win                     年均增速目标的计算区间（默认 ${f.window}）
  emp                     研发人员密度目标的就业人员分母，代替公布的就业人员数据：census_2023（法人单位
                          从业人员，口径较窄）或 implied_2018（按北京 2018 年比值推算）；可信度低
  unc                     不确定性模型 persistent 或 yearly（写出即计算概率）
  seed                    蒙特卡洛随机种子（0–${MAX_SEED}，默认 ${DEFAULT_SEED}）
  draws                   每个目标的抽样次数（${MIN_DRAWS}–${MAX_DRAWS}，默认 ${DEFAULT_DRAWS}）
  corr                    比率目标分子与分母增速的相关系数（−1 到 1；默认按历史数据，无法计算时为 0）
  lang, view              应用的语言和视图；此处不影响输出
  d                       数据版本（${KNOWN_DATA_VERSIONS.join('、')}）
  v                       链接格式版本；不写 v 的旧式情景（"tech_contracts=0.05&asof=2023"）仍然可用
不写情景则全部使用默认值。情景中有任何无法使用的部分时不进行计算。

选项：
  --json          输出一个 JSON 对象（数值不取整）
  --lang zh|en    表格和提示的语言（默认按 LANG 环境变量）
  --as-of 年份    同 asof=年份，优先于情景中的 asof
  --model 模型    同 unc=模型，优先于情景中的 unc：
${f.models}
  --seed 整数     同 seed=整数
  --draws 整数    同 draws=整数
  --data 文件     数据补录文件（bj-targets-data-update）：其中的数字作为公布数据使用，标为用户补录
  --plan 编号|文件
                  要评估的规划：内置规划的编号（默认 beijing-2025，见 --list-plans）或规划数据包
                  文件的路径（格式见 seeds/plans/plan-pack.schema.json）；上述驱动量、年份与目标
                  随之为该规划的
  --reading 目标=读法
                  规划为有歧义的目标提供多种读法时选择其一（可重复）
  --list-plans    列出内置规划（加 --json 时输出编号、标题、目标年份和目标数）
  --export-plan 编号
                  将某一内置规划的数据包输出为一个 JSON 文档（即 seeds/plans/<编号>.json）
  --help          显示本帮助

退出码：0 完成；2 输入有误（stderr 上一句说明）；1 内部错误或无法写出结果（stderr 上一句说明）。
`
};

export const cliMessages: Record<Lang, CliMessages> = { en, zh };
