import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { freePort } from '../../e2e/support/free-port';

const projectRoot = path.resolve(import.meta.dirname, '../..');
/** The configuration docs/deploy.md documents; the tests run exactly it, with their own ports. */
export const NGINX_CONF = path.join(projectRoot, 'docs/deploy/nginx.conf');

export interface NginxServer {
  port: number;
  url: string;
  syncUrl: string;
  /** nginx's error log so far, for failure messages. */
  errors(): string;
  stop(): Promise<void>;
}

/**
 * Real nginx on a free loopback port, in front of these server ports, with the documented
 * configuration: only its `listen` line and its upstream `server` lines are replaced.
 */
export async function startNginx(upstreamPorts: readonly number[]): Promise<NginxServer> {
  const port = await freePort();
  const dir = mkdtempSync(path.join(tmpdir(), 'beatboard-nginx-'));
  mkdirSync(path.join(dir, 'logs'));
  const documented = readFileSync(NGINX_CONF, 'utf8');
  const upstreams = upstreamPorts.map((upstream) => `    server 127.0.0.1:${upstream} max_fails=0;`).join('\n');
  const site = documented
    .replace(/^ {4}server 127\.0\.0\.1:\d+ .*\n(?: {4}server 127\.0\.0\.1:\d+ .*\n)*/m, `${upstreams}\n`)
    .replace(/^ {4}listen 80;$/m, `    listen 127.0.0.1:${port};`);
  if (site === documented || !site.includes(`listen 127.0.0.1:${port}`)) {
    throw new Error(`${NGINX_CONF} no longer has the listen and upstream lines the tests replace`);
  }
  writeFileSync(path.join(dir, 'beatboard.conf'), site);
  writeFileSync(
    path.join(dir, 'nginx.conf'),
    [
      `pid ${dir}/nginx.pid;`,
      `error_log ${dir}/logs/error.log;`,
      'daemon off;',
      // As root, nginx would switch its workers to a user that may not read the temp dir.
      ...(process.getuid?.() === 0 ? ['user root;'] : []),
      'events {}',
      'http {',
      '  access_log off;',
      `  client_body_temp_path ${dir}/body;`,
      `  proxy_temp_path ${dir}/proxy;`,
      `  include ${dir}/beatboard.conf;`,
      '}',
    ].join('\n'),
  );
  const check = spawnSync('nginx', ['-t', '-q', '-p', dir, '-c', path.join(dir, 'nginx.conf')], { encoding: 'utf8' });
  if (check.status !== 0) throw new Error(`nginx rejects the configuration:\n${check.stderr}`);
  const child: ChildProcess = spawn('nginx', ['-p', dir, '-c', path.join(dir, 'nginx.conf')], { stdio: 'ignore' });
  await waitForPort(port);
  return {
    port,
    url: `http://127.0.0.1:${port}/`,
    syncUrl: `ws://127.0.0.1:${port}/sync`,
    errors: () => {
      try {
        return readFileSync(path.join(dir, 'logs/error.log'), 'utf8');
      } catch {
        return '';
      }
    },
    async stop() {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      // Fast shutdown: a graceful one (SIGQUIT) would wait for every open websocket to end.
      child.kill('SIGTERM');
      await exited;
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

async function waitForPort(port: number): Promise<void> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    try {
      await fetch(`http://127.0.0.1:${port}/healthz`);
      return;
    } catch {
      if (Date.now() > deadline) throw new Error(`nginx did not listen on ${port}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
}
