import * as Y from 'yjs';
import { NewerSchemaError, SCHEMA_VERSION, getMetaMap, readBoardTitle } from '../model';
import { BackupError } from './backupError';

/** A whole board (both docs) in one JSON file, restorable into a new board. */
export interface BoardBackup {
  format: 'beatboard-backup';
  version: 1;
  schemaVersion: number;
  exportedAt: string;
  title: string;
  /** Yjs updates of the board doc and the notes doc, base64. */
  board: string;
  notes: string;
}

export { BACKUP_ERROR_CODES, BackupError, type BackupErrorCode } from './backupError';

const toBase64 = (bytes: Uint8Array) => {
  let text = '';
  for (let i = 0; i < bytes.length; i += 0x8000) text += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(text);
};
const fromBase64 = (text: string) => Uint8Array.from(atob(text), (char) => char.charCodeAt(0));

export function makeBackup(board: Y.Doc, notes: Y.Doc, now = new Date()): string {
  const meta = getMetaMap(board);
  const backup: BoardBackup = {
    format: 'beatboard-backup',
    version: 1,
    schemaVersion: typeof meta.get('schemaVersion') === 'number' ? (meta.get('schemaVersion') as number) : SCHEMA_VERSION,
    exportedAt: now.toISOString(),
    title: readBoardTitle(board),
    board: toBase64(Y.encodeStateAsUpdate(board)),
    notes: toBase64(Y.encodeStateAsUpdate(notes)),
  };
  return `${JSON.stringify(backup, null, 2)}\n`;
}

/**
 * Reads a backup file. Anything else (another program's JSON, a damaged file, a backup from a
 * newer Beatboard) is refused with a message, before any board is touched.
 */
export function readBackup(text: string): { title: string; board: Uint8Array; notes: Uint8Array } {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new BackupError('not-json');
  }
  const backup = value as Partial<BoardBackup> | null;
  if (!backup || backup.format !== 'beatboard-backup' || typeof backup.board !== 'string' || typeof backup.notes !== 'string') {
    throw new BackupError('not-backup');
  }
  if (typeof backup.schemaVersion === 'number' && backup.schemaVersion > SCHEMA_VERSION) {
    throw new NewerSchemaError(backup.schemaVersion, SCHEMA_VERSION);
  }
  try {
    const board = fromBase64(backup.board);
    const notes = fromBase64(backup.notes);
    // Both must read as Yjs updates before anything is created from them.
    Y.decodeUpdate(board);
    Y.decodeUpdate(notes);
    return { title: typeof backup.title === 'string' ? backup.title : '', board, notes };
  } catch {
    throw new BackupError('damaged');
  }
}
