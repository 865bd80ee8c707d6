import type Konva from 'konva';
import { useEffect, useRef, useState, type CSSProperties, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { Stage } from './konva';
import type { EditorState } from '../editor/editorState';
import { useBoardLayout } from '../hooks/board';
import { useBoardSession } from '../hooks/session';
import { type BoardSession } from '../editor/session';
import type { Store } from '../editor/store';
import { fitBoardToView } from '../editor/actions/viewActions';
import { BoardScene } from './BoardScene';
import type { ChangeMarks } from './ChangeMarksLayer';
import { CanvasA11yLayer } from './CanvasA11yLayer';
import { createInteractionStore, type CanvasInteraction } from './interaction';
import { preparePaintWorkers } from './paintWorkers';
import { COLORS } from './theme';
import { useCanvasTestHook } from './testHook';
import { useBoardPointer } from './useBoardPointer';
import { useElementSize } from '../hooks/useElementSize';
import { useStore } from '../hooks/useStore';
import { usePublishViewport, useStageCamera } from './useCanvasView';

const containerStyle: CSSProperties = {
  position: 'relative',
  width: '100%',
  height: '100%',
  overflow: 'hidden',
  background: COLORS.background,
  touchAction: 'none',
  userSelect: 'none',
  outline: 'none',
};

/**
 * The storyboard: episodes as lanes of shot panels on a pannable, zoomable stage. Fills its
 * parent. Four layers, none of which Konva hit-tests: the static board (lanes and panels), the
 * interactive layer (selection, hover, focus), the drag ghost and the overlay (marquee,
 * insertion marker); the last three are hidden while empty. A comparison adds its marks
 * (`changeMarks`) as one more layer. Pointer input goes through the
 * board's tool state machine and hit tests against the layout.
 */
export function BoardCanvas({ changeMarks }: { changeMarks?: ChangeMarks } = {}) {
  const { t } = useTranslation();
  const session = useBoardSession();
  const { editor } = session;
  const containerRef = useRef<HTMLDivElement>(null);
  const stageRef = useRef<Konva.Stage>(null);
  const size = useElementSize(containerRef);
  const ready = size.width > 0 && size.height > 0;
  const layout = useBoardLayout();
  const [interaction] = useState(createInteractionStore);

  usePublishViewport(editor.viewport, size);
  const framed = useFitOnFirstOpen(session, ready);
  // The list of shots for assistive technology follows the board's first paint: with the whole
  // board in view it is hundreds of buttons, and rendering them delayed the opening's paint.
  const drawn = useStore(editor.boardDrawn);
  useStageCamera(stageRef, editor.camera, ready);
  useBoardPointer(containerRef, session, layout, interaction);
  useCanvasTestHook(containerRef, session);
  useCursor(containerRef, interaction);
  // Started while the board is framed and its first panels mount, not when the first strip waits.
  useEffect(preparePaintWorkers, []);

  return (
    <div ref={containerRef} role="application" aria-label={t('canvas.a11y.canvas')} tabIndex={0} style={containerStyle}>
      {ready && (
        <Stage ref={stageRef} width={size.width} height={size.height} listening={false}>
          {/* Not before the camera frames the board: panels drawn for the camera's first
              position would be drawn again, at another zoom, a moment later. */}
          {framed && <BoardScene layout={layout} size={size} interaction={interaction} changeMarks={changeMarks} />}
        </Stage>
      )}
      {ready && drawn && <CanvasA11yLayer layout={layout} interaction={interaction} changeMarks={changeMarks} />}
    </div>
  );
}

const fitted = new WeakSet<EditorState>();

/**
 * Frames the whole board the first time it is shown in a session (not again after a trip to
 * the list view). Returns true once the camera is where it will stay.
 */
function useFitOnFirstOpen(session: BoardSession, ready: boolean): boolean {
  const [framed, setFramed] = useState(() => fitted.has(session.editor));
  useEffect(() => {
    if (!ready || framed) return;
    if (!fitted.has(session.editor)) {
      fitted.add(session.editor);
      fitBoardToView(session);
    }
    setFramed(true);
  }, [session, ready, framed]);
  return framed;
}

function useCursor(containerRef: RefObject<HTMLElement | null>, interaction: Store<CanvasInteraction>): void {
  useEffect(() => {
    const apply = () => {
      const element = containerRef.current;
      if (!element) return;
      const { tool, hover, spaceHeld } = interaction.get();
      let cursor = 'default';
      if (tool.kind === 'panning' || tool.kind === 'pinching' || tool.kind === 'dragging') cursor = 'grabbing';
      else if (spaceHeld) cursor = 'grab';
      else if (hover?.kind === 'add') cursor = 'pointer';
      element.style.cursor = cursor;
    };
    apply();
    return interaction.subscribe(apply);
  }, [containerRef, interaction]);
}
