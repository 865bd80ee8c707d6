import { describe, expect, it } from 'vitest';
import { AUTO_VERSION_REASONS } from '../../../model/versions/types';
import { hasKey as has, keysUsedInSource } from '../testing/keysInSource';
import { en, zhCN } from './history';

const usedKeys = keysUsedInSource('history');
// Keys built at run time: a version's reason, a store's error code, a summary's counts.
const dynamicKeys = [
  ...AUTO_VERSION_REASONS.map((reason) => `reason.${reason}`),
  ...['unreachable', 'forbidden', 'not-found', 'invalid', 'too-large', 'too-many', 'rate-limited', 'storage', 'failed'].map((code) => `errors.${code}`),
  ...['episodesAdded', 'episodesRemoved', 'episodesChanged', 'shotsAdded', 'shotsRemoved', 'shotsChanged', 'sketchesChanged'].map((key) => `summary.${key}`),
];

describe('history strings', () => {
  it('finds the keys the components use', () => {
    expect(usedKeys.length).toBeGreaterThan(30);
  });

  it.each([['en', en], ['zh-CN', zhCN]])('%s has every key the History tab uses', (_, strings) => {
    expect([...usedKeys, ...dynamicKeys].filter((key) => !has(strings, key))).toEqual([]);
  });

  it('words every string in Chinese with the same values as in English', () => {
    const names = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((match) => match[1]).sort();
    const walk = (a: unknown, b: unknown, path: string) => {
      if (typeof a === 'string') {
        expect(typeof b, path).toBe('string');
        expect(names(b as string), path).toEqual(names(a));
        return;
      }
      for (const key of Object.keys(a as object)) walk((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key], `${path}.${key}`);
    };
    walk(en, zhCN, 'history');
  });
});
