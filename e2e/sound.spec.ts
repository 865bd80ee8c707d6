import { expect, test, type Page } from '@playwright/test';
import { screenshotPath } from './support/artifacts';
import { createServerBoard, openLink } from './support/live';
import { sineWav } from './support/wav';

// Sound for the animatic: an episode's soundtrack set in the player on a live board and seen
// by a second person; a bad file refused with a message; a shot's clip recorded from the
// (fake) microphone in the inspector, once refused the microphone and once allowed.

const player = (page: Page, name = 'Animatic · Episode 1') => page.getByRole('dialog', { name });

test('a soundtrack chosen in the player reaches the room; a bad file is refused; a clip is recorded on a shot', async ({ page, browser }) => {
  const created = await createServerBoard(page, 'Sound Test');
  const ana = await openLink(browser, created.links.owner);
  await ana.topButton('Add shot').click();
  const shotId = await ana.shotIdAt(1, 1);

  await ana.page.keyboard.press('p');
  const anaPlayer = player(ana.page);
  const soundtrack = anaPlayer.getByRole('group', { name: 'Soundtrack' });
  await expect(soundtrack).toContainText('No soundtrack');

  // A text file named .mp3: refused with a message, nothing set.
  await soundtrack.getByLabel('Soundtrack file').setInputFiles({
    name: 'notes.mp3', mimeType: 'audio/mpeg', buffer: Buffer.from('INT. DECK - NIGHT. These are words, not sound.\n'),
  });
  await expect(soundtrack.getByRole('alert')).toHaveText(/This file is not a sound Beatboard can play \(notes\.mp3\)/);
  expect((await ana.snapshot()).episodes[0]!.soundtrackAssetId).toBeNull();

  // A real (tiny) WAV: checked, uploaded, set.
  await soundtrack.getByLabel('Soundtrack file').setInputFiles({ name: 'Temp score.wav', mimeType: 'audio/wav', buffer: sineWav(0.5) });
  await expect(soundtrack.getByTestId('soundtrack-name')).toHaveText('Temp score.wav');
  await expect(soundtrack.getByRole('alert')).toHaveCount(0);
  await soundtrack.getByRole('slider', { name: 'Soundtrack volume' }).fill('50');
  await expect.poll(async () => (await ana.snapshot()).episodes[0]).toMatchObject({ soundtrackName: 'Temp score.wav', soundtrackVolume: 0.5 });
  const assetId = (await ana.snapshot()).episodes[0]!.soundtrackAssetId!;
  await soundtrack.getByRole('button', { name: 'Replace…' }).focus();
  await ana.page.screenshot({ path: screenshotPath('sound-player-soundtrack-en.png') });

  // A viewer, in another browser, sees its name and can fetch it, but cannot change it.
  const vic = await openLink(browser, created.links.viewer, 'Vic');
  await vic.page.keyboard.press('p');
  const vicSoundtrack = player(vic.page).getByRole('group', { name: 'Soundtrack' });
  await expect(vicSoundtrack.getByTestId('soundtrack-name')).toHaveText('Temp score.wav');
  await expect(vicSoundtrack.getByRole('button', { name: 'Replace…' })).toHaveCount(0);
  await expect(vicSoundtrack.getByLabel('Soundtrack file')).toHaveCount(0);
  await expect(vicSoundtrack.getByRole('slider', { name: 'Soundtrack volume' })).toBeDisabled();
  const fetched = await vic.page.evaluate(async ({ boardId, id, token }) => {
    const response = await fetch(`/api/boards/${boardId}/assets/${id}`, { headers: { Authorization: `Bearer ${token}` } });
    return { status: response.status, type: response.headers.get('content-type'), size: (await response.arrayBuffer()).byteLength };
  }, { boardId: created.id, id: assetId, token: created.tokens.viewer });
  expect(fetched).toEqual({ status: 200, type: 'audio/wav', size: sineWav(0.5).length });

  // A clip on the shot: the microphone refused first, then allowed and recorded for a second.
  await ana.page.keyboard.press('Escape');
  await ana.clickPanel(shotId);
  const clip = ana.inspector().getByRole('group', { name: 'Clip' });
  await expect(clip).toContainText('No clip');
  await clip.getByRole('button', { name: 'Record' }).click();
  await expect(clip.getByRole('alert')).toContainText('Beatboard may not use the microphone');
  await ana.page.context().grantPermissions(['microphone']);
  await clip.getByRole('button', { name: 'Record' }).click();
  await expect(clip.getByRole('status')).toHaveText(/^Recording… \d+\.\d s$/);
  await expect(clip.getByRole('alert')).toHaveCount(0);
  await expect(clip.getByRole('status')).toHaveText(/^Recording… (1\.\d|[2-9]\.\d) s$/, { timeout: 5_000 });
  await clip.getByRole('button', { name: 'Stop' }).click();
  await expect(clip.getByText(/^Recording \d\d:\d\d \(\d+\.\d s\)$/)).toBeVisible();
  const recorded = (await ana.snapshot()).shots[shotId]!;
  expect(recorded.clipAssetId).toMatch(/^[0-9a-f]{64}$/);
  expect(recorded.clipVolume).toBe(1);
  // The recording went to the server as WebM, and the viewer's board names it too.
  await expect.poll(async () => (await vic.snapshot()).shots[shotId]?.clipName).toBe(recorded.clipName);
  const stored = await ana.page.request.get(`/api/boards/${created.id}/assets/${recorded.clipAssetId}`, {
    headers: { Authorization: `Bearer ${created.tokens.viewer}` },
  });
  expect(stored.headers()['content-type']).toBe('audio/webm');
  await clip.getByRole('button', { name: 'Play preview' }).click();
  await expect(clip.getByRole('button', { name: 'Stop preview' })).toBeVisible();
  await clip.getByRole('slider', { name: 'Clip volume' }).fill('70');
  await expect.poll(async () => (await ana.snapshot()).shots[shotId]!.clipVolume).toBe(0.7);
  await clip.scrollIntoViewIfNeeded();
  await ana.inspector().screenshot({ path: screenshotPath('sound-inspector-clip-en.png') });

  // The same board in Chinese (switched in Settings), for the screenshots: the player's sound row and the clip.
  await ana.page.getByRole('button', { name: 'Settings' }).click();
  await ana.page.getByRole('dialog', { name: 'Settings' }).getByRole('radio', { name: '简体中文' }).check();
  await ana.page.getByRole('dialog', { name: '设置' }).getByRole('button', { name: '完成' }).click();
  const zhClip = ana.page.getByRole('tabpanel', { name: '检查器' }).getByRole('group', { name: '片段音频' });
  await expect(zhClip.getByRole('button', { name: '试听' })).toBeVisible();
  await zhClip.scrollIntoViewIfNeeded();
  await ana.page.getByRole('tabpanel', { name: '检查器' }).screenshot({ path: screenshotPath('sound-inspector-clip-zh.png') });
  await ana.page.keyboard.press('p');
  const zhSoundtrack = player(ana.page, '动态分镜 · 第 1 集').getByRole('group', { name: '配乐' });
  await expect(zhSoundtrack.getByTestId('soundtrack-name')).toHaveText('Temp score.wav');
  await expect(zhSoundtrack.getByRole('button', { name: '替换…' })).toBeVisible();
  await ana.page.screenshot({ path: screenshotPath('sound-player-soundtrack-zh.png') });
});
