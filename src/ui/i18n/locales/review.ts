// Strings of the director's review. Keys read as 'review.<key>'.
export const en = {
  approval: 'Approval',
  status: { approved: 'Approved', changes: 'Changes requested', pending: 'Pending' },
  setBy: 'Set by {{name}}, {{when}}',
  onlyDirectors: 'Directors and the owner approve shots.',
  progress: '{{approved}}/{{total}} approved',
};

export const notesEn = {
  title: 'Notes',
  none: 'No notes on this shot yet.',
  add: 'Add a note for this shot',
  addButton: 'Add note',
  reply: 'Reply',
  replyButton: 'Reply',
  resolve: 'Resolve',
  reopen: 'Reopen',
  resolved: 'Resolved',
  threadBy: 'Note by {{name}}',
  count: '{{count}} / {{max}}',
};
export const zhCN: typeof en = {
  approval: '审批',
  status: { approved: '已通过', changes: '需修改', pending: '待审' },
  setBy: '{{name}} 于 {{when}} 设置',
  onlyDirectors: '只有导演和所有者可以审批镜头。',
  progress: '已通过 {{approved}}/{{total}}',
};

export const notesZhCN: typeof notesEn = {
  title: '批注',
  none: '这个镜头还没有批注。',
  add: '为这个镜头添加批注',
  addButton: '添加批注',
  reply: '回复',
  replyButton: '回复',
  resolve: '标记为已解决',
  reopen: '重新打开',
  resolved: '已解决',
  threadBy: '{{name}} 的批注',
  count: '{{count}} / {{max}}',
};
