import { useCallback, useEffect, useState } from 'react';
import { loadAssetImage, readyAssetImage } from '../../canvas/assetImages';
import type { FrameImage } from '../../canvas/animatic/drawFrame';
import { useBoardSession } from '../../hooks/session';
import type { Timeline } from '../../model/animatic';
import type { BoardSnapshot } from '../../model/types';

/**
 * The reference images of the shots on the timeline, decoded ahead of playback (shared with
 * the board's panels). `version` changes as each arrives, so the picture redraws with it.
 */
export function useAnimaticImages(board: BoardSnapshot, timeline: Timeline): { image(assetId: string): FrameImage | null; version: number } {
  const { assets } = useBoardSession();
  const [version, setVersion] = useState(0);
  const assetIds = [...new Set(timeline.shots.flatMap((entry) => board.shots[entry.shotId]?.imageAssetId ?? []))].join('\n');

  useEffect(() => {
    let live = true;
    for (const assetId of assetIds ? assetIds.split('\n') : []) {
      if (readyAssetImage(assets, assetId)) continue;
      void loadAssetImage(assets, assetId).then((image) => {
        if (live && image) setVersion((value) => value + 1);
      });
    }
    return () => {
      live = false;
    };
  }, [assets, assetIds]);

  const image = useCallback(
    (assetId: string): FrameImage | null => {
      const decoded = readyAssetImage(assets, assetId);
      return decoded ? { source: decoded, width: decoded.naturalWidth, height: decoded.naturalHeight } : null;
    },
    // A new function when an image arrives, so whatever draws with it draws again.
    [assets, version],
  );
  return { image, version };
}
