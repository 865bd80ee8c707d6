// The versionView area's strings in both languages (tests read them here; the app loads one language, see ../index.ts).
export { en } from './versionView.en';
export { zhCN } from './versionView.zhCN';
