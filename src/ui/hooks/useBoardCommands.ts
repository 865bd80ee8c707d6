import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { addEpisode } from '../../model';
import { useBoardSession } from '../../editor/session';
import { runAction } from '../../editor/actions';
import { revealEpisode } from '../../editor/viewActions';
import { useRunCommand } from './useCommand';

/**
 * "Add episode" and "Add shot" as the top bar and the series panel offer them. Adding a shot
 * runs the same editor action as its keyboard shortcut, so both put the shot in the same place.
 */
export function useBoardCommands() {
  const { t } = useTranslation();
  const session = useBoardSession();
  const run = useRunCommand();

  const addEpisodeAtEnd = useCallback(() => {
    const board = session.store.getBoard();
    const last = board.episodes[board.episodes.length - 1];
    const episodeId = run((doc) =>
      addEpisode(doc, {
        title: t('ui.series.newEpisodeTitle', { n: board.episodes.length + 1 }),
        afterEpisodeId: last?.id ?? null,
      }),
    );
    // Bring the new lane into view, where its first shot will be added.
    if (episodeId) revealEpisode(session, episodeId);
    return episodeId;
  }, [session, run, t]);

  const addShot = useCallback(() => run(() => runAction(session, 'addShot')), [session, run]);

  return { addEpisodeAtEnd, addShot };
}
