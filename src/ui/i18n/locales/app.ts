// Strings of the app shell (loading and failure states). Keys are looked up as 'app.<key>'.
export const en = {
  loadingBoard: 'Opening board…',
  boardFailed: 'This board could not be opened',
  backHome: 'Back to all boards',
};
export const zhCN: typeof en = {
  loadingBoard: '正在打开故事板…',
  boardFailed: '无法打开这个故事板',
  backHome: '返回全部故事板',
};
