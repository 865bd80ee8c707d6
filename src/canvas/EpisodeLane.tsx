import type Konva from 'konva';
import { memo, useCallback, useLayoutEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Group, Line, Rect, Text } from './konva';
import { useBoardValue } from '../hooks/board';
import { LANE_HEADER_WIDTH, type LaneBox } from '../editor/layout';
import { episodeRuntimeMs, formatDuration, timingAgainstTarget } from '../model';
import type { BoardSnapshot, Episode } from '../model/types';
import { cancelRaster, scheduleRaster } from './rasterQueue';
import { CANVAS_FONT, COLORS } from './theme';
import { useBoardSession } from '../hooks/session';
import { useEpisodeFindings } from '../hooks/rhythm';

interface EpisodeLaneProps {
  lane: LaneBox;
  number: number;
  lowDetail: boolean;
  cacheRatio: number;
  /** The "add shot" slot; left out of an exported picture. */
  showAddSlot?: boolean;
}

/** An episode's lane: its background, the header on the left and the "add shot" ghost at the end. */
export const EpisodeLane = memo(function EpisodeLane({ lane, number, lowDetail, cacheRatio, showAddSlot = true }: EpisodeLaneProps) {
  const selectEpisode = useCallback(
    (board: BoardSnapshot) => board.episodes.find((episode) => episode.id === lane.episodeId),
    [lane.episodeId],
  );
  const selectRuntime = useCallback((board: BoardSnapshot) => episodeRuntimeMs(board, lane.episodeId), [lane.episodeId]);
  const episode = useBoardValue(selectEpisode);
  const runtimeMs = useBoardValue(selectRuntime);
  const { canEdit } = useBoardSession();
  if (!episode) return null;

  return (
    <Group listening={false}>
      <Rect
        x={lane.x}
        y={lane.y}
        width={lane.width}
        height={lane.height}
        fill={COLORS.lane}
        stroke={episode.paywall ? COLORS.paywall : COLORS.laneBorder}
        strokeWidth={episode.paywall ? 2 : 1}
        cornerRadius={10}
        perfectDrawEnabled={false}
      />
      <LaneHeader
        lane={lane}
        episode={episode}
        number={number}
        runtimeMs={runtimeMs}
        lowDetail={lowDetail}
        cacheRatio={cacheRatio}
      />
      {canEdit && showAddSlot && <AddShotGhost lane={lane} lowDetail={lowDetail} />}
    </Group>
  );
});

interface LaneHeaderProps {
  lane: LaneBox;
  episode: Episode;
  number: number;
  runtimeMs: number;
  lowDetail: boolean;
  cacheRatio: number;
}

/** Episode number, title, runtime against target and the paywall marker; cached as one bitmap. */
function LaneHeader({ lane, episode, number, runtimeMs, lowDetail, cacheRatio }: LaneHeaderProps) {
  const { t, i18n } = useTranslation();
  const ref = useRef<Konva.Group>(null);
  const { header } = lane;
  const timing = timingAgainstTarget(runtimeMs, episode.targetSeconds);
  const over = timing.status === 'over';
  const findings = useEpisodeFindings(lane.episodeId);
  // Info stays in the Checks list; the lane counts what needs fixing.
  const toFix = findings.filter((finding) => finding.severity !== 'info');
  const findingsLabel = toFix.length > 0 ? t('canvas.lane.findings', { count: toFix.length }) : '';
  const findingsColor = toFix.some((finding) => finding.severity === 'problem') ? COLORS.findingProblem : COLORS.findingWarning;
  const runtime = t('canvas.lane.runtime', {
    runtime: formatDuration(timing.runtimeMs),
    target: formatDuration(timing.targetMs),
  });

  useLayoutEffect(() => {
    const group = ref.current;
    if (!group) return;
    // Zoomed far out a header is its number (and the paywall tag): drawn live, it costs less
    // than the three canvases of a Konva cache, which took about 70 ms of a series' opening.
    if (lowDetail) {
      group.clearCache();
      return;
    }
    // Drawn live until the raster queue caches it; a header is a few text nodes, cheap meanwhile.
    scheduleRaster(group, () => {
      group.cache({ pixelRatio: cacheRatio, x: 0, y: 0, width: header.width, height: header.height });
      group.getLayer()?.batchDraw();
    });
    return () => cancelRaster(group);
  }, [episode, number, runtime, over, lowDetail, cacheRatio, header, i18n.language, findingsLabel, findingsColor]);

  const note = over ? COLORS.runtimeOver : COLORS.laneMutedText;
  return (
    <Group ref={ref} x={header.x} y={header.y}>
      {lowDetail ? (
        // Zoomed far out only the number is legible, so it is drawn large.
        <HeaderText y={0} text={String(number)} size={96} bold />
      ) : (
        <>
          <HeaderText y={0} text={t('canvas.lane.episode', { number })} size={13} bold color={COLORS.laneMutedText} />
          <HeaderText y={22} text={episode.title.trim() || t('canvas.lane.untitled')} size={20} bold lines={3} />
          <HeaderText y={104} text={runtime} size={16} bold color={over ? COLORS.runtimeOver : COLORS.runtimeOk} />
          <HeaderText y={126} text={t(over ? 'canvas.lane.overTarget' : 'canvas.lane.ofTarget')} size={11} color={note} />
          {findingsLabel && <HeaderText y={150} text={findingsLabel} size={13} bold color={findingsColor} />}
        </>
      )}
      {episode.paywall && (
        <PaywallTag x={HEADER_PADDING} y={header.height - HEADER_PADDING - 26} label={t('canvas.lane.paywall')} />
      )}
    </Group>
  );
}

