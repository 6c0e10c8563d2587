// Strings of plans a reader loads from files that every page may show: the plan bar's menu, the
// picker's group and the user-supplied label. What a file action or a missing plan's link says is
// in userPlanNotes.ts, which loads only when there is something to say.
import { en } from './userPlanMessages.en';
import { zh } from './userPlanMessages.zh';

export const userPlanMessages = { en, zh };
