import type Konva from 'konva';
import { useEffect, useRef } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { Layer, Rect, Stage } from '../konva';
import { useBoardLayout } from '../../hooks/board';
import { episodeShotsInOrder } from '../../model';
import { panelNumber } from '../../editor/layout';
import { useBoardSession } from '../../hooks/session';
import { loadAssetImage } from '../assetImages';
import { EpisodeLane } from '../EpisodeLane';
import { LANE_RHYTHM_NAME, LaneRhythm } from '../LaneRhythm';
import { rasterPending } from '../rasterQueue';
import { ShotPanel } from '../ShotPanel';
import { COLORS } from '../theme';

/** Chromium draws nothing on a canvas wider or taller than this. */
const MAX_CANVAS_EDGE = 32_000;
const MARGIN = 24;
const GIVE_UP_MS = 20_000;

export class LaneSnapshotError extends Error {
  constructor(readonly reason: 'too-long' | 'timeout' | 'encode') {
    super(reason);
  }
}

/**
 * An episode lane as it looks on the board (header, every panel, no add slot), drawn on a
 * hidden stage of its own, so panels outside the viewport are included, and handed over as a
 * PNG at `pixelRatio` once every panel has its picture.
 */
export function LaneSnapshot({ episodeId, pixelRatio, onDone }: {
  episodeId: string;
  pixelRatio: number;
  onDone(result: Blob | LaneSnapshotError): void;
}) {
  const layout = useBoardLayout();
  const { store, assets } = useBoardSession();
  const { i18n } = useTranslation();
  const stageRef = useRef<Konva.Stage>(null);
  const doneRef = useRef(onDone);
  doneRef.current = onDone;
  const laneIndex = layout.lanes.findIndex((lane) => lane.episodeId === episodeId);
  const lane = layout.lanes[laneIndex];
  const width = lane ? lane.width + 2 * MARGIN : 0;
  const height = lane ? lane.height + 2 * MARGIN : 0;
  const tooLong = Math.max(width, height) * pixelRatio > MAX_CANVAS_EDGE;

  useEffect(() => {
    if (!lane) return;
    if (tooLong) {
      doneRef.current(new LaneSnapshotError('too-long'));
      return;
    }
    let frame = 0;
    let calm = 0;
    const started = performance.now();
    const board = store.getBoard();
    // Reference images first, so each panel rasterises once, with its image.
    const images = Promise.all(
      episodeShotsInOrder(board, episodeId).map((id) => board.shots[id]?.imageAssetId).filter((id): id is string => !!id).map((id) => loadAssetImage(assets, id)),
    );
    let imagesReady = false;
    void images.then(() => (imagesReady = true));
    const check = () => {
      const stage = stageRef.current;
      // Ready when no panel is still waiting for its bitmap: no placeholder card is visible
      // and the raster queue is empty, two frames running. (The lane's curve is a shape that is
      // always drawn live, not a placeholder.)
      const placeholder = (node: Konva.Node) => node.getClassName() === 'Shape' && node.isVisible() && !node.hasName(LANE_RHYTHM_NAME);
      const waiting = !stage || !imagesReady || rasterPending() || stage.find(placeholder).length > 0;
      calm = waiting ? 0 : calm + 1;
      if (calm >= 2 && stage) {
        stage.toBlob({ pixelRatio, mimeType: 'image/png', callback: (blob) => doneRef.current(blob ?? new LaneSnapshotError('encode')) });
        return;
      }
      if (performance.now() - started > GIVE_UP_MS) {
        doneRef.current(new LaneSnapshotError('timeout'));
        return;
      }
      frame = requestAnimationFrame(check);
    };
    frame = requestAnimationFrame(check);
    return () => cancelAnimationFrame(frame);
  }, [lane, tooLong, pixelRatio, episodeId, store, assets]);

  if (!lane || tooLong) return null;
  const panels = [...layout.panelById.values()].filter((panel) => panel.episodeId === episodeId);
  return createPortal(
    <div aria-hidden="true" style={{ position: 'fixed', left: -width - 1000, top: 0, pointerEvents: 'none' }}>
      <Stage ref={stageRef} width={width} height={height} listening={false}>
        <Layer x={MARGIN - lane.x} y={MARGIN - lane.y} listening={false}>
          <Rect x={lane.x - MARGIN} y={lane.y - MARGIN} width={width} height={height} fill={COLORS.background} />
          <EpisodeLane lane={lane} number={laneIndex + 1} lowDetail={false} cacheRatio={pixelRatio} showAddSlot={false} />
          {panels.map((panel) => (
            <ShotPanel key={panel.shotId} shotId={panel.shotId} x={panel.x} y={panel.y} number={panelNumber(panel)}
              metrics={layout.metrics} cacheRatio={pixelRatio} language={i18n.language} forExport />
          ))}
          <LaneRhythm lane={lane} />
        </Layer>
      </Stage>
    </div>,
    document.body,
  );
}
