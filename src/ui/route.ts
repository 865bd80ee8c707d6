import { useSyncExternalStore } from 'react';

// Hash routes keep the app a static bundle that any server (or a file) can host:
// #/ is the home screen, #/board/<id> an open board, and #/board/<id>?token=<t> a share link
// (docs/server-api.md), which the app turns into a board on the home screen.
export type Route = { name: 'home' } | { name: 'board'; boardId: string; token?: string };

export function parseRoute(hash: string): Route {
  const match = /^#\/board\/([^/?#]+)(?:\?(.*))?/.exec(hash);
  if (!match) return { name: 'home' };
  const token = new URLSearchParams(match[2] ?? '').get('token');
  return { name: 'board', boardId: decodeURIComponent(match[1]!), ...(token ? { token } : {}) };
}

/** Drops a link's token from the address bar (and history) once it has been stored. */
export function forgetLinkToken(boardId: string): void {
  history.replaceState(history.state, '', `#/board/${encodeURIComponent(boardId)}`);
  window.dispatchEvent(new HashChangeEvent('hashchange'));
}

export function navigate(route: Route): void {
  window.location.hash = route.name === 'board' ? `#/board/${encodeURIComponent(route.boardId)}` : '#/';
}

function subscribe(listener: () => void) {
  window.addEventListener('hashchange', listener);
  return () => window.removeEventListener('hashchange', listener);
}

export function useRoute(): Route {
  const hash = useSyncExternalStore(subscribe, () => window.location.hash);
  return parseRoute(hash);
}
