import { createServer } from 'node:net';

/**
 * A TCP port that is free right now on 127.0.0.1. The OS picks it; there is a small window
 * before the test server binds it, which is fine on a developer machine or a CI runner.
 */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => (port ? resolve(port) : reject(new Error('The OS gave no port.'))));
    });
  });
}
