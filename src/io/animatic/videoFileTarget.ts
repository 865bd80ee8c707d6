import { BufferTarget, StreamTarget, type Target } from 'mediabunny';

// Where the muxed bytes go while a video is encoded. A long export (a whole series is hours
// of video) must not sit in memory, so the bytes stream into a file in the origin private
// file system, which is on disk; the finished File read from there is disk-backed too, and
// the download reads it from disk.

/** The folder of the origin private file system where exports are written. */
const EXPORT_DIR = 'video-exports';
/** Writes gathered into pieces this large: fewer, larger writes to the file. */
const WRITE_CHUNK_BYTES = 4 * 1024 * 1024;

export interface VideoFileTarget {
  target: Target;
  /** True when the bytes go to disk (OPFS), false for the in-memory fallback. */
  onDisk: boolean;
  /** The finished file, once the output is finalized. */
  file(): Promise<Blob>;
  /** Deletes what was written (a cancelled or failed export, or a file already downloaded). */
  discard(): Promise<void>;
}

export async function createVideoFileTarget(name: string, mimeType: string): Promise<VideoFileTarget> {
  const folder = await exportFolder();
  if (folder) {
    // Files left by an earlier export whose page closed before it could delete them.
    await removeLeftovers(folder, Date.now());
    // Named by when it started, so leftovers can be told by age.
    const fileName = `${Date.now()}-${name}`;
    const handle = await folder.getFileHandle(fileName, { create: true });
    const writable = await handle.createWritable();
    return {
      target: new StreamTarget(writable, { chunked: true, chunkSize: WRITE_CHUNK_BYTES }),
      onDisk: true,
      file: () => handle.getFile(),
      discard: async () => {
        // The output closes the stream when it is cancelled or finalized; a failure before
        // that leaves it open, and an open stream would keep its temporary file.
        await writable.abort().catch(() => undefined);
        await folder.removeEntry(fileName).catch(() => undefined);
      },
    };
  }
  // No origin private file system (an old browser, a private window that refuses it, a page
  // that is not a secure context): the whole video is kept in memory, which is fine for an
  // episode or a few and may run out of memory for a long series.
  const target = new BufferTarget();
  return {
    target,
    onDisk: false,
    file: async () => new Blob([target.buffer ?? new ArrayBuffer(0)], { type: mimeType }),
    discard: async () => undefined,
  };
}

async function exportFolder(): Promise<FileSystemDirectoryHandle | null> {
  try {
    if (!navigator.storage?.getDirectory) return null;
    const root = await navigator.storage.getDirectory();
    const folder = await root.getDirectoryHandle(EXPORT_DIR, { create: true });
    // Writable streams on OPFS files came later than OPFS itself.
    return 'createWritable' in FileSystemFileHandle.prototype ? folder : null;
  } catch {
    return null;
  }
}

/** Older than this, an export's file is a leftover: no export runs, or waits for its download, that long. */
const LEFTOVER_AGE_MS = 24 * 3600_000;

async function removeLeftovers(folder: FileSystemDirectoryHandle, now: number): Promise<void> {
  const names: string[] = [];
  for await (const name of (folder as unknown as { keys(): AsyncIterable<string> }).keys()) names.push(name);
  // Younger files may be another tab's export, still being written or downloaded.
  const old = names.filter((name) => now - (Number.parseInt(name, 10) || 0) > LEFTOVER_AGE_MS);
  await Promise.all(old.map((name) => folder.removeEntry(name).catch(() => undefined)));
}
