import { describe, expect, it } from 'vitest';
import { hasKey, keysUsedInSource } from '../testing/keysInSource';
import { en, zhCN } from './sound';

const usedKeys = keysUsedInSource('sound');

describe('sound strings', () => {
  it('finds the keys the soundtrack and clip controls use', () => {
    expect(usedKeys.length).toBeGreaterThan(15);
  });

  it.each([['en', en], ['zh-CN', zhCN]])('%s has every key the sound controls use', (_, strings) => {
    expect(usedKeys.filter((key) => !hasKey(strings, key))).toEqual([]);
  });
});
