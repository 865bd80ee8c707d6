import type { TFunction } from 'i18next';
import { Group, Rect, Text } from 'react-konva';
import type { PanelMetrics } from '../editor/layout';
import type { Shot } from '../model/types';
import { beatLabel, dialogueCaption, framingBadges } from './panelText';
import { Pill, pillWidth } from './Pill';
import { CANVAS_FONT, COLORS, emotionColorOf, textOn } from './theme';

const BADGE_FONT = 10;
const BADGE_GAP = 4;
const BAND_HEIGHT = 22;
const INTENSITY_WIDTH = 36;

interface PanelCaptionProps {
  shot: Shot;
  speakerName: string | undefined;
  metrics: PanelMetrics;
  /** The interface language's strings (the panel's bitmap is keyed by the language). */
  t: TFunction;
}

/** Under the image: framing badges, the first dialogue line and the beat band. */
export function PanelCaption({ shot, speakerName, metrics, t }: PanelCaptionProps) {
  const caption = metrics.caption;
  const inner = metrics.width - 12;
  const dialogue = dialogueCaption(shot, speakerName);

  // Badges flow left to right and stop at the panel edge rather than wrapping.
  let badgeX = 6;
  const badges = framingBadges(shot, t).flatMap((text) => {
    const room = 6 + inner - badgeX;
    if (room < 24) return [];
    const width = pillWidth(text, BADGE_FONT, true, room);
    const pill = { key: `${badgeX}:${text}`, text, x: badgeX, maxWidth: room };
    badgeX += width + BADGE_GAP;
    return [pill];
  });

  return (
    <Group y={caption.y}>
      {badges.map((badge) => (
        <Pill
          key={badge.key}
          x={badge.x}
          y={6}
          text={badge.text}
          maxWidth={badge.maxWidth}
          fill={COLORS.badge}
          color={COLORS.badgeText}
          fontSize={BADGE_FONT}
          bold
        />
      ))}
      {dialogue && (
        <Text
          x={6}
          y={28}
          width={inner}
          text={dialogue}
          fontSize={11}
          fontFamily={CANVAS_FONT}
          fill={COLORS.captionText}
          wrap="none"
          ellipsis
          perfectDrawEnabled={false}
        />
      )}
      <BeatBand shot={shot} label={beatLabel(shot, t)} width={metrics.width} y={caption.height - BAND_HEIGHT} />
    </Group>
  );
}

/** The beat band: coloured by emotion, labelled by beat type, intensity as a filled bar. */
function BeatBand({ shot, label, width, y }: { shot: Shot; label: string; width: number; y: number }) {
  const fill = emotionColorOf(shot.beat.emotion);
  const ink = shot.beat.emotion ? textOn(fill) : COLORS.noBeatText;
  const intensity = Math.max(0, Math.min(10, shot.beat.intensity)) / 10;
  const barX = width - INTENSITY_WIDTH - 8;
  return (
    <Group y={y}>
      <Rect width={width} height={BAND_HEIGHT} fill={fill} cornerRadius={[0, 0, 6, 6]} perfectDrawEnabled={false} />
      <Text
        x={8}
        y={6}
        width={barX - 14}
        text={label}
        fontSize={10}
        fontStyle="bold"
        fontFamily={CANVAS_FONT}
        fill={ink}
        wrap="none"
        ellipsis
        perfectDrawEnabled={false}
      />
      <Rect x={barX} y={9} width={INTENSITY_WIDTH} height={4} cornerRadius={2} fill={ink} opacity={0.3} />
      {intensity > 0 && (
        <Rect x={barX} y={9} width={INTENSITY_WIDTH * intensity} height={4} cornerRadius={2} fill={ink} />
      )}
    </Group>
  );
}
