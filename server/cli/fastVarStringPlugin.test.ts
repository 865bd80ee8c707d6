import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { withFastVarString } from './fastVarStringPlugin';

// What the reader itself returns is tested beside it (src/collab/yjsStrings).
describe('the build plugin', () => {
  it('finds the line it replaces in the installed lib0, and puts the reader in its place', () => {
    const source = readFileSync(createRequire(import.meta.url).resolve('lib0/decoding').replace(/decoding\.cjs$/, '../decoding.js'), 'utf8');
    const patched = withFastVarString(source, '/app/src/collab/yjsStrings/readVarString.ts');
    expect(patched).toContain('import { readVarString as readVarStringInJs } from "/app/src/collab/yjsStrings/readVarString.ts"');
    expect(patched).toContain('readVarStringInJs(decoder, readVarUint, string.utf8TextDecoder)');
    expect(patched).not.toContain('? _readVarStringNative :');
  });

  it('fails loudly when lib0 changes', () => {
    expect(() => withFastVarString('export const readVarString = somethingElse', '/x.ts')).toThrow(/review server\/cli\/fastVarStringPlugin\.ts/);
  });
});
