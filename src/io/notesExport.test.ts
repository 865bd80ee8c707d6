import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addComment, addShot, deleteShots, initBoard, readBoard, readNotes, replyToComment, setApproval } from '../model';
import { notesExportRows, notesToCsv, notesToMarkdown } from './notesExport';

describe('notes export', () => {
  it('lists comments, replies and approvals by shot, keeps notes of deleted shots, and quotes CSV', () => {
    const board = new Y.Doc();
    const { episodeId } = initBoard(board, { title: '运河', now: 1 });
    const [first, second] = [addShot(board, { episodeId }), addShot(board, { episodeId })];
    const notes = new Y.Doc();
    const dee = { id: 'd', name: 'Dee', color: '#e4572e' };
    const comment = addComment(notes, { shotId: second, author: dee, text: 'Say "no", then, cut', now: 0 });
    replyToComment(notes, comment, { id: 'w', name: '文', color: '#2e86ab' }, '好的', 1000);
    setApproval(notes, first, 'approved', 'Dee', 2000);
    addComment(notes, { shotId: first, author: dee, text: '<b>Bold?</b>', now: 3000 });
    deleteShots(board, [second]);

    const rows = notesExportRows(readBoard(board), readNotes(notes));
    expect(rows.map((row) => [row.shot, row.kind, row.status])).toEqual([
      ['1.1', 'approval', 'approved'],
      ['1.1', 'comment', 'approved'],
      ['deleted shot', 'comment', 'pending'],
      ['deleted shot', 'reply', 'pending'],
    ]);
    const csv = notesToCsv(rows);
    expect(csv.startsWith('\ufeffshot,status,kind,author,when,text,resolved\r\n')).toBe(true);
    expect(csv).toContain('"Say ""no"", then, cut"');
    expect(csv).toContain('好的');
    const markdown = notesToMarkdown('运河', rows);
    expect(markdown).toContain('## Shot 1.1 · approved');
    expect(markdown).toContain('\\<b\\>Bold?\\</b\\>');
  });
});
