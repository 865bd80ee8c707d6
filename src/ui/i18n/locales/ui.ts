// Strings of the ui area. Keys are looked up as 'ui.<key>'. The area is large, so each language
// has its own file (ui.en.ts, ui.zhCN.ts); zhCN is typed as en, so the two stay in step.
export { en } from './ui.en';
export { zhCN } from './ui.zhCN';
