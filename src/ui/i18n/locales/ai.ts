// The ai area's strings in both languages (tests read them here; the app loads one language, see ../index.ts).
export { en } from './ai.en';
export { zhCN } from './ai.zhCN';
