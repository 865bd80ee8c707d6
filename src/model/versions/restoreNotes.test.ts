import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { buildV1Board } from '../migrations/testing/v1Board';
import { addComment, addMark, eraseMarks, getCommentsMap, getMarksMap, replyToComment, setApproval, setCommentResolved } from '../notes/commands';
import { readNotes } from '../notes/read';
import { sync } from '../testing/newBoard';
import { restoreNotes } from './restore';
import { penLine, storyBoard, versionOf } from './testing/storyBoard';

describe('restoreNotes', () => {
  it('makes comments, replies, marks and approvals equal to the version, editing records in place', () => {
    const { notes, comment, author, s1, s2, s3 } = storyBoard();
    const version = versionOf(notes);
    setCommentResolved(notes, comment, true);
    replyToComment(notes, comment, author, 'Done', 5);
    addComment(notes, { shotId: s3, author, text: 'Later', now: 6 });
    eraseMarks(notes, s1, readNotes(notes).marks[s1].map((mark) => mark.id));
    addMark(notes, s2, penLine(0.4));
    setApproval(notes, s2, 'changes', 'Ray', 7);
    const thread = getCommentsMap(notes).get(comment);
    const replies = (thread as Y.Map<unknown>).get('replies');

    restoreNotes(notes, version);
    expect(readNotes(notes)).toEqual(readNotes(version));
    expect(getCommentsMap(notes).get(comment)).toBe(thread);
    expect((thread as Y.Map<unknown>).get('replies')).toBe(replies);
  });

  it('keeps a reply a peer writes while the notes are restored', () => {
    const { notes, comment, author } = storyBoard();
    const version = versionOf(notes);
    replyToComment(notes, comment, author, 'Second thoughts', 5);
    const peer = versionOf(notes);
    replyToComment(peer, comment, author, 'Agreed', 6);
    restoreNotes(notes, version);
    sync(notes, peer);
    expect(readNotes(notes)).toEqual(readNotes(peer));
    expect(readNotes(notes).comments[0].replies.map((reply) => reply.text)).toEqual(['Yes', 'Agreed']);
  });

  it('writes the marks of a version saved before the migration in the current form', () => {
    const old = buildV1Board();
    const notes = new Y.Doc();
    restoreNotes(notes, old.notes);
    const marks = (getMarksMap(notes).get(old.shotIds[0]) as Y.Array<Record<string, unknown>>).toArray();
    expect(marks.map((mark) => mark.id)).toEqual(['mark-1']);
    expect(marks[0].path).toBeInstanceOf(Uint8Array);
    expect(marks[0]).not.toHaveProperty('points');
  });
});
