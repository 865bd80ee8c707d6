import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { dialogueCues } from '../src/canvas/animatic/subtitles';
import { ANIMATIC_FPS, buildTimeline, type TimelineShot } from '../src/model/animatic';
import { screenshotPath, settledScreenshot } from './support/artifacts';
import { BoardPage } from './support/boardPage';
import { meanVolumeDb, openDemoWithSound, recordSoundStarts, soundStarts } from './support/sound';

// The animatic's video export, read back as any player would read it: ffprobe for the
// container and streams, ffmpeg to decode frames, whose pixels show the sketch and the
// burnt-in subtitle where the board says they are, and its sound (a soundtrack and a clip
// mixed in). And Cancel leaves nothing behind.

const WIDTH = 720;
const HEIGHT = 1280;

interface Probe {
  streams: { codec_type: string; codec_name: string; width?: number; height?: number; channels?: number; sample_rate?: string }[];
  format: { format_name: string; duration: string };
}

function probe(file: string): Probe {
  return JSON.parse(execFileSync('ffprobe', ['-v', 'error', '-show_streams', '-show_format', '-of', 'json', file], { encoding: 'utf8' })) as Probe;
}

/** The frame shown at `seconds`, as 8-bit RGB. */
function frameAt(file: string, seconds: number): Buffer {
  const rgb = execFileSync('ffmpeg', ['-v', 'error', '-ss', seconds.toFixed(3), '-i', file, '-frames:v', '1', '-f', 'rawvideo', '-pix_fmt', 'rgb24', '-'], {
    maxBuffer: 4 * WIDTH * HEIGHT,
  });
  expect(rgb.length).toBe(WIDTH * HEIGHT * 3);
  return rgb;
}

const pixel = (rgb: Buffer, x: number, y: number) => {
  const i = (y * WIDTH + x) * 3;
  return [rgb[i]!, rgb[i + 1]!, rgb[i + 2]!] as const;
};

/** Dark pixels of the sketch's ink in the picture above the subtitles' lower third. */
function inkPixels(rgb: Buffer): number {
  let count = 0;
  for (let y = Math.round(HEIGHT * 0.05); y < HEIGHT * 0.62; y++) {
    for (let x = 0; x < WIDTH; x++) if (Math.max(...pixel(rgb, x, y)) < 100) count++;
  }
  return count;
}

/**
 * The subtitle band in the lower third: rows that are mostly the band's grey (black at 55%
 * over the white panel), and the white text pixels between the band's edges on those rows.
 */
function subtitleBand(rgb: Buffer): { rows: number; textPixels: number } {
  let rows = 0;
  let textPixels = 0;
  for (let y = Math.round(HEIGHT * 0.6); y < HEIGHT * 0.9; y++) {
    const grey: number[] = [];
    for (let x = 0; x < WIDTH; x++) {
      const [r, g, b] = pixel(rgb, x, y);
      if (Math.max(r, g, b) - Math.min(r, g, b) < 30 && r > 70 && r < 165) grey.push(x);
    }
    if (grey.length < WIDTH * 0.25) continue;
    rows++;
    for (let x = grey[0]! + 1; x < grey[grey.length - 1]!; x++) if (Math.min(...pixel(rgb, x, y)) > 220) textPixels++;
  }
  return { rows, textPixels };
}

/** The burn-ins' corners: the timecode's dark box with white digits top left, the red draft mark top right. */
function burnIns(rgb: Buffer): { timecodeBox: number; timecodeText: number; draftText: number } {
  let timecodeBox = 0;
  let timecodeText = 0;
  let draftText = 0;
  for (let y = 0; y < HEIGHT * 0.045; y++) {
    for (let x = 0; x < WIDTH; x++) {
      const [r, g, b] = pixel(rgb, x, y);
      if (x < WIDTH * 0.5 && Math.max(r, g, b) < 130) timecodeBox++;
      if (x < WIDTH * 0.5 && Math.min(r, g, b) > 220) timecodeText++;
      if (x > WIDTH * 0.5 && r > 180 && g < 150 && b < 150) draftText++;
    }
  }
  return { timecodeBox, timecodeText, draftText };
}

const middle = (shot: TimelineShot) => (shot.startMs + shot.endMs) / 2000;

/** The format line of the export dialog once the browser has answered. */
const FORMAT = /^Format: (MP4 \(H\.264(, AAC)?\)|WebM \(VP[89](, Opus)?\)),/;

