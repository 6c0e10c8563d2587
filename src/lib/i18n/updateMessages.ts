// Every visible string of the update notice (UpdateNotice.svelte), in English and Chinese. The
// Chinese dictionary is typed by the English one, so a string missing in either is a type error.
import type { Lang } from '../model/types';

const en = {
	ready:
		'A newer version of this app is available. Reload to use it; your scenario is kept in the address.',
	active:
		'This app was updated in another tab. Reload this page so that it runs the new version too; your scenario is kept in the address.',
	reload: 'Reload',
	later: 'Later'
};

export type UpdateMessages = typeof en;

const zh: UpdateMessages = {
	ready: '本应用有新版本可用。重新加载即可使用；你的情景保存在地址中，不会丢失。',
	active:
		'本应用已在另一个标签页中更新。请重新加载此页，使其也运行新版本；你的情景保存在地址中，不会丢失。',
	reload: '重新加载',
	later: '稍后'
};

export const updateMessages: Record<Lang, UpdateMessages> = { en, zh };
