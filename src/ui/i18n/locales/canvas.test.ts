import { describe, expect, it } from 'vitest';
import { BOARD_ACTIONS } from '../../../editor/actions/registry';
import { en, zhCN } from './canvas';
import { hasKey } from '../testing/keysInSource';

describe('canvas strings', () => {
  it.each([
    ['en', en],
    ['zh-CN', zhCN],
  ])('%s labels every registered board action', (_, strings) => {
    const missing = BOARD_ACTIONS.map((action) => action.labelKey.replace(/^canvas\./, '')).filter((key) => !hasKey(strings, key));
    expect(missing).toEqual([]);
  });
});
