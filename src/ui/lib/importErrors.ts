import type { TFunction } from 'i18next';
import { BackupError } from '../../io/backupError';
import { ScriptError } from '../../io/script/types';
import { NewerSchemaError } from '../../model/errors';

/**
 * Why a script or a backup file was refused, in the interface's language: the error's code
 * picks the string (`importer.errors.script.<code>`, `importer.errors.backup.<code>`). A code
 * without a string keeps the error's English message; any other error keeps its own text.
 */
export function importErrorText(t: TFunction, error: unknown): string {
  if (error instanceof ScriptError) {
    return t(`importer.errors.script.${error.code}`, { ...error.values, defaultValue: error.message });
  }
  if (error instanceof BackupError) {
    return t(`importer.errors.backup.${error.code}`, { defaultValue: error.message });
  }
  if (error instanceof NewerSchemaError) {
    return t('importer.errors.backup.newer-schema', { found: error.found, supported: error.supported, defaultValue: error.message });
  }
  return error instanceof Error ? error.message : String(error);
}
