// The review area's strings in both languages (tests read them here; the app loads one language, see ../index.ts).
export { en, notesEn } from './review.en';
export { zhCN, notesZhCN } from './review.zhCN';
