import { describe, expect, it } from 'vitest';
import { hasKey, keysUsedInSource } from '../testing/keysInSource';
import { en, zhCN } from './versionView';

const usedKeys = keysUsedInSource('versionView');
// Keys built at run time: the tags of a change's kind, and the field labels of fieldValues.ts.
const dynamicKeys = [
  ...['added', 'changed', 'removed'].flatMap((kind) => [`compare.tag.${kind}`, `compare.episodeTag.${kind}`]),
  ...['sketch', 'image', 'imageSet', 'episode', 'position', 'shotNumber', 'intensityValue', 'yes', 'no'].map((key) => `field.${key}`),
];

describe('versionView strings', () => {
  it('finds the keys the preview and comparison use', () => {
    expect(usedKeys.length).toBeGreaterThan(15);
  });

  it.each([['en', en], ['zh-CN', zhCN]])('%s has every key the preview and comparison use', (_, strings) => {
    expect([...usedKeys, ...dynamicKeys].filter((key) => !hasKey(strings, key))).toEqual([]);
  });

  it('words every string in Chinese with the same values as in English', () => {
    const names = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((match) => match[1]).sort();
    const walk = (a: unknown, b: unknown, path: string) => {
      if (typeof a === 'string') {
        expect(typeof b, path).toBe('string');
        expect((b as string).trim(), path).not.toBe('');
        expect(names(b as string), path).toEqual(names(a));
        return;
      }
      for (const key of Object.keys(a as object)) walk((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key], `${path}.${key}`);
    };
    walk(en, zhCN, 'versionView');
  });
});
