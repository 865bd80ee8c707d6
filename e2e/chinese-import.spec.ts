import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import * as Y from 'yjs';
import { buildBoardFromScript } from '../src/io/script/importScript';
import { parseScript } from '../src/io/script/parseScript';
import { settledScreenshot } from './support/artifacts';
import { BoardPage } from './support/boardPage';
import { openBoardFromDoc, openFirstRun } from './support/fixtures';

// A Chinese script as writing rooms and script tools write it, decorated with markdown:
// 《》 title, 故事大纲, 人物小传 with bios, then episodes of **1-1 日 外 地点** scenes. The
// interface is in Chinese, as its writers would have it.

test.use({ locale: 'zh-CN' });

const fixtures = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../src/io/script/testing/fixtures');

test('a markdown-decorated Chinese script imports with its logline, cast and bios, and no preamble episode', async ({ page }) => {
  await openFirstRun(page, '画布上的镜头');
  await page.getByRole('button', { name: '全部故事板' }).click();
  await page.getByLabel('剧本（Fountain 或中文格式）或 Beatboard 备份文件').setInputFiles(path.join(fixtures, 'guichao.md'));

  const preview = page.getByRole('dialog', { name: '导入剧本' });
  await expect(preview).toContainText('归潮');
  await expect(preview).toContainText('一句话梗概渔家女沈念回到海城，要从吞并家业的二叔手里夺回沈家鱼市。');
  await expect(preview).toContainText('3 集，35 个镜头，5 个角色');
  const firstEpisode = preview.getByRole('listitem').filter({ hasText: /^鱼市风波：13 个镜头/ });
  await expect(firstEpisode).toHaveCount(1);
  // Its scenes, captions and sound cues are counted, and listed when opened.
  await expect(firstEpisode.locator('summary')).toHaveText('2 个场景 · 1 条字幕 · 1 条声音提示');
  await firstEpisode.locator('summary').click();
  await expect(firstEpisode).toContainText('1-2 夜 内 沈家老宅');
  await expect(firstEpisode).toContainText('字幕：沈念，沈家独女，离家三年');
  await expect(firstEpisode).toContainText('画外音：远处传来汽笛声');
  await expect(preview).toContainText('三年前，父亲沈海出海失踪');
  const cast = preview.getByRole('list', { name: '角色' }).getByRole('listitem');
  await expect(cast).toHaveText([
    '沈念22岁，沈家独女，在外地水产批发市场做了三年搬运工。话少，记账极准，从不当众发火。',
    '陆景川28岁，陆氏集团继承人，表面温和，暗中收购整片码头。对沈念的来历起了疑心。',
    '沈国栋50岁，沈念的二叔，现任鱼市老板。爱面子，欠了一身赌债。',
    '阿潮10岁，在鱼市卖贝壳的男孩，沈念唯一的眼线。',
    '拍卖师',
  ]);
  await expect(preview).not.toContainText('**');
  await settledScreenshot(page, 'import-chinese-preview.png');
  await preview.getByRole('button', { name: '创建故事板' }).click();

  const board = new BoardPage(page);
  await board.waitForCanvas();
  await expect(page.getByRole('heading', { name: '归潮', level: 1 })).toBeVisible();
  const snapshot = await board.snapshot();
  expect(snapshot.meta.logline).toBe('渔家女沈念回到海城，要从吞并家业的二叔手里夺回沈家鱼市。');
  // No preamble episode: the board starts with the script's first episode.
  expect(snapshot.episodes.map((episode) => episode.title)).toEqual(['鱼市风波', '旧账本', '拍卖会']);
  expect(snapshot.episodes[0]!.synopsis).toMatch(/^三年前，父亲沈海出海失踪/);
  // Nobody is called 大纲, and the cast has its bios.
  const characters = Object.values(snapshot.characters);
  expect(characters.map((character) => character.name)).toEqual(['沈念', '陆景川', '沈国栋', '阿潮', '拍卖师']);
  expect(characters[0]!.bio).toMatch(/^22岁，沈家独女/);
  // Every shot has its scene, and no shot text carries markup.
  const shots = snapshot.episodes.flatMap((episode) => snapshot.shotsByEpisode[episode.id]!.map((id) => snapshot.shots[id]!));
  expect(shots).toHaveLength(35);
  for (const shot of shots) {
    expect(shot.scene).toMatch(/^\d-\d [日夜] [内外] \S+$/);
    expect(shot.action).not.toMatch(/\*\*|^#|△|【字幕/);
  }

  await page.getByRole('tab', { name: '镜头表' }).click();
  const table = page.getByRole('table', { name: '镜头' });
  await expect(table.getByRole('textbox', { name: '镜头 1.1 的场景' })).toHaveValue('1-1 日 外 海城鱼市码头');
  await expect(table.getByRole('textbox', { name: '镜头 1.2 的动作' })).toHaveValue('沈念背着旧帆布包走下长途汽车，站在鱼市门口。');
  await expect(table.getByRole('textbox', { name: '镜头 1.2 的备注' })).toHaveValue('字幕：沈念，沈家独女，离家三年');
  await expect(table.getByRole('textbox', { name: '镜头 1.12 的声音' })).toHaveValue('画外音：远处传来汽笛声');
  await expect(table.getByRole('combobox', { name: '镜头 1.10 的景别' })).toHaveValue('CU');
  await expect(table.getByRole('row').nth(8)).toContainText('姐，他在骗人。');
  await settledScreenshot(page, 'import-chinese-shot-list.png');
  // The same rows scrolled to the dialogue, sound and notes columns.
  await table.getByRole('textbox', { name: '镜头 1.2 的备注' }).scrollIntoViewIfNeeded();
  await settledScreenshot(page, 'import-chinese-shot-list-notes.png');

  // The plain variant of the same script, through Update from script: nothing to change.
  await page.getByRole('tab', { name: '剧集' }).click();
  await page.getByLabel('修改后的剧本文件').setInputFiles({
    name: '归潮.txt', mimeType: 'text/plain', buffer: readFileSync(path.join(fixtures, 'guichao.txt')),
  });
  const update = page.getByRole('dialog', { name: '从剧本更新故事板' });
  await expect(update).toContainText('更新 0 个镜头，新增 0 个镜头，35 个未变，新增 0 集。');
  await expect(update).not.toContainText('新角色');
});

test('a malformed backup and an empty script are refused in Chinese, the backup under a restore title', async ({ page }) => {
  await openFirstRun(page, '画布上的镜头');
  await page.getByRole('button', { name: '全部故事板' }).click();
  const fileInput = page.getByLabel('剧本（Fountain 或中文格式）或 Beatboard 备份文件');

  await fileInput.setInputFiles({ name: 'board-backup.json', mimeType: 'application/json', buffer: Buffer.from('{"format": "beatboard-backup",') });
  const refusal = page.getByRole('dialog', { name: '恢复备份' });
  await expect(refusal.getByRole('alert')).toHaveText('board-backup.json 无法导入：这不是 JSON 文件，所以不是 Beatboard 备份。');
  await refusal.getByRole('button', { name: '关闭' }).first().click();

  await fileInput.setInputFiles({ name: '空白.txt', mimeType: 'text/plain', buffer: Buffer.from('  \n\n') });
  const scriptRefusal = page.getByRole('dialog', { name: '导入剧本' });
  await expect(scriptRefusal.getByRole('alert')).toHaveText('空白.txt 无法导入：文件中没有找到场景、动作或台词。');
});

test('Update from script fills the bios, captions and sound cues a board imported without them lacks', async ({ page }) => {
  await openFirstRun(page, '画布上的镜头');
  const text = readFileSync(path.join(fixtures, 'guichao.md'), 'utf8');
  const script = parseScript(text);
  // The board as an older import left it: no bios, no captions, no sound cues.
  const doc = new Y.Doc();
  buildBoardFromScript(doc, {
    ...script,
    characters: script.characters.map((character) => ({ ...character, bio: '' })),
    episodes: script.episodes.map((episode) => ({ ...episode, shots: episode.shots.map(({ notes: _notes, sound: _sound, ...shot }) => shot) })),
  }, 'zh-CN');
  await openBoardFromDoc(page, doc);
  const board = new BoardPage(page);
  await board.waitForCanvas();

  await page.getByRole('tab', { name: '剧集' }).click();
  await page.getByLabel('修改后的剧本文件').setInputFiles({ name: '归潮.md', mimeType: 'text/markdown', buffer: Buffer.from(text) });
  const update = page.getByRole('dialog', { name: '从剧本更新故事板' });
  await expect(update).toContainText('更新 4 个镜头，新增 0 个镜头，31 个未变，新增 0 集。');
  await expect(update).toContainText('从剧本补上小传：沈念, 陆景川, 沈国栋, 阿潮');
  await settledScreenshot(page, 'reimport-chinese-preview.png');
  await update.getByRole('button', { name: '更新故事板' }).click();
  await expect(page.getByRole('dialog', { name: '故事板已更新' })).toBeVisible();

  const after = await board.snapshot();
  const characters = Object.values(after.characters);
  expect(characters.find((character) => character.name === '沈念')!.bio).toMatch(/^22岁，沈家独女/);
  const lane = after.shotsByEpisode[after.episodes[0]!.id]!.map((id) => after.shots[id]!);
  expect(lane[1]!.notes).toBe('字幕：沈念，沈家独女，离家三年');
  expect(lane[11]!.sound).toBe('画外音：远处传来汽笛声');
});
