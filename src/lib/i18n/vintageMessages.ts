// The notice on a link that pins an earlier data vintage, and each change between that vintage
// and the latest in a sentence, in English and Chinese. Pure: the changes come from
// model/vintageDiff.ts, never written by hand.
import type { Confidence, Lang } from '../model/types';
import type { VintageChangeItem } from '../model/vintageDiff';
import { formatValue } from './format';

const CONFIDENCE: Record<Lang, Record<Confidence, string>> = {
	en: {
		low: 'low',
		'low-medium': 'low to medium',
		medium: 'medium',
		'medium-high': 'medium to high',
		high: 'high'
	},
	zh: { low: '低', 'low-medium': '中低', medium: '中', 'medium-high': '中高', high: '高' }
};

const en = {
	heading: (pinned: string, latest: string) =>
		`This link was made with the data vintage ${pinned} and shows that data’s numbers. Newer data exists (${latest}); what changed:`,
	switchTo: (latest: string) => `Show the newer data (${latest})`,
	more: (n: number) => `and ${n} more changes`,
	none: 'No figure the model uses changed.'
};
const zh: typeof en = {
	heading: (pinned, latest) =>
		`此链接使用数据版本 ${pinned}，现按该版本的数字显示。已有更新的数据（${latest}），变化如下：`,
	switchTo: (latest) => `改用新数据（${latest}）`,
	more: (n) => `另有 ${n} 处变化`,
	none: '模型所用的数字没有变化。'
};
export const vintageMessages: Record<Lang, typeof en> = { en, zh };

/** One change in a sentence: “GDP 2023: 4.38 → 4.74 trillion yuan (basis c4 → c5)”. */
export function describeVintageChange(item: VintageChangeItem, lang: Lang): string {
	const what = `${item.name[lang]} ${item.year}`;
	const value = (x: number) => formatValue(x, item.unit, lang);
	const c = item.change;
	const zhText = lang === 'zh';
	switch (c.kind) {
		case 'added':
			return zhText ? `${what}：新增 ${value(c.value)}` : `${what}: added, ${value(c.value)}`;
		case 'removed':
			return zhText
				? `${what}：删除（原为 ${value(c.value)}）`
				: `${what}: removed (was ${value(c.value)})`;
		case 'value': {
			const basis =
				c.fromBasis === c.toBasis
					? ''
					: zhText
						? `（口径 ${c.fromBasis} → ${c.toBasis}）`
						: ` (basis ${c.fromBasis} → ${c.toBasis})`;
			return `${what}${zhText ? '：' : ': '}${value(c.from)} → ${value(c.to)}${basis}`;
		}
		case 'confidence':
			return zhText
				? `${what}：可信度 ${CONFIDENCE.zh[c.from]} → ${CONFIDENCE.zh[c.to]}`
				: `${what}: confidence ${CONFIDENCE.en[c.from]} → ${CONFIDENCE.en[c.to]}`;
		case 'unverified':
			return zhText ? `${what}：标为未核实` : `${what}: marked unverified`;
		case 'not_comparable':
			return zhText
				? `${what}：标为与序列口径不可比`
				: `${what}: marked not comparable with the series`;
		case 'alternatives':
			return zhText
				? `${what}：其他发布值 ${c.from} → ${c.to} 个`
				: `${what}: other published values ${c.from} → ${c.to}`;
	}
}
