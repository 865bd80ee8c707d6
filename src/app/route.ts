import { useSyncExternalStore } from 'react';

// Hash routes keep the app a static bundle that any server (or a file) can host:
// #/ is the home screen, #/board/<id> an open board.
export type Route = { name: 'home' } | { name: 'board'; boardId: string };

export function parseRoute(hash: string): Route {
  const match = /^#\/board\/([^/?#]+)/.exec(hash);
  return match ? { name: 'board', boardId: decodeURIComponent(match[1]) } : { name: 'home' };
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
