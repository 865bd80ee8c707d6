// The sound area's strings in both languages (tests read them here; the app loads one language, see ../index.ts).
export { en } from './sound.en';
export { zhCN } from './sound.zhCN';
