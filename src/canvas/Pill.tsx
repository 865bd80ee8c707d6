import { Group, Rect, Text } from 'react-konva';
import { textWidth } from './textMetrics';
import { CANVAS_FONT, COLORS } from './theme';

interface PillProps {
  x: number;
  y: number;
  text: string;
  fill: string;
  color: string;
  fontSize: number;
  bold?: boolean;
  /** x is the right edge instead of the left one. */
  alignRight?: boolean;
  /** Longest the pill may get; longer text is cut with an ellipsis. */
  maxWidth?: number;
}

const PADDING_X = 4;
const PADDING_Y = 2;

/** A rounded label sized to its text; `pillWidth` gives the same width for laying out a row. */
export function Pill({ x, y, text, fill, color, fontSize, bold, alignRight, maxWidth = Infinity }: PillProps) {
  const width = pillWidth(text, fontSize, bold, maxWidth);
  const height = fontSize + PADDING_Y * 2 + 2;
  return (
    <Group x={alignRight ? x - width : x} y={y}>
      <Rect width={width} height={height} fill={fill} cornerRadius={height / 2} perfectDrawEnabled={false} />
      <Text
        text={text}
        x={PADDING_X}
        y={PADDING_Y + 1}
        width={width - PADDING_X * 2}
        fontSize={fontSize}
        fontStyle={bold ? 'bold' : 'normal'}
        fontFamily={CANVAS_FONT}
        fill={color}
        wrap="none"
        ellipsis
        perfectDrawEnabled={false}
      />
    </Group>
  );
}

export function pillWidth(text: string, fontSize: number, bold = false, maxWidth = Infinity): number {
  return Math.min(maxWidth, Math.ceil(textWidth(text, fontSize, bold ? 'bold' : 'normal')) + PADDING_X * 2 + 1);
}

/** Dark chip over the image: shot number and duration. */
export function Chip(props: { x: number; y: number; text: string; bold?: boolean; alignRight?: boolean }) {
  return <Pill {...props} fill={COLORS.chip} color={COLORS.chipText} fontSize={11} />;
}
