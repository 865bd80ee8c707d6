import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { ValidationError } from '../errors';
import { sync } from '../testing/newBoard';
import { addComment, addMark, eraseMarks, replyToComment, setApproval, setCommentResolved } from './commands';
import { splitMentions } from './mentions';
import { approvalProgress, readNotes } from './read';

const dee = { id: 'd', name: 'Dee', color: '#e4572e' };
const wen = { id: 'w', name: 'Wen', color: '#2e86ab' };

function twoPeers() {
  const a = new Y.Doc();
  const b = new Y.Doc();
  return { a, b };
}

describe('notes', () => {
  it('merges comments, replies and resolving made on two docs at once', () => {
    const { a, b } = twoPeers();
    const first = addComment(a, { shotId: 's1', region: { x: 0.1, y: 0.2, w: 0.3, h: 0.3 }, author: dee, text: 'Tighter on her eyes.', now: 1 });
    sync(a, b);
    replyToComment(b, first, wen, 'Will redraw.', 2);
    replyToComment(a, first, dee, 'And lower the horizon.', 3);
    addComment(b, { shotId: 's2', author: wen, text: 'Is this a POV?', now: 4 });
    setCommentResolved(a, first, true);
    sync(a, b);
    const notes = readNotes(a);
    expect(readNotes(b)).toEqual(notes);
    expect(notes.comments.map((c) => [c.shotId, c.resolved])).toEqual([['s1', true], ['s2', false]]);
    expect(notes.comments[0]!.region).toEqual({ x: 0.1, y: 0.2, w: 0.3, h: 0.3 });
    expect(notes.comments[0]!.replies.map((r) => r.text).sort()).toEqual(['And lower the horizon.', 'Will redraw.']);
  });

  it('refuses empty and over-long comments and regions outside the panel, and keeps text as typed', () => {
    const notes = new Y.Doc();
    expect(() => addComment(notes, { shotId: 's', author: dee, text: '   ' })).toThrow(ValidationError);
    expect(() => addComment(notes, { shotId: 's', author: dee, text: 'x'.repeat(10_001) })).toThrow('at most 10,000');
    expect(() => addComment(notes, { shotId: 's', author: dee, text: 'ok', region: { x: 0.9, y: 0, w: 0.5, h: 0.5 } })).toThrow(ValidationError);
    addComment(notes, { shotId: 's', author: dee, text: '<script>alert(1)</script>' });
    expect(readNotes(notes).comments[0]!.text).toBe('<script>alert(1)</script>');
    expect(() => replyToComment(notes, readNotes(notes).comments[0]!.id, wen, '')).toThrow(ValidationError);
  });

  it('keeps one approval per shot under concurrent changes, with who and when', () => {
    const { a, b } = twoPeers();
    setApproval(a, 's1', 'pending', 'Dee', 1);
    sync(a, b);
    setApproval(a, 's1', 'approved', 'Dee', 2);
    setApproval(b, 's1', 'changes', 'Wen', 3);
    setApproval(b, 's2', 'approved', 'Wen', 4);
    sync(a, b);
    expect(readNotes(a).approvals).toEqual(readNotes(b).approvals);
    expect(Object.keys(readNotes(a).approvals).sort()).toEqual(['s1', 's2']);
    expect(approvalProgress(['s1', 's2', 's3'], readNotes(a).approvals)).toEqual({
      approved: readNotes(a).approvals.s1!.status === 'approved' ? 2 : 1,
      total: 3,
    });
    expect(() => setApproval(a, 's1', 'maybe' as never, 'Dee')).toThrow(ValidationError);
  });

  it('keeps red-pen marks per shot apart from sketches, and erases them by id', () => {
    const { a, b } = twoPeers();
    const stroke = { tool: 'pen' as const, color: '#e00000', width: 0.01, points: [0.1, 0.1, 0.5, 0.5] };
    const kept = addMark(a, 's1', stroke);
    // The shot's mark list exists once the first mark has synced; later marks merge.
    sync(a, b);
    const gone = addMark(b, 's1', stroke);
    const third = addMark(a, 's1', stroke);
    sync(a, b);
    expect(readNotes(a).marks.s1!.map((mark) => mark.id).sort()).toEqual([kept, gone, third].sort());
    eraseMarks(a, 's1', [gone]);
    sync(a, b);
    expect(readNotes(b).marks.s1!.map((mark) => mark.id).sort()).toEqual([kept, third].sort());
  });

  it('finds @mentions of known names only', () => {
    expect(splitMentions('@Ana Li and @Bo, not @Zed or mail@x.com', ['Ana', 'Ana Li', 'Bo'])).toEqual([
      { kind: 'mention', text: '@Ana Li', name: 'Ana Li' },
      { kind: 'text', text: ' and ' },
      { kind: 'mention', text: '@Bo', name: 'Bo' },
      { kind: 'text', text: ', not @Zed or mail@x.com' },
    ]);
    expect(splitMentions('请@林 看一下', ['林'])).toEqual([{ kind: 'text', text: '请@林 看一下' }]);
    expect(splitMentions('（@林）看一下', ['林'])).toEqual([
      { kind: 'text', text: '（' },
      { kind: 'mention', text: '@林', name: '林' },
      { kind: 'text', text: '）看一下' },
    ]);
  });
});
