import { describe, expect, it } from 'vitest';
import { decodeRoomMessage, encodeRoomMessage, MESSAGE_RESYNC, MESSAGE_UPDATE } from './messages';

describe('relay messages', () => {
  it('round-trip any bytes, and refuse what is not one', () => {
    const payload = new Uint8Array([0, 255, 10, 13, 0, 128]);
    const message = { kind: MESSAGE_UPDATE, sender: 'p1', epoch: 3, seq: 2 ** 40, payload } as const;
    expect(decodeRoomMessage(encodeRoomMessage(message))).toEqual(message);
    const resync = { kind: MESSAGE_RESYNC, sender: 'p2', epoch: 1, seq: 1, payload: new Uint8Array() } as const;
    expect(decodeRoomMessage(encodeRoomMessage(resync))).toEqual(resync);
    expect(() => decodeRoomMessage(new Uint8Array([9, 0]))).toThrow();
    expect(() => decodeRoomMessage(new Uint8Array([0, 5, 1]))).toThrow();
  });
});
