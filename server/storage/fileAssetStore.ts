import { existsSync, mkdirSync } from 'node:fs';
import { readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { AssetStore } from './assetStore';

/** Assets as files in one directory (the embedded default: `<dataDir>/assets`). */
export class FileAssetStore implements AssetStore {
  constructor(private readonly dir: string) {
    mkdirSync(dir, { recursive: true });
  }

  async write(assetId: string, bytes: Uint8Array): Promise<void> {
    const file = this.fileOf(assetId);
    if (existsSync(file)) return;
    // Written aside and renamed, so a reader never sees half a file.
    const partial = `${file}.${process.pid}.${Date.now()}.part`;
    await writeFile(partial, bytes);
    await rename(partial, file);
  }

  async read(assetId: string): Promise<Uint8Array | undefined> {
    try {
      return new Uint8Array(await readFile(this.fileOf(assetId)));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw error;
    }
  }

  private fileOf(assetId: string): string {
    return path.join(this.dir, `${assetId}.bin`);
  }
}
