import { center, revealRect, zoomStep, zoomToFit, zoomToScale } from '../camera';
import { layoutOfBoard } from '../layout';
import type { BoardSession } from '../session';

// Camera actions shared by the keyboard, the toolbar and the canvas itself.

/** The canvas is showing and has measured itself: zooming has a centre to zoom about. */
export function canvasReady(session: BoardSession): boolean {
  const { editor } = session;
  return editor.view.get() === 'board' && editor.viewport.get().width > 0;
}

export function fitBoardToView(session: BoardSession): void {
  if (!canvasReady(session)) return;
  const layout = layoutOfBoard(session.store.getBoard());
  session.editor.camera.set(zoomToFit(layout.bounds, session.editor.viewport.get()));
}

export function zoomByStep(session: BoardSession, direction: 1 | -1): void {
  if (!canvasReady(session)) return;
  const viewport = session.editor.viewport.get();
  session.editor.camera.set((camera) => zoomStep(camera, viewport, direction));
}

export function zoomToActualSize(session: BoardSession): void {
  if (!canvasReady(session)) return;
  const viewport = session.editor.viewport.get();
  session.editor.camera.set((camera) => zoomToScale(camera, center(viewport), 1));
}

/** Pans just enough to show a shot's panel, e.g. one just added or pasted off-screen. */
export function revealShot(session: BoardSession, shotId: string | undefined): void {
  if (!shotId || !canvasReady(session)) return;
  const panel = layoutOfBoard(session.store.getBoard()).panelById.get(shotId);
  if (!panel) return;
  const viewport = session.editor.viewport.get();
  session.editor.camera.set((camera) => revealRect(camera, viewport, panel));
}

/** Pans just enough to show an episode's lane start, e.g. right after "Add episode". */
export function revealEpisode(session: BoardSession, episodeId: string): void {
  if (!canvasReady(session)) return;
  const lane = layoutOfBoard(session.store.getBoard()).lanes.find((candidate) => candidate.episodeId === episodeId);
  if (!lane) return;
  const viewport = session.editor.viewport.get();
  // The header and the first slot: where the next click (add a shot) will go.
  const start = { x: lane.x, y: lane.y, width: lane.addSlot.x + lane.addSlot.width - lane.x, height: lane.height };
  session.editor.camera.set((camera) => revealRect(camera, viewport, start));
}

/**
 * Selects a shot and brings it into view on the board, switching from the list or the Arc
 * screen first; the canvas then needs a frame to measure itself before it can pan.
 */
export function showShotOnBoard(session: BoardSession, shotId: string): void {
  const { editor } = session;
  editor.selection.set([shotId]);
  whenCanvasReady(session, () => revealShot(session, shotId));
}

/** Brings an episode's lane into view on the board (a finding about the episode as a whole). */
export function showEpisodeOnBoard(session: BoardSession, episodeId: string): void {
  whenCanvasReady(session, () => revealEpisode(session, episodeId));
}

function whenCanvasReady(session: BoardSession, then: () => void): void {
  const { editor } = session;
  if (canvasReady(session)) return then();
  editor.view.set('board');
  const stop = editor.viewport.subscribe(() => {
    if (!canvasReady(session)) return;
    stop();
    then();
  });
}
