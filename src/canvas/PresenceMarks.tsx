import { useEffect, useState } from 'react';
import { Group, Line, Rect, Tag, Text, Label } from './konva';
import { readPeers, type Peer } from '../collab/presence/peers';
import type { BoardLayout } from '../editor/layout';
import { useBoardSession } from '../hooks/session';
import { useStore } from '../hooks/useStore';
import { CANVAS_FONT } from './theme';

/** Everyone else in the room, re-read when awareness changes (at most a frame's worth). */
function useRemotePeers(): Peer[] {
  const { awareness } = useBoardSession();
  const [peers, setPeers] = useState<Peer[]>(() => readPeers(awareness).filter((peer) => !peer.isLocal));
  useEffect(() => {
    let frame = 0;
    const onChange = () => {
      if (frame) return;
      frame = requestAnimationFrame(() => {
        frame = 0;
        setPeers(readPeers(awareness).filter((peer) => !peer.isLocal));
      });
    };
    awareness.on('change', onChange);
    return () => {
      awareness.off('change', onChange);
      cancelAnimationFrame(frame);
    };
  }, [awareness]);
  return peers;
}

/**
 * Other people's cursors with their names, and their selections outlined in their colour.
 * Drawn in world coordinates, with sizes divided by the zoom so names and arrows keep their
 * screen size.
 */
export function PresenceMarks({ layout }: { layout: BoardLayout }) {
  const { editor } = useBoardSession();
  const { scale } = useStore(editor.camera);
  const peers = useRemotePeers();
  if (peers.length === 0) return null;
  const unit = 1 / scale;
  return (
    <Group>
      {peers.map((peer) =>
        peer.selection.map((shotId) => {
          const box = layout.panelById.get(shotId);
          if (!box) return null;
          const pad = 4 * unit;
          return (
            <Rect key={`${peer.clientId}:${shotId}`} x={box.x - pad} y={box.y - pad} width={box.width + pad * 2}
              height={box.height + pad * 2} stroke={peer.user.color} strokeWidth={2 * unit} dash={[6 * unit, 4 * unit]}
              cornerRadius={8 * unit} perfectDrawEnabled={false} />
          );
        }),
      )}
      {peers.map((peer) =>
        peer.cursor ? (
          <Group key={`cursor:${peer.clientId}`} x={peer.cursor.x} y={peer.cursor.y} scaleX={unit} scaleY={unit}>
            <Line points={[0, 0, 0, 16, 4.5, 12, 8, 19, 10.5, 18, 7, 11, 12.5, 11]} closed fill={peer.user.color}
              stroke="#ffffff" strokeWidth={1.2} />
            <Label x={12} y={18}>
              <Tag fill={peer.user.color} cornerRadius={4} />
              <Text text={peer.user.name} fontFamily={CANVAS_FONT} fontSize={12} fill="#ffffff" padding={4} />
            </Label>
          </Group>
        ) : null,
      )}
    </Group>
  );
}
