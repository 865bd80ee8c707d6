import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { runAction } from '../../editor/actions/registry';
import { useBoardSession } from '../../hooks/session';
import { useRunCommand } from './useCommand';

/**
 * Runs a registered board action from a button or menu, the way its key would (only when
 * enabled), with the interface's words and any failure shown as a notice. Returns whether it ran.
 */
export function useRunAction(): (id: string) => boolean {
  const { t } = useTranslation();
  const session = useBoardSession();
  const run = useRunCommand();
  return useCallback((id: string) => run(() => runAction(session, id, { t })) ?? false, [session, run, t]);
}

/**
 * "Add episode" and "Add shot" as the top bar and the series panel offer them: the registered
 * actions, so the button and the shortcut put the shot in the same place.
 */
export function useBoardCommands() {
  const runBoardAction = useRunAction();
  const addEpisodeAtEnd = useCallback(() => runBoardAction('addEpisode'), [runBoardAction]);
  const addShot = useCallback(() => runBoardAction('addShot'), [runBoardAction]);
  return { addEpisodeAtEnd, addShot };
}
