// Strings of the canvas area. Keys are looked up as 'canvas.<key>'. Keep en and zh-CN in step.
export const en = {} as Record<string, unknown>;
export const zhCN: typeof en = {};
