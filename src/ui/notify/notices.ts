import { createStore } from '../../editor/store';

// App-wide notices (errors and confirmations) live in one small store outside React, so any
// code path, including non-React ones such as a failed save, can report to the person.

export type NoticeKind = 'error' | 'info';

export interface Notice {
  id: number;
  kind: NoticeKind;
  message: string;
}

export const noticeStore = createStore<readonly Notice[]>([]);

const AUTO_DISMISS_MS: Record<NoticeKind, number> = { info: 4000, error: 8000 };
const MAX_VISIBLE = 4;
let nextId = 1;

export function dismissNotice(id: number): void {
  noticeStore.set((list) => list.filter((notice) => notice.id !== id));
}

/** Shows a short message in the notice area; errors stay longer than confirmations. */
export function notify(message: string, kind: NoticeKind = 'info'): number {
  const id = nextId++;
  noticeStore.set((list) => {
    // The same message twice in a row (e.g. a repeated failing keystroke) is shown once.
    const withoutRepeat = list.filter((notice) => notice.message !== message);
    return [...withoutRepeat, { id, kind, message }].slice(-MAX_VISIBLE);
  });
  setTimeout(() => dismissNotice(id), AUTO_DISMISS_MS[kind]);
  return id;
}

export interface Notifier {
  info(message: string): void;
  error(message: string): void;
}

const notifier: Notifier = {
  info: (message) => void notify(message, 'info'),
  error: (message) => void notify(message, 'error'),
};

/** Hook form for components; the notifier is stable, so it is safe in effect dependencies. */
export function useNotify(): Notifier {
  return notifier;
}
