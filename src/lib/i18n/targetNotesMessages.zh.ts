// The Chinese strings of targetNotesMessages.ts, which says what they are for: a module of their own, so
// that the browser loads only the page's language (see messages.ts).
import type { en } from './targetNotesMessages.en';

export const zh: typeof en = {
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
