import * as Y from 'yjs';
import { getRecordMap, getSuggestionsMap, setField, transact } from '../doc';
import type { SuggestionAlternative, SuggestionKind, SuggestionStatus } from '../suggestions/types';

/**
 * Suggestions in the board doc (docs/schema.md). The server writes them while a provider
 * streams, so the whole room watches the cards arrive; users only change their status.
 */
export interface CreateSuggestionInput {
  id: string;
  shotIds: string[];
  kind: SuggestionKind;
  provider: string;
  model: string;
  requestedBy: string;
  createdAt: number;
}

export function createSuggestion(doc: Y.Doc, input: CreateSuggestionInput, origin?: unknown): void {
  transact(doc, origin, () => {
    const map = new Y.Map<unknown>();
    getSuggestionsMap(doc).set(input.id, map);
    map.set('shotIds', [...input.shotIds]);
    map.set('kind', input.kind);
    map.set('status', 'streaming' satisfies SuggestionStatus);
    map.set('provider', input.provider);
    map.set('model', input.model);
    map.set('requestedBy', input.requestedBy);
    map.set('createdAt', input.createdAt);
    // Appended one at a time as the provider streams them.
    map.set('alternatives', new Y.Array<SuggestionAlternative>());
    map.set('error', null);
  });
}

export function addSuggestionAlternative(doc: Y.Doc, id: string, alternative: SuggestionAlternative, origin?: unknown): void {
  const map = getRecordMap(getSuggestionsMap(doc), id);
  const alternatives = map?.get('alternatives');
  if (!(alternatives instanceof Y.Array)) return;
  transact(doc, origin, () => alternatives.push([alternative]));
}

/** Ends a streaming suggestion: ready, or failed with a message to show. */
export function finishSuggestion(doc: Y.Doc, id: string, result: { error?: string }, origin?: unknown): void {
  const map = getRecordMap(getSuggestionsMap(doc), id);
  if (!map) return;
  transact(doc, origin, () => {
    setField(map, 'status', result.error ? 'failed' : 'ready');
    setField(map, 'error', result.error ?? null);
  });
}
