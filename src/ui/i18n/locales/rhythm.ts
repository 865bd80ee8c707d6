// The rhythm area's strings in both languages (tests read them here; the app loads one language, see ../index.ts).
export { en } from './rhythm.en';
export { zhCN } from './rhythm.zhCN';
