import type { BeatboardDb } from './db';

/**
 * A board's assets by content id: reference images and sounds (an episode's soundtrack, a
 * shot's clip), as the editor, the canvas and the animatic use them. One store for both
 * kinds: they are kept, uploaded and fetched the same way.
 */
export interface BoardAssets {
  /**
   * Keeps an already checked file (an image from `prepareReferenceImage`, a sound from
   * `prepareSoundFile`) and, on a live board, uploads it before it resolves; returns its
   * asset id. Rejects with `AssetRefusedError` when the server refuses it for good.
   */
  put(blob: Blob): Promise<string>;
  /** An object URL for the asset, or null when it is not available. Cached per id. */
  getUrl(assetId: string): Promise<string | null>;
  /**
   * The asset's bytes, from this browser's storage or else fetched from the server (and kept);
   * null when it is not available. For decoding a sound, or mixing it into an export.
   */
  getBlob(assetId: string): Promise<Blob | null>;
}

/** The earlier name of `BoardAssets`, from when assets were only images. */
export type ImageAssets = BoardAssets;

/** The server refused a file for good (its board's asset quota is full, say): it is not shared. */
export class AssetRefusedError extends Error {
  override name = 'AssetRefusedError';
  constructor(
    /** The server's error code, e.g. `quota_exceeded`. */
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

// An upload that failed (offline) is tried again this often while the board is open.
const UPLOAD_RETRY_MS = 10_000;

/**
 * Reference images and sounds: kept in Dexie (so they work offline) and on the server (so the
 * room sees them). Ids are content hashes, so re-adding a file is free and the id names the
 * same bytes everywhere. A collaborator's file missing here is fetched with the board's token
 * in the Authorization header, never in the URL (the server refuses `?token=` on assets), and
 * shown or played through an object URL of the blob kept here.
 */
export class DexieBoardAssets implements BoardAssets {
  private readonly urls = new Map<string, Promise<string | null>>();
  private readonly unsent = new Set<string>();
  /** Uploads the server refused, by asset id, until `put` reports them. */
  private readonly refused = new Map<string, AssetRefusedError>();
  private retryTimer: ReturnType<typeof setTimeout> | null = null;

  constructor(
    private readonly db: BeatboardDb,
    private readonly boardId: string,
    /** The board's server token, once it has one (null while the board is local only). */
    private readonly token: () => string | null = () => null,
    private readonly canUpload = true,
  ) {}

  async put(blob: Blob): Promise<string> {
    const id = await contentId(blob);
    if (!(await this.db.assets.get(id))) {
      await this.db.assets.put({ id, blob, type: blob.type, size: blob.size, createdAt: Date.now() });
    }
    if (this.canUpload) {
      this.unsent.add(id);
      // Awaited, so the shot names the image only once the server has it: a collaborator
      // fetching it on the doc change finds it there. Offline, the upload waits for a retry.
      await this.uploadUnsent();
      const refusal = this.refused.get(id);
      this.refused.delete(id);
      if (refusal) throw refusal;
    }
    return id;
  }

  /** Sends the files not yet on the server; what fails is retried later. */
  private async uploadUnsent(): Promise<void> {
    const token = this.token();
    for (const id of [...this.unsent]) {
      if (!token || !/^[0-9a-f]{64}$/.test(id)) break;
      const record = await this.db.assets.get(id);
      if (!record) {
        this.unsent.delete(id);
        continue;
      }
      try {
        const response = await fetch(`/api/boards/${encodeURIComponent(this.boardId)}/assets/${id}`, {
          method: 'PUT',
          headers: { 'Content-Type': record.type || 'application/octet-stream', Authorization: `Bearer ${token}` },
          body: record.blob,
        });
        // A refusal (type, size, role, quota) will not change on retry; only network failures retry.
        if (response.ok || (response.status >= 400 && response.status < 500)) this.unsent.delete(id);
        if (response.status >= 400 && response.status < 500) {
          const body = (await response.json().catch(() => ({}))) as { error?: string; message?: string };
          this.refused.set(id, new AssetRefusedError(body.error ?? String(response.status), body.message ?? response.statusText));
        }
      } catch {
        // Offline: kept for the retry.
      }
    }
    if (this.unsent.size > 0 && !this.retryTimer) {
      this.retryTimer = setTimeout(() => {
        this.retryTimer = null;
        void this.uploadUnsent();
      }, UPLOAD_RETRY_MS);
    }
  }

  /** Fetches a file another member added; caches it here for offline use. */
  private async fetchFromServer(assetId: string): Promise<Blob | null> {
    const token = this.token();
    if (!token) return null;
    try {
      const response = await fetch(`/api/boards/${encodeURIComponent(this.boardId)}/assets/${encodeURIComponent(assetId)}`, {
        headers: { Authorization: `Bearer ${token}` },
      });
      if (!response.ok) return null;
      const blob = await response.blob();
      await this.db.assets.put({ id: assetId, blob, type: blob.type, size: blob.size, createdAt: Date.now() });
      return blob;
    } catch {
      return null;
    }
  }

  /** Frees the object URLs handed out for this board (called when the board closes). */
  dispose(): void {
    if (this.retryTimer) clearTimeout(this.retryTimer);
    for (const url of this.urls.values()) void url.then((value) => value && URL.revokeObjectURL(value));
    this.urls.clear();
  }

  async getBlob(assetId: string): Promise<Blob | null> {
    const record = await this.db.assets.get(assetId);
    return record?.blob ?? (await this.fetchFromServer(assetId));
  }

  getUrl(assetId: string): Promise<string | null> {
    let url = this.urls.get(assetId);
    if (!url) {
      url = this.getBlob(assetId).then((blob) => (blob ? URL.createObjectURL(blob) : null));
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

/** The earlier name of `DexieBoardAssets`. */
export const DexieImageAssets = DexieBoardAssets;
