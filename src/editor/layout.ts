import { episodeShotsInOrder } from '../model/derived';
import type { Aspect, BoardSnapshot } from '../model/types';
import type { Rect } from './geometry';

// Where everything sits on the board, in world coordinates (1 unit = 1 CSS pixel at 100%).
// Episodes are horizontal lanes stacked top to bottom; each lane starts with its header and
// then shows its shots left to right, ending in an "add shot" slot. Pure: the canvas draws
// it, hit testing and culling read it, and the tests check it without a DOM.

export const LANE_HEADER_WIDTH = 220;
export const LANE_PADDING = 16;
export const LANE_GAP = 24;
export const PANEL_GAP = 16;
/** Inset of the image box inside the panel card. */
export const PANEL_INSET = 6;
/** Room under the image for badges, the first dialogue line and the beat band. */
export const CAPTION_HEIGHT = 70;
/** The strip under a lane's panels: finding badges under the shots, then the emotion curve (docs/craft.md). */
export const RHYTHM_STRIP_HEIGHT = 96;

/**
 * Image box per aspect. The areas are about equal, so a 16:9 board reads as well as a 9:16 one
 * and the panels stay roughly 160 px wide for the vertical formats microdramas are shot in.
 */
const IMAGE_BOXES: Record<Aspect, { width: number; height: number }> = {
  '9:16': { width: 148, height: 263 },
  '4:5': { width: 168, height: 210 },
  '1:1': { width: 188, height: 188 },
  '16:9': { width: 248, height: 140 },
};

/** Panel geometry shared by every panel of a board, relative to the panel's top-left. */
export interface PanelMetrics {
  aspect: Aspect;
  width: number;
  height: number;
  image: Rect;
  caption: Rect;
}

export interface PanelBox extends Rect {
  shotId: string;
  episodeId: string;
  laneIndex: number;
  /** Position in the episode, 0-based. */
  index: number;
}

export interface LaneBox extends Rect {
  episodeId: string;
  index: number;
  header: Rect;
  /** The "add shot" ghost panel after the last shot. */
  addSlot: Rect;
  /** World x of the first panel slot (where a panel at index 0 starts). */
  panelsX: number;
  /** World y of the panels' top edge. */
  panelsY: number;
  panels: PanelBox[];
  /** The emotion curve's strip under the panels, as wide as the panels and the add slot. */
  rhythm: Rect;
}

export interface BoardLayout {
  metrics: PanelMetrics;
  lanes: LaneBox[];
  panelById: ReadonlyMap<string, PanelBox>;
  /** Everything drawn, for zoom to fit. */
  bounds: Rect;
}

const metricsCache = new Map<Aspect, PanelMetrics>();

/** Panel metrics for an aspect; the same object every time, so React props stay equal. */
export function panelMetrics(aspect: Aspect): PanelMetrics {
  const cached = metricsCache.get(aspect);
  if (cached) return cached;
  const box = IMAGE_BOXES[aspect] ?? IMAGE_BOXES['9:16'];
  const width = box.width + PANEL_INSET * 2;
  const image = { x: PANEL_INSET, y: PANEL_INSET, width: box.width, height: box.height };
  const captionY = PANEL_INSET + box.height;
  const metrics: PanelMetrics = {
    aspect,
    width,
    height: captionY + CAPTION_HEIGHT,
    image,
    caption: { x: 0, y: captionY, width, height: CAPTION_HEIGHT },
  };
  metricsCache.set(aspect, metrics);
  return metrics;
}

/** World x of the panel slot `index` in a lane whose first slot starts at `panelsX`. */
export function slotX(panelsX: number, index: number, metrics: PanelMetrics): number {
  return panelsX + index * (metrics.width + PANEL_GAP);
}

export function layoutBoard(
  board: Pick<BoardSnapshot, 'episodes' | 'shotsByEpisode'>,
  aspect: Aspect,
): BoardLayout {
  const metrics = panelMetrics(aspect);
  const laneHeight = metrics.height + LANE_PADDING * 2 + RHYTHM_STRIP_HEIGHT;
  const panelsX = LANE_HEADER_WIDTH + PANEL_GAP;
  const lanes: LaneBox[] = [];
  const panelById = new Map<string, PanelBox>();
  let y = 0;
  let maxWidth = panelsX + metrics.width + LANE_PADDING;

  board.episodes.forEach((episode, laneIndex) => {
    const shotIds = episodeShotsInOrder(board, episode.id);
    const panelsY = y + LANE_PADDING;
    const panels = shotIds.map((shotId, index): PanelBox => {
      const panel = {
        shotId,
        episodeId: episode.id,
        laneIndex,
        index,
        x: slotX(panelsX, index, metrics),
        y: panelsY,
        width: metrics.width,
        height: metrics.height,
      };
      panelById.set(shotId, panel);
      return panel;
    });
    const addX = slotX(panelsX, shotIds.length, metrics);
    const addSlot = { x: addX, y: panelsY, width: metrics.width, height: metrics.height };
    const width = addSlot.x + addSlot.width + LANE_PADDING;
    maxWidth = Math.max(maxWidth, width);
    lanes.push({
      episodeId: episode.id,
      index: laneIndex,
      x: 0,
      y,
      width,
      height: laneHeight,
      header: { x: 0, y, width: LANE_HEADER_WIDTH, height: laneHeight },
      addSlot,
      panelsX,
      panelsY,
      panels,
      rhythm: { x: panelsX, y: panelsY + metrics.height, width: addSlot.x + addSlot.width - panelsX, height: RHYTHM_STRIP_HEIGHT },
    });
    y += laneHeight + LANE_GAP;
  });

  const height = lanes.length > 0 ? y - LANE_GAP : laneHeight;
  return { metrics, lanes, panelById, bounds: { x: 0, y: 0, width: maxWidth, height } };
}

/** The given ids sorted into board reading order; ids not on the board are dropped. */
export function sortByBoardOrder(layout: BoardLayout, ids: Iterable<string>): string[] {
  const placed: PanelBox[] = [];
  for (const id of ids) {
    const panel = layout.panelById.get(id);
    if (panel) placed.push(panel);
  }
  placed.sort((a, b) => a.laneIndex - b.laneIndex || a.index - b.index);
  return placed.map((panel) => panel.shotId);
}

interface MemoEntry {
  episodes: BoardSnapshot['episodes'];
  aspect: Aspect;
  layout: BoardLayout;
}

const boardLayouts = new WeakMap<BoardSnapshot['shotsByEpisode'], MemoEntry>();

/**
 * The layout of a board snapshot, reused while episodes, shot order and aspect are unchanged.
 * Editing a shot's fields keeps the layout object, so culling and React keep their work.
 */
export function layoutOfBoard(board: Pick<BoardSnapshot, 'episodes' | 'shotsByEpisode' | 'meta'>): BoardLayout {
  const aspect = board.meta.aspect;
  const memo = boardLayouts.get(board.shotsByEpisode);
  if (memo && memo.episodes === board.episodes && memo.aspect === aspect) return memo.layout;
  const layout = layoutBoard(board, aspect);
  boardLayouts.set(board.shotsByEpisode, { episodes: board.episodes, aspect, layout });
  return layout;
}

/** The shot number a panel shows, "3.12" (episode 3, shot 12), the same as the model's `shotNumbers`. */
export function panelNumber(panel: Pick<PanelBox, 'laneIndex' | 'index'>): string {
  return `${panel.laneIndex + 1}.${panel.index + 1}`;
}
