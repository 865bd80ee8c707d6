// The sync benchmark's floor: a websocket relay that does nothing but forward each update frame
// to the other sockets of its room. No Yjs doc, no storage, no tokens; it answers a client's
// sync step 1 with an empty step 2 so that the client counts itself synced. What the load
// generator measures against it is what the machine and the generator itself cost: no server
// that keeps and checks what it relays can be quicker under the same load.
import { WebSocketServer } from 'ws';

const MESSAGE_SYNC = 0;
const SYNC_STEP_1 = 0;
const SYNC_UPDATE = 2;
// Sync step 2 carrying an empty Yjs update (no structs, no deletions).
const EMPTY_STEP_2 = Uint8Array.from([MESSAGE_SYNC, 1, 2, 0, 0]);

const server = new WebSocketServer({ host: '127.0.0.1', port: Number(process.env.PORT) });
const rooms = new Map();
server.on('connection', (socket, request) => {
  const name = (request.url ?? '/').split('?')[0];
  let room = rooms.get(name);
  if (!room) rooms.set(name, (room = new Set()));
  room.add(socket);
  socket.on('message', (frame) => {
    if (frame[0] !== MESSAGE_SYNC) return;
    if (frame[1] === SYNC_STEP_1) socket.send(EMPTY_STEP_2);
    else if (frame[1] === SYNC_UPDATE) for (const peer of room) if (peer !== socket) peer.send(frame);
  });
  socket.on('close', () => room.delete(socket));
});
server.on('listening', () => console.log(`forwarding relay running at ${process.env.PORT}`));
