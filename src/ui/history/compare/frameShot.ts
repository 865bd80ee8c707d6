import { revealRect, zoomToFit } from '../../../editor/camera';
import { canvasReady, showShotOnBoard } from '../../../editor/actions/viewActions';
import { layoutOfBoard } from '../../../editor/layout';
import type { BoardSession } from '../../../editor/session';

/** Below this zoom a panel's sketch and caption are too small to see what changed. */
export const READABLE_SCALE = 0.6;

/**
 * Selects a changed shot and brings it into view, as the Checks panel does; zoomed out over a
 * big board, it also zooms in on the panel (up to actual size), where the change can be seen.
 */
export function frameShot(session: BoardSession, shotId: string): void {
  const panel = layoutOfBoard(session.store.getBoard()).panelById.get(shotId);
  if (!panel || !canvasReady(session)) return showShotOnBoard(session, shotId);
  const { editor } = session;
  editor.selection.set([shotId]);
  const viewport = editor.viewport.get();
  editor.camera.set((camera) =>
    camera.scale >= READABLE_SCALE ? revealRect(camera, viewport, panel) : zoomToFit(panel, viewport, { padding: 96, maxScale: 1 }),
  );
}
