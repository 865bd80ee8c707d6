// Strings of the sketch area. Keys are looked up as 'sketch.<key>'. Keep en and zh-CN in step.
export const en = {} as Record<string, unknown>;
export const zhCN: typeof en = {};
