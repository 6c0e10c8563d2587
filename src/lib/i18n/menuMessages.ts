// The toolbar's menus before they are opened, in English and Chinese: the Export and Share
// buttons and frames and the link to saved scenarios. A menu's items and their wording load with
// it when it is first opened (exportMessages.ts, shareMessages.ts).
import { en } from './menuMessages.en';
import { zh } from './menuMessages.zh';

export const menuMessages = { en, zh };
