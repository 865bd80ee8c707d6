import { readFileSync } from 'node:fs';
import { expect, test, type Locator, type Page } from '@playwright/test';
import * as Y from 'yjs';
import { addCharacter, buildTimeline, formatTimecode, initBoard, insertShots } from '../src/model';
import { downloadFrom, screenshotPath, settledScreenshot } from './support/artifacts';
import { BoardPage } from './support/boardPage';
import { openBoardFromDoc, openFirstRun } from './support/fixtures';
import { createServerBoard, openLink } from './support/live';

// The animatic player: playback in real time, stepping by shot, retiming a shot by dragging
// its cut (seen live by a second person), the EDL cut list, and the player in both languages.

/** How much of the picture is drawn: pixels that are not the black of an empty frame, and distinct colours. */
function pictureStats(picture: Locator) {
  return picture.evaluate((canvas: HTMLCanvasElement) => {
    const { data } = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height);
    let lit = 0;
    const colours = new Set<number>();
    for (let i = 0; i < data.length; i += 4 * 7) {
      if (data[i]! + data[i + 1]! + data[i + 2]! > 30) lit++;
      colours.add((data[i]! << 16) | (data[i + 1]! << 8) | data[i + 2]!);
    }
    return { lit, total: data.length / 4 / 7, colours: colours.size };
  });
}

const playhead = (player: Locator) => player.getByRole('slider', { name: 'Playhead' });
const playheadMs = async (player: Locator) => Number(await playhead(player).getAttribute('aria-valuenow'));

test('the demo plays in real time, steps by shot, shuttles, and exports its cut list', async ({ page }) => {
  const board = new BoardPage(page);
  await board.openDemo();
  await page.locator('header.top-bar').screenshot({ path: screenshotPath('animatic-top-bar.png') });
  await page.getByRole('button', { name: 'Play animatic', exact: true }).click();
  const player = page.getByRole('dialog', { name: 'Animatic · Episode 1' });
  await expect(player).toBeVisible();
  const picture = player.getByRole('img', { name: 'Animatic picture' });
  const time = player.getByLabel('Time');
  await expect(time).toHaveText(/^00:00\.00 \/ \d\d:\d\d\.\d\d$/);

  await page.keyboard.press('Space');
  await expect(player.getByRole('button', { name: 'Pause' })).toBeVisible();
  await page.waitForTimeout(1_200);
  expect(await playheadMs(player)).toBeGreaterThan(600);
  await expect(time).not.toHaveText(/^00:00\.00 /);
  const stats = await pictureStats(picture);
  expect(stats.lit).toBeGreaterThan(stats.total / 2);
  expect(stats.colours).toBeGreaterThan(2);

  // Pause, then step to the next shot's start; back twice is two shots back.
  await page.keyboard.press('Space');
  await expect(player.getByRole('button', { name: 'Play', exact: true })).toBeVisible();
  const snapshot = await board.snapshot();
  const timeline = buildTimeline(snapshot, [snapshot.episodes[0]!.id]);
  const total = formatTimecode(timeline.durationMs);
  const at = await playheadMs(player);
  const nextIndex = timeline.shots.findIndex((shot) => shot.startMs > at);
  await page.keyboard.press('ArrowRight');
  await expect(time).toHaveText(`${formatTimecode(timeline.shots[nextIndex]!.startMs)} / ${total}`);
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  await expect(time).toHaveText(`${formatTimecode(timeline.shots[Math.max(0, nextIndex - 2)]!.startMs)} / ${total}`);

  // L twice runs at double speed; K stops.
  await page.keyboard.press('l');
  await page.keyboard.press('l');
  await expect(player.getByText('Speed 2×')).toBeVisible();
  await page.keyboard.press('k');
  await expect(player.getByRole('button', { name: 'Play', exact: true })).toBeVisible();

  const file = await downloadFrom(page, player.getByRole('button', { name: 'Export cut list (EDL)' }));
  expect(file.suggestedFilename()).toBe('The-Canal-Heiress-ep1.edl');
  const edl = readFileSync(await file.path(), 'utf8');
  expect(edl).toContain('FROM CLIP NAME: SHOT 1.1');
  expect(edl).toContain(`FROM CLIP NAME: SHOT 1.${timeline.shots.length}`);

  // A shot with dialogue, its speaker named, for the screenshot.
  const speaks = (shotId: string) => (snapshot.shots[shotId]?.dialogue.length ?? 0) > 0;
  const sketched = timeline.shots.findIndex((shot) => speaks(shot.shotId) && snapshot.shots[shot.shotId]!.strokes.length > 0);
  const spoken = sketched >= 0 ? sketched : Math.max(0, timeline.shots.findIndex((shot) => speaks(shot.shotId)));
  await playhead(player).click({ position: { x: 1, y: 30 } });
  for (let i = 0; i < spoken; i++) await page.keyboard.press('ArrowRight');
  await expect(time).toHaveText(`${formatTimecode(timeline.shots[spoken]!.startMs)} / ${total}`);
  await player.getByRole('button', { name: 'Speaker names' }).click();
  await player.getByRole('slider', { name: 'Playhead' }).focus();
  await settledScreenshot(page, 'animatic-player-en.png');

  // The whole series, end to end.
  await player.getByLabel('What to play').selectOption({ label: 'Whole series' });
  const series = page.getByRole('dialog', { name: 'Animatic · Whole series' });
  await expect(series.getByLabel('Time')).toHaveText(`00:00.00 / ${formatTimecode(buildTimeline(snapshot).durationMs)}`);
  await settledScreenshot(page, 'animatic-series.png');
  await page.keyboard.press('Escape');
  await expect(series).toBeHidden();
});

