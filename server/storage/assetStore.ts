/**
 * Where asset bytes are kept, named by their SHA-256 (the registry records which board has
 * which, with its type and size). Content-addressed, so writing one twice is harmless.
 */
export interface AssetStore {
  /** Stores the bytes under their id; a reader never sees half of them. */
  write(assetId: string, bytes: Uint8Array): Promise<void>;
  /** The bytes stored under the id, or undefined. */
  read(assetId: string): Promise<Uint8Array | undefined>;
}
