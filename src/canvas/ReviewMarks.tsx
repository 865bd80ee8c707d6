import { useTranslation } from 'react-i18next';
import { Circle, Group, Line, Rect, Text } from './konva';
import { useBoardSession } from '../hooks/session';
import { useStore } from '../hooks/useStore';
import type { Visibility } from '../editor/culling';
import { useNotes } from '../hooks/useNotes';
import { approvalProgress, strokePointsIn, type ApprovalStatus } from '../model';
import { CANVAS_FONT } from './theme';

const BADGE: Record<Exclude<ApprovalStatus, 'pending'>, { fill: string; glyph: string }> = {
  approved: { fill: '#1f8a5b', glyph: '✓' },
  changes: { fill: '#d12f2f', glyph: '!' },
};

/**
 * Review state over the board, from the notes doc: an approval badge on each visible panel
 * and each lane's progress under its header. Drawn over the cached panels, so a review pass
 * never re-renders them.
 */
export function ReviewMarks({ visibility }: { visibility: Visibility }) {
  const { t } = useTranslation();
  const { approvals, marks, comments } = useNotes();
  const { editor } = useBoardSession();
  const marksHidden = useStore(editor.marksHidden);
  const needsChangesOnly = useStore(editor.needsChangesOnly);
  const regions = comments.filter((comment) => comment.region && !comment.resolved);
  if (!needsChangesOnly && Object.keys(approvals).length === 0 && Object.keys(marks).length === 0 && regions.length === 0) return null;
  const { layout } = visibility;
  const image = layout.metrics.image;
  return (
    <Group>
      {visibility.lanes.map(({ laneIndex, start, end }) => {
        const lane = layout.lanes[laneIndex]!;
        const progress = approvalProgress(lane.panels.map((panel) => panel.shotId), approvals);
        return (
          <Group key={lane.episodeId}>
            {Object.keys(approvals).length > 0 && <Text x={lane.header.x + 16} y={lane.header.y + lane.header.height - 28} text={t('review.progress', progress)}
              fontFamily={CANVAS_FONT} fontSize={12} fontStyle="600" fill={progress.approved === progress.total ? '#1f8a5b' : '#6b7280'} />}
            {!marksHidden &&
              lane.panels.slice(start, end).flatMap((panel) =>
                (marks[panel.shotId] ?? []).map((mark) => (
                  <Line key={`${panel.shotId}:${mark.id}`} x={panel.x + image.x} y={panel.y + image.y}
                    points={strokePointsIn(mark, image.width, image.height)}
                    stroke={mark.color} strokeWidth={Math.max(1, mark.width * image.width)} lineCap="round" lineJoin="round"
                    perfectDrawEnabled={false} />
                )),
              )}
            {lane.panels.slice(start, end).flatMap((panel) =>
              regions
                .filter((comment) => comment.shotId === panel.shotId)
                .map((comment) => (
                  <Rect key={`region:${comment.id}`} x={panel.x + image.x + comment.region!.x * image.width}
                    y={panel.y + image.y + comment.region!.y * image.height} width={comment.region!.w * image.width}
                    height={comment.region!.h * image.height} stroke="#2f6bff" strokeWidth={1.5} dash={[5, 3]}
                    fill="rgba(47, 107, 255, 0.08)" perfectDrawEnabled={false} />
                )),
            )}
            {needsChangesOnly &&
              lane.panels.slice(start, end).map((panel) =>
                approvals[panel.shotId]?.status === 'changes' ? null : (
                  // The filter fades what is done or pending, so what was sent back stands out.
                  <Rect key={`fade:${panel.shotId}`} x={panel.x} y={panel.y} width={panel.width} height={panel.height}
                    fill="rgba(236, 238, 242, 0.78)" cornerRadius={6} perfectDrawEnabled={false} />
                ),
              )}
            {lane.panels.slice(start, end).map((panel) => {
              const status = approvals[panel.shotId]?.status;
              if (!status || status === 'pending') return null;
              const badge = BADGE[status];
              return (
                <Group key={panel.shotId} x={panel.x + panel.width / 2} y={panel.y + 12}>
                  <Circle radius={9} fill={badge.fill} stroke="#ffffff" strokeWidth={1.5} />
                  <Text text={badge.glyph} x={-9} y={-6} width={18} align="center" fontFamily={CANVAS_FONT} fontSize={12} fontStyle="700" fill="#ffffff" />
                </Group>
              );
            })}
          </Group>
        );
      })}
    </Group>
  );
}
