import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { SKETCH_ORIGIN } from './origin';
import { createSketchUndoManager } from './undo';

// Built by hand rather than with the model's commands so the test pins down exactly which
// origins and which parts of the doc the sketch undo may touch.
function boardWithShot(shotId: string): { doc: Y.Doc; shot: Y.Map<unknown>; strokes: Y.Array<unknown> } {
  const doc = new Y.Doc();
  const shot = new Y.Map<unknown>();
  const strokes = new Y.Array<unknown>();
  doc.transact(() => {
    doc.getMap('shots').set(shotId, shot);
    shot.set('scene', 'EXT. CANAL - NIGHT');
    shot.set('strokes', strokes);
  });
  return { doc, shot, strokes };
}

const stroke = (id: string) => ({ id, tool: 'pen', color: '#000', width: 0.01, points: [0, 0, 1, 1] });
const ids = (strokes: Y.Array<unknown>) => strokes.toArray().map((value) => (value as { id: string }).id);

describe('createSketchUndoManager', () => {
  it('undoes and redoes sketch strokes one at a time', () => {
    const { doc, strokes } = boardWithShot('s1');
    const undo = createSketchUndoManager(doc, 's1')!;
    doc.transact(() => strokes.push([stroke('a')]), SKETCH_ORIGIN);
    doc.transact(() => strokes.push([stroke('b')]), SKETCH_ORIGIN);
    undo.undo();
    expect(ids(strokes)).toEqual(['a']);
    undo.redo();
    expect(ids(strokes)).toEqual(['a', 'b']);
    undo.destroy();
  });

  it("never reverts a board edit or a co-writer's stroke", () => {
    const { doc, shot, strokes } = boardWithShot('s1');
    const undo = createSketchUndoManager(doc, 's1')!;
    doc.transact(() => strokes.push([stroke('mine')]), SKETCH_ORIGIN);
    doc.transact(() => strokes.push([stroke('board')]), null);
    doc.transact(() => shot.set('scene', 'INT. VILLA - DAY'), SKETCH_ORIGIN);

    const remote = new Y.Doc();
    Y.applyUpdate(remote, Y.encodeStateAsUpdate(doc));
    const remoteStrokes = (remote.getMap('shots').get('s1') as Y.Map<unknown>).get('strokes') as Y.Array<unknown>;
    remoteStrokes.push([stroke('theirs')]);
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(remote), 'provider');

    undo.undo();
    expect(ids(strokes)).toEqual(['board', 'theirs']);
    expect(shot.get('scene')).toBe('INT. VILLA - DAY');
    expect(undo.canUndo()).toBe(false);
    undo.destroy();
  });

  it('only covers the shot it was opened for', () => {
    const { doc, strokes } = boardWithShot('s1');
    const other = new Y.Map<unknown>();
    const otherStrokes = new Y.Array<unknown>();
    doc.transact(() => {
      doc.getMap('shots').set('s2', other);
      other.set('strokes', otherStrokes);
    });
    const undo = createSketchUndoManager(doc, 's1')!;
    doc.transact(() => otherStrokes.push([stroke('elsewhere')]), SKETCH_ORIGIN);
    expect(undo.canUndo()).toBe(false);
    doc.transact(() => strokes.push([stroke('here')]), SKETCH_ORIGIN);
    expect(undo.canUndo()).toBe(true);
    undo.destroy();
  });

  it('has nothing to manage for a missing shot', () => {
    expect(createSketchUndoManager(new Y.Doc(), 'gone')).toBeNull();
  });
});
