// The Chinese strings of updateMessages.ts, which says what they are for: a module of their own, so
// that the browser loads only the page's language (see messages.ts).
import type { UpdateMessages } from './updateMessages.en';

export const zh: UpdateMessages = {
	ready: '本应用有新版本可用。重新加载即可使用；你的情景保存在地址中，不会丢失。',
	active:
		'本应用已在另一个标签页中更新。请重新加载此页，使其也运行新版本；你的情景保存在地址中，不会丢失。',
	reload: '重新加载',
	later: '稍后'
};
