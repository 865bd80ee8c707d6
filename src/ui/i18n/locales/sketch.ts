// The sketch area's strings in both languages (tests read them here; the app loads one language, see ../index.ts).
export { en } from './sketch.en';
export { zhCN } from './sketch.zhCN';
