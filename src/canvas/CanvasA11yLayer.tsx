import { memo, useMemo, type CSSProperties, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { visibleWorldRect } from '../editor/camera';
import type { Rect } from '../editor/geometry';
import { useShots } from '../hooks/board';
import { panelNumber, type BoardLayout, type LaneBox } from '../editor/layout';
import { useBoardSession } from '../hooks/session';
import { useNotes } from '../hooks/useNotes';
import { approvalProgress, type Approval } from '../model';
import { addShotToEpisode } from '../editor/actions/shotActions';
import { useStore } from '../hooks/useStore';
import { type Store } from '../editor/store';
import type { ChangeMarks } from './ChangeMarksLayer';
import type { CanvasInteraction } from './interaction';
import { centreInView, listedChunks } from './panelList';
import { useSettledStore } from './useSettledStore';

// The canvas's panels as real, transparent buttons laid over the drawn panels: screen readers
// get a list of the shots in view, keyboard users can Tab to them, and tests find them by role
// and name. Pointer events on them bubble to the canvas container, whose handlers hit-test the
// layout, so a click on a button is exactly a click on the drawing beneath it.

/** Buttons cost the browser hit testing on every pointer event; a screenful is plenty. */
const MAX_LISTED_PANELS = 480;

/**
 * Longest the buttons lag behind a camera that stops moving. A single change (a zoom key, fit)
 * shows at once; during a pan or zoom gesture they stay put and catch up when it pauses: each
 * update re-renders, restyles and lays out hundreds of buttons, which zoomed out was the most
 * expensive part of a pan frame. They are transparent and pointer input is hit-tested against
 * the layout, so the lag does not show and clicks land on what is drawn.
 */
const CAMERA_SETTLE_MS = 120;

const layerStyle: CSSProperties = {
  position: 'absolute',
  left: 0,
  top: 0,
  transformOrigin: '0 0',
  pointerEvents: 'none',
};

const listStyle: CSSProperties = { margin: 0, padding: 0, listStyle: 'none' };

const buttonStyle: CSSProperties = {
  position: 'absolute',
  margin: 0,
  padding: 0,
  border: 0,
  background: 'transparent',
  color: 'transparent',
  opacity: 0,
  overflow: 'hidden',
  cursor: 'inherit',
  pointerEvents: 'auto',
};

const boxStyle = (rect: Rect, origin = { x: 0, y: 0 }): CSSProperties => ({
  left: rect.x - origin.x,
  top: rect.y - origin.y,
  width: rect.width,
  height: rect.height,
});

interface CanvasA11yLayerProps {
  layout: BoardLayout;
  interaction: Store<CanvasInteraction>;
  /** A comparison's marks, named with each marked panel as the outline shows it. */
  changeMarks?: ChangeMarks;
}

export const CanvasA11yLayer = memo(function CanvasA11yLayer({ layout, interaction, changeMarks }: CanvasA11yLayerProps) {
  const { t } = useTranslation();
  const session = useBoardSession();
  const camera = useSettledStore(session.editor.camera, CAMERA_SETTLE_MS);
  const viewport = useStore(session.editor.viewport);
  const view = visibleWorldRect(camera, viewport);
  const chunks = listedChunks(layout, view, MAX_LISTED_PANELS);
  const transform = `translate(${camera.x}px, ${camera.y}px) scale(${camera.scale})`;
  // Read once here rather than in every group of buttons.
  const { approvals } = useNotes();

  return (
    <div style={{ ...layerStyle, transform }}>
      <ul aria-label={t('canvas.a11y.shotsList')} style={listStyle}>
        {chunks.map(({ laneIndex, chunk, start, end }) => (
          <ShotButtons
            key={`${layout.lanes[laneIndex].episodeId}:${chunk}`}
            lane={layout.lanes[laneIndex]}
            start={start}
            end={end}
            interaction={interaction}
            approvals={approvals}
            changeMarks={changeMarks}
          />
        ))}
      </ul>
      {Object.keys(approvals).length > 0 && (
        <ul aria-label={t('review.lanesProgress')} style={listStyle}>
          {layout.lanes.map((lane) => {
            if (!centreInView(lane.header, view)) return null;
            const progress = approvalProgress(lane.panels.map((panel) => panel.shotId), approvals);
            return (
              <li key={lane.episodeId} style={{ ...buttonStyle, ...boxStyle(lane.header), pointerEvents: 'none' }}>
                {t('review.laneProgress', { number: lane.index + 1, ...progress })}
              </li>
            );
          })}
        </ul>
      )}
      <ul aria-label={t('canvas.a11y.episodesList')} style={listStyle}>
        {layout.lanes.map((lane) => {
          const slot = lane.addSlot;
          if (!session.canEdit || !centreInView(slot, view)) return null;
          return (
            <li key={lane.episodeId}>
              <button
                type="button"
                style={{ ...buttonStyle, ...boxStyle(slot) }}
                // Pointer clicks arrive through the canvas; this handles Enter and Space.
                onClick={(event) => event.detail === 0 && addShotToEpisode(session, lane.episodeId)}
              >
                {t('canvas.a11y.addShot', { number: lane.index + 1 })}
              </button>
            </li>
          );
        })}
      </ul>
    </div>
  );
});

interface ShotButtonsProps {
  lane: LaneBox;
  start: number;
  end: number;
  interaction: Store<CanvasInteraction>;
  approvals: Record<string, Approval>;
  changeMarks: ChangeMarks | undefined;
}

const ShotButtons = memo(function ShotButtons({ lane, start, end, interaction, approvals, changeMarks }: ShotButtonsProps) {
  const { t } = useTranslation();
  const session = useBoardSession();
  const { editor } = session;
  const selection = useStore(editor.selection);
  const selected = useMemo(() => new Set(selection), [selection]);
  const boxes = useMemo(() => lane.panels.slice(start, end), [lane, start, end]);
  const ids = useMemo(() => boxes.map((box) => box.shotId), [boxes]);
  const shots = useShots(ids);

  /** Enter or Space on a focused panel: select it, and if it already is the selection, open it. */
  const activate = (event: MouseEvent, shotId: string) => {
    if (event.detail !== 0) return; // a pointer click: the canvas has handled it
    const current = editor.selection.get();
    if (current.length === 1 && current[0] === shotId) editor.sketchShotId.set(shotId);
    else if (event.shiftKey || event.metaKey || event.ctrlKey) {
      editor.selection.set(current.includes(shotId) ? current.filter((id) => id !== shotId) : [...current, shotId]);
    } else editor.selection.set([shotId]);
  };

  if (boxes.length === 0) return null;
  // The group's box contains its buttons, so the browser's hit testing and layout can skip
  // whole groups instead of visiting every button on each pointer event.
  const first = boxes[0];
  const last = boxes[boxes.length - 1];
  const group = { x: first.x, y: first.y, width: last.x + last.width - first.x, height: first.height };
  return (
    <div role="none" style={{ position: 'absolute', contain: 'strict', ...boxStyle(group) }}>
      {boxes.map((box, i) => {
        const scene = shots[i]?.scene.trim();
        const number = panelNumber(box);
        const mark = changeMarks?.byShot.get(box.shotId);
        return (
          <li key={box.shotId}>
            <button
              type="button"
              data-shot-id={box.shotId}
              aria-pressed={selected.has(box.shotId)}
              style={{ ...buttonStyle, ...boxStyle(box, group) }}
              onClick={(event) => activate(event, box.shotId)}
              onFocus={() => interaction.set((prev) => ({ ...prev, focusedShotId: box.shotId }))}
              onBlur={() =>
                interaction.set((prev) => (prev.focusedShotId === box.shotId ? { ...prev, focusedShotId: null } : prev))
              }
            >
              {scene ? t('canvas.a11y.shot', { number, scene }) : t('canvas.a11y.shotNoScene', { number })}
              {/* The review state is part of the name, as the badge is part of the panel. */}
              {approvals[box.shotId] && approvals[box.shotId]!.status !== 'pending' && `, ${t(`review.status.${approvals[box.shotId]!.status}`)}`}
              {mark && `, ${changeMarks!.labels[mark]}`}
            </button>
          </li>
        );
      })}
    </div>
  );
});
