import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { NotFoundError, ValidationError } from '../../model/errors';
import { useBoardSession } from '../../hooks/session';
import { useNotify } from '../notify';
import type * as Y from 'yjs';

/** Turns a command's error into a sentence in the interface language. */
export function describeCommandError(error: unknown, t: TFunction): string {
  if (error instanceof NotFoundError) return t(`ui.errors.notFound.${error.kind}`);
  if (error instanceof ValidationError) {
    if (error.field === 'durationMs') return t('ui.errors.duration');
    // Model messages are written for people already; show them as they are.
    return error.message;
  }
  return t('ui.errors.generic');
}

/**
 * Runs a model command on the open board's doc and reports any failure as a notice, so a bad
 * write never surfaces as a blank screen. Returns the command's result, or undefined if it failed.
 */
export function useRunCommand() {
  const { doc } = useBoardSession();
  const { t } = useTranslation();
  const notify = useNotify();
  return useCallback(
    <R,>(command: (doc: Y.Doc) => R): R | undefined => {
      try {
        return command(doc);
      } catch (error) {
        if (!(error instanceof ValidationError || error instanceof NotFoundError)) console.error(error);
        notify.error(describeCommandError(error, t));
        return undefined;
      }
    },
    [doc, t, notify],
  );
}
