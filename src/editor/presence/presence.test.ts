import { describe, expect, it } from 'vitest';
import { Awareness, applyAwarenessUpdate, encodeAwarenessUpdate } from 'y-protocols/awareness';
import * as Y from 'yjs';
import { createEditorState } from '../editorState';
import { cameraFollowing, startFollowController } from './follow';
import { startPresencePublisher, visibleViewport } from './presencePublisher';

const ana = { id: 'a', name: 'Ana', color: '#e4572e' };

describe('presence publishing', () => {
  it('merges changes into one awareness update per frame', () => {
    const awareness = new Awareness(new Y.Doc());
    const editor = createEditorState();
    editor.viewport.set({ width: 800, height: 600 });
    const frames: (() => void)[] = [];
    const publisher = startPresencePublisher(awareness, editor, ana, (flush) => frames.push(flush));
    let updates = 0;
    awareness.on('update', () => updates++);
    for (let x = 0; x < 20; x++) publisher.setCursor({ x, y: 5 });
    editor.selection.set(['s1']);
    expect(frames).toHaveLength(1);
    frames[0]!();
    expect(updates).toBe(1);
    expect(awareness.getLocalState()).toMatchObject({ user: ana, cursor: { x: 19, y: 5 }, selection: ['s1'] });
    publisher.destroy();
  });

  it('describes the visible world rectangle of a camera', () => {
    expect(visibleViewport({ x: -100, y: 50, scale: 2 }, { width: 800, height: 600 })).toEqual({
      x: 50, y: -25, width: 400, height: 300, scale: 2,
    });
  });
});

describe('following someone', () => {
  it('centres their view at their zoom, and stops when we move ourselves', () => {
    const mine = new Awareness(new Y.Doc());
    const theirs = new Awareness(new Y.Doc());
    const editor = createEditorState();
    editor.viewport.set({ width: 1000, height: 800 });
    const stop = startFollowController(mine, editor);
    const send = () => applyAwarenessUpdate(mine, encodeAwarenessUpdate(theirs, [theirs.clientID]), 'remote');
    theirs.setLocalState({ user: ana, cursor: null, selection: [], viewport: { x: 100, y: 200, width: 400, height: 300, scale: 0.5 } });
    send();
    editor.following.set(theirs.clientID);
    const expected = cameraFollowing({ x: 100, y: 200, width: 400, height: 300, scale: 0.5 }, { width: 1000, height: 800 });
    expect(editor.camera.get()).toEqual(expected);
    expect(expected).toEqual({ x: 500 - 300 * 0.5, y: 400 - 350 * 0.5, scale: 0.5 });
    theirs.setLocalState({ user: ana, cursor: null, selection: [], viewport: { x: 0, y: 0, width: 400, height: 300, scale: 0.5 } });
    send();
    expect(editor.camera.get().x).toBe(500 - 200 * 0.5);
    editor.camera.set({ x: 0, y: 0, scale: 1 });
    expect(editor.following.get()).toBeNull();
    stop();
  });
});
