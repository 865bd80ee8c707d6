import type { DocStorage } from './docStorage';

/**
 * A DocStorage that calls `stored(room)` once each append is committed. Every change a room
 * takes (socket, upload, server edit) is appended there, and nothing else is, so this is
 * where the versions service hears that a board changed, without the room knowing about it.
 */
export function notifyingAppends(storage: DocStorage, stored: (room: string) => void): DocStorage {
  return {
    load: (room) => storage.load(room),
    append: async (room, update) => {
      await storage.append(room, update);
      stored(room);
    },
    compact: (room, state) => storage.compact(room, state),
    isHealthy: () => storage.isHealthy(),
  };
}
