import { beforeEach, describe, expect, it } from 'vitest';
import { BOARD_ACTIONS, runAction } from './registry';
import { actionForKey } from '../keyboard';
import type { KeyInput } from '../keys';
import type { BoardSession } from '../session';
import { createTestSession, laneOf } from '../testing/session';

function key(k: string, extra: Partial<KeyInput> = {}): KeyInput {
  const code = /^[a-z]$/i.test(k) ? `Key${k.toUpperCase()}` : /^[0-9]$/.test(k) ? `Digit${k}` : '';
  return { key: k, code, ctrlKey: false, metaKey: false, shiftKey: false, altKey: false, ...extra };
}

describe('action registry', () => {
  it('has unique ids, i18n labels under canvas.actions and keys for every key action', () => {
    const ids = BOARD_ACTIONS.map((action) => action.id);
    expect(new Set(ids).size).toBe(ids.length);
    // Offered by buttons only: no key existed for them before they were registered.
    const buttonOnly = ['addEpisode', 'acceptAllSuggestions', 'share', 'settings', 'nameVersion'];
    for (const action of BOARD_ACTIONS) {
      expect(action.labelKey).toBe(`canvas.actions.${action.id}`);
      if (!buttonOnly.includes(action.id)) expect(action.keys.length).toBeGreaterThan(0);
    }
  });

  it.each([
    [key('z', { ctrlKey: true }), 'undo'],
    [key('Z', { metaKey: true, shiftKey: true }), 'redo'],
    [key('y', { ctrlKey: true }), 'redo'],
    [key('Backspace'), 'delete'],
    [key('d', { metaKey: true }), 'duplicate'],
    [key('v', { ctrlKey: true }), 'paste'],
    [key('a', { ctrlKey: true }), 'selectAll'],
    [key('n'), 'addShot'],
    [{ ...key('!', { shiftKey: true }), code: 'Digit1' }, 'zoomToFit'],
    [key('Enter'), 'openSketch'],
    [key('?', { shiftKey: true }), 'shortcuts'],
    [key('l'), 'toggleView'],
    [key('Escape'), 'clearSelection'],
  ])('maps %o to %s', (input, id) => {
    expect(actionForKey(BOARD_ACTIONS, input)?.id).toBe(id);
  });

  it('never triggers a pointer gesture from the keyboard', () => {
    expect(actionForKey(BOARD_ACTIONS, key(' '))).toBeUndefined();
  });
});

