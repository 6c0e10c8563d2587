// Strings of the formula playground (src/lib/learn/playground.ts and FormulaPlayground.svelte),
// in English and Chinese: the page, the results table and every refusal of typed text.
import type { ValueKind } from '../model/evaluate';

const en = {
	title: 'Formula playground',
	intro:
		'Type a calculation with the plan’s series as variables: a series and a year in square brackets, such as gdp[2024], stands for its value in the current scenario. Published years give published figures; later years give the projection under your assumptions.',
	scenarioNote: (asOf: number, targetYear: number) =>
		`Values come from the current scenario: data as of ${asOf}, projected to ${targetYear}. Change the assumptions on the dashboard and the results here follow.`,
	inputLabel: 'Expression',
	inputHelp:
		'Operators + − * / ^ and parentheses; functions sqrt, abs, exp, log, log10, min, max, round, floor, ceil; constants pi and e. Results update as you type; Enter keeps the expression in the history.',
	examples: 'Examples',
	useExample: (text: string) => `Use the example ${text}`,
	seriesHeading: 'Series you can use',
	seriesName: 'Name to type',
	seriesMeaning: 'Series',
	seriesUnit: 'Unit',
	seriesYears: 'Years with a value',
	result: 'Result',
	resultIs: (value: string) => `= ${value}`,
	errorIcon: 'Error:',
	emptyHint: 'Type an expression or pick an example.',
	lookupsCaption: 'Values the expression read',
	lookupSeries: 'Series',
	lookupYear: 'Year',
	lookupValue: 'Value',
	lookupKind: 'Kind',
	lookupUnit: 'Unit',
	noLookups: 'The expression reads no series.',
	kind: {
		published: 'published',
		derived: 'derived from published figures',
		user: 'entered by you',
		projected: 'projected'
	} satisfies Record<ValueKind, string>,
	history: 'Recent expressions',
	historyUse: (text: string) => `Use again: ${text}`,
	keep: 'Keep in history',

	listSeparator: ', ',
	breakWithin: (name: string, years: string, bases: string) =>
		`Across a break in the statistics: ${name} for ${years} is on different bases (${bases}), so the figures are not strictly comparable.`,
	breakBetween: (names: string, year: number, bases: string) =>
		`Across a break in the statistics: in ${year}, ${names} are on different census bases (${bases}), so the figures are not strictly comparable.`,

	// Refusals. `what` is the refused piece as typed (a name, an operator).
	empty: 'Type an expression.',
	tooLong: (limit: string, length: string) =>
		`The expression is too long: ${length} characters, the limit is ${limit}.`,
	tooDeep: (limit: number) =>
		`The expression is nested too deeply: at most ${limit} levels of brackets or operators.`,
	tooManyNodes: (limit: number) => `The expression is too large: at most ${limit} parts.`,
	syntax: (position: number, detail: string) =>
		`The expression cannot be read at character ${position}: ${detail}.`,
	syntaxDetail: {
		end: 'it ends too early',
		operator: (op: string) => `unexpected “${op}”`,
		bracket: (bracket: string) => `“${bracket}” expected`,
		value: 'a number or a name is expected',
		part: (part: string) => `“${part}” is not understood`,
		other: 'it is not an arithmetic expression'
	},
	percent:
		'The sign % is not allowed: it can mean a percentage or a remainder. Write / 100 for a percentage.',
	keyword: (word: string) =>
		`“${word}” is not allowed: loops and statements are not part of this calculator. Write one arithmetic expression.`,
	functionRefused: (name: string, allowed: string) =>
		`The function ${name}() is not allowed. Allowed functions: ${allowed}.`,
	functionDefinition: (name: string) =>
		`Defining functions (${name}(…) = …) is not allowed: write the calculation directly.`,
	assignment: 'Assignments (=) are not allowed: this calculator only computes a value.',
	range: 'Ranges (a:b) are not allowed: write one value per year, such as gdp[2024].',
	matrix: 'Lists and matrices ([ … ]) are not allowed: only single numbers.',
	string: 'Text in quotes is not allowed: only numbers and series.',
	constant: (what: string) => `“${what}” is not allowed: only numbers.`,
	notFiniteConstant: 'A number in the expression is too large (more than 1.8 × 10³⁰⁸).',
	object: 'Objects ({ … }) are not allowed: only numbers and series.',
	conditional: 'Conditionals (a ? b : c) are not allowed.',
	block: 'Only one expression at a time: separators such as ; or a new line are not allowed.',
	operatorRefused: (op: string) =>
		`The operator ${op} is not allowed. Allowed: + − * / ^ and parentheses.`,
	nodeRefused: (what: string) => `${what} is not allowed in an arithmetic expression.`,
	callRefused: 'Only the named functions can be called, such as sqrt(2).',
	unknownName: (name: string, suggestion: string | null) =>
		`Unknown name “${name}”.${suggestion ? ` Did you mean ${suggestion}?` : ''} Use a series with a year, such as gdp[2024], or the constants pi and e.`,
	unknownSeries: (name: string, suggestion: string | null, known: string) =>
		`There is no series “${name}”.${suggestion ? ` Did you mean ${suggestion}?` : ''} Known series: ${known}.`,
	seriesWithoutYear: (name: string) =>
		`${name} is a series: add a year in square brackets, such as ${name}[2024].`,
	seriesCalled: (name: string) =>
		`${name} is a series: write the year in square brackets, ${name}[2024], not in parentheses.`,
	notASeries: (name: string) => `${name} is not a series, so it has no values by year.`,
	indexShape: (name: string) =>
		`Write one year in square brackets after ${name}, such as ${name}[2024].`,
	yearNotInteger: (name: string, year: string) =>
		`The year of ${name} must be a whole number, not ${year}.`,
	gap: (name: string, year: number) =>
		`There is no value of ${name} for ${year}: the data has a gap there.`,
	beforeData: (name: string, year: number, first: number) =>
		`There is no value of ${name} for ${year}: its data starts in ${first}.`,
	afterTarget: (name: string, year: number, last: number) =>
		`There is no value of ${name} for ${year}: the model projects only to ${last}.`,
	noProjection: (name: string, year: number, last: number) =>
		`There is no value of ${name} for ${year}: its data ends in ${last} and no growth is assumed for it. Set one on the dashboard.`,
	arity: (name: string, expected: string, got: number) =>
		`${name}() takes ${expected}, not ${got}.`,
	arityText: {
		one: '1 argument',
		oneOrTwo: '1 or 2 arguments',
		atLeastOne: 'at least 1 argument'
	},
	roundDigits: (digits: string) =>
		`The number of decimals for round() must be a whole number from 0 to 15, not ${digits}.`,
	divisionByZero: 'The result is not a finite number: division by zero.',
	notFinite:
		'The result is not a finite number: division by zero, the root or logarithm of a negative number, or a number too large?',
	internal: 'This expression could not be evaluated. Try writing it differently.'
};

