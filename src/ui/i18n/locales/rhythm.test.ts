import { describe, expect, it } from 'vitest';
import { FINDING_MESSAGES_EN, RULE_IDS, SEVERITIES } from '../../../model/rhythm';
import { hasKey as has, keysUsedInSource } from '../testing/keysInSource';
import { en, zhCN } from './rhythm';

const usedKeys = keysUsedInSource('rhythm');
const dynamicKeys = [
  ...RULE_IDS.map((id) => `rule.${id}`),
  ...Object.keys(FINDING_MESSAGES_EN).map((key) => `finding.${key}`),
  ...SEVERITIES.map((severity) => `severity.${severity}`),
];

describe('rhythm strings', () => {
  it('finds the keys the components use', () => {
    expect(usedKeys.length).toBeGreaterThan(30);
  });

  it.each([['en', en], ['zh-CN', zhCN]])('%s has every key, every check and every finding', (_, strings) => {
    expect([...usedKeys, ...dynamicKeys].filter((key) => !has(strings, key))).toEqual([]);
  });

  it('words every finding in Chinese with the same values as in English', () => {
    const names = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((match) => match[1]).sort();
    for (const [key, text] of Object.entries(en.finding)) expect(names(zhCN.finding[key]), key).toEqual(names(text));
  });
});