describe('shot actions', () => {
  let session: BoardSession;
  let episodes: string[];
  beforeEach(() => {
    ({ session, episodeIds: episodes } = createTestSession([3, 2]));
  });
  const select = (...ids: string[]) => session.editor.selection.set(ids);

  it('deletes the selection in one undoable step', () => {
    const [a, b] = laneOf(session, episodes[0]);
    select(a, b);
    expect(runAction(session, 'delete')).toBe(true);
    expect(laneOf(session, episodes[0])).toHaveLength(1);
    expect(session.editor.selection.get()).toEqual([]);
    runAction(session, 'undo');
    expect(laneOf(session, episodes[0])).toHaveLength(3);
  });

  it('is disabled without a selection', () => {
    expect(runAction(session, 'delete')).toBe(false);
    expect(runAction(session, 'duplicate')).toBe(false);
  });

  it('duplicates after the originals and selects the copies', () => {
    const [a] = laneOf(session, episodes[0]);
    select(a);
    runAction(session, 'duplicate');
    const lane = laneOf(session, episodes[0]);
    expect(lane).toHaveLength(4);
    expect(session.editor.selection.get()).toEqual([lane[1]]);
  });

  it('pastes copied shots after the last selected shot and selects them', () => {
    const [a, b] = laneOf(session, episodes[0]);
    select(b, a);
    runAction(session, 'copy');
    const target = laneOf(session, episodes[1])[0];
    select(target);
    runAction(session, 'paste');
    const lane = laneOf(session, episodes[1]);
    expect(lane).toHaveLength(4);
    expect(session.editor.selection.get()).toEqual([lane[1], lane[2]]);
    const board = session.store.getBoard();
    expect(board.shots[lane[1]].scene).toBe('SCENE 1.1');
    expect(board.shots[lane[2]].scene).toBe('SCENE 1.2');
  });

  it('pastes at the end of the last episode when nothing is selected', () => {
    select(laneOf(session, episodes[0])[0]);
    runAction(session, 'cut');
    expect(laneOf(session, episodes[0])).toHaveLength(2);
    runAction(session, 'paste');
    const lane = laneOf(session, episodes[1]);
    expect(lane).toHaveLength(3);
    expect(session.store.getBoard().shots[lane[2]].scene).toBe('SCENE 1.1');
  });

  it('adds a shot after the selection, or at the end of the last episode', () => {
    const [a] = laneOf(session, episodes[0]);
    select(a);
    runAction(session, 'addShot');
    expect(laneOf(session, episodes[0])[1]).toBe(session.editor.selection.get()[0]);
    select();
    runAction(session, 'addShot');
    expect(laneOf(session, episodes[1]).at(-1)).toBe(session.editor.selection.get()[0]);
  });

  it('selects all shots in board order and walks them with the arrows', () => {
    runAction(session, 'selectAll');
    expect(session.editor.selection.get()).toEqual([...laneOf(session, episodes[0]), ...laneOf(session, episodes[1])]);
    select(laneOf(session, episodes[0])[2]);
    runAction(session, 'selectNext');
    expect(session.editor.selection.get()).toEqual([laneOf(session, episodes[1])[0]]);
    runAction(session, 'selectAbove');
    expect(session.editor.selection.get()).toEqual([laneOf(session, episodes[0])[0]]);
  });

  it('opens the sketch editor for the shot selected last', () => {
    const [a, b] = laneOf(session, episodes[0]);
    select(a, b);
    runAction(session, 'openSketch');
    expect(session.editor.sketchShotId.get()).toBe(b);
  });

  it('ignores selected shots that were deleted meanwhile', () => {
    const [a] = laneOf(session, episodes[0]);
    select(a, 'gone');
    runAction(session, 'delete');
    expect(laneOf(session, episodes[0])).toHaveLength(2);
  });
});

describe('view actions', () => {
  it('need a measured canvas, then zoom about its centre and fit the board', () => {
    const { session } = createTestSession([2]);
    expect(runAction(session, 'zoomIn')).toBe(false);
    session.editor.viewport.set({ width: 1000, height: 800 });
    runAction(session, 'zoomReset');
    expect(session.editor.camera.get().scale).toBe(1);
    runAction(session, 'zoomIn');
    expect(session.editor.camera.get().scale).toBe(1.5);
    runAction(session, 'zoomOut');
    runAction(session, 'zoomOut');
    expect(session.editor.camera.get().scale).toBe(0.75);
    runAction(session, 'zoomToFit');
    expect(session.editor.camera.get().scale).toBeLessThanOrEqual(1);
  });

  it('toggles board and list view and opens the shortcuts dialog', () => {
    const { session } = createTestSession([1]);
    runAction(session, 'toggleView');
    expect(session.editor.view.get()).toBe('list');
    runAction(session, 'shortcuts');
    expect(session.editor.dialog.get()).toBe('shortcuts');
  });
});

describe('reveal', () => {
  it('pans a lane that is below the view into it', async () => {
    const { revealEpisode } = await import('./viewActions');
    const { session, episodeIds } = createTestSession([2, 2, 2, 2]);
    session.editor.viewport.set({ width: 800, height: 400 });
    session.editor.camera.set({ x: 0, y: 0, scale: 1 });
    revealEpisode(session, episodeIds[3]);
    const camera = session.editor.camera.get();
    expect(camera.y).toBeLessThan(0);
    expect(camera.x).toBe(32); // the lane's left edge, with the reveal margin
  });
});
