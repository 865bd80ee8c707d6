import type { BoardAssets } from '../../collab/assets';
import type { LoadSoundBytes } from '../../io/animatic/decodedSounds';

/** A sound asset's bytes (this browser's storage, else the server); null when it is not available. */
export function soundBytesFrom(assets: BoardAssets): LoadSoundBytes {
  return async (assetId) => {
    const blob = await assets.getBlob(assetId).catch(() => null);
    return blob ? blob.arrayBuffer() : null;
  };
}
