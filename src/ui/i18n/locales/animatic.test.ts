import { describe, expect, it } from 'vitest';
import { hasKey, keysUsedInSource } from '../testing/keysInSource';
import { en, zhCN } from './animatic';

const usedKeys = keysUsedInSource('animatic');

describe('animatic strings', () => {
  it('finds the keys the player uses', () => {
    expect(usedKeys.length).toBeGreaterThan(20);
  });

  it.each([['en', en], ['zh-CN', zhCN]])('%s has every key the player uses', (_, strings) => {
    expect(usedKeys.filter((key) => !hasKey(strings, key))).toEqual([]);
  });
});