test('the inspector sets how a shot begins and how far its camera moves; the player opens at the selected shot', async ({ page }) => {
  const board = new BoardPage(page);
  await board.openDemo();
  const shotId = await board.shotIdAt(1, 2);
  await board.clickPanel(shotId);
  const inspector = board.inspector();
  await inspector.getByLabel('Transition').selectOption('dissolve');
  const amount = inspector.getByRole('slider', { name: 'Move amount' });
  // Dolly in, never set: the default amount.
  await expect(amount).toHaveAttribute('aria-valuetext', 'Default (50%)');
  await amount.fill('80');
  await expect.poll(async () => (await board.snapshot()).shots[shotId]).toMatchObject({ transition: 'dissolve', moveAmount: 0.8 });
  await inspector.getByRole('button', { name: 'Default', exact: true }).scrollIntoViewIfNeeded();
  await inspector.screenshot({ path: screenshotPath('animatic-inspector.png') });
  await inspector.getByRole('button', { name: 'Default', exact: true }).click();
  await expect.poll(async () => (await board.snapshot()).shots[shotId]!.moveAmount).toBeNull();

  // A static shot has no amount to set.
  await board.clickPanel(await board.shotIdAt(1, 3));
  await expect(inspector.getByLabel('Transition')).toBeVisible();
  await expect(inspector.getByRole('slider', { name: 'Move amount' })).toHaveCount(0);

  await board.clickPanel(shotId);
  await page.keyboard.press('p');
  const player = page.getByRole('dialog', { name: 'Animatic · Episode 1' });
  const snapshot = await board.snapshot();
  const start = buildTimeline(snapshot, [snapshot.episodes[0]!.id]).shots[1]!.startMs;
  await expect(player.getByLabel('Time')).toHaveText(new RegExp(`^${formatTimecode(start).replace('.', '\\.')} / `));
});

