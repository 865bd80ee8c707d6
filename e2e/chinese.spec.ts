import { expect, test, type Page } from '@playwright/test';
import * as Y from 'yjs';
import { addCharacter, initBoard, insertShots, updateEpisode, type ShotContentInput } from '../src/model';
import { screenshotPath } from './support/artifacts';
import { openBoard, openBoardFromDoc, openFirstRun } from './support/fixtures';

// A browser whose language is Simplified Chinese gets the interface in Chinese, can switch it
// in Settings (kept across reloads), and Chinese boards render on the canvas and in the list.

test.use({ locale: 'zh-CN' });

const ZH_SHOTS_LIST = '画布上的镜头';

async function expectChineseInterface(page: Page) {
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(page.getByRole('button', { name: '全部故事板' })).toBeVisible();
  await expect(page.getByRole('group', { name: '添加' }).getByRole('button', { name: '添加一集' })).toBeVisible();
  await expect(page.getByRole('group', { name: '添加' }).getByRole('button', { name: '添加镜头' })).toBeVisible();
  const view = page.getByRole('tablist', { name: '视图' });
  await expect(view.getByRole('tab', { name: '故事板' })).toHaveAttribute('aria-selected', 'true');
  await expect(view.getByRole('tab', { name: '镜头表' })).toBeVisible();
  const side = page.getByRole('complementary', { name: '侧边栏' });
  await expect(side.getByRole('tab', { name: '检查器' })).toHaveAttribute('aria-selected', 'true');
  await expect(side.getByRole('tab', { name: '剧集' })).toBeVisible();
  await expect(side.getByRole('heading', { name: '未选择镜头' })).toBeVisible();
  await expect(page.getByRole('list', { name: ZH_SHOTS_LIST }).getByRole('button', { name: /^镜头 1\.1，/ })).toBeVisible();
  await expect(page.getByRole('button', { name: 'All boards' })).toHaveCount(0);
}

async function expectEnglishInterface(page: Page) {
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('button', { name: 'All boards' })).toBeVisible();
  await expect(page.getByRole('group', { name: 'Add' }).getByRole('button', { name: 'Add episode' })).toBeVisible();
  const side = page.getByRole('complementary', { name: 'Side panel' });
  await expect(side.getByRole('tab', { name: 'Inspector' })).toBeVisible();
  await expect(side.getByRole('tab', { name: 'Series' })).toBeVisible();
  await expect(page.getByRole('list', { name: 'Shots on canvas' }).getByRole('button', { name: /^Shot 1\.1, / })).toBeVisible();
  await expect(page.getByRole('button', { name: '全部故事板' })).toHaveCount(0);
}

test('a Chinese browser gets the interface in Chinese, and Settings switches it for good', async ({ page }) => {
  await openFirstRun(page, ZH_SHOTS_LIST);
  await expectChineseInterface(page);

  await page.getByRole('button', { name: '设置' }).click();
  let settings = page.getByRole('dialog', { name: '设置' });
  await expect(settings.getByRole('radio', { name: '简体中文' })).toBeChecked();
  await settings.getByRole('radio', { name: 'English' }).check();
  // The open dialog follows at once.
  settings = page.getByRole('dialog', { name: 'Settings' });
  await expect(settings.getByRole('group', { name: 'Interface language' })).toBeVisible();
  await settings.getByRole('button', { name: 'Done' }).click();
  await expect(settings).toBeHidden();
  await expectEnglishInterface(page);

  // The choice outlives the browser's own language across a reload.
  await page.reload();
  await expectEnglishInterface(page);

  await page.getByRole('button', { name: 'Settings' }).click();
  settings = page.getByRole('dialog', { name: 'Settings' });
  await expect(settings.getByRole('radio', { name: 'English' })).toBeChecked();
  await settings.getByRole('radio', { name: '简体中文' }).check();
  settings = page.getByRole('dialog', { name: '设置' });
  await settings.getByRole('button', { name: '完成' }).click();
  await expect(settings).toBeHidden();
  await expectChineseInterface(page);

  await page.reload();
  await expectChineseInterface(page);
});

// "运河千金", episode one of the sample script's Chinese version.
const DECK = 'INT. 货船 - 甲板 - 清晨';
const QUAY = '外景 码头 - 清晨';

