import { describe, expect, it } from 'vitest';
import { worldRectToScreen } from '../../../editor/camera';
import { layoutOfBoard } from '../../../editor/layout';
import { createTestSession, laneOf } from '../../../editor/testing/session';
import { READABLE_SCALE, frameShot } from './frameShot';

const viewport = { width: 1000, height: 700 };

function setUp(scale: number) {
  const { session, episodeIds } = createTestSession([40, 40]);
  session.editor.viewport.set(viewport);
  session.editor.camera.set({ x: 0, y: 0, scale });
  const shotId = laneOf(session, episodeIds[1]!)[35]!;
  const panel = layoutOfBoard(session.store.getBoard()).panelById.get(shotId)!;
  return { session, shotId, panel };
}

const onScreen = (rect: { x: number; y: number; width: number; height: number }) =>
  rect.x >= 0 && rect.y >= 0 && rect.x + rect.width <= viewport.width && rect.y + rect.height <= viewport.height;

describe('frameShot', () => {
  it('selects the shot and pans it into view at a readable zoom', () => {
    const { session, shotId, panel } = setUp(1);
    frameShot(session, shotId);
    expect(session.editor.selection.get()).toEqual([shotId]);
    expect(session.editor.camera.get().scale).toBe(1);
    expect(onScreen(worldRectToScreen(session.editor.camera.get(), panel))).toBe(true);
  });

  it('zooms in on the panel when the board is zoomed too far out to see it', () => {
    const { session, shotId, panel } = setUp(0.15);
    frameShot(session, shotId);
    const camera = session.editor.camera.get();
    expect(camera.scale).toBeGreaterThanOrEqual(READABLE_SCALE);
    expect(onScreen(worldRectToScreen(camera, panel))).toBe(true);
  });
});