const HEADER_PADDING = 18;

interface HeaderTextProps {
  y: number;
  text: string;
  size: number;
  bold?: boolean;
  color?: string;
  /** Wrap to at most this many lines (then an ellipsis); one line when left out. */
  lines?: number;
}

function HeaderText({ y, text, size, bold, color = COLORS.laneHeaderText, lines = 1 }: HeaderTextProps) {
  return (
    <Text
      x={HEADER_PADDING}
      y={HEADER_PADDING + y}
      width={LANE_HEADER_WIDTH - HEADER_PADDING * 2}
      height={lines > 1 ? size * 1.2 * lines : undefined}
      text={text}
      fontSize={size}
      fontStyle={bold ? 'bold' : 'normal'}
      fontFamily={CANVAS_FONT}
      fill={color}
      lineHeight={1.2}
      wrap={lines > 1 ? 'word' : 'none'}
      ellipsis
      perfectDrawEnabled={false}
    />
  );
}

function PaywallTag({ x, y, label }: { x: number; y: number; label: string }) {
  return (
    <Group x={x} y={y}>
      <Rect width={110} height={26} cornerRadius={13} fill={COLORS.paywallFill} stroke={COLORS.paywall} strokeWidth={1.5} />
      {/* A padlock: shackle and body. */}
      <Line points={[11, 12, 11, 8, 17, 8, 17, 12]} stroke={COLORS.paywall} strokeWidth={1.8} tension={0.6} />
      <Rect x={8} y={11} width={12} height={9} cornerRadius={2} fill={COLORS.paywall} />
      <Text
        x={26}
        y={7}
        width={80}
        text={label}
        fontSize={12}
        fontStyle="bold"
        fontFamily={CANVAS_FONT}
        fill={COLORS.paywall}
        wrap="none"
        ellipsis
        perfectDrawEnabled={false}
      />
    </Group>
  );
}

/** The dashed "+" panel after the last shot; the pointer controller handles its clicks. */
function AddShotGhost({ lane, lowDetail }: { lane: LaneBox; lowDetail: boolean }) {
  const { t } = useTranslation();
  const slot = lane.addSlot;
  const cx = slot.x + slot.width / 2;
  const cy = slot.y + slot.height / 2;
  return (
    <Group>
      <Rect
        x={slot.x}
        y={slot.y}
        width={slot.width}
        height={slot.height}
        cornerRadius={6}
        stroke={COLORS.addGhostBorder}
        strokeWidth={1.5}
        dash={lowDetail ? undefined : [6, 5]}
        perfectDrawEnabled={false}
      />
      <Line points={[cx - 14, cy, cx + 14, cy]} stroke={COLORS.addGhostText} strokeWidth={2.5} lineCap="round" />
      <Line points={[cx, cy - 14, cx, cy + 14]} stroke={COLORS.addGhostText} strokeWidth={2.5} lineCap="round" />
      {!lowDetail && (
        <Text x={slot.x} y={cy + 24} width={slot.width} align="center" text={t('canvas.panel.addShot')} fontSize={12}
          fontFamily={CANVAS_FONT} fill={COLORS.addGhostText} perfectDrawEnabled={false} />
      )}
    </Group>
  );
}
