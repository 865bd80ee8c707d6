// Chinese strings of the ai area; typed by the English ones (ai.en.ts), so the two stay in step.
import type { en } from './ai.en';

export const zhCN: typeof en = {
  tab: '建议',
  suggest: '建议',
  suggestHint: '为选中的镜头建议情绪节拍和台词',
  needsSelection: '先选中一个或多个镜头，再请求建议。',
  needsServer: '建议来自服务器；这个故事板还没有上传到服务器。',
  dialog: {
    title: '为 {{count}} 个镜头提供建议',
    title_one: '为镜头 {{number}} 提供建议',
    kind: '建议内容',
    kinds: { both: '节拍和台词', beats: '情绪节拍', dialogue: '台词' },
    alternatives: '每个镜头的备选数',
    intensity: '强度',
    melodrama: '克制 ↔ 狗血',
    humour: '幽默',
    low: '低',
    high: '高',
    submit: '建议',
    provider: '来源：{{provider}}',
  },
  provider: {
    offline: '离线引擎（模板，不是 AI 模型）',
    openai: '{{model}}',
  },
  panel: {
    empty: '还没有建议。选中镜头后按“建议”（S）。',
    acceptAll: '全部采纳',
    regenerateAll: '全部重新生成',
    sent: '发送了什么',
    sentHint: '此标签页最近一次请求发给提供方的故事板上下文。',
  },
  card: {
    label: '镜头 {{number}} 的建议',
    missingShot: '已删除的镜头',
    by: '{{name}} 请求 · {{provider}}',
    status: {
      streaming: '正在生成…',
      ready: '已就绪',
      failed: '失败',
      accepted: '已采纳',
      dismissed: '已忽略',
    },
    alternative: '备选 {{n}}',
    accept: '采纳',
    acceptLabel: '为镜头 {{number}} 采纳备选 {{n}}',
    dismiss: '忽略',
    regenerate: '重新生成',
    retry: '重试',
    intensity: '强度 {{value}}',
    noSpeaker: '（无说话人）',
    addresses: '旨在解决：{{checks}}',
  },
  errors: {
    failed: '建议失败：{{message}}',
  },
  settings: {
    title: '建议',
    offlineHint: '内置：情绪节拍语法加模板台词。服务器管理员可以在服务器设置中接入模型（见 README）。',
    openaiHint: '由服务器管理员配置的 OpenAI 兼容服务器。密钥只保存在服务器上。',
  },
};
