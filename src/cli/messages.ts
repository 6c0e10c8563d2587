// Every word the command-line evaluator prints, in Chinese and English: labels, notes, errors and
// the help text. Numbers arrive already formatted; nothing here computes.
import type { Verdict } from '../lib/model/verdict';
import type { ScenarioIssue, TargetResult } from '../lib/model/evaluate';
import { DRIVER_IDS, TARGET_IDS, type Lang } from '../lib/model/types';
import { MAX_GROWTH, MIN_GROWTH } from '../lib/model/growth';
import {
	EARLIEST_LINK_YEAR,
	KNOWN_DATA_VERSIONS,
	LINK_VERSION,
	MAX_GROWTH_WINDOW_YEARS,
	MAX_LINK_LENGTH,
	MAX_TOLERANCE,
	MAX_USER_VALUE,
	type IgnoredPart
} from '../lib/scenario/link';
import type { ArgError } from './args';

/** Errors that stop the evaluator with exit code 2 (bad input) or 1 (internal). */
export type CliError =
	| ArgError
	| { kind: 'bad_scenario'; ignored: IgnoredPart[]; minAsOf: number; maxAsOf: number }
	| { kind: 'scenario_issues'; issues: ScenarioIssue[] }
	| { kind: 'internal'; message: string };

type Words = {
	headers: string[];
	verdicts: Record<Verdict, string>;
	requiredNotes: Record<NonNullable<TargetResult['requiredGrowthNote']>, string>;
	percent: (n: string) => string;
	percentPoints: (n: string) => string;
	title: (shortTitle: string, asOf: number, targetYear: number) => string;
	about: (target: string, bound: string) => string;
	rankAtMost: (n: string) => string;
	legend: (tolerance: string) => string[];
	bracket: (text: string, inside: string) => string;
	notesHeading: string;
	list: (items: string[]) => string;
	none: string;
	ignoredLine: (ignored: string, issues: string) => string;
	ignoredReasons: Record<IgnoredPart['reason'], string>;
	issueReasons: Record<ScenarioIssue['reason'], string>;
	driverAt: (id: string, value: string, unit: string, year: number) => string;
	driverProjected: (growth: string, value: string, targetYear: number) => string;
	driverActual: string;
	driverNoGrowth: string;
	ratioNote: (formula: string, drivers: string[], numerator: string) => string;
	toleranceBound: (rate: string) => string;
	averageNote: (
		from: number,
		to: number,
		compound: string,
		arithmetic: string,
		yearly: string,
		anyProjected: boolean
	) => string;
	yearRate: (year: number, rate: string, projected: boolean) => string;
	qualitativeNote: (value: string | null, unit: string, targetYear: number, why: string) => string;
	missingNote: (targetYear: number, drivers: string[], example: string | null) => string;
	missingDriver: (name: string, id: string, lastYear: number | null) => string;
	gapNote: (years: number[]) => string;
	sentence: (parts: string[]) => string;
};

