import { useCallback, useEffect, useLayoutEffect, useState } from 'react';
import type { Visibility } from '../editor/culling';
import type { Size } from '../editor/geometry';
import type { BoardLayout } from '../editor/layout';
import { useBoardSession } from '../hooks/session';
import type { Store } from '../editor/store';
import { BoardLayer } from './BoardLayer';
import { ChangeMarksLayer, type ChangeMarks } from './ChangeMarksLayer';
import { DragLayer } from './DragLayer';
import type { CanvasInteraction } from './interaction';
import { OverlayLayer } from './OverlayLayer';
import { Layer } from './konva';
import { PresenceMarks } from './PresenceMarks';
import { ReviewMarks } from './ReviewMarks';
import { SelectionLayer } from './SelectionLayer';
import { recordFirstFullPaint } from './testHook';
import { setRasterOpening, whenRasterIdle } from './rasterQueue';
import { useVisibility } from './useCanvasView';
import { deviceRatio, useZoomLevel } from './zoomLevel';

interface BoardSceneProps {
  layout: BoardLayout;
  size: Size;
  interaction: Store<CanvasInteraction>;
  /** A comparison's added and changed panels, outlined over the board. */
  changeMarks?: ChangeMarks;
}

/**
 * The stage's layers. What changes with the camera (the culled set, the level of detail) is
 * state here, inside the Konva renderer, not in the DOM component that owns the stage: a
 * render of that component makes react-konva flush the whole canvas tree synchronously.
 * Mounted once the camera has framed the board, so its first full paint is the one timed.
 */
export function BoardScene({ layout, size, interaction, changeMarks }: BoardSceneProps) {
  const { editor } = useBoardSession();
  const { lowDetail, cacheRatio } = useZoomLevel(editor.camera);
  const visibility = useVisibility(layout, editor.camera, size);
  const [panelsShown, setPanelsShown] = useState(false);
  const onShown = useCallback(
    (shown: Visibility) => {
      if (shown !== visibility) return;
      recordFirstFullPaint();
      setPanelsShown(true);
    },
    [visibility],
  );
  const overlays = useAfterPanelsDrawn(panelsShown);
  // Set before the first frame that rasterises: until the panels in view are drawn, the
  // queue works in longer slices.
  useLayoutEffect(() => {
    setRasterOpening(!overlays);
    return () => setRasterOpening(false);
  }, [overlays]);
  useEffect(() => {
    if (overlays) editor.boardDrawn.set(true);
  }, [overlays, editor]);
  if (!visibility) return null;

  // World size of a screen pixel at the current zoom step, for outlines that keep their screen size.
  const unit = deviceRatio() / cacheRatio;
  return (
    <>
      <BoardLayer visibility={visibility} lowDetail={lowDetail} cacheRatio={cacheRatio} onShown={onShown} />
      {overlays && <SelectionLayer visibility={visibility} interaction={interaction} unit={unit} />}
      {/* Over the selection, so a removed shot's tag beside a selected panel stays readable. */}
      {changeMarks && <ChangeMarksLayer visibility={visibility} marks={changeMarks} unit={unit} />}
      {overlays && <DragLayer layout={layout} interaction={interaction} cacheRatio={cacheRatio} />}
      {overlays && <OverlayLayer interaction={interaction} unit={unit} />}
      {/* Other people and the review: approvals, cursors, selections. Never hit-tested. */}
      {overlays && (
        <Layer listening={false}>
          <ReviewMarks visibility={visibility} />
          <PresenceMarks layout={layout} />
        </Layer>
      )}
    </>
  );
}

/** However long the panels take, the overlays come no later than this after the board opens. */
const OVERLAYS_AT_THE_LATEST_MS = 1500;

/**
 * Whether to mount the layers drawn over the panels (selection, drag, marquee, review and
 * presence). They wait until the panels in view are drawn: each layer is a full-size canvas
 * whose creation takes the time of several panels, and on opening there is nothing on them yet.
 */
function useAfterPanelsDrawn(panelsShown: boolean): boolean {
  const [ready, setReady] = useState(false);
  useEffect(() => {
    if (ready) return;
    const timer = setTimeout(() => setReady(true), OVERLAYS_AT_THE_LATEST_MS);
    let afterFrame: ReturnType<typeof setTimeout> | undefined;
    // After the frame that shows the drawn panels, not within it: that frame comes first.
    const cancel = panelsShown ? whenRasterIdle(() => (afterFrame = setTimeout(() => setReady(true), 0))) : undefined;
    return () => {
      clearTimeout(timer);
      clearTimeout(afterFrame);
      cancel?.();
    };
  }, [panelsShown, ready]);
  return ready;
}
