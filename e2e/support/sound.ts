import { createHash } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import type { Page } from '@playwright/test';
import * as Y from 'yjs';
import { buildDemoBoard } from '../../src/io/demo/canalHeiress';
import { deleteShots, readBoard, setEpisodeSoundtrack, setEpisodeSoundtrackVolume, setShotClip } from '../../src/model';
import { buildTimeline } from '../../src/model/animatic';
import { BoardPage } from './boardPage';
import { openBoardFromDoc } from './fixtures';
import { sineWav } from './wav';

// Generated sounds (sine tones, see ./wav.ts) for the animatic's sound tests: put where
// the client reads assets (this browser's storage, under their content hash), the demo with
// sound on its first episode, and how loud a stretch of a video's sound is, by ffmpeg.

/** The asset id the client gives these bytes: their SHA-256. */
export function assetIdOf(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/**
 * Stores sound files in the page's browser storage as assets, the way an upload keeps them,
 * so a board naming their ids plays them. Call once the app has opened its database.
 */
export async function storeSoundAssets(page: Page, files: Buffer[]): Promise<string[]> {
  const records = files.map((bytes) => ({ id: assetIdOf(bytes), base64: bytes.toString('base64') }));
  await page.evaluate(async (entries) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('beatboard');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const transaction = db.transaction('assets', 'readwrite');
    for (const { id, base64 } of entries) {
      const blob = new Blob([Uint8Array.from(atob(base64), (char) => char.charCodeAt(0))], { type: 'audio/wav' });
      transaction.objectStore('assets').put({ id, blob, type: blob.type, size: blob.size, createdAt: Date.now() });
    }
    await new Promise<void>((resolve, reject) => {
      transaction.oncomplete = () => resolve();
      transaction.onerror = () => reject(transaction.error);
    });
    db.close();
  }, records);
  return records.map((record) => record.id);
}

/** The mean volume in dB of a video's sound over [fromSeconds, fromSeconds + seconds), or of all of it. */
export function meanVolumeDb(file: string, fromSeconds?: number, seconds?: number): number {
  const window = fromSeconds === undefined ? [] : ['-ss', fromSeconds.toFixed(3), '-t', seconds!.toFixed(3)];
  const run = spawnSync('ffmpeg', ['-hide_banner', '-nostats', ...window, '-i', file, '-vn', '-af', 'volumedetect', '-f', 'null', '-'], { encoding: 'utf8' });
  const match = /mean_volume:\s*(-?[\d.]+|-inf) dB/.exec(run.stderr);
  if (!match) throw new Error(`ffmpeg measured no volume: ${run.stderr.slice(-500)}`);
  return match[1] === '-inf' ? -Infinity : Number(match[1]);
}

/**
 * The demo series with sound on episode 1: a soundtrack (a 440 Hz tone at 0.3 of full scale,
 * longer than the episode) at volume 0.5, and a clip (880 Hz, 1.5 s) at volume 1 on the first
 * shot starting 3 s or more in.
 * Episode 1 keeps only the shots the export spec's frame checks look at (1.1, 1.3 and 1.6,
 * 21 s), as the WebM that sound brings here is encoded with VP9, at about half H.264's pace.
 * Opened as a board of its own, with the two sounds in this browser's storage.
 */
export async function openDemoWithSound(page: Page) {
  const board = new BoardPage(page);
  await board.openDemo();
  const music = sineWav(100, 440);
  const line = sineWav(1.5, 880);
  await storeSoundAssets(page, [music, line]);
  const doc = new Y.Doc();
  buildDemoBoard(doc);
  const demo = readBoard(doc);
  const first = demo.episodes[0]!.id;
  const kept = [0, 2, 5].map((index) => demo.shotsByEpisode[first]![index]!);
  deleteShots(doc, demo.shotsByEpisode[first]!.filter((id) => !kept.includes(id)));
  const clipShot = buildTimeline(readBoard(doc), [first]).shots.find((shot) => shot.startMs >= 3000)!;
  setEpisodeSoundtrack(doc, first, assetIdOf(music), 'Temp score 440 Hz.wav');
  setEpisodeSoundtrackVolume(doc, first, 0.5);
  setShotClip(doc, [clipShot.shotId], assetIdOf(line), 'Line 880 Hz.wav');
  await openBoardFromDoc(page, doc);
  await board.waitForCanvas();
  return { board, clipShotId: clipShot.shotId };
}


/** A sound the page started playing: how far into it (s) and its length (s). */
export interface SoundStart {
  offset: number;
  length: number;
}

/** From the next page load on, notes every sound the page starts through Web Audio. */
export async function recordSoundStarts(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const starts: { offset: number; length: number }[] = [];
    (window as unknown as { __soundStarts: typeof starts }).__soundStarts = starts;
    const start = AudioBufferSourceNode.prototype.start;
    AudioBufferSourceNode.prototype.start = function (this: AudioBufferSourceNode, when?: number, offset?: number, duration?: number) {
      starts.push({ offset: offset ?? 0, length: this.buffer?.duration ?? 0 });
      return start.call(this, when, offset, duration);
    };
  });
}

export function soundStarts(page: Page): Promise<SoundStart[]> {
  return page.evaluate(() => (window as unknown as { __soundStarts?: SoundStart[] }).__soundStarts ?? []);
}
