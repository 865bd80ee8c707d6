// The history area's strings in both languages (tests read them here; the app loads one language, see ../index.ts).
export { en } from './history.en';
export { zhCN } from './history.zhCN';
