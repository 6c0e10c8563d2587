// Every visible string of the share menu and the embed view, in English and Chinese. The Chinese
// dictionary is typed by the English one, so a string missing in either is a type error.
import type { Lang } from '../model/types';

const en = {
	shareHelp: 'The link holds every assumption: whoever opens it sees exactly these numbers.',
	linkLabel: 'Link to this scenario',
	copyLink: 'Copy link',
	linkCopied: 'Link copied',
	copyManually: 'Press Ctrl+C / ⌘C to copy',
	shareNative: 'Share with an app…',
	namedAs: (name: string) => `The link and the card carry this scenario’s name: “${name}”.`,
	card: 'Open the one-page card (to print or show)',
	qrHeading: 'QR code',
	qrAlt: 'QR code of this link',
	qrLoading: 'Drawing the QR code…',
	qrTooLong: 'This link is too long for a QR code; copy it instead.',
	qrFailed: 'The QR code could not be drawn; the link above still works.',
	embedHeading: 'Embed on a web page',
	embedHelp:
		'Paste this code into a web page to show these verdicts, kept up to date with the data.',
	embedLabel: 'Embed code',
	copyEmbed: 'Copy embed code',
	embedCopied: 'Embed code copied',
	/** The embed's iframe title: the plan's short title (`Plan.shortTitle`), under a scenario. */
	iframeTitle: (planTitle: string) => `${planTitle} under a scenario`,
	openFull: 'Open in the full app',
	openFullLabel: 'Open this scenario in the full app (new tab)',
	embedChange: (label: string, value: string) => `${label} ${value}`,
	embedAssumptions: (changes: string[], more: number, asOf: number) =>
		`Assumptions: ${changes.length === 0 ? 'the defaults (each driver’s recent trend)' : changes.join('; ')}${more > 0 ? ` and ${more} more` : ''}. Data published up to ${asOf}.`,
	embedVintage: (vintage: string, asOf: number) =>
		`Data vintage ${vintage}, figures published up to ${asOf}.`
};

export type ShareMessages = typeof en;

const zh: ShareMessages = {
	shareHelp: '链接包含全部假设：任何人打开它，看到的都是这些数字。',
	linkLabel: '此情景的链接',
	copyLink: '复制链接',
	linkCopied: '链接已复制',
	copyManually: '请按 Ctrl+C / ⌘C 复制',
	shareNative: '通过应用分享…',
	namedAs: (name) => `链接和卡片带有此情景的名称：“${name}”。`,
	card: '打开一页情景卡片（可打印或放映）',
	qrHeading: '二维码',
	qrAlt: '此链接的二维码',
	qrLoading: '正在生成二维码…',
	qrTooLong: '此链接过长，无法生成二维码；请复制链接。',
	qrFailed: '二维码未能生成；上方的链接仍然可用。',
	embedHeading: '嵌入网页',
	embedHelp: '把这段代码粘贴到网页中，即可显示这些判断结果，并随数据更新。',
	embedLabel: '嵌入代码',
	copyEmbed: '复制嵌入代码',
	embedCopied: '嵌入代码已复制',
	iframeTitle: (planTitle) => `${planTitle}：情景测算`,
	openFull: '在完整应用中打开',
	openFullLabel: '在完整应用中打开此情景（新标签页）',
	embedChange: (label, value) => `${label} ${value}`,
	embedAssumptions: (changes, more, asOf) =>
		`假设：${changes.length === 0 ? '默认值（各驱动量的近期趋势）' : changes.join('；')}${more > 0 ? `，另有 ${more} 项` : ''}。所用数据截至 ${asOf} 年公布。`,
	embedVintage: (vintage, asOf) => `数据版本 ${vintage}，使用截至 ${asOf} 年公布的数字。`
};

export const shareMessages: Record<Lang, ShareMessages> = { en, zh };
