export { notify, useNotify, dismissNotice, type Notifier, type NoticeKind } from './notices';
export { NoticeArea } from './NoticeArea';
