// Chinese strings of the app area; typed by the English ones (app.en.ts), so the two stay in step.
import type { en } from './app.en';

export const zhCN: typeof en = {
  loadingBoard: '正在打开故事板…',
  boardFailed: '无法打开这个故事板',
  backHome: '返回全部故事板',
  notFound: '此浏览器中没有这个故事板。它可能已被删除，或是在其他浏览器中创建的。',
  newerSchema: '这个故事板由更新版本的 Beatboard 制作（格式 {{found}}，当前版本最多支持 {{supported}}）。请更新 Beatboard 后再打开；故事板内容未被改动。',
  loadingFromServer: '正在从服务器加载故事板…',
  loadingFromServerProgress: '正在加载故事板 {{percent}}%',
  linkRefused: '服务器拒绝了这个链接：它可能已被故事板所有者撤销，或属于另一台服务器。请向所有者索取新链接。',
  storageFailed: '重试后，此浏览器仍无法从本地存储读取这个故事板。没有任何内容被改动或丢失，故事板仍按原样保存。请重试；若反复出现，请重启浏览器。',
  tryAgain: '重试',
};
