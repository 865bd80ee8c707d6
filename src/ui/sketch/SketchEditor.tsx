import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { addStroke, clearStrokes, eraseStrokes, shotNumbers, shotsInReadingOrder } from '../../model';
import type { BoardSnapshot, StrokeTool } from '../../model/types';
import { useAssetImage } from '../../canvas/assetImages';
import { useBoard, useShot } from '../../hooks/board';
import { useBoardSession } from '../../hooks/session';
import { type BoardSession } from '../../editor/session';
import { useStore } from '../../hooks/useStore';
import { fitPanel } from '../../editor/tools/sketch/geometry';
import { SKETCH_ORIGIN } from '../../editor/tools/sketch/origin';
import { strokeWidthFor } from '../../editor/tools/sketch/palette';
import type { SketchCommand } from '../../editor/tools/sketch/shortcuts';
import { SketchCanvas } from './SketchCanvas';
import { SketchHeader } from './SketchHeader';
import { SketchToolbar } from './SketchToolbar';
import { sketchToolPrefs, updateSketchToolPrefs } from './toolPrefs';
import { useElementSize } from '../../hooks/useElementSize';
import { useReferenceImage } from './useReferenceImage';
import { useSketchInput } from './useSketchInput';
import { useSketchUndo } from './useSketchUndo';
import './sketch.css';

/** Breathing room around the panel, in CSS pixels, so its edge is easy to draw up to. */
const PANEL_MARGIN = 24;

/** The large sketch editor for the shot in `editor.sketchShotId`; nothing when none is open. */
export default function SketchEditor() {
  const session = useBoardSession();
  const shotId = useStore(session.editor.sketchShotId);
  return shotId ? <SketchDialog session={session} shotId={shotId} /> : null;
}

function SketchDialog({ session, shotId }: { session: BoardSession; shotId: string }) {
  const { t } = useTranslation();
  const { doc, editor } = session;
  const board = useBoard();
  const shot = useShot(shotId);

  const prefs = useStore(sketchToolPrefs);
  const history = useSketchUndo(doc, shotId);
  const reference = useReferenceImage(session, shotId);
  const image = useAssetImage(shot?.imageAssetId ?? null);

  const dialogRef = useRef<HTMLDialogElement>(null);
  const stageArea = useRef<HTMLDivElement>(null);
  const available = useElementSize(stageArea);
  const box = fitPanel(board.meta.aspect, {
    width: available.width - 2 * PANEL_MARGIN,
    height: available.height - 2 * PANEL_MARGIN,
  });

  const number = useMemo(() => shotNumbers(board)[shotId] ?? '', [board, shotId]);
  const { previousShotId, nextShotId } = useMemo(() => neighboursOf(board, shotId), [board, shotId]);

  const close = useCallback(() => editor.sketchShotId.set(null), [editor]);
  const openShot = useCallback(
    (id: string) => {
      // The board follows along, so closing the editor lands on the shot last drawn.
      editor.selection.set([id]);
      editor.sketchShotId.set(id);
    },
    [editor],
  );

  // A shot deleted (here or by a co-writer) while open leaves nothing to draw on.
  useEffect(() => {
    if (!shot) close();
  }, [shot, close]);

  useModalDialog(dialogRef);

  const runCommand = (command: SketchCommand) => {
    if (command.type === 'tool') updateSketchToolPrefs({ tool: command.tool });
    else if (command.type === 'undo') history.undo();
    else if (command.type === 'redo') history.redo();
    else close();
  };
  const input = useSketchInput(dialogRef, {
    onCommand: runCommand,
    onFile: reference.acceptFile,
    onNonFile: reference.rejectNonFile,
  });

  const draw = (tool: StrokeTool, points: number[]) => {
    const stroke = { tool, color: prefs.color, width: strokeWidthFor(tool, prefs.width), points };
    try {
      addStroke(doc, shotId, stroke, SKETCH_ORIGIN);
    } catch {
      // The shot was deleted by a co-writer mid-stroke; the editor closes on its own.
    }
  };
  const erase = (ids: string[]) => eraseStrokes(doc, shotId, ids, SKETCH_ORIGIN);

  if (!shot) return null;
  return (
    <dialog
      ref={dialogRef}
      className="bb-sketch"
      aria-label={t('sketch.dialogLabel', { number })}
      tabIndex={-1}
      onCancel={(event) => {
        // Escape: close through the editor state, so the board unmounts us and restores focus.
        event.preventDefault();
        close();
      }}
      {...input.dialogHandlers}
    >
      <SketchHeader
        number={number}
        scene={shot.scene}
        previousShotId={previousShotId}
        nextShotId={nextShotId}
        onOpenShot={openShot}
        onClose={close}
      />
      <SketchToolbar
        prefs={prefs}
        onPrefsChange={updateSketchToolPrefs}
        history={history}
        hasStrokes={shot.strokes.length > 0}
        hasImage={shot.imageAssetId !== null}
        imageBusy={reference.busy}
        onClear={() => clearStrokes(doc, shotId, SKETCH_ORIGIN)}
        onPickImage={reference.acceptFile}
        onRemoveImage={reference.removeImage}
      />
      <div className={`bb-sketch-stage${input.dragging ? ' bb-sketch-stage--dragging' : ''}`} ref={stageArea}>
        {available.width > 0 ? (
          <SketchCanvas
            box={box}
            strokes={shot.strokes}
            image={image}
            prefs={prefs}
            label={t('sketch.canvas', { number })}
            onDraw={draw}
            onErase={erase}
          />
        ) : null}
        <DropZoneMessages
          dragging={input.dragging}
          busy={reference.busy}
          problem={reference.problem ? t(`sketch.${reference.problem.key}`, reference.problem.values) : null}
          onDismiss={reference.dismissProblem}
        />
      </div>
    </dialog>
  );
}