const EN: Words = {
	headers: ['Target', 'Unit', 'Base', 'Growth/yr', '', 'Goal', 'Verdict', 'Margin', 'Required/yr'],
	verdicts: {
		met: 'met',
		within_tolerance: 'within tolerance',
		not_met: 'not met',
		no_numeric_target: 'no numeric target',
		needs_assumption: 'needs assumption'
	},
	requiredNotes: {
		invalid_input: 'n/a',
		non_positive_base: 'n/a',
		non_positive_target: 'n/a',
		no_years_left: 'no years left',
		out_of_range: 'out of range',
		not_applicable: '—',
		missing_assumption: '—'
	},
	percent: (n) => `${n} %`,
	percentPoints: (n) => `${n} pp`,
	title: (shortTitle, asOf, targetYear) =>
		`${shortTitle} — data as of ${asOf}, projected to ${targetYear}`,
	about: (target, bound) => `≈ ${target} (≥ ${bound})`,
	rankAtMost: (n) => `rank ≤ ${n}`,
	legend: (tolerance) => [
		`≈ is "about" (左右): met at or above the target, within tolerance down to ${tolerance} below it (the bound in brackets).`,
		`Growth/yr is the constant yearly growth of the target's driver (the numerator of a ratio); Required/yr just meets the target.`
	],
	bracket: (text, inside) => `${text} (${inside})`,
	notesHeading: 'Notes',
	list: (items) => items.join(', '),
	none: 'none',
	ignoredLine: (ignored, issues) => `Ignored scenario parts: ${ignored}. Issues: ${issues}.`,
	ignoredReasons: {
		unknown_key: 'unknown key',
		not_a_number: 'not a number',
		out_of_range: 'out of range',
		duplicate: 'repeated key',
		bad_encoding: 'bad percent-encoding',
		empty: 'empty',
		too_long: 'too long',
		unknown_version: 'newer link version',
		unknown_data_version: 'unknown data version',
		published_year: 'a published year'
	},
	issueReasons: {
		unknown_driver: 'unknown driver',
		invalid_growth: 'invalid growth',
		invalid_year: 'invalid year',
		invalid_value: 'invalid value',
		published_year: 'a published year',
		invalid_tolerance: 'invalid tolerance',
		invalid_window: 'invalid window',
		invalid_as_of: 'invalid as-of year',
		default_out_of_range: 'default growth out of range'
	},
	driverAt: (id, value, unit, year) => `${id} ${value} ${unit} in ${year}`,
	driverProjected: (growth, value, targetYear) => `, ${growth}/yr → ${value} in ${targetYear}`,
	driverActual: ' (actual)',
	driverNoGrowth: ', growth unknown',
	ratioNote: (formula, drivers, numerator) =>
		`= ${formula}: ${drivers.join('; ')}. Growth and Required are those of ${numerator}`,
	toleranceBound: (rate) => `; ${rate} a year reaches the tolerance bound`,
	averageNote: (from, to, compound, arithmetic, yearly, anyProjected) =>
		`${from}–${to} compound average ${compound}, arithmetic mean ${arithmetic}; yearly ${yearly}${anyProjected ? ' (* projected)' : ''}`,
	yearRate: (year, rate, projected) => `${year} ${rate}${projected ? '*' : ''}`,
	qualitativeNote: (value, unit, targetYear, why) =>
		value === null
			? `no numeric target, and no ${targetYear} level to track. ${why}`
			: `no numeric target; tracked level ${value} ${unit} in ${targetYear}. ${why}`,
	missingNote: (targetYear, drivers, example) =>
		`no ${targetYear} value, because ${drivers.join(' and ')}` +
		(example === null ? '' : `; supply one, e.g. ${example}`),
	missingDriver: (name, id, lastYear) =>
		lastYear === null
			? `${name} (${id}) has no data`
			: `no growth is known for ${name} (${id}, data up to ${lastYear})`,
	gapNote: (years) =>
		`no yearly growth is known for ${years.join(', ')} (a gap in the data); this cannot be assumed here`,
	sentence: (parts) => `${parts.join('')}.`
};

