import { describe, expect, it } from 'vitest';
import { browserDefenceHeaders, contentSecurityPolicy, FONT_WORKER_POLICY, websocketOrigins } from './contentSecurityPolicy';

describe('the content security policy', () => {
  it('lists the sockets of the request host and of the public URL', () => {
    expect(websocketOrigins({ host: 'LocalHost:8080', publicUrl: 'https://boards.example.com' })).toEqual([
      'ws://localhost:8080', 'wss://localhost:8080', 'wss://boards.example.com',
    ]);
    expect(websocketOrigins({ host: '[::1]:8080', publicUrl: 'http://10.0.0.5:8080' })).toEqual([
      'ws://[::1]:8080', 'wss://[::1]:8080', 'ws://10.0.0.5:8080',
    ]);
    expect(websocketOrigins({ host: 'a b', publicUrl: 'not a url' })).toEqual([]);
  });

  it('allows no inline script and no eval; the dev nonce only when given', () => {
    const policy = contentSecurityPolicy({ host: 'localhost:5173' });
    const scripts = /script-src ([^;]+)/.exec(policy)![1];
    expect(scripts).toBe("'self'");
    expect(policy).not.toContain('unsafe-inline');
    expect(policy).toContain("media-src 'self' blob:");
    expect(contentSecurityPolicy({ nonce: 'abc' })).toContain("script-src 'self' 'nonce-abc'; style-src 'self' 'nonce-abc'");
  });

  it('asks for HSTS only when the public URL is https', () => {
    expect(browserDefenceHeaders({ publicUrl: 'https://boards.example.com' })['Strict-Transport-Security']).toBe('max-age=31536000');
    expect(browserDefenceHeaders({ publicUrl: 'http://boards.example.com' })).not.toHaveProperty('Strict-Transport-Security');
    expect(browserDefenceHeaders({})).not.toHaveProperty('Strict-Transport-Security');
  });

  it('allows eval in the WOFF2 font worker alone, built or in dev', () => {
    for (const path of ['/assets/woff2.worker-XdiMwu53.js', '/src/io/pdf/woff2.worker.ts']) {
      expect(browserDefenceHeaders({ path })['Content-Security-Policy'], path).toBe(FONT_WORKER_POLICY);
    }
    for (const path of ['/assets/storageCompaction.worker-B7l204Kt.js', '/assets/woff2.worker-x.js/evil', '/assets/index-woff2.worker.js',
      '/api/x/woff2.worker-abc.js', '/woff2.worker.js', '/assets/sub/woff2.worker-abc.js', '/x/src/io/pdf/woff2.worker.ts']) {
      expect(browserDefenceHeaders({ path })['Content-Security-Policy'], path).not.toContain('unsafe-eval');
    }
  });
});
