import type { Aspect } from '../../model';

export interface Box {
  x: number;
  /** PDF coordinates: y is the bottom edge, measured up from the page's bottom. */
  y: number;
  width: number;
  height: number;
}

export interface SheetLayout {
  page: { width: number; height: number };
  /** Cells in reading order: left to right, then top to bottom. */
  cells: Box[];
  /** The panel frame inside a cell, relative to the cell's top-left corner. */
  frame: { dx: number; dy: number; width: number; height: number };
  margin: number;
  headerHeight: number;
  footerHeight: number;
}

const A4 = { short: 595.28, long: 841.89 };
const MARGIN = 32;
const HEADER = 46;
const FOOTER = 26;
const GAP = 14;
/** Room under each panel for the shot line and at least a few lines of action and dialogue. */
const MIN_TEXT = 96;

export const SHEET_GRIDS = ['2x2', '3x2', '4x2', '3x3'] as const;
export type SheetGrid = (typeof SHEET_GRIDS)[number];

/**
 * A4 storyboard sheets: portrait for tall panels (9:16, 4:5), landscape for the rest; the grid
 * is `columns x rows`, and each panel is as large as its cell allows while leaving text room.
 */
export function sheetLayout(aspect: Aspect, grid: SheetGrid): SheetLayout {
  const [columns, rows] = grid.split('x').map(Number) as [number, number];
  const [w, h] = aspect.split(':').map(Number) as [number, number];
  const ratio = w / h;
  const page = ratio < 1 ? { width: A4.short, height: A4.long } : { width: A4.long, height: A4.short };
  const cellWidth = (page.width - 2 * MARGIN - (columns - 1) * GAP) / columns;
  const cellHeight = (page.height - 2 * MARGIN - HEADER - FOOTER - (rows - 1) * GAP) / rows;
  let frameHeight = Math.min(cellWidth / ratio, cellHeight - MIN_TEXT);
  let frameWidth = frameHeight * ratio;
  if (frameWidth > cellWidth) {
    frameWidth = cellWidth;
    frameHeight = cellWidth / ratio;
  }
  const cells: Box[] = [];
  const top = page.height - MARGIN - HEADER;
  for (let row = 0; row < rows; row++) {
    for (let column = 0; column < columns; column++) {
      cells.push({
        x: MARGIN + column * (cellWidth + GAP),
        y: top - (row + 1) * cellHeight - row * GAP,
        width: cellWidth,
        height: cellHeight,
      });
    }
  }
  return {
    page,
    cells,
    frame: { dx: (cellWidth - frameWidth) / 2, dy: 0, width: frameWidth, height: frameHeight },
    margin: MARGIN,
    headerHeight: HEADER,
    footerHeight: FOOTER,
  };
}