const ZH: Words = {
	headers: ['目标', '单位', '基期', '假设年增速', '', '目标值', '判定', '差距', '所需年增速'],
	verdicts: {
		met: '达成',
		within_tolerance: '在容差内',
		not_met: '未达成',
		no_numeric_target: '无数值目标',
		needs_assumption: '需补充假设'
	},
	requiredNotes: {
		invalid_input: '无法计算',
		non_positive_base: '无法计算',
		non_positive_target: '无法计算',
		no_years_left: '无剩余年份',
		out_of_range: '超出范围',
		not_applicable: '—',
		missing_assumption: '—'
	},
	percent: (n) => `${n}%`,
	percentPoints: (n) => `${n} 个百分点`,
	title: (shortTitle, asOf, targetYear) =>
		`${shortTitle}——数据截至 ${asOf} 年，预测至 ${targetYear} 年`,
	about: (target, bound) => `${target}左右（≥ ${bound}）`,
	rankAtMost: (n) => `排名 ≤ ${n}`,
	legend: (tolerance) => [
		`“左右”：达到或超过目标为达成，低于目标不超过 ${tolerance} 为在容差内（括号内为下限）。`,
		`假设年增速是该目标驱动量（比率目标为分子）的恒定年增速；所需年增速是恰好达到目标的增速。`
	],
	bracket: (text, inside) => `${text}（${inside}）`,
	notesHeading: '说明',
	list: (items) => items.join('、'),
	none: '无',
	ignoredLine: (ignored, issues) => `忽略的情景参数：${ignored}。问题：${issues}。`,
	ignoredReasons: {
		unknown_key: '未知参数名',
		not_a_number: '不是数字',
		out_of_range: '超出范围',
		duplicate: '参数重复',
		bad_encoding: '百分号编码有误',
		empty: '空参数',
		too_long: '超出长度',
		unknown_version: '链接版本较新',
		unknown_data_version: '数据版本未知',
		published_year: '该年已有公布值'
	},
	issueReasons: {
		unknown_driver: '未知驱动量',
		invalid_growth: '增速无效',
		invalid_year: '年份无效',
		invalid_value: '数值无效',
		published_year: '该年已有公布值',
		invalid_tolerance: '容差无效',
		invalid_window: '区间无效',
		invalid_as_of: '截至年份无效',
		default_out_of_range: '默认增速超出范围'
	},
	driverAt: (id, value, unit, year) => `${id} ${year} 年 ${value} ${unit}`,
	driverProjected: (growth, value, targetYear) => `，年增 ${growth} → ${targetYear} 年 ${value}`,
	driverActual: '（实际值）',
	driverNoGrowth: '，增速未知',
	ratioNote: (formula, drivers, numerator) =>
		`= ${formula}：${drivers.join('；')}。假设年增速与所需年增速均指 ${numerator}`,
	toleranceBound: (rate) => `；年增 ${rate} 可达容差下限`,
	averageNote: (from, to, compound, arithmetic, yearly, anyProjected) =>
		`${from}–${to} 年复合年均 ${compound}，算术平均 ${arithmetic}；各年 ${yearly}${anyProjected ? '（* 为预测）' : ''}`,
	yearRate: (year, rate, projected) => `${year} 年 ${rate}${projected ? '*' : ''}`,
	qualitativeNote: (value, unit, targetYear, why) =>
		value === null
			? `无数值目标，也无 ${targetYear} 年跟踪水平。${why}`
			: `无数值目标；跟踪水平 ${targetYear} 年 ${value} ${unit}。${why}`,
	missingNote: (targetYear, drivers, example) =>
		`无法得出 ${targetYear} 年数值，因为${drivers.join('，且')}` +
		(example === null ? '' : `；请给出增速，例如 ${example}`),
	missingDriver: (name, id, lastYear) =>
		lastYear === null
			? `${name}（${id}）没有数据`
			: `缺少${name}（${id}，数据至 ${lastYear} 年）的增速`,
	gapNote: (years) => `${years.join('、')} 年的增速未知（数据缺口），无法在此补充`,
	sentence: (parts) => `${parts.join('')}。`
};

/** The words for a language. */
export const words = (lang: Lang): Words => (lang === 'zh' ? ZH : EN);

const quote = (text: string, lang: Lang) => (lang === 'zh' ? `“${text}”` : `"${text}"`);
const KEYS =
	'g.<driver>, y.<driver>.<year>, u.<driver>.<year>, tol, gw, win, asof, lang, view, d, v';
const DRIVERS = DRIVER_IDS.join(', ');
const GROWTH_RANGE = {
	en: `growth must be from ${MIN_GROWTH} to ${MAX_GROWTH}, i.e. ${MIN_GROWTH * 100} % to +${MAX_GROWTH * 100} %`,
	zh: `增速须在 ${MIN_GROWTH} 到 ${MAX_GROWTH} 之间，即 ${MIN_GROWTH * 100}% 到 +${MAX_GROWTH * 100}%`
};

/** The decoded key of a quoted part (parts are quoted as written, possibly percent-encoded). */
function keyOf(part: string): string {
	const raw = part.split('=')[0] ?? '';
	try {
		return decodeURIComponent(raw).trim();
	} catch {
		return raw.trim();
	}
}

