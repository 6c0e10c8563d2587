// Every visible string of the update notice (UpdateNotice.svelte), in English and Chinese. The
// Chinese dictionary is typed by the English one, so a string missing in either is a type error.
import type { Lang } from '../model/types';
import type { UpdateMessages } from './updateMessages.en';
import { en } from './updateMessages.en';
import { zh } from './updateMessages.zh';

export type { UpdateMessages } from './updateMessages.en';

export const updateMessages: Record<Lang, UpdateMessages> = { en, zh };
