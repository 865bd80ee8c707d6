import { addEpisode } from '../../model';
import type { BoardSession } from '../session';
import type { ActionContext } from './types';
import { revealEpisode } from './viewActions';

/** "Add episode": a new last episode, named by its number, brought into view. Returns its id. */
export function addEpisodeAtEnd(session: BoardSession, { t }: ActionContext): string {
  const board = session.store.getBoard();
  const last = board.episodes.at(-1);
  const episodeId = addEpisode(session.doc, {
    title: t('ui.series.newEpisodeTitle', { n: board.episodes.length + 1 }),
    afterEpisodeId: last?.id ?? null,
  });
  // Bring the new lane into view, where its first shot will be added.
  revealEpisode(session, episodeId);
  return episodeId;
}
