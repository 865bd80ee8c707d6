// Strings of the app area. Keys are looked up as 'app.<key>'. Keep en and zh-CN in step.
export const en = {} as Record<string, unknown>;
export const zhCN: typeof en = {};
