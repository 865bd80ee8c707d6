import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { withLib0Readers } from './lib0ReadersPlugin';

// What the readers themselves return is tested beside them (src/collab/lib0Readers).
describe('the build plugin', () => {
  it('finds the lines it replaces in the installed lib0, and puts the readers in their place', () => {
    const source = readFileSync(createRequire(import.meta.url).resolve('lib0/decoding').replace(/decoding\.cjs$/, '../decoding.js'), 'utf8');
    const patched = withLib0Readers(source, '/app/src/collab/lib0Readers');
    expect(patched).toContain('import { readVarString as readVarStringInJs } from "/app/src/collab/lib0Readers/readVarString.ts"');
    expect(patched).toContain('import { readOwnedBytes } from "/app/src/collab/lib0Readers/readOwnedBytes.ts"');
    expect(patched).toContain('readVarStringInJs(decoder, readVarUint, string.utf8TextDecoder)');
    expect(patched).toContain('(decoder) => readOwnedBytes(decoder, readVarUint) // CASE 116');
    expect(patched).not.toContain('? _readVarStringNative :');
    expect(patched).not.toContain('  readVarUint8Array // CASE 116');
  });

  it('fails loudly when lib0 changes', () => {
    expect(() => withLib0Readers('export const readVarString = somethingElse', '/x')).toThrow(/review server\/cli\/lib0ReadersPlugin\.ts/);
  });
});
