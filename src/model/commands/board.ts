import type * as Y from 'yjs';
import { getMetaMap, orderedEpisodes, setField, transact } from '../doc';
import { META_TEXT_LIMITS, clipFields } from '../limits';
import { AspectSchema, LanguageSchema, MetaPatchSchema, parseInput } from '../schema';
import { SCHEMA_VERSION, type Aspect, type BoardMeta } from '../types';
import { addEpisode } from './episodes';

export interface InitBoardInput {
  title: string;
  language?: string;
  aspect?: Aspect;
  logline?: string;
  /** Creation time in ms; a parameter so tests and imports can fix it. */
  now?: number;
}

/**
 * Gives an empty doc its meta and a first episode. On a doc that already has episodes (two
 * tabs initialising the same new board) it keeps them and returns the first.
 */
export function initBoard(doc: Y.Doc, input: InitBoardInput, origin?: unknown): { episodeId: string } {
  const { title, logline } = clipFields({
    title: parseInput(MetaPatchSchema.shape.title, input.title) ?? '',
    logline: parseInput(MetaPatchSchema.shape.logline, input.logline) ?? '',
  }, META_TEXT_LIMITS);
  const language = parseInput(LanguageSchema, input.language ?? 'en');
  const aspect = parseInput(AspectSchema, input.aspect ?? '9:16');
  return transact(doc, origin, () => {
    const meta = getMetaMap(doc);
    setField(meta, 'schemaVersion', SCHEMA_VERSION);
    setField(meta, 'title', title);
    setField(meta, 'logline', logline);
    setField(meta, 'language', language);
    setField(meta, 'aspect', aspect);
    if (typeof meta.get('createdAt') !== 'number') meta.set('createdAt', input.now ?? Date.now());
    const first = orderedEpisodes(doc)[0];
    return { episodeId: first ? first.id : addEpisode(doc, {}, origin) };
  });
}

export type BoardMetaPatch = Partial<Pick<BoardMeta, 'title' | 'logline' | 'language' | 'aspect'>>;

export function setBoardMeta(doc: Y.Doc, patch: BoardMetaPatch, origin?: unknown): void {
  const valid = clipFields(parseInput(MetaPatchSchema, patch), META_TEXT_LIMITS);
  transact(doc, origin, () => {
    const meta = getMetaMap(doc);
    for (const [key, value] of Object.entries(valid)) {
      if (value !== undefined) setField(meta, key, value);
    }
  });
}
