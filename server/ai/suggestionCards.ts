import {
  addSuggestionAlternative, createSuggestion, finishSuggestion, newId, type SuggestionAlternative, type SuggestionContext,
  type SuggestionKind,
} from '../../src/model';
import type { Room } from '../sync/room';

/** What each card of a request says about where it came from. */
export interface SuggestionCardOrigin {
  kind: SuggestionKind;
  provider: string;
  model: string;
  /** The asker's name as the cards show it. */
  requestedBy: string;
}

/**
 * The suggestion cards of one request in a live room, written with the model's suggestion
 * commands so the whole room sees them arrive.
 */
export interface SuggestionCards {
  /** Card id by shot id. */
  readonly ids: ReadonlyMap<string, string>;
  /** Adds an alternative to its shot's card; the card's id, or null when its shot has no card. */
  add(alternative: SuggestionAlternative): Promise<string | null>;
  /** Ends every card, as failed when there is an error; only the first call counts. */
  finish(error?: string): Promise<void>;
}

/**
 * Creates one card per selected shot of the context, so each can be accepted, dismissed or
 * regenerated on its own.
 */
export async function openSuggestionCards(
  room: Pick<Room, 'change'>,
  context: SuggestionContext,
  origin: SuggestionCardOrigin,
): Promise<SuggestionCards> {
  const selected = context.shots.filter((shot) => shot.selected).map((shot) => shot.id);
  const ids = new Map(selected.map((shotId) => [shotId, newId()]));
  const createdAt = Date.now();
  await room.change((doc) => {
    for (const [shotId, id] of ids) createSuggestion(doc, { id, shotIds: [shotId], ...origin, createdAt });
  });

  let ended = false;
  return {
    ids,
    async add(alternative) {
      const id = ids.get(alternative.shotId);
      if (!id) return null;
      await room.change((doc) => addSuggestionAlternative(doc, id, alternative));
      return id;
    },
    async finish(error) {
      if (ended) return;
      ended = true;
      await room.change((doc) => {
        for (const id of ids.values()) finishSuggestion(doc, id, { error });
      });
    },
  };
}
