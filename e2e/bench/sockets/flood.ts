// A flood of websocket connection attempts from one local address, in its own process so the
// clients being measured do not share its event loop. `tsx flood.ts <url> <attempts>
// <in flight> <local address>`; prints one JSON line: how the attempts ended.
import WebSocket from 'ws';

const [url, attemptsArg, inFlightArg, localAddress] = process.argv.slice(2);
const attempts = Number(attemptsArg);
const inFlight = Number(inFlightArg);
const codes = new Map<number, number>();
const kept: WebSocket[] = [];
let started = 0;
let errors = 0;
const begun = performance.now();

await new Promise<void>((resolve) => {
  let settled = 0;
  const done = () => {
    settled++;
    if (started < attempts) attempt();
    else if (settled === attempts) resolve();
  };
  const attempt = () => {
    started++;
    const socket = new WebSocket(url!, { localAddress });
    let finished = false;
    const finish = () => {
      if (finished) return;
      finished = true;
      done();
    };
    socket.on('close', (code) => {
      codes.set(code, (codes.get(code) ?? 0) + 1);
      finish();
    });
    socket.on('error', () => {
      errors++;
      finish();
    });
    // A socket the server keeps (under the cap) stays open to the end and frees its slot.
    socket.on('open', () =>
      setTimeout(() => {
        if (socket.readyState === WebSocket.OPEN && !finished) {
          kept.push(socket);
          finish();
        }
      }, 500),
    );
  };
  for (let i = 0; i < Math.min(inFlight, attempts); i++) attempt();
});

const ms = performance.now() - begun;
console.log(JSON.stringify({ attempts, ms, kept: kept.length, errors, codes: Object.fromEntries(codes) }));
for (const socket of kept) socket.terminate();
process.exit(0);
