// Why a backup file cannot be restored. On its own, without the backup reader's Yjs and model
// imports, so the interface can tell these errors apart without loading the reader.

/** Why a backup was refused, in words the interface translates (`importer.errors.backup.<code>`). */
export const BACKUP_ERROR_CODES = ['not-json', 'not-backup', 'damaged'] as const;
export type BackupErrorCode = (typeof BACKUP_ERROR_CODES)[number];

const MESSAGES: Record<BackupErrorCode, string> = {
  'not-json': 'This file is not JSON, so it is not a Beatboard backup.',
  'not-backup': 'This JSON file is not a Beatboard backup; it may come from another program.',
  damaged: 'The backup is damaged: its board data cannot be read.',
};

/**
 * A file that is not a restorable backup. `message` is English, for logs, tests and callers
 * outside the interface; the interface builds its own text from `code`. (A backup from a newer
 * Beatboard throws the model's `NewerSchemaError` instead, with the two format versions.)
 */
export class BackupError extends Error {
  override name = 'BackupError';
  constructor(readonly code: BackupErrorCode) {
    super(MESSAGES[code]);
  }
}
