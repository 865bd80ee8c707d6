import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { applyRestore, type RestoreChoice } from '../../collab/versions/applyRestore';
import { useBoardSession } from '../../hooks/session';
import type { VersionSnapshot } from '../../model/versions/types';
import { describeCommandError } from '../hooks/useCommand';
import { useNotify } from '../notify';
import { useSafetyVersion } from './useSafetyVersion';

/**
 * Restoring from a version (or a backup): first the board as it is becomes an automatic
 * version, then the choice is applied as one forward change of this user, which everyone in
 * the room receives and which this user's Ctrl+Z takes back.
 */
export function useRestoreVersion() {
  const { t } = useTranslation();
  const session = useBoardSession();
  const notify = useNotify();
  const safety = useSafetyVersion();
  const { saveFirst } = safety;

  const restore = useCallback(async (
    snapshot: VersionSnapshot,
    choice: RestoreChoice,
    reason: 'before-restore' | 'before-backup-restore',
    doneMessage: string,
  ): Promise<boolean> => {
    if (!(await saveFirst(reason))) return false;
    try {
      applyRestore(session, snapshot, choice);
    } catch (error) {
      console.error(error);
      notify.error(describeCommandError(error, t));
      return false;
    }
    notify.info(doneMessage);
    return true;
  }, [notify, saveFirst, session, t]);

  return { restore, dialog: safety.dialog };
}
