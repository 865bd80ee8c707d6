import { memo, useDeferredValue, useLayoutEffect, useMemo, useRef, type CSSProperties, type MouseEvent, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { visibleChunks, type VisibleChunk, type Visibility } from '../editor/culling';
import { rectsIntersect } from '../editor/geometry';
import type { Camera } from '../editor/editorState';
import { useShots } from '../editor/hooks';
import { panelNumber, type LaneBox } from '../editor/layout';
import { useBoardSession } from '../editor/session';
import { addShotToEpisode } from '../editor/shotActions';
import { useStore, type Store } from '../editor/store';
import type { CanvasInteraction } from './interaction';

// The canvas's panels as real, transparent buttons laid exactly over the drawn panels: screen
// readers get a list of shots, keyboard users can Tab to them, and tests find them by role and
// name. Pointer events pass through them to the canvas's own handlers (they bubble to the
// container), so a click on a button is handled like a click on the drawing beneath it.

const layerStyle: CSSProperties = {
  position: 'absolute',
  left: 0,
  top: 0,
  transformOrigin: '0 0',
  pointerEvents: 'none',
  willChange: 'transform',
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

interface CanvasA11yLayerProps {
  visibility: Visibility;
  interaction: Store<CanvasInteraction>;
}

export const CanvasA11yLayer = memo(function CanvasA11yLayer(props: CanvasA11yLayerProps) {
  // Hundreds of buttons may come and go with a pan; React builds them in the background.
  const visibility = useDeferredValue(props.visibility);
  const { interaction } = props;
  const { t } = useTranslation();
  const session = useBoardSession();
  const layerRef = useRef<HTMLDivElement>(null);
  useFollowCamera(layerRef, session.editor.camera);
  const { layout } = visibility;

  return (
    <div ref={layerRef} style={layerStyle}>
      <ul aria-label={t('canvas.a11y.shotsList')} style={listStyle}>
        {chunksForList(visibility).map(({ laneIndex, chunk, start, end }) => (
          <ShotButtons
            key={`${layout.lanes[laneIndex].episodeId}:${chunk}`}
            lane={layout.lanes[laneIndex]}
            start={start}
            end={end}
            interaction={interaction}
          />
        ))}
      </ul>
      <ul aria-label={t('canvas.a11y.episodesList')} style={listStyle}>
        {visibility.lanes.map(({ laneIndex }) => {
          const lane = layout.lanes[laneIndex];
          const slot = lane.addSlot;
          return (
            <li key={lane.episodeId}>
              <button
                type="button"
                style={{ ...buttonStyle, left: slot.x, top: slot.y, width: slot.width, height: slot.height }}
                // Mouse clicks arrive through the canvas; this handles Enter and Space.
                onClick={(event) => event.detail === 0 && addShotToEpisode(session, lane.episodeId)}
              >
                {t('canvas.a11y.addShot', { number: laneIndex + 1 })}
              </button>
            </li>
          );
        })}
      </ul>
    </div>
  );
});

/**
 * Buttons cost the browser hit testing and layout on every pointer event, so the list holds the
 * panels in view (not the culling margin), nearest the centre first, up to a few hundred: far
 * zoomed out a screen shows thousands of panels too small to point at anyway.
 */
const MAX_LISTED_PANELS = 480;

/** How long the camera must rest before the buttons move to where the panels now are. */
const CAMERA_REST_MS = 120;

function chunksForList(visibility: Visibility): VisibleChunk[] {
  const { layout, view } = visibility;
  const centre = { x: view.x + view.width / 2, y: view.y + view.height / 2 };
  const inView = visibleChunks(visibility).map((chunk) => {
    const first = layout.lanes[chunk.laneIndex].panels[chunk.start];
    const last = layout.lanes[chunk.laneIndex].panels[chunk.end - 1];
    const box = { x: first.x, y: first.y, width: last.x + last.width - first.x, height: first.height };
    const distance = Math.hypot(box.x + box.width / 2 - centre.x, box.y + box.height / 2 - centre.y);
    return { chunk, box, distance };
  }).filter(({ box }) => rectsIntersect(box, view));
  inView.sort((a, b) => a.distance - b.distance);
  const listed: VisibleChunk[] = [];
  let count = 0;
  for (const { chunk } of inView) {
    if (count + (chunk.end - chunk.start) > MAX_LISTED_PANELS && listed.length > 0) break;
    listed.push(chunk);
    count += chunk.end - chunk.start;
  }
  // Reading order for screen readers: lane by lane, left to right.
  return listed.sort((a, b) => a.laneIndex - b.laneIndex || a.chunk - b.chunk);
}

interface ShotButtonsProps {
  lane: LaneBox;
  start: number;
  end: number;
  interaction: Store<CanvasInteraction>;
}

const ShotButtons = memo(function ShotButtons({ lane, start, end, interaction }: ShotButtonsProps) {
  const { t } = useTranslation();
  const session = useBoardSession();
  const { editor } = session;
  const selection = useStore(editor.selection);
  const selected = useMemo(() => new Set(selection), [selection]);
  const boxes = useMemo(() => lane.panels.slice(start, end), [lane, start, end]);
  const ids = useMemo(() => boxes.map((box) => box.shotId), [boxes]);
  const shots = useShots(ids);

  const activate = (event: MouseEvent, shotId: string) => {
    if (event.detail !== 0) return; // a pointer click: the canvas already handled it
    const current = editor.selection.get();
    if (current.length === 1 && current[0] === shotId) editor.sketchShotId.set(shotId);
    else if (event.shiftKey || event.metaKey || event.ctrlKey) {
      editor.selection.set(current.includes(shotId) ? current.filter((id) => id !== shotId) : [...current, shotId]);
    } else editor.selection.set([shotId]);
  };

  if (boxes.length === 0) return null;
  // The chunk box clips and contains its buttons, so the browser's hit testing and layout skip
  // whole chunks instead of visiting every button on each pointer event.
  const origin = boxes[0];
  const last = boxes[boxes.length - 1];
  const chunkStyle: CSSProperties = {
    position: 'absolute',
    left: origin.x,
    top: origin.y,
    width: last.x + last.width - origin.x,
    height: origin.height,
    contain: 'strict',
  };
  return (
    <div role="none" style={chunkStyle}>
      {boxes.map((box, i) => {
        const scene = shots[i]?.scene.trim();
        const number = panelNumber(box);
        return (
          <li key={box.shotId}>
            <button
              type="button"
              data-shot-id={box.shotId}
              aria-pressed={selected.has(box.shotId)}
              style={{ ...buttonStyle, left: box.x - origin.x, top: 0, width: box.width, height: box.height }}
              onClick={(event) => activate(event, box.shotId)}
              onFocus={() => interaction.set((prev) => ({ ...prev, focusedShotId: box.shotId }))}
              onBlur={() =>
                interaction.set((prev) => (prev.focusedShotId === box.shotId ? { ...prev, focusedShotId: null } : prev))
              }
            >
              {scene ? t('canvas.a11y.shot', { number, scene }) : t('canvas.a11y.shotNoScene', { number })}
            </button>
          </li>
        );
      })}
    </div>
  );
});

/**
 * Keeps the layer's CSS transform equal to the camera, so each button sits over its panel.
 * While the camera is moving the layer waits for it to rest: restyling hundreds of invisible
 * buttons every frame of a pan would cost more than drawing the board.
 */
function useFollowCamera(ref: RefObject<HTMLElement | null>, camera: Store<Camera>): void {
  useLayoutEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const apply = () => {
      const { x, y, scale } = camera.get();
      if (ref.current) ref.current.style.transform = `translate(${x}px, ${y}px) scale(${scale})`;
    };
    apply();
    const unsubscribe = camera.subscribe(() => {
      clearTimeout(timer);
      timer = setTimeout(apply, CAMERA_REST_MS);
    });
    return () => {
      clearTimeout(timer);
      unsubscribe();
    };
  }, [ref, camera]);
}
