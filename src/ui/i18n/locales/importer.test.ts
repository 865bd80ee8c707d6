import { describe, expect, it } from 'vitest';
import { BACKUP_ERROR_CODES } from '../../../io/backupError';
import { SCRIPT_ERROR_CODES } from '../../../io/script/types';
import { hasKey, keysUsedInSource } from '../testing/keysInSource';
import { en, zhCN } from './importer';

const usedKeys = keysUsedInSource('importer');
// Keys built at run time from an error's code (src/ui/lib/importErrors.ts): a new code without
// a string in both languages fails here.
const errorKeys = [
  ...SCRIPT_ERROR_CODES.map((code) => `errors.script.${code}`),
  ...BACKUP_ERROR_CODES.map((code) => `errors.backup.${code}`),
];

describe('importer strings', () => {
  it('finds the keys the import and export controls use', () => {
    expect(usedKeys.length).toBeGreaterThan(20);
    expect(usedKeys).toContain('errors.backup.newer-schema');
  });

  it.each([['en', en], ['zh-CN', zhCN]])('%s has every key the importer uses and a message for every error code', (_, strings) => {
    expect([...usedKeys, ...errorKeys].filter((key) => !hasKey(strings, key))).toEqual([]);
  });

  it('words every error in Chinese with the same values as in English', () => {
    const names = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((match) => match[1]).sort();
    for (const area of ['script', 'backup'] as const) {
      for (const [code, text] of Object.entries(en.errors[area])) {
        expect(names((zhCN.errors[area] as Record<string, string>)[code]!), `${area}.${code}`).toEqual(names(text));
      }
    }
  });
});
