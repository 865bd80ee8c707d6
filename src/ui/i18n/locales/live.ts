// The live area's strings in both languages (tests read them here; the app loads one language, see ../index.ts).
export { en } from './live.en';
export { zhCN } from './live.zhCN';
