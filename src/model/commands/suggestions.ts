import * as Y from 'yjs';
import { getRecordMap, getShotMap, getSuggestionsMap, setField, transact } from '../doc';
import { acceptableSuggestions, readSuggestion } from '../suggestions/read';
import type { BoardSnapshot } from '../types';
import type { SuggestionAlternative, SuggestionKind, SuggestionStatus } from '../suggestions/types';
import { insertDialogueLines } from './dialogue';
import { setBeat } from './shots';

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

/**
 * Applies one alternative to its shot (beat and/or dialogue, replacing the shot's lines) and
 * marks the suggestion accepted, in one transaction, so one undo takes both back.
 */
export function acceptSuggestion(doc: Y.Doc, id: string, alternativeIndex: number, origin?: unknown): void {
  const suggestion = readSuggestion(doc, id);
  const alternative = suggestion?.alternatives[alternativeIndex];
  const map = getRecordMap(getSuggestionsMap(doc), id);
  if (!suggestion || !alternative || !map) return;
  transact(doc, origin, () => {
    const shot = getShotMap(doc, alternative.shotId);
    if (!shot) return;
    if (alternative.beat) setBeat(doc, [alternative.shotId], alternative.beat, origin);
    if (alternative.dialogue) {
      const dialogue = shot.get('dialogue');
      if (dialogue instanceof Y.Array) {
        dialogue.delete(0, dialogue.length);
        insertDialogueLines(dialogue, 0, alternative.dialogue);
      }
    }
    setField(map, 'status', 'accepted' satisfies SuggestionStatus);
  });
}

/**
 * "Accept all": the first alternative of every open card whose shot is on `board` (see
 * `acceptableSuggestions`), in the panel's order, as one transaction and so one undo step.
 * Returns the ids of the cards accepted.
 */
export function acceptAllSuggestions(doc: Y.Doc, board: BoardSnapshot, origin?: unknown): string[] {
  const ids = acceptableSuggestions(doc, board).map((suggestion) => suggestion.id);
  if (ids.length > 0) transact(doc, origin, () => ids.forEach((id) => acceptSuggestion(doc, id, 0, origin)));
  return ids;
}

export function dismissSuggestion(doc: Y.Doc, id: string, origin?: unknown): void {
  const map = getRecordMap(getSuggestionsMap(doc), id);
  if (!map) return;
  transact(doc, origin, () => setField(map, 'status', 'dismissed' satisfies SuggestionStatus));
}
