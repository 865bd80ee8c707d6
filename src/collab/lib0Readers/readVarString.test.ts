import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { describe, expect, it } from 'vitest';
import { readVarString } from './readVarString';

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const readVarUint = (decoder: { arr: Uint8Array; pos: number }) => decoding.readVarUint(decoder as decoding.Decoder);

function written(strings: readonly string[]): Uint8Array {
  const encoder = encoding.createEncoder();
  for (const text of strings) encoding.writeVarString(encoder, text);
  return encoding.toUint8Array(encoder);
}

describe('readVarString', () => {
  it('reads back what lib0 wrote, string after string, as lib0 reads it', () => {
    const strings = [
      '', 'id', 'pen', '#1f2937', 'D35aoPj_SjDjZLz-', 'a'.repeat(64), 'b'.repeat(65), 'x'.repeat(300),
      '你好', '她转身看向水面。', 'mixed 中文 text', 'emoji 🎬 cut', 'é', '\u007f\u0000tab\t',
    ];
    const bytes = written(strings);
    const ours = { arr: bytes, pos: 0 };
    const lib0s = decoding.createDecoder(bytes);
    for (const text of strings) {
      expect(readVarString(ours, readVarUint, utf8)).toBe(text);
      expect(decoding.readVarString(lib0s)).toBe(text);
    }
    expect(ours.pos).toBe(bytes.length);
  });

  it('agrees with lib0 on random strings', () => {
    let seed = 7;
    const random = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
    const alphabet = 'abcXYZ019#_- 你好世界のé🎬';
    const strings = Array.from({ length: 500 }, () =>
      Array.from({ length: Math.floor(random() * 90) }, () => [...alphabet][Math.floor(random() * [...alphabet].length)]).join(''),
    );
    const bytes = written(strings);
    const ours = { arr: bytes, pos: 0 };
    expect(strings.map(() => readVarString(ours, readVarUint, utf8))).toEqual(strings);
  });

  it('reads short strings met again and again, and more of them than it keeps, as lib0 does', () => {
    const distinct = Array.from({ length: 9000 }, (_, i) => `#${(i * 7919).toString(16).padStart(6, '0')}`.slice(0, 1 + (i % 12)));
    const strings = [...distinct, ...distinct.slice(0, 500), 'pen', 'marker', 'pen', 'scene', 'size', 'scene'];
    const bytes = written(strings);
    const ours = { arr: bytes, pos: 0 };
    expect(strings.map(() => readVarString(ours, readVarUint, utf8))).toEqual(strings);
  });

  it('refuses a string that runs past the end, and malformed UTF-8', () => {
    const bytes = written(['canal']);
    expect(() => readVarString({ arr: bytes.subarray(0, 4), pos: 0 }, readVarUint, utf8)).toThrow('Unexpected end of array');
    expect(() => readVarString({ arr: new Uint8Array([2, 0xc3, 0x28]), pos: 0 }, readVarUint, utf8)).toThrow();
  });
});