/** Why one scenario part was rejected, with what would be accepted instead. */
function ignoredPhrase(ignored: IgnoredPart, lang: Lang, minAsOf: number, maxAsOf: number): string {
	const part = quote(ignored.part, lang);
	const key = keyOf(ignored.part);
	const kind = /^[yu]\./.test(key) ? key[0] : key;
	const zh = lang === 'zh';
	const years = `${EARLIEST_LINK_YEAR}–${maxAsOf}`;
	switch (ignored.reason) {
		case 'unknown_key':
			return zh
				? `${part}的参数名未知（可用 ${KEYS}；驱动量：${DRIVERS}）`
				: `${part} has an unknown key (use ${KEYS}; drivers: ${DRIVERS})`;
		case 'not_a_number':
			switch (kind) {
				case 'asof':
					return zh
						? `${part}不是年份（例如 asof=2023）`
						: `${part} is not a year (e.g. asof=2023)`;
				case 'gw':
					return zh
						? `${part}不是整数年数（例如 gw=5）`
						: `${part} is not a whole number of years (e.g. gw=5)`;
				case 'win':
					return zh
						? `${part}不是年份区间（例如 win=2021-2025）`
						: `${part} is not a window of years (e.g. win=2021-2025)`;
				case 'v':
					return zh
						? `${part}不是版本号（例如 v=${LINK_VERSION}）`
						: `${part} is not a version number (e.g. v=${LINK_VERSION})`;
				case 'u':
					return zh
						? `${part}不是数字（参数名中的年份和输入值都须是数字，例如 u.employed.2020=1300）`
						: `${part} is not a number (both the year in the key and the value must be, e.g. u.employed.2020=1300)`;
				case 'y':
					return zh
						? `${part}不是数字（参数名中的年份和增速都须是数字，例如 y.gdp.2025=0.05）`
						: `${part} is not a number (both the year in the key and the rate must be, e.g. y.gdp.2025=0.05)`;
				default:
					return zh
						? `${part}不是数字（增速写作小数，例如 0.05 表示 5%）`
						: `${part} is not a number (growth is a fraction, e.g. 0.05 for 5 %)`;
			}
		case 'out_of_range':
			switch (kind) {
				case 'asof':
					return zh
						? `${part}超出范围（年份须在 ${minAsOf}–${maxAsOf} 之间）`
						: `${part} is out of range (use a year from ${minAsOf} to ${maxAsOf})`;
				case 'tol':
					return zh
						? `${part}超出范围（容差须在 0 到 ${MAX_TOLERANCE} 之间）`
						: `${part} is out of range (use 0 to ${MAX_TOLERANCE})`;
				case 'gw':
					return zh
						? `${part}超出范围（年数须在 1–${MAX_GROWTH_WINDOW_YEARS} 之间）`
						: `${part} is out of range (use 1 to ${MAX_GROWTH_WINDOW_YEARS} years)`;
				case 'win':
					return zh
						? `${part}超出范围（起止年份须在 ${years} 之间，且起始年不晚于结束年）`
						: `${part} is out of range (use years from ${years}, the first not after the last)`;
				case 'lang':
					return zh
						? `${part}不是可用的语言（zh 或 en）`
						: `${part} is not a language here (use zh or en)`;
				case 'view':
					return zh
						? `${part}不是已知的目标（可用 ${TARGET_IDS.join(', ')}）`
						: `${part} is not a known target (use ${TARGET_IDS.join(', ')})`;
				case 'v':
					return zh
						? `${part}不是版本号（例如 v=${LINK_VERSION}）`
						: `${part} is not a version number (e.g. v=${LINK_VERSION})`;
				case 'y':
					return zh
						? `${part}超出范围（年份须在 ${years} 之间，${GROWTH_RANGE.zh}）`
						: `${part} is out of range (use a year from ${years}; ${GROWTH_RANGE.en})`;
				case 'u':
					return zh
						? `${part}超出范围（年份须在 ${years} 之间，输入值须大于 0 且不超过 ${MAX_USER_VALUE}，并使该驱动量的默认增速保持在 −99% 到 +1000% 之间）`
						: `${part} is out of range (use a year from ${years} and a value above 0 and at most ${MAX_USER_VALUE} that keeps the driver's default growth within −99 % to +1000 %)`;
				default:
					return zh
						? `${part}超出范围（${GROWTH_RANGE.zh}）`
						: `${part} is out of range (${GROWTH_RANGE.en})`;
			}
		case 'duplicate':
			return zh ? `${part}重复了前面的参数` : `${part} repeats an earlier key`;
		case 'bad_encoding':
			return zh ? `${part}的百分号编码有误` : `${part} has invalid percent-encoding`;
		case 'empty':
			return zh ? `有一个空参数（多余的 &）` : `there is an empty part (a stray &)`;
		case 'too_long':
			return zh
				? `超过 ${MAX_LINK_LENGTH} 个字符的部分（${part}）过长，未读取`
				: `the text past ${MAX_LINK_LENGTH} characters (${part}) is too long to read`;
		case 'unknown_version':
			return zh
				? `${part}来自更新版本的链接格式（本程序只认识到 v=${LINK_VERSION}）`
				: `${part} is a newer link format than this evaluator knows (it reads up to v=${LINK_VERSION})`;
		case 'unknown_data_version':
			return zh
				? `${part}指定的数据版本本程序没有（现有 ${KNOWN_DATA_VERSIONS.join('、')}）`
				: `${part} names a data version this evaluator does not have (it has ${KNOWN_DATA_VERSIONS.join(', ')})`;
		case 'published_year':
			return zh
				? `${part}为已有公布值的年份输入了数值（公布值不能替换）`
				: `${part} enters a value for a year with a published figure (published figures cannot be replaced)`;
	}
}

