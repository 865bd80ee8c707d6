// A Vite build plugin: the client's copy of lib0 reads values with Beatboard's own readers
// (src/collab/lib0Readers, which say why):
// - short strings with readVarString.ts, instead of a TextDecoder call each;
// - binary values inside stored values (strokes' paths) with readOwnedBytes.ts, as copies
//   rather than views that keep the whole update being read in memory.
import path from 'node:path';
import type { Plugin } from 'vite';

/** The line of lib0/decoding.js that picks its string reader. */
const LIB0_STRING_CHOICE = 'export const readVarString = string.utf8TextDecoder ? _readVarStringNative : _readVarStringPolyfill';
/** The last entry of lib0's table of value readers (readAny), for binary values. */
const LIB0_ANY_BYTES = '  readVarUint8Array // CASE 116: Uint8Array\n]';

/**
 * lib0's decoding module with its string reader and its reader of binary values replaced;
 * every reader in the module (Yjs's values included) calls them. Throws when lib0 no longer
 * has the lines it replaces, so an upgrade of lib0 fails the build instead of quietly losing
 * the change. `readersDir` is the folder of the readers.
 */
export function withLib0Readers(lib0Decoding: string, readersDir: string): string {
  if (!lib0Decoding.includes(LIB0_STRING_CHOICE) || !lib0Decoding.includes(LIB0_ANY_BYTES)) {
    throw new Error('lib0/decoding.js no longer reads values as expected: review server/cli/lib0ReadersPlugin.ts.');
  }
  const module = (name: string) => JSON.stringify(path.join(readersDir, name));
  return (
    `import { readVarString as readVarStringInJs } from ${module('readVarString.ts')};\n` +
    `import { readOwnedBytes } from ${module('readOwnedBytes.ts')};\n` +
    lib0Decoding
      .replace(
        LIB0_STRING_CHOICE,
        'export const readVarString = string.utf8TextDecoder\n' +
          '  ? (decoder) => readVarStringInJs(decoder, readVarUint, string.utf8TextDecoder)\n' +
          '  : _readVarStringPolyfill',
      )
      .replace(LIB0_ANY_BYTES, '  (decoder) => readOwnedBytes(decoder, readVarUint) // CASE 116: Uint8Array\n]')
  );
}

export function lib0Readers(): Plugin {
  let readersDir = '';
  return {
    name: 'beatboard:lib0-readers',
    // The dev server serves dependencies prebundled, without plugins: it keeps lib0 as it is.
    apply: 'build',
    configResolved(config) {
      readersDir = path.resolve(config.root, 'src/collab/lib0Readers');
    },
    transform(code, id) {
      if (!/[\\/]node_modules[\\/]lib0[\\/]decoding\.js$/.test(id.split('?')[0]!)) return null;
      return { code: withLib0Readers(code, readersDir), map: null };
    },
  };
}
