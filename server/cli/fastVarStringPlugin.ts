// A Vite build plugin: the client's copy of lib0 reads short strings with
// src/collab/yjsStrings/readVarString.ts instead of a TextDecoder call each (why: there).
import path from 'node:path';
import type { Plugin } from 'vite';

/** The line of lib0/decoding.js that picks its string reader. */
const LIB0_CHOICE = 'export const readVarString = string.utf8TextDecoder ? _readVarStringNative : _readVarStringPolyfill';

/**
 * lib0's decoding module with its string reader replaced; every reader in the module (Yjs's
 * values included) calls it by this name. Throws when lib0 no longer has the line it
 * replaces, so an upgrade of lib0 fails the build instead of quietly losing the change.
 */
export function withFastVarString(lib0Decoding: string, readerModule: string): string {
  if (!lib0Decoding.includes(LIB0_CHOICE)) {
    throw new Error('lib0/decoding.js no longer picks its string reader as expected: review server/cli/fastVarStringPlugin.ts.');
  }
  return (
    `import { readVarString as readVarStringInJs } from ${JSON.stringify(readerModule)};\n` +
    lib0Decoding.replace(
      LIB0_CHOICE,
      'export const readVarString = string.utf8TextDecoder\n' +
        '  ? (decoder) => readVarStringInJs(decoder, readVarUint, string.utf8TextDecoder)\n' +
        '  : _readVarStringPolyfill',
    )
  );
}

export function fastVarString(): Plugin {
  let readerModule = '';
  return {
    name: 'beatboard:fast-var-string',
    // The dev server serves dependencies prebundled, without plugins: it keeps lib0 as it is.
    apply: 'build',
    configResolved(config) {
      readerModule = path.resolve(config.root, 'src/collab/yjsStrings/readVarString.ts');
    },
    transform(code, id) {
      if (!/[\\/]node_modules[\\/]lib0[\\/]decoding\.js$/.test(id.split('?')[0]!)) return null;
      return { code: withFastVarString(code, readerModule), map: null };
    },
  };
}