async function openVideoExport(page: Page, { withSound = false, inPlayer }: { withSound?: boolean; inPlayer?(player: Locator): Promise<void> } = {}) {
  const { board, clipShotId } = withSound ? await openDemoWithSound(page) : { board: new BoardPage(page), clipShotId: null };
  if (!withSound) await board.openDemo();
  await page.getByRole('button', { name: 'Play animatic', exact: true }).click();
  const player = page.getByRole('dialog', { name: 'Animatic · Episode 1' });
  await inPlayer?.(player);
  await player.getByRole('button', { name: 'Export video…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export video' });
  await expect(dialog.getByText(FORMAT)).toBeVisible({ timeout: 20_000 });
  return { board, dialog, snapshot: await board.snapshot(), clipShotId };
}

test('exports episode 1 as a 720×1280 video with the sketches, subtitles and burn-ins where the board has them, and its sound', async ({ page }) => {
  test.slow();
  await recordSoundStarts(page);
  // The player first: its sound starts with the picture, from the playhead, and again from
  // wherever a step lands (the soundtrack that far in, the clip of the shot from its start).
  const inPlayer = async (player: Locator) => {
    await player.getByRole('button', { name: 'Play', exact: true }).click();
    await expect.poll(() => soundStarts(page), { timeout: 15_000 }).not.toEqual([]);
    const [soundtrack] = await soundStarts(page);
    expect(soundtrack!.length).toBe(100);
    expect(soundtrack!.offset).toBeLessThan(5);
    await page.keyboard.press('ArrowRight');
    const last = async (length: number) => (await soundStarts(page)).filter((start) => start.length === length).pop();
    await expect.poll(async () => (await last(100))!.offset).toBeGreaterThanOrEqual(8);
    expect((await last(100))!.offset).toBeLessThan(8.5);
    expect((await last(1.5))!.offset).toBeLessThan(0.5);
    await page.keyboard.press('m');
    await expect(player.getByRole('button', { name: 'Mute' })).toHaveAttribute('aria-pressed', 'true');
    await expect(player.getByText('could not be loaded')).toHaveCount(0);
    await page.keyboard.press(' ');
    await settledScreenshot(page, 'animatic-player-sound.png');
  };
  const { dialog, snapshot, clipShotId } = await openVideoExport(page, { withSound: true, inPlayer });
  // Episode 2 has no sound: the plain format, said to be silent.
  await dialog.getByLabel('Episodes', { exact: true }).check();
  await dialog.getByLabel('First episode').selectOption('2');
  await expect(dialog.getByText(FORMAT)).toHaveText(/, no sound$/);
  await expect(dialog.getByText(FORMAT)).not.toHaveText(/AAC|Opus/);
  await dialog.getByLabel('This episode (episode 1)').check();
  // Episode 1 has sound: MP4 with AAC where the browser encodes AAC, else WebM with Opus.
  await expect(dialog.getByText(FORMAT)).toHaveText(/(AAC|Opus)\), 30 frames a second, with sound$/);
  const format = (await dialog.getByText(FORMAT).textContent())!;
  const expectedCodecs = format.includes('H.264') ? ['h264'] : format.includes('VP9') ? ['vp9'] : ['vp8'];
  await expect(dialog.getByLabel('This episode (episode 1)')).toBeChecked();
  await dialog.getByLabel('Size').selectOption('720x1280');
  await dialog.getByLabel('Timecode and shot number (top left)').check();
  await dialog.getByLabel('DRAFT mark (top right)').check();
  await dialog.screenshot({ path: screenshotPath('animatic-video-export.png') });

  const downloaded = page.waitForEvent('download', { timeout: 170_000 });
  await dialog.getByRole('button', { name: 'Export', exact: true }).click();
  await expect(dialog.getByRole('progressbar', { name: 'Export progress' })).toBeVisible();
  const download = await downloaded;
  const extension = format.includes('MP4') ? 'mp4' : 'webm';
  expect(download.suggestedFilename()).toBe(`The-Canal-Heiress-ep1.${extension}`);
  const done = dialog.getByText(/^Saved The-Canal-Heiress-ep1\./);
  await expect(done).toBeVisible();
  await expect(done).not.toContainText('could not be loaded');
  console.log(`${format} · ${await done.textContent()}`);

  const dir = mkdtempSync(path.join(tmpdir(), 'beatboard-video-'));
  try {
    const file = path.join(dir, download.suggestedFilename());
    await download.saveAs(file);
    const info = probe(file);
    const timeline = buildTimeline(snapshot, [snapshot.episodes[0]!.id]);
    expect(Math.abs(Number(info.format.duration) - timeline.durationMs / 1000)).toBeLessThanOrEqual(1 / ANIMATIC_FPS);
    expect(info.format.format_name).toContain(extension === 'mp4' ? 'mp4' : 'webm');
    const video = info.streams.filter((stream) => stream.codec_type === 'video');
    const audio = info.streams.filter((stream) => stream.codec_type === 'audio');
    expect(info.streams).toHaveLength(2);
    expect(video[0]).toMatchObject({ width: WIDTH, height: HEIGHT });
    expect(expectedCodecs).toContain(video[0]!.codec_name);
    expect(audio[0]).toMatchObject({ codec_name: extension === 'mp4' ? 'aac' : 'opus', channels: 2, sample_rate: '48000' });

    // The sound: the soundtrack throughout (a tone at 0.3 of full scale, mixed at 0.5: about -20 dB),
    // louder where the clip joins it, and faded out at the very end.
    expect(meanVolumeDb(file)).toBeGreaterThan(-40);
    const clip = timeline.shots.find((entry) => entry.shotId === clipShotId)!;
    const musicOnly = meanVolumeDb(file, 0.5, 1);
    const withClip = meanVolumeDb(file, clip.startMs / 1000 + 0.25, 1);
    expect(musicOnly).toBeGreaterThan(-25);
    expect(withClip).toBeGreaterThan(musicOnly + 2);
    expect(meanVolumeDb(file, timeline.durationMs / 1000 - 0.12, 0.1)).toBeLessThan(musicOnly - 6);

    const shotOf = (entry: TimelineShot) => snapshot.shots[entry.shotId]!;
    const speaks = (entry: TimelineShot) => shotOf(entry).dialogue.some((line) => line.line.trim() !== '');
    // A sketched shot without words; a shot with words; a shot with neither.
    const sketched = timeline.shots.find((entry) => shotOf(entry).strokes.length >= 5 && !speaks(entry) && !shotOf(entry).imageAssetId)!;
    const spoken = timeline.shots.find((entry) => speaks(entry) && !shotOf(entry).imageAssetId)!;
    const silent = timeline.shots.find((entry) => !speaks(entry) && shotOf(entry).strokes.length === 0 && !shotOf(entry).imageAssetId)!;
    expect([sketched, spoken, silent].every(Boolean)).toBe(true);
    // The middle of the first spoken line's time on screen.
    const cue = dialogueCues(shotOf(spoken).dialogue, spoken.endMs - spoken.startMs)[0]!;
    const spokenAt = (spoken.startMs + (cue.startMs + cue.endMs) / 2) / 1000;

    const sketchFrame = frameAt(file, middle(sketched));
    expect(inkPixels(sketchFrame)).toBeGreaterThan(300);
    const marks = burnIns(sketchFrame);
    expect(marks.timecodeBox).toBeGreaterThan(1000);
    expect(marks.timecodeText).toBeGreaterThan(50);
    expect(marks.draftText).toBeGreaterThan(30);
    expect(inkPixels(frameAt(file, middle(silent)))).toBeLessThan(50);

    // For people to look at: a frame with a subtitle and the burn-ins.
    execFileSync('ffmpeg', ['-v', 'error', '-y', '-ss', spokenAt.toFixed(3), '-i', file, '-frames:v', '1', screenshotPath('animatic-video-frame.png')]);
    const withWords = subtitleBand(frameAt(file, spokenAt));
    expect(withWords.rows).toBeGreaterThan(40);
    expect(withWords.textPixels).toBeGreaterThan(200);
    const withoutWords = subtitleBand(frameAt(file, middle(silent)));
    expect(withoutWords.rows).toBeLessThan(3);
    expect(withoutWords.textPixels).toBe(0);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('Cancel stops an export at once: the progress stops, nothing downloads, nothing is left in storage', async ({ page }) => {
  test.slow();
  const { dialog, snapshot } = await openVideoExport(page);
  let downloads = 0;
  page.on('download', () => downloads++);
  // The whole series at full size: long enough to cancel in the middle.
  await dialog.getByLabel('Episodes', { exact: true }).check();
  await dialog.getByLabel('Last episode').selectOption(String(snapshot.episodes.length));
  await dialog.getByRole('button', { name: 'Export', exact: true }).click();
  const status = dialog.locator('output');
  await expect(status).toHaveText(/^[1-9]\d*% · /, { timeout: 60_000 });
  await dialog.screenshot({ path: screenshotPath('animatic-video-export-progress.png') });
  await dialog.getByRole('button', { name: 'Cancel export' }).click();
  await expect(dialog.getByText('Export cancelled. No file was saved.')).toBeVisible();
  await expect(dialog.getByRole('progressbar')).toHaveCount(0);
  await expect(dialog.getByRole('button', { name: 'Export', exact: true })).toBeEnabled();
  await page.waitForTimeout(1_500);
  expect(downloads).toBe(0);
  // The partial file is gone from the origin private file system.
  const left = await page.evaluate(async () => {
    const root = await navigator.storage.getDirectory();
    const folder = await root.getDirectoryHandle('video-exports', { create: true });
    const names: string[] = [];
    for await (const name of (folder as unknown as { keys(): AsyncIterable<string> }).keys()) names.push(name);
    return names;
  });
  expect(left).toEqual([]);
});
