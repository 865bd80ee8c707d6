import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addComment, addShot, initBoard, NewerSchemaError, readBoard, readNotes, setApproval } from '../model';
import { BACKUP_ERROR_CODES, BackupError, makeBackup, readBackup, type BackupErrorCode } from './backup';

describe('board backups', () => {
  it('restores both docs identically', () => {
    const board = new Y.Doc();
    const { episodeId } = initBoard(board, { title: '运河千金', now: 1 });
    const shotId = addShot(board, { episodeId, content: { scene: 'INT. BARGE - DAWN' } });
    const notes = new Y.Doc();
    addComment(notes, { shotId, author: { id: 'd', name: 'Dee', color: '#e4572e' }, text: 'Tighter.', now: 2 });
    setApproval(notes, shotId, 'changes', 'Dee', 3);

    const restored = readBackup(makeBackup(board, notes));
    expect(restored.title).toBe('运河千金');
    const [newBoard, newNotes] = [new Y.Doc(), new Y.Doc()];
    Y.applyUpdate(newBoard, restored.board);
    Y.applyUpdate(newNotes, restored.notes);
    expect(readBoard(newBoard)).toEqual(readBoard(board));
    expect(readNotes(newNotes)).toEqual(readNotes(notes));
  });

  it('refuses other files with a message', () => {
    expect(() => readBackup('not json')).toThrow(BackupError);
    expect(() => readBackup(JSON.stringify({ nodes: [], edges: [] }))).toThrow('not a Beatboard backup');
    expect(() => readBackup(JSON.stringify({ format: 'beatboard-backup', version: 1, schemaVersion: 1, board: '!!!', notes: '' }))).toThrow('damaged');
    const future = JSON.stringify({ format: 'beatboard-backup', version: 1, schemaVersion: 99, board: '', notes: '' });
    expect(() => readBackup(future)).toThrow(NewerSchemaError);
  });

  it.each<[BackupErrorCode, string]>([
    ['not-json', '{"format": "beatboard-backup",'],
    ['not-backup', JSON.stringify({ nodes: [], edges: [] })],
    ['not-backup', 'null'],
    ['damaged', JSON.stringify({ format: 'beatboard-backup', version: 1, schemaVersion: 1, board: '!!!', notes: '' })],
  ])('refuses with the code %s, keeping an English message', (code, text) => {
    let refused: unknown;
    try {
      readBackup(text);
    } catch (error) {
      refused = error;
    }
    expect(refused).toBeInstanceOf(BackupError);
    expect((refused as BackupError).code).toBe(code);
    expect((refused as BackupError).message).toBe(new BackupError(code).message);
  });

  it('has an English message for every code', () => {
    expect(new BackupError('not-json').message).toBe('This file is not JSON, so it is not a Beatboard backup.');
    for (const code of BACKUP_ERROR_CODES) expect(new BackupError(code).message).toMatch(/^[A-Z].+\.$/);
  });
});