function DropZoneMessages(props: { dragging: boolean; busy: boolean; problem: string | null; onDismiss(): void }) {
  const { t } = useTranslation();
  return (
    <>
      {props.dragging ? (
        <div className="bb-sketch-drop-hint" aria-hidden="true">
          {t('sketch.dropHint')}
        </div>
      ) : null}
      <div className="bb-sketch-messages">
        <div role="status" className={props.busy ? 'bb-sketch-message' : 'bb-sketch-message--empty'}>
          {props.busy ? t('sketch.preparingImage') : null}
        </div>
        {props.problem ? (
          <div role="alert" className="bb-sketch-message bb-sketch-message--error">
            <span>{props.problem}</span>
            <button type="button" className="bb-sketch-button bb-sketch-button--text" onClick={props.onDismiss}>
              {t('sketch.dismiss')}
            </button>
          </div>
        ) : null}
      </div>
    </>
  );
}

/**
 * Shows the dialog as a modal (focus kept inside, the board inert behind it) and gives
 * focus back to whatever had it before, normally the board, when the editor closes.
 */
function useModalDialog(dialogRef: RefObject<HTMLDialogElement | null>): void {
  useLayoutEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    const previous = document.activeElement;
    if (!dialog.open) {
      if (typeof dialog.showModal === 'function') dialog.showModal();
      else dialog.setAttribute('open', '');
    }
    dialog.focus();
    return () => {
      if (dialog.open && typeof dialog.close === 'function') dialog.close();
      if (previous instanceof HTMLElement && previous.isConnected) previous.focus();
    };
  }, [dialogRef]);
}

/** The shots either side of this one, across episode boundaries, in board order. */
function neighboursOf(board: BoardSnapshot, shotId: string): { previousShotId: string | null; nextShotId: string | null } {
  const ordered = shotsInReadingOrder(board);
  const index = ordered.indexOf(shotId);
  if (index === -1) return { previousShotId: null, nextShotId: null };
  return { previousShotId: ordered[index - 1] ?? null, nextShotId: ordered[index + 1] ?? null };
}
