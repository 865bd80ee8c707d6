// Strings of the ui area. Keys are looked up as 'ui.<key>'. Keep en and zh-CN in step.
export const en = {} as Record<string, unknown>;
export const zhCN: typeof en = {};