test('dragging a cut retimes the shot for everyone in the room, as one undo step; a viewer plays but cannot retime', async ({ page, browser }) => {
  const created = await createServerBoard(page, 'Retime Test');
  const ana = await openLink(browser, created.links.owner);
  const ben = await openLink(browser, created.links.writer, 'Ben');
  // An episode without shots: the stage says so, and there is nothing to play or export.
  await ana.page.keyboard.press('p');
  const empty = ana.page.getByRole('dialog', { name: 'Animatic · Episode 1' });
  await expect(empty.getByText('No shots to play here yet.', { exact: false })).toBeVisible();
  await expect(empty.getByRole('button', { name: 'Export cut list (EDL)' })).toBeDisabled();
  await settledScreenshot(ana.page, 'animatic-empty.png');
  await ana.page.keyboard.press('Escape');
  await ana.topButton('Add shot').click();
  await ana.topButton('Add shot').click();
  await expect(ben.shot('1.2')).toHaveCount(1);
  const shotId = await ana.shotIdAt(1, 1);
  expect((await ben.snapshot()).shots[shotId]!.durationMs).toBe(3000);

  await ben.page.keyboard.press('p');
  const benPlayer = ben.page.getByRole('dialog', { name: 'Animatic · Episode 1' });
  await expect(benPlayer.getByLabel('Time')).toHaveText('00:00.00 / 00:06.00');

  await ana.page.keyboard.press('p');
  const player = ana.page.getByRole('dialog', { name: 'Animatic · Episode 1' });
  const cut = player.getByRole('separator', { name: 'End of shot 1.1' });
  const box = (await cut.boundingBox())!;
  const track = (await playhead(player).boundingBox())!;
  // Half a second to the right, as the track's scale says.
  const dx = (track.width * 500) / 6000;
  await ana.page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await ana.page.mouse.down();
  await ana.page.mouse.move(box.x + box.width / 2 + dx, box.y + box.height / 2, { steps: 6 });
  await expect(player.getByRole('status').filter({ hasText: /^Shot 1\.1: 3\.[45]\d* s$/ })).toBeVisible();
  await ana.page.screenshot({ path: screenshotPath('animatic-retime.png') });
  await ana.page.mouse.up();

  await expect.poll(async () => (await ben.snapshot()).shots[shotId]!.durationMs, { timeout: 2_000 }).toBeGreaterThan(3300);
  const retimed = (await ana.snapshot()).shots[shotId]!.durationMs;
  expect(retimed).toBeLessThan(3700);
  // Whole frames at 30 fps.
  expect(Math.abs((retimed * 30) / 1000 - Math.round((retimed * 30) / 1000))).toBeLessThan(0.02);
  expect((await ben.snapshot()).shots[shotId]!.durationMs).toBe(retimed);
  await expect(benPlayer.getByLabel('Time')).toHaveText(`00:00.00 / ${formatTimecode(retimed + 3000)}`);

  // One undo step takes it back, for everyone.
  await ana.page.keyboard.press('Escape');
  await ana.page.keyboard.press('Control+z');
  await expect.poll(async () => (await ben.snapshot()).shots[shotId]!.durationMs, { timeout: 2_000 }).toBe(3000);

  const viewer = await openLink(browser, created.links.viewer, 'Vic');
  await viewer.page.keyboard.press('p');
  const viewerPlayer = viewer.page.getByRole('dialog', { name: 'Animatic · Episode 1' });
  await expect(playhead(viewerPlayer)).toBeVisible();
  await expect(viewerPlayer.getByRole('separator')).toHaveCount(0);
  await expect(viewerPlayer.getByText('view only: cuts cannot be moved')).toBeVisible();
  await viewer.page.keyboard.press('Space');
  await expect.poll(() => playheadMs(viewerPlayer)).toBeGreaterThan(300);
});

test.describe('in Chinese', () => {
  test.use({ locale: 'zh-CN' });

  test('the player speaks Chinese and wraps Chinese subtitles', async ({ page }) => {
    await openFirstRun(page, '画布上的镜头');
    await openBoardFromDoc(page, chineseBoard());
    await new BoardPage(page).waitForCanvas();
    await page.keyboard.press('p');
    const player = page.getByRole('dialog', { name: '动态分镜 · 第 1 集' });
    await expect(player).toBeVisible();
    await page.keyboard.press('ArrowRight');
    await expect(player.getByLabel('时间')).toHaveText('00:04.00 / 00:13.00');
    await player.getByRole('button', { name: '显示角色名' }).click();
    // Half a second in: the dissolve is done and the line is up.
    await page.keyboard.press('l');
    await page.waitForTimeout(700);
    await page.keyboard.press('k');
    const stats = await pictureStats(player.getByRole('img', { name: '动态分镜画面' }));
    expect(stats.colours).toBeGreaterThan(2);
    await playhead2(page).focus();
    await settledScreenshot(page, 'animatic-player-zh.png');
  });
});

function playhead2(page: Page) {
  return page.getByRole('slider', { name: '播放头' });
}

function chineseBoard(): Y.Doc {
  const doc = new Y.Doc();
  const { episodeId } = initBoard(doc, { title: '运河千金', language: 'zh-CN' });
  const zhou = addCharacter(doc, { name: '周浩', bio: '', voice: '' });
  const lin = addCharacter(doc, { name: '林玥', bio: '', voice: '' });
  const line = (points: number[]) => ({ tool: 'pen' as const, color: '#1f1f24', width: 0.01, points });
  insertShots(doc, {
    episodeId,
    contents: [
      { scene: '甲板', movement: 'crane', durationMs: 4000, beat: { type: 'hook', emotion: 'anticipation', intensity: 4 },
        strokes: [line([0.05, 0.6, 0.95, 0.6])] },
      { scene: '甲板', movement: 'dolly-in', transition: 'dissolve', durationMs: 5000,
        beat: { type: 'setup', emotion: 'disgust', intensity: 6 },
        dialogue: [{ characterId: zhou, line: '这船是谁的？告诉船主，周家今天就要把整条船队都买下来，一艘也不留。', parenthetical: '' }],
        strokes: [line([0.3, 0.3, 0.3, 0.7]), line([0.7, 0.3, 0.7, 0.7])] },
      { scene: '码头', movement: 'static', durationMs: 4000, beat: { type: 'face-slap', emotion: 'surprise', intensity: 9 },
        dialogue: [{ characterId: lin, line: '船主不卖。', parenthetical: '' }] },
    ],
  });
  return doc;
}
