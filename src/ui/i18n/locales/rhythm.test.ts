import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FINDING_MESSAGES_EN, RULE_IDS, SEVERITIES } from '../../../model/rhythm';
import { en, zhCN } from './rhythm';

const UI_ROOT = join(import.meta.dirname, '..', '..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) && !name.endsWith('.test.ts') ? [path] : [];
  });
}

function has(strings: unknown, key: string): boolean {
  const lookup = (k: string) => k.split('.').reduce<unknown>((node, part) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined), strings);
  return typeof lookup(key) === 'string' || typeof lookup(`${key}_other`) === 'string';
}

const usedKeys = [
  ...new Set(sourceFiles(UI_ROOT).flatMap((file) => [...readFileSync(file, 'utf8').matchAll(/\bt\(\s*'rhythm\.([A-Za-z0-9_.-]+)'/g)].map((match) => match[1]))),
];
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
