import { describe, expect, it } from 'vitest';
import { clientAddress, parseTrustedProxies } from './clientAddress';

describe('clientAddress', () => {
  const proxies = parseTrustedProxies('127.0.0.1, ::1');

  it('is the peer when no proxy is trusted, whatever X-Forwarded-For claims', () => {
    expect(clientAddress('203.0.113.7', '198.51.100.1', new Set())).toBe('203.0.113.7');
    expect(clientAddress('203.0.113.7', '198.51.100.1', proxies)).toBe('203.0.113.7');
  });

  it('reads the hop a trusted proxy added, never the ones the client wrote before it', () => {
    expect(clientAddress('::ffff:127.0.0.1', '10.9.9.9, 198.51.100.1', proxies)).toBe('198.51.100.1');
    expect(clientAddress('127.0.0.1', ['10.9.9.9', '198.51.100.1, 127.0.0.1'], proxies)).toBe('198.51.100.1');
  });

  it('falls back to the proxy itself when it forwarded no address', () => {
    expect(clientAddress('127.0.0.1', undefined, proxies)).toBe('127.0.0.1');
    expect(clientAddress(undefined, undefined, proxies)).toBe('unknown');
  });
});