export type PlaygroundMessages = typeof en;

const zh: PlaygroundMessages = {
	title: '公式试算',
	intro:
		'用规划中的指标序列作为变量输入算式：序列名加方括号中的年份（如 gdp[2024]）表示当前情景下该年的值。已公布年份取公布数，之后的年份取按你的假设得出的预测值。',
	scenarioNote: (asOf, targetYear) =>
		`数值来自当前情景：数据截至 ${asOf} 年，预测至 ${targetYear} 年。在首页调整假设后，这里的结果随之变化。`,
	inputLabel: '算式',
	inputHelp:
		'运算符 + − * / ^ 和括号；函数 sqrt、abs、exp、log、log10、min、max、round、floor、ceil；常数 pi 和 e。输入时即时计算；按回车键将算式记入历史。',
	examples: '示例',
	useExample: (text) => `使用示例 ${text}`,
	seriesHeading: '可用的序列',
	seriesName: '输入的名称',
	seriesMeaning: '序列',
	seriesUnit: '单位',
	seriesYears: '有数值的年份',
	result: '结果',
	resultIs: (value) => `= ${value}`,
	errorIcon: '错误：',
	emptyHint: '请输入算式，或选择一个示例。',
	lookupsCaption: '算式读取的数值',
	lookupSeries: '序列',
	lookupYear: '年份',
	lookupValue: '数值',
	lookupKind: '类型',
	lookupUnit: '单位',
	noLookups: '算式未读取任何序列。',
	kind: {
		published: '公布数',
		derived: '由公布数推算',
		user: '你输入的值',
		projected: '预测值'
	},
	history: '最近的算式',
	historyUse: (text) => `再次使用：${text}`,
	keep: '记入历史',

	listSeparator: '、',
	breakWithin: (name, years, bases) =>
		`跨越统计口径断点：${name}的 ${years} 年数值口径不同（${bases}），结果不能严格比较。`,
	breakBetween: (names, year, bases) =>
		`跨越统计口径断点：${year} 年${names}的普查口径不同（${bases}），结果不能严格比较。`,

	empty: '请输入算式。',
	tooLong: (limit, length) => `算式过长：共 ${length} 个字符，上限为 ${limit} 个。`,
	tooDeep: (limit) => `算式嵌套过深：括号或运算最多 ${limit} 层。`,
	tooManyNodes: (limit) => `算式过大：最多 ${limit} 个组成部分。`,
	syntax: (position, detail) => `算式在第 ${position} 个字符处无法识别：${detail}。`,
	syntaxDetail: {
		end: '算式不完整',
		operator: (op) => `不应出现“${op}”`,
		bracket: (bracket) => `此处应为“${bracket}”`,
		value: '此处应为数字或名称',
		part: (part) => `无法识别“${part}”`,
		other: '这不是一个算术表达式'
	},
	percent: '不能使用符号 %：它既可表示百分比，也可表示取余。百分比请写作 / 100。',
	keyword: (word) => `不能使用“${word}”：本计算器不支持循环和语句，请只写一个算术表达式。`,
	functionRefused: (name, allowed) => `不允许使用函数 ${name}()。可用的函数：${allowed}。`,
	functionDefinition: (name) => `不允许定义函数（${name}(…) = …）：请直接写出算式。`,
	assignment: '不允许赋值（=）：本计算器只计算数值。',
	range: '不允许使用区间（a:b）：请逐年写出数值，如 gdp[2024]。',
	matrix: '不允许使用列表或矩阵（[ … ]）：只能使用单个数字。',
	string: '不允许使用引号中的文字：只能使用数字和序列。',
	constant: (what) => `不允许使用“${what}”：只能使用数字。`,
	notFiniteConstant: '算式中的某个数字过大（超过 1.8 × 10³⁰⁸）。',
	object: '不允许使用对象（{ … }）：只能使用数字和序列。',
	conditional: '不允许使用条件表达式（a ? b : c）。',
	block: '一次只能输入一个算式：不允许使用分号或换行分隔多个算式。',
	operatorRefused: (op) => `不允许使用运算符 ${op}。可用的运算：+ − * / ^ 和括号。`,
	nodeRefused: (what) => `算术表达式中不允许使用 ${what}。`,
	callRefused: '只能调用具名函数，如 sqrt(2)。',
	unknownName: (name, suggestion) =>
		`未知名称“${name}”。${suggestion ? `你是否想输入 ${suggestion}？` : ''}请使用带年份的序列（如 gdp[2024]）或常数 pi 和 e。`,
	unknownSeries: (name, suggestion, known) =>
		`没有名为“${name}”的序列。${suggestion ? `你是否想输入 ${suggestion}？` : ''}可用的序列：${known}。`,
	seriesWithoutYear: (name) => `${name} 是一个序列：请在方括号中加上年份，如 ${name}[2024]。`,
	seriesCalled: (name) =>
		`${name} 是一个序列：年份应写在方括号中，如 ${name}[2024]，而不是圆括号。`,
	notASeries: (name) => `${name} 不是序列，没有逐年数值。`,
	indexShape: (name) => `请在 ${name} 后的方括号中写一个年份，如 ${name}[2024]。`,
	yearNotInteger: (name, year) => `${name} 的年份必须是整数，而不是 ${year}。`,
	gap: (name, year) => `${name} 没有 ${year} 年的数值：数据在该年有缺口。`,
	beforeData: (name, year, first) => `${name} 没有 ${year} 年的数值：其数据始于 ${first} 年。`,
	afterTarget: (name, year, last) => `${name} 没有 ${year} 年的数值：模型只预测到 ${last} 年。`,
	noProjection: (name, year, last) =>
		`${name} 没有 ${year} 年的数值：其数据止于 ${last} 年，且未设定增速。请在首页设定。`,
	arity: (name, expected, got) => `${name}() 需要${expected}，而不是 ${got} 个。`,
	arityText: {
		one: ' 1 个参数',
		oneOrTwo: ' 1 或 2 个参数',
		atLeastOne: '至少 1 个参数'
	},
	roundDigits: (digits) => `round() 的小数位数必须是 0 到 15 之间的整数，而不是 ${digits}。`,
	divisionByZero: '结果不是有限数：除数为零。',
	notFinite: '结果不是有限数：是否除以零、对负数开方或取对数，或数值过大？',
	internal: '无法计算这个算式，请换一种写法。'
};

export const playgroundMessages = { en, zh };
