// The canvas area's strings in both languages (tests read them here; the app loads one language, see ../index.ts).
export { en } from './canvas.en';
export { zhCN } from './canvas.zhCN';
