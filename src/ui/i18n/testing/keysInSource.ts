import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

// Helpers of the locale tests (Node only): which keys the interface's source uses, and whether
// a locale has them.

const UI_ROOT = join(import.meta.dirname, '..', '..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) && !name.endsWith('.test.ts') ? [path] : [];
  });
}

/** The keys of an area written literally in the interface's source (calls of t with a quoted key). */
export function keysUsedInSource(area: string): string[] {
  const call = new RegExp(`\\bt\\(\\s*'${area}\\.([A-Za-z0-9_.-]+)'`, 'g');
  return [...new Set(sourceFiles(UI_ROOT).flatMap((file) => [...readFileSync(file, 'utf8').matchAll(call)].map((match) => match[1])))];
}

function lookup(strings: unknown, key: string): unknown {
  return key.split('.').reduce<unknown>((node, part) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined), strings);
}

/** A key exists directly or as a plural family (key_one / key_other). */
export function hasKey(strings: unknown, key: string): boolean {
  return typeof lookup(strings, key) === 'string' || typeof lookup(strings, `${key}_other`) === 'string';
}
