import { describe, expect, it } from 'vitest';
import { ANGLES, ASPECTS, BEAT_TYPES, EMOTIONS, MOVEMENTS, SHOT_SIZES, TRANSITIONS } from '../../../model/types';
import { hasKey as has, keysUsedInSource } from '../testing/keysInSource';
import { en, zhCN } from './ui';

const staticKeys = keysUsedInSource('ui');

const enumKeys = [
  ...SHOT_SIZES.map((k) => `size.${k}`),
  ...ANGLES.map((k) => `angle.${k}`),
  ...MOVEMENTS.map((k) => `movement.${k}`),
  ...TRANSITIONS.map((k) => `transition.${k}`),
  ...BEAT_TYPES.map((k) => `beatType.${k}`),
  ...EMOTIONS.map((k) => `emotion.${k}`),
  ...ASPECTS.map((k) => `aspect.${k.replace(':', 'x')}`),
  ...['shot', 'episode', 'character'].map((k) => `errors.notFound.${k}`),
  ...['edit', 'shots', 'view', 'canvas'].map((k) => `shortcuts.groups.${k}`),
];

describe('ui strings', () => {
  it('finds the keys the components use', () => {
    expect(staticKeys.length).toBeGreaterThan(50);
  });

  it.each([
    ['en', en],
    ['zh-CN', zhCN],
  ])('%s has every key the components use', (_, strings) => {
    const missing = [...staticKeys, ...enumKeys].filter((key) => !has(strings, key));
    expect(missing).toEqual([]);
  });

  it('has no empty Chinese string where English has text', () => {
    const empty: string[] = [];
    const walk = (a: unknown, b: unknown, path: string) => {
      if (typeof a === 'string') {
        if (a.trim() !== '' && (typeof b !== 'string' || b.trim() === '')) empty.push(path);
        return;
      }
      for (const key of Object.keys(a as object)) walk((a as Record<string, unknown>)[key], (b as Record<string, unknown>)?.[key], `${path}.${key}`);
    };
    walk(en, zhCN, 'ui');
    expect(empty).toEqual([]);
  });
});