/** A scenario part the parser set aside, with its reason. */
export function ignoredText(ignored: IgnoredPart, lang: Lang): string {
	const reason = words(lang).ignoredReasons[ignored.reason];
	return lang === 'zh'
		? `${quote(ignored.part, lang)}（${reason}）`
		: `${quote(ignored.part, lang)} (${reason})`;
}

/** A value the model replaced by its default, with its reason. */
export function issueText(issue: ScenarioIssue, lang: Lang): string {
	const reason = words(lang).issueReasons[issue.reason];
	return lang === 'zh'
		? `${issue.field}=${issue.value}（${reason}）`
		: `${issue.field}=${issue.value} (${reason})`;
}

/** One sentence saying what was wrong with the input and what happened instead. */
export function errorSentence(error: CliError, lang: Lang): string {
	const zh = lang === 'zh';
	switch (error.kind) {
		case 'unknown_option':
			return zh
				? `未知选项 ${quote(error.option, lang)}；可用选项为 --json、--lang zh|en、--as-of 年份 和 --help。`
				: `Unknown option ${quote(error.option, lang)}; the options are --json, --lang zh|en, --as-of YEAR and --help.`;
		case 'missing_value':
			return error.option === '--lang'
				? zh
					? '选项 --lang 需要一个值，例如 --lang zh。'
					: 'Option --lang needs a value, e.g. --lang zh.'
				: zh
					? '选项 --as-of 需要一个年份，例如 --as-of 2023。'
					: 'Option --as-of needs a year, e.g. --as-of 2023.';
		case 'bad_lang':
			return zh
				? `--lang 的值 ${quote(error.value, lang)} 无效；请用 zh 或 en。`
				: `Unknown language ${quote(error.value, lang)} for --lang; use zh or en.`;
		case 'bad_as_of':
			return zh
				? `--as-of 的年份 ${quote(error.value, lang)} 无效；请用 ${error.min}–${error.max} 之间的年份。`
				: `Invalid --as-of year ${quote(error.value, lang)}; use a year from ${error.min} to ${error.max}.`;
		case 'extra_argument':
			return zh
				? `多余的参数 ${quote(error.value, lang)}；情景只能有一个参数，用 & 连接，例如 "gdp=0.05&employed=0.01"。`
				: `Unexpected extra argument ${quote(error.value, lang)}; give the scenario as one argument joined with &, e.g. "gdp=0.05&employed=0.01".`;
		case 'bad_scenario':
			// One sentence, on a line of its own, per ignored part.
			return error.ignored
				.map((i) => {
					const phrase = ignoredPhrase(i, lang, error.minAsOf, error.maxAsOf);
					return zh
						? `情景参数无效，未进行计算：${phrase}。`
						: `Invalid scenario, nothing was evaluated: ${phrase}.`;
				})
				.join('\n');
		case 'scenario_issues': {
			const items = error.issues.map((i) => issueText(i, lang));
			return zh
				? `情景取值无效，未进行计算：${items.join('；')}。`
				: `Invalid scenario value, nothing was evaluated: ${items.join('; ')}.`;
		}
		case 'internal': {
			// One line, whatever the underlying message looks like.
			const message = error.message.replace(/\s+/g, ' ').trim();
			return zh
				? `评估程序因内部错误而停止：${message}`
				: `The evaluator stopped on an internal error: ${message}`;
		}
	}
}

