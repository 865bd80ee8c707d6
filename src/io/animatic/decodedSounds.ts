// The animatic's sounds (soundtracks and clips) decoded for Web Audio, once per asset, kept
// up to a memory budget. A decoded sound is raw samples (a 90 s stereo soundtrack at 48 kHz
// is 35 MB), so a long play-through or a series export does not keep every episode's: the
// sounds used longest ago go first and are decoded again when they come back.

/** An asset's bytes, or null when it is not available (missing here and on the server). */
export type LoadSoundBytes = (assetId: string) => Promise<ArrayBuffer | null>;

/** How much decoded sound is kept by default. */
export const DECODED_SOUNDS_BUDGET_BYTES = 256 * 1024 * 1024;

type Entry = { buffer: AudioBuffer | null; promise: Promise<AudioBuffer | null> };

export class DecodedSounds {
  private readonly entries = new Map<string, Entry>();

  constructor(
    private readonly load: LoadSoundBytes,
    /** Decodes (and resamples to its own rate); the buffers play in contexts of that rate. */
    private readonly context: BaseAudioContext,
    private readonly budgetBytes = DECODED_SOUNDS_BUDGET_BYTES,
  ) {}

  /** The decoded sound; null when the asset is missing or cannot be decoded. */
  get(assetId: string): Promise<AudioBuffer | null> {
    const existing = this.entries.get(assetId);
    if (existing) {
      // Most recently used last.
      this.entries.delete(assetId);
      this.entries.set(assetId, existing);
      return existing.promise;
    }
    const entry: Entry = { buffer: null, promise: Promise.resolve(null) };
    entry.promise = this.load(assetId)
      .then((bytes) => (bytes ? this.context.decodeAudioData(bytes) : null))
      .catch(() => null)
      .then((buffer) => {
        entry.buffer = buffer;
        // A missing sound may arrive later (a collaborator's upload): the miss is not kept.
        if (!buffer && this.entries.get(assetId) === entry) this.entries.delete(assetId);
        this.trim(assetId);
        return buffer;
      });
    this.entries.set(assetId, entry);
    return entry.promise;
  }

  /** The decoded sound if it is ready now. */
  ready(assetId: string): AudioBuffer | null {
    return this.entries.get(assetId)?.buffer ?? null;
  }

  /** A decoded sound's length in ms, or null while it is not decoded. */
  lengthMs(assetId: string): number | null {
    const buffer = this.ready(assetId);
    return buffer ? buffer.duration * 1000 : null;
  }

  /** Drops the least recently used sounds until the rest fit the budget (`keep` stays). */
  private trim(keep: string): void {
    let total = 0;
    for (const entry of this.entries.values()) total += entry.buffer ? bytesOf(entry.buffer) : 0;
    for (const [id, entry] of this.entries) {
      if (total <= this.budgetBytes) break;
      if (id === keep || !entry.buffer) continue;
      total -= bytesOf(entry.buffer);
      this.entries.delete(id);
    }
  }
}

function bytesOf(buffer: AudioBuffer): number {
  return buffer.length * buffer.numberOfChannels * 4;
}
