import { useEffect, useState } from 'react';
import { getSuggestionsMap, readSuggestions, type Suggestion, type SuggestionContext, type SuggestionRequest } from '../model';
import type { BoardSession } from '../editor/session';
import { createStore, type Store } from '../editor/store';
import { requestSuggestions } from './requestSuggestions';

/** The board's suggestion cards, newest first, re-read when any of them changes. */
export function useSuggestions(session: BoardSession): Suggestion[] {
  const [list, setList] = useState(() => readSuggestions(session.doc));
  useEffect(() => {
    const map = getSuggestionsMap(session.doc);
    let frame = 0;
    // Cards stream in a few alternatives at a time; one re-read per frame is plenty.
    const onChange = () => {
      if (frame) return;
      frame = requestAnimationFrame(() => {
        frame = 0;
        setList(readSuggestions(session.doc));
      });
    };
    map.observeDeep(onChange);
    // Cards may have changed between the first render and this subscription (the panel loads
    // on first use, while the server is already writing): catch up once.
    setList(readSuggestions(session.doc));
    return () => {
      map.unobserveDeep(onChange);
      cancelAnimationFrame(frame);
    };
  }, [session]);
  return list;
}

const sentContexts = new WeakMap<BoardSession, Store<SuggestionContext | null>>();

/** The context the provider received for this tab's last request ("what was sent"). */
export function lastSentContext(session: BoardSession): Store<SuggestionContext | null> {
  let store = sentContexts.get(session);
  if (!store) sentContexts.set(session, (store = createStore<SuggestionContext | null>(null)));
  return store;
}

/**
 * Sends a request; the cards arrive through the board doc, for everyone. Resolves when the
 * stream ends, with an error message when it failed before any card could say so.
 */
export async function askForSuggestions(session: BoardSession, request: SuggestionRequest): Promise<string | null> {
  const token = session.sync.get().token;
  if (!token) return null;
  let failure: string | null = null;
  let started = false;
  await requestSuggestions({
    boardId: session.boardId,
    token,
    request,
    requestedBy: session.presence.identity().name,
    onEvent(event) {
      if (event.type === 'started') {
        started = true;
        lastSentContext(session).set(event.context);
      } else if (event.type === 'error' && !started) {
        // Errors after the start are written on the cards themselves.
        failure = event.message;
      }
    },
  });
  return failure;
}
