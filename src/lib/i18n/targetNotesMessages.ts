// Strings of what a plan pack says about a target beyond its number: the reading of an ambiguous
// clause (which the reader may switch), the prices its growth is measured in, and its caveats.

type Prices = 'nominal' | 'real';

const en = {
	heading: 'How this target is read',
	readingLegend: 'Reading of the clause',
	readingHelp:
		'The clause does not say what it compares with; each reading gives it a number from the published figures. The choice is part of the link.',
	readingNow: (name: string) => `Read as: ${name}.`,
	prices: (used: Prices, official: Prices) =>
		used === official
			? `Growth is measured at ${used === 'nominal' ? 'current prices (nominal)' : 'constant prices (real)'}.`
			: `Growth here is ${used === 'nominal' ? 'nominal (current prices)' : 'real (constant prices)'}, as the published series is; the statistics office judges the target in ${official === 'real' ? 'real' : 'nominal'} terms${used === 'nominal' && official === 'real' ? ', so with rising prices this verdict is lenient' : ''}.`,
	pricesShort: (used: Prices, official: Prices) =>
		used === official
			? ''
			: `${used === 'nominal' ? 'Nominal' : 'Real'} growth; officially judged ${official === 'real' ? 'in real terms' : 'in nominal terms'}.`,
	caveats: 'Caveats'
};

const zh: typeof en = {
	heading: '这一目标如何解读',
	readingLegend: '条文的读法',
	readingHelp: '条文没有说明比较对象；每种读法都用公布数字给出一个具体数值。所选读法会写入链接。',
	readingNow: (name) => `读作：${name}。`,
	prices: (used, official) =>
		used === official
			? `增速按${used === 'nominal' ? '现价（名义）' : '不变价（实际）'}计算。`
			: `这里的增速按${used === 'nominal' ? '现价（名义）' : '不变价（实际）'}计算，与公布的序列一致；统计部门按${official === 'real' ? '实际' : '名义'}增速评估这一目标${used === 'nominal' && official === 'real' ? '，价格上涨时这一结论偏宽松' : ''}。`,
	pricesShort: (used, official) =>
		used === official
			? ''
			: `${used === 'nominal' ? '名义' : '实际'}增速；官方按${official === 'real' ? '实际' : '名义'}增速评估。`,
	caveats: '注意事项'
};

export const targetNotesMessages = { en, zh };