function buildChineseBoard(): Y.Doc {
  const doc = new Y.Doc();
  const { episodeId } = initBoard(doc, {
    title: '运河千金',
    language: 'zh-CN',
    logline: '航运世家的千金隐姓埋名当水手，一巴掌打醒了前来收购她家货船的少爷。',
  });
  updateEpisode(doc, episodeId, { title: '码头', targetSeconds: 60, synopsis: '打工女当众扇了少爷一巴掌。' });
  const lin = addCharacter(doc, { name: '林玥', bio: '24岁，隐姓埋名的船家千金。', voice: '话少，句子短，越安静越危险。' });
  const zhou = addCharacter(doc, { name: '周浩', bio: '27岁，对手集团的少爷。', voice: '人前圆滑带刺，人后冷淡。' });
  let strokeCount = 0;
  const stroke = (points: number[]) => ({ id: `s${++strokeCount}`, tool: 'pen' as const, color: '#1f1f24', width: 0.009, points });
  const horizon = (y: number) => stroke([0.05, y, 0.95, y]);
  // A stick figure: a head drawn as a ring, then body, legs and arms in one line.
  const figure = (x: number, top: number) => [
    stroke(Array.from({ length: 13 }, (_, i) => [x + 0.05 * Math.cos((i * Math.PI) / 6), top + 0.03 * Math.sin((i * Math.PI) / 6)]).flat()),
    stroke([x, top + 0.03, x, top + 0.25, x - 0.06, top + 0.4, x, top + 0.25, x + 0.06, top + 0.4]),
    stroke([x - 0.09, top + 0.13, x, top + 0.08, x + 0.09, top + 0.13]),
  ];
  const contents: ShotContentInput[] = [
    {
      scene: DECK, size: 'EWS', angle: 'high', movement: 'crane', durationMs: 6000,
      action: '细雨落在运河上。林玥穿着湿透的工作服，正在盘缆绳。', sound: '雨声，远处的汽笛。',
      beat: { type: 'hook', emotion: 'anticipation', intensity: 4 }, strokes: [horizon(0.6), ...figure(0.5, 0.3)],
    },
    {
      scene: DECK, size: 'MWS', angle: 'low', movement: 'dolly-in', durationMs: 5000,
      action: '周浩带着两名保镖登船，皮鞋一尘不染。',
      dialogue: [{ characterId: zhou, line: '这船是谁的？告诉船主，周家要买了。', parenthetical: '' }],
      beat: { type: 'setup', emotion: 'disgust', intensity: 3 }, strokes: [horizon(0.75), ...figure(0.3, 0.25), ...figure(0.7, 0.3)],
    },
    {
      scene: DECK, size: 'CU', angle: 'eye', movement: 'static', durationMs: 3000,
      dialogue: [{ characterId: lin, line: '船主不卖。', parenthetical: '头也不抬' }],
      beat: { type: 'confrontation', emotion: 'anger', intensity: 5 },
    },
    {
      scene: DECK, size: 'MS', angle: 'eye', movement: 'handheld', durationMs: 4000,
      action: '他一脚把缆绳踢进河里。',
      dialogue: [{ characterId: zhou, line: '你算什么东西？', parenthetical: '' }],
      beat: { type: 'humiliation', emotion: 'anger', intensity: 6 },
    },
    {
      scene: QUAY, size: 'MCU', angle: 'low', movement: 'static', durationMs: 4000,
      action: '林玥站起身，停顿良久，一巴掌扇了过去。',
      beat: { type: 'face-slap', emotion: 'surprise', intensity: 9 }, strokes: [...figure(0.35, 0.2), ...figure(0.65, 0.22)],
    },
    {
      scene: QUAY, size: 'WS', angle: 'eye', movement: 'zoom-in', durationMs: 5000,
      action: '码头上所有人都僵住了。人群里有人举着手机在拍。',
      beat: { type: 'cliffhanger', emotion: 'fear', intensity: 10 },
    },
  ];
  insertShots(doc, { episodeId, contents });
  return doc;
}

test('a Chinese board renders on the canvas and in the shot list', async ({ page }) => {
  await openFirstRun(page, ZH_SHOTS_LIST);
  await openBoardFromDoc(page, buildChineseBoard());
  await expect(page.getByRole('heading', { level: 1, name: '运河千金' })).toBeVisible();
  const board = await openBoard(page);
  expect(board.meta.language).toBe('zh-CN');

  const shots = page.getByRole('list', { name: ZH_SHOTS_LIST });
  await expect(shots.getByRole('button')).toHaveCount(6);
  for (const number of ['1.1', '1.2', '1.3', '1.4']) {
    await expect(shots.getByRole('button', { name: `镜头 ${number}，${DECK}`, exact: true })).toBeVisible();
  }
  await expect(shots.getByRole('button', { name: `镜头 1.5，${QUAY}`, exact: true })).toBeVisible();
  await expect(shots.getByRole('button', { name: `镜头 1.6，${QUAY}`, exact: true })).toBeVisible();

  // The inspector shows a selected shot's Chinese fields.
  await shots.getByRole('button', { name: `镜头 1.2，${DECK}`, exact: true }).click();
  const side = page.getByRole('complementary', { name: '侧边栏' });
  await expect(side.getByRole('heading', { name: '镜头 1.2' })).toBeVisible();
  await expect(side.getByRole('textbox', { name: '场景' })).toHaveValue(DECK);
  await expect(side.getByRole('textbox', { name: '动作' })).toHaveValue('周浩带着两名保镖登船，皮鞋一尘不染。');
  await expect(side.getByRole('textbox', { name: '台词 1' })).toHaveValue('这船是谁的？告诉船主，周家要买了。');
  // Let the panels' bitmaps settle before the picture.
  await page.waitForLoadState('networkidle');
  await page.screenshot({ path: screenshotPath('chinese-board.png') });

  await page.getByRole('tablist', { name: '视图' }).getByRole('tab', { name: '镜头表' }).click();
  const table = page.getByRole('table', { name: '镜头' });
  await expect(table).toBeVisible();
  await expect(table.getByRole('row')).toHaveCount(7); // a header row and six shots
  await expect(table.getByRole('columnheader', { name: '场景' })).toBeVisible();
  await expect(table.getByRole('textbox', { name: '镜头 1.1 的场景' })).toHaveValue(DECK);
  await expect(table.getByRole('textbox', { name: '镜头 1.6 的场景' })).toHaveValue(QUAY);
  await expect(table.getByRole('textbox', { name: '镜头 1.5 的动作' })).toHaveValue('林玥站起身，停顿良久，一巴掌扇了过去。');
  await expect(table.getByRole('row', { name: /^1\.2 / })).toContainText('周浩: 这船是谁的？告诉船主，周家要买了。');
  await expect(table.getByRole('row', { name: /^1\.3 / })).toContainText('林玥: 船主不卖。');
  // The selection carried over from the board.
  await expect(table.getByRole('row', { name: /^1\.2 / })).toHaveAttribute('aria-selected', 'true');
  await page.screenshot({ path: screenshotPath('chinese-shot-list.png') });
});
