import type { AssetStore } from '../editor/session';
import type { BeatboardDb } from './db';

/** Reference images in Dexie. Ids are content hashes, so re-adding an image is free and the
 *  same id can later name the image on the server. */
export class DexieAssetStore implements AssetStore {
  private readonly urls = new Map<string, Promise<string | null>>();

  constructor(private readonly db: BeatboardDb) {}

  async put(blob: Blob): Promise<string> {
    const id = await contentId(blob);
    if (!(await this.db.assets.get(id))) {
      await this.db.assets.put({ id, blob, type: blob.type, size: blob.size, createdAt: Date.now() });
    }
    return id;
  }

  /** Frees the object URLs handed out for this board (called when the board closes). */
  dispose(): void {
    for (const url of this.urls.values()) void url.then((value) => value && URL.revokeObjectURL(value));
    this.urls.clear();
  }

  getUrl(assetId: string): Promise<string | null> {
    let url = this.urls.get(assetId);
    if (!url) {
      url = this.db.assets.get(assetId).then((record) => (record ? URL.createObjectURL(record.blob) : null));
      this.urls.set(assetId, url);
      // A missing asset may arrive later (another tab, a restore): do not cache the miss.
      void url.then((value) => value === null && this.urls.delete(assetId));
    }
    return url;
  }
}

async function contentId(blob: Blob): Promise<string> {
  const bytes = await blob.arrayBuffer();
  // crypto.subtle exists only in secure contexts (https, localhost); elsewhere fall back to a
  // random id, which loses de-duplication but nothing else.
  if (globalThis.crypto?.subtle) {
    const digest = await crypto.subtle.digest('SHA-256', bytes);
    return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
  }
  return `r-${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
}
