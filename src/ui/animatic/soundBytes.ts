import type { ImageAssets } from '../../collab/assets';
import type { LoadSoundBytes } from '../../io/animatic/decodedSounds';

/**
 * A sound asset's bytes, read the way reference images are (this browser's storage, else the
 * server): through the asset's object URL. Null when it is not available.
 */
export function soundBytesFrom(assets: ImageAssets): LoadSoundBytes {
  return async (assetId) => {
    const url = await assets.getUrl(assetId).catch(() => null);
    if (!url) return null;
    const response = await fetch(url).catch(() => null);
    return response?.ok ? response.arrayBuffer() : null;
  };
}
