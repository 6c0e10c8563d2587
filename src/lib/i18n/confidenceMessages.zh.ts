// The Chinese strings of confidenceMessages.ts, which says what they are for: a module of their own, so
// that the browser loads only the page's language (see messages.ts).
import { denominatorMessages } from './denominatorMessages';
import type { ConfidenceMessages } from './confidenceMessages.en';

export const zh: ConfidenceMessages = {
	label: '结论可信度',
	grade: { high: '高', medium: '中', low: '低' },
	gradeLine: (grade) => `本结论的可信度：${grade}`,
	separator: '；',
	noReasons: '依据目标年份的公布数据。',
	reasonsHeading: '原因',
	years: (years) => years.join('、'),
	reason(r, name) {
		switch (r.code) {
			case 'no_projection':
				return `无法预测：${r.drivers.map(name).join('、')}缺少假设。`;
			case 'projected_years':
				return `在所用的最后一个数据（${r.lastActualYear} 年）之后预测了 ${r.years} 年。`;
		}
		const who = `${name(r.driver)}（${this.years(r.years)} 年）`;
		switch (r.code) {
			case 'low_confidence':
				return `${who}：数据可信度${r.level === 'low' ? '低' : '中低'}。`;
			case 'user_entered':
				return `${who}：为你输入的值，并非公布数据。`;
			case 'user_supplied':
				return `${who}：为你根据公开发布补录的数字（用户补录）。`;
			case 'derived':
				return `${who}：由公布的增速推算，并非公布的总量。`;
			case 'secondary_source':
				return `${who}：仅有二手来源（未找到有地址的官方发布）。`;
			case 'unverified':
				return `${who}：未能与原始发布核对。`;
			case 'definition_differs':
				return `${who}：统计口径与目标指标的定义不同。`;
			case 'lower_bound':
				return `${who}：为下限（公布为“超过/以上”），并非确数。`;
			case 'approximate':
				return `${who}：公布值为约数（“左右”）。`;
			case 'preliminary':
				return `${who}：为初步数，此后通常修订。`;
			case 'estimate':
				return `${who}：为发布方自己的预计，并非实际值。`;
			case 'computed':
				return `${who}：由其他公布数推算，本身未公布。`;
			case 'alternative_denominator':
				return `${who}：${denominatorMessages.zh.reason[r.choice]}。`;
		}
	},
	field: {
		series: '序列',
		year: '年份',
		value: '数值',
		source: '来源',
		'source.title': '来源标题',
		'source.url': '来源网址',
		'source.date': '来源日期'
	},
	expected: {
		known_series: '数据中已有序列的标识',
		year: '1949 至 2100 之间的整数年份',
		number: '数字',
		positive: '大于零的数字',
		source: '含 title、url 和 date 的对象',
		title: '1 至 300 个字符的标题',
		web_address: '以 http:// 或 https:// 开头的网址',
		date: '形如 YYYY、YYYY-MM 或 YYYY-MM-DD 的日期'
	},
	unreadableFile: (path) => `无法读取数据补录文件“${path}”。`,
	problem(p) {
		switch (p.code) {
			case 'too_large':
				return `文件过大（${p.bytes} 字节；上限 ${p.max}）。`;
			case 'not_json':
				return '该文件不是 JSON。';
			case 'wrong_format':
				return '该文件不是本应用的数据补录文件（其“format”不是“bj-targets-data-update”）。';
			case 'wrong_version':
				return `本应用无法读取版本 ${p.version} 的文件（可读版本为 1）。`;
			case 'no_entries':
				return '该文件没有“entries”列表。';
			case 'too_many_entries':
				return `该文件有 ${p.count} 条记录，最多读取 ${p.max} 条。`;
			case 'unknown_field':
				return `第 ${p.entry} 条：未知字段“${p.field}”。`;
			case 'bad_field':
				return `第 ${p.entry} 条：${this.field[p.field]}应为${this.expected[p.expected]}，而不是“${p.value}”。`;
		}
	}
};
