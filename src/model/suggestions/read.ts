import * as Y from 'yjs';
import { readingPositions } from '../derived';
import { getRecordMap, getSuggestionsMap } from '../doc';
import { BEAT_TYPES, EMOTIONS, type BoardSnapshot, type DialogueLine } from '../types';
import { RULE_IDS, type RuleId } from '../rhythm/types';
import type { SuggestionAlternative, SuggestionKind, SuggestionStatus } from './types';

export interface Suggestion {
  id: string;
  shotIds: string[];
  kind: SuggestionKind;
  status: SuggestionStatus;
  provider: string;
  model: string;
  requestedBy: string;
  createdAt: number;
  alternatives: SuggestionAlternative[];
  error: string | null;
}

const KINDS: readonly string[] = ['beats', 'dialogue', 'both'];
const STATUSES: readonly string[] = ['streaming', 'ready', 'failed', 'accepted', 'dismissed'];

/** One suggestion as plain data; damaged entries read as defaults, like every other record. */
export function readSuggestion(doc: Y.Doc, id: string): Suggestion | undefined {
  const map = getRecordMap(getSuggestionsMap(doc), id);
  if (!map) return undefined;
  const alternatives = map.get('alternatives');
  const text = (key: string) => (typeof map.get(key) === 'string' ? (map.get(key) as string) : '');
  const shotIds = map.get('shotIds');
  return {
    id,
    shotIds: Array.isArray(shotIds) ? shotIds.filter((value): value is string => typeof value === 'string') : [],
    kind: (KINDS.includes(text('kind')) ? text('kind') : 'both') as SuggestionKind,
    status: (STATUSES.includes(text('status')) ? text('status') : 'failed') as SuggestionStatus,
    provider: text('provider'),
    model: text('model'),
    requestedBy: text('requestedBy'),
    createdAt: typeof map.get('createdAt') === 'number' ? (map.get('createdAt') as number) : 0,
    alternatives: alternatives instanceof Y.Array ? alternatives.toArray().flatMap(readAlternative) : [],
    error: typeof map.get('error') === 'string' ? (map.get('error') as string) : null,
  };
}

/** Every suggestion, newest first. */
export function readSuggestions(doc: Y.Doc): Suggestion[] {
  const list: Suggestion[] = [];
  getSuggestionsMap(doc).forEach((_value, id) => {
    const suggestion = readSuggestion(doc, id);
    if (suggestion) list.push(suggestion);
  });
  return list.sort((a, b) => b.createdAt - a.createdAt || a.id.localeCompare(b.id));
}

/** A card that can still be accepted: ready, with at least one alternative. */
export function isOpenSuggestion(suggestion: Suggestion): boolean {
  return suggestion.status === 'ready' && suggestion.alternatives.length > 0;
}

/**
 * Cards in the order the suggestions panel lists them: newest request first, the cards of one
 * request in board order (by their first shot). Stable, so equal cards keep their order.
 */
export function inPanelOrder(suggestions: readonly Suggestion[], board: BoardSnapshot): Suggestion[] {
  const position = readingPositions(board);
  const at = (suggestion: Suggestion) => position.get(suggestion.shotIds[0] ?? '') ?? 0;
  return [...suggestions].sort((a, b) => b.createdAt - a.createdAt || at(a) - at(b));
}

/** The cards "Accept all" takes: open, on a shot that is still on the board, in panel order. */
export function acceptableSuggestions(doc: Y.Doc, board: BoardSnapshot): Suggestion[] {
  const open = readSuggestions(doc).filter((suggestion) => isOpenSuggestion(suggestion) && board.shots[suggestion.shotIds[0] ?? '']);
  return inPanelOrder(open, board);
}

function readAlternative(value: unknown): SuggestionAlternative[] {
  if (typeof value !== 'object' || value === null) return [];
  const { shotId, beat, dialogue, rationale, addresses } = value as Record<string, unknown>;
  if (typeof shotId !== 'string') return [];
  return [
    {
      shotId,
      beat: readBeat(beat),
      dialogue: Array.isArray(dialogue) ? dialogue.flatMap(readLine) : null,
      rationale: typeof rationale === 'string' ? rationale : '',
      addresses: Array.isArray(addresses) ? addresses.filter((id): id is RuleId => RULE_IDS.includes(id as RuleId)) : [],
    },
  ];
}

function readBeat(value: unknown): SuggestionAlternative['beat'] {
  if (typeof value !== 'object' || value === null) return null;
  const { type, emotion, intensity } = value as Record<string, unknown>;
  return {
    type: (BEAT_TYPES as readonly unknown[]).includes(type) ? (type as (typeof BEAT_TYPES)[number]) : null,
    emotion: (EMOTIONS as readonly unknown[]).includes(emotion) ? (emotion as (typeof EMOTIONS)[number]) : null,
    intensity: typeof intensity === 'number' ? Math.max(0, Math.min(10, Math.round(intensity))) : 0,
  };
}

function readLine(value: unknown): DialogueLine[] {
  if (typeof value !== 'object' || value === null) return [];
  const { characterId, line, parenthetical } = value as Record<string, unknown>;
  if (typeof line !== 'string') return [];
  return [{
    characterId: typeof characterId === 'string' ? characterId : null,
    line,
    parenthetical: typeof parenthetical === 'string' ? parenthetical : '',
  }];
}
