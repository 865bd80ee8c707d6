// The animatic area's strings in both languages (tests read them here; the app loads one language, see ../index.ts).
export { en } from './animatic.en';
export { zhCN } from './animatic.zhCN';