/** The plan's defaults the help text quotes. */
export interface HelpDefaults {
	tolerance: number;
	growthWindowYears: number;
	averageWindow: { from: number; to: number };
}

/** The --help text. */
export function helpText(
	lang: Lang,
	minAsOf: number,
	maxAsOf: number,
	defaults: HelpDefaults
): string {
	const drivers = DRIVER_IDS.join(', ');
	const { tolerance, growthWindowYears: gw } = defaults;
	const win = `${defaults.averageWindow.from}-${defaults.averageWindow.to}`;
	const years = `${EARLIEST_LINK_YEAR}–${maxAsOf}`;
	if (lang === 'zh')
		return `用法：npm run --silent evaluate -- [--json] [--lang zh|en] [--as-of 年份] ["<情景>"]

按情景计算 2025 年各项目标的预测值、判定、差距和所需增速，输出表格（或 JSON）。

情景：应用中的分享链接（完整地址或 # 之后的部分），即用 & 连接的 键=值，例如
"v=${LINK_VERSION}&g.tech_contracts=0.05&g.employed=0.01&asof=2023"
  g.<驱动量>              恒定年增速，写作小数（0.05 表示 5%）
                          驱动量：${drivers}
  y.<驱动量>.<年份>       某一年的增速（${years}）
  u.<驱动量>.<年份>       为没有公布值的年份输入数值（驱动量的单位）
  asof                    只用截至该年的数据（${minAsOf}–${maxAsOf}）
  tol                     “左右”目标的相对容差（0–${MAX_TOLERANCE}，默认 ${tolerance}）
  gw                      默认增速取最近几年（1–${MAX_GROWTH_WINDOW_YEARS}，默认 ${gw}）
  win                     年均增速目标的计算区间（默认 ${win}）
  lang, view              应用的语言和视图；此处不影响输出
  d                       数据版本（${KNOWN_DATA_VERSIONS.join('、')}）
  v                       链接格式版本；不写 v 的旧式情景（"tech_contracts=0.05&asof=2023"）仍然可用
不写情景则全部使用默认值。情景中有任何无法使用的部分时不进行计算。

选项：
  --json          输出一个 JSON 对象（数值不取整）
  --lang zh|en    表格和提示的语言（默认按 LANG 环境变量）
  --as-of 年份    同 asof=年份，优先于情景中的 asof
  --help          显示本帮助

退出码：0 完成；2 输入有误；1 内部错误。
`;
	return `Usage: npm run --silent evaluate -- [--json] [--lang zh|en] [--as-of YEAR] ["<scenario>"]

Projects the 2025 targets under a scenario and prints each target's projected value, verdict,
margin and required growth as a table (or JSON).

Scenario: a share link from the app (the whole address, or what follows #): key=value pairs
joined with &, e.g. "v=${LINK_VERSION}&g.tech_contracts=0.05&g.employed=0.01&asof=2023"
  g.<driver>              constant yearly growth as a fraction (0.05 = 5 %)
                          drivers: ${drivers}
  y.<driver>.<year>       growth in one year (${years})
  u.<driver>.<year>       a value for a year without a published figure (the driver's unit)
  asof                    use only data up to this year (${minAsOf}–${maxAsOf})
  tol                     relative tolerance of "about" targets (0–${MAX_TOLERANCE}, default ${tolerance})
  gw                      years behind each default growth (1–${MAX_GROWTH_WINDOW_YEARS}, default ${gw})
  win                     window of average-growth targets (default ${win})
  lang, view              the app's language and view; they do not change this output
  d                       data version (${KNOWN_DATA_VERSIONS.join(', ')})
  v                       link format version; the older form without v
                          ("tech_contracts=0.05&asof=2023") is still read
Without a scenario every default is used. Any part that cannot be used stops the evaluation.

Options:
  --json          print one JSON object with unrounded values
  --lang zh|en    language of the table and messages (default: from LANG)
  --as-of YEAR    same as asof=YEAR; takes precedence over it
  --help          show this help

Exit codes: 0 done, 2 bad input, 1 internal error.
`;
}
