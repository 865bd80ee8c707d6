import { useCallback } from 'react';
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
import { Layer } from 'react-konva';
import { PresenceMarks } from './PresenceMarks';
import { ReviewMarks } from './ReviewMarks';
import { SelectionLayer } from './SelectionLayer';
import { recordFirstFullPaint } from './testHook';
import { useVisibility } from './useCanvasView';
import { useZoomLevel } from './zoomLevel';

interface BoardSceneProps {
  layout: BoardLayout;
  size: Size;
  interaction: Store<CanvasInteraction>;
  /** The camera has framed the board; the next full paint is the one the benchmark times. */
  framed: boolean;
  /** A comparison's added and changed panels, outlined over the board. */
  changeMarks?: ChangeMarks;
}

/**
 * The stage's layers. What changes with the camera (the culled set, the level of detail) is
 * state here, inside the Konva renderer, not in the DOM component that owns the stage: a
 * render of that component makes react-konva flush the whole canvas tree synchronously.
 */
export function BoardScene({ layout, size, interaction, framed, changeMarks }: BoardSceneProps) {
  const { editor } = useBoardSession();
  const { lowDetail, cacheRatio } = useZoomLevel(editor.camera);
  const visibility = useVisibility(layout, editor.camera, size);
  const onShown = useCallback(
    (shown: Visibility) => {
      if (framed && shown === visibility) recordFirstFullPaint();
    },
    [framed, visibility],
  );
  if (!visibility) return null;

  // World size of a screen pixel at the current zoom step, for outlines that keep their screen size.
  const unit = (typeof window === 'undefined' ? 1 : window.devicePixelRatio || 1) / cacheRatio;
  return (
    <>
      <BoardLayer visibility={visibility} lowDetail={lowDetail} cacheRatio={cacheRatio} onShown={onShown} />
      <SelectionLayer visibility={visibility} interaction={interaction} unit={unit} />
      {/* Over the selection, so a removed shot's tag beside a selected panel stays readable. */}
      {changeMarks && <ChangeMarksLayer visibility={visibility} marks={changeMarks} unit={unit} />}
      <DragLayer layout={layout} interaction={interaction} cacheRatio={cacheRatio} />
      <OverlayLayer interaction={interaction} unit={unit} />
      {/* Other people and the review: approvals, cursors, selections. Never hit-tested. */}
      <Layer listening={false}>
        <ReviewMarks visibility={visibility} />
        <PresenceMarks layout={layout} />
      </Layer>
    </>
  );
}
