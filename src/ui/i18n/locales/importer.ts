// The importer area's strings in both languages (tests read them here; the app loads one language, see ../index.ts).
export { en } from './importer.en';
export { zhCN } from './importer.zhCN';
