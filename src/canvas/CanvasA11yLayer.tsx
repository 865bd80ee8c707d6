import { memo, useDeferredValue, useLayoutEffect, useMemo, useRef, type CSSProperties, type MouseEvent, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { visibleChunks, type Visibility } from '../editor/culling';
import type { Camera } from '../editor/editorState';
import { useShots } from '../editor/hooks';
import { panelNumber, type LaneBox } from '../editor/layout';
import { useBoardSession } from '../editor/session';
import { addShotToEpisode } from '../editor/shotActions';
import { useStore, type Store } from '../editor/store';
import { revealShot } from '../editor/viewActions';
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
        {visibleChunks(visibility).map(({ laneIndex, chunk, start, end }) => (
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

  return boxes.map((box, i) => {
    const scene = shots[i]?.scene.trim();
    const number = panelNumber(box);
    return (
      <li key={box.shotId}>
        <button
          type="button"
          data-shot-id={box.shotId}
          aria-pressed={selected.has(box.shotId)}
          style={{ ...buttonStyle, left: box.x, top: box.y, width: box.width, height: box.height }}
          onClick={(event) => activate(event, box.shotId)}
          onFocus={() => {
            interaction.set((prev) => ({ ...prev, focusedShotId: box.shotId }));
            revealShot(session, box.shotId);
          }}
          onBlur={() => interaction.set((prev) => (prev.focusedShotId === box.shotId ? { ...prev, focusedShotId: null } : prev))}
        >
          {scene ? t('canvas.a11y.shot', { number, scene }) : t('canvas.a11y.shotNoScene', { number })}
        </button>
      </li>
    );
  });
});

/** Keeps the layer's CSS transform equal to the camera, so each button sits over its panel. */
function useFollowCamera(ref: RefObject<HTMLElement | null>, camera: Store<Camera>): void {
  useLayoutEffect(() => {
    const apply = () => {
      const { x, y, scale } = camera.get();
      if (ref.current) ref.current.style.transform = `translate(${x}px, ${y}px) scale(${scale})`;
    };
    apply();
    return camera.subscribe(apply);
  }, [ref, camera]);
}
