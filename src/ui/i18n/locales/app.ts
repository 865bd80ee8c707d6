// The app area's strings in both languages (tests read them here; the app loads one language, see ../index.ts).
export { en } from './app.en';
export { zhCN } from './app.zhCN';
