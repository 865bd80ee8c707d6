import type { Awareness } from 'y-protocols/awareness';
import { MAX_PERSON_NAME_LENGTH, clipText } from '../../model/limits';

/**
 * The presence shape every Beatboard client publishes in Yjs awareness (docs/schema.md,
 * "Presence"). Never stored; a closed tab's entry disappears.
 */
export interface PresenceUser {
  id: string;
  name: string;
  color: string;
}

export interface PresenceViewport {
  /** The visible world rectangle. */
  x: number;
  y: number;
  width: number;
  height: number;
  scale: number;
}

export interface PresenceState {
  user: PresenceUser;
  /** Pointer on the canvas in world coordinates, or null when it is elsewhere. */
  cursor: { x: number; y: number } | null;
  selection: string[];
  viewport: PresenceViewport | null;
}

export interface Peer extends PresenceState {
  clientId: number;
  isLocal: boolean;
}

/** Selected ids a presence state carries: readers read this many, publishers send no more. */
export const MAX_PRESENCE_SELECTION = 500;

const isNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);

/** Everyone in the room with a readable state, the local user first, then by name. */
export function readPeers(awareness: Awareness): Peer[] {
  const peers: Peer[] = [];
  awareness.getStates().forEach((state, clientId) => {
    const peer = readPeer(state, clientId, clientId === awareness.clientID);
    if (peer) peers.push(peer);
  });
  return peers.sort((a, b) => Number(b.isLocal) - Number(a.isLocal) || a.user.name.localeCompare(b.user.name) || a.clientId - b.clientId);
}

/** Reads one awareness entry defensively: other clients (other versions) may send anything. */
export function readPeer(state: Record<string, unknown>, clientId: number, isLocal: boolean): Peer | null {
  const user = state.user as Partial<PresenceUser> | undefined;
  if (!user || typeof user.name !== 'string' || typeof user.color !== 'string') return null;
  const cursor = state.cursor as { x?: unknown; y?: unknown } | null | undefined;
  const viewport = state.viewport as Partial<PresenceViewport> | null | undefined;
  const selection = Array.isArray(state.selection) ? state.selection.filter((id): id is string => typeof id === 'string') : [];
  return {
    clientId,
    isLocal,
    user: { id: typeof user.id === 'string' ? user.id : String(clientId), name: clipText(user.name, MAX_PERSON_NAME_LENGTH), color: /^#[0-9a-f]{6}$/i.test(user.color) ? user.color : '#6b7280' },
    cursor: cursor && isNumber(cursor.x) && isNumber(cursor.y) ? { x: cursor.x, y: cursor.y } : null,
    selection: selection.slice(0, MAX_PRESENCE_SELECTION),
    viewport:
      viewport && isNumber(viewport.x) && isNumber(viewport.y) && isNumber(viewport.width) && isNumber(viewport.height) && isNumber(viewport.scale)
        ? { x: viewport.x, y: viewport.y, width: viewport.width, height: viewport.height, scale: viewport.scale }
        : null,
  };
}
