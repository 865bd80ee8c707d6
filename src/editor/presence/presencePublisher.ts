import type { Awareness } from 'y-protocols/awareness';
import { MAX_PRESENCE_SELECTION, type PresenceState, type PresenceUser, type PresenceViewport } from '../../collab/presence/peers';
import type { Identity } from '../../collab/presence/identity';
import type { Point } from '../geometry';
import type { Camera, EditorState } from '../editorState';

/** What this browser tells the room about itself; the canvas feeds the cursor. */
export interface PresencePublisher {
  setCursor(world: Point | null): void;
  setUser(user: PresenceUser): void;
  user(): PresenceUser;
  destroy(): void;
}

type Schedule = (flush: () => void) => void;

const nextFrame: Schedule = (flush) => {
  if (typeof requestAnimationFrame === 'function') requestAnimationFrame(flush);
  else setTimeout(flush, 16);
};

/** The world rectangle a camera shows in a viewport of the given size. */
export function visibleViewport(camera: Camera, size: { width: number; height: number }): PresenceViewport {
  return {
    x: -camera.x / camera.scale,
    y: -camera.y / camera.scale,
    width: size.width / camera.scale,
    height: size.height / camera.scale,
    scale: camera.scale,
  };
}

/**
 * Publishes the local user, cursor, selection and viewport into awareness. Changes are merged
 * and sent at most once per animation frame, so a moving pointer costs one small message a
 * frame however many events it fires.
 */
export function startPresencePublisher(
  awareness: Awareness,
  editor: EditorState,
  initialUser: PresenceUser,
  schedule: Schedule = nextFrame,
): PresencePublisher {
  let user = initialUser;
  let cursor: Point | null = null;
  let scheduled = false;
  let destroyed = false;

  const state = (): PresenceState => ({
    // Only what others need: local flags (e.g. whether the name was confirmed) stay here.
    user: { id: user.id, name: user.name, color: user.color },
    cursor,
    // What others read, and small enough for the server's awareness limit (docs/server-api.md).
    selection: [...editor.selection.get()].slice(0, MAX_PRESENCE_SELECTION),
    viewport: editor.viewport.get().width > 0 ? visibleViewport(editor.camera.get(), editor.viewport.get()) : null,
  });
  const flush = () => {
    scheduled = false;
    if (!destroyed && awareness.getLocalState() !== null) awareness.setLocalState({ ...state() });
  };
  const request = () => {
    if (scheduled || destroyed) return;
    scheduled = true;
    schedule(flush);
  };

  awareness.setLocalState({ ...state() });
  const unsubscribe = [editor.selection, editor.camera, editor.viewport].map((store) => store.subscribe(request));

  return {
    setCursor(world) {
      cursor = world ? { x: Math.round(world.x), y: Math.round(world.y) } : null;
      request();
    },
    setUser(next) {
      user = next;
      request();
    },
    user: () => user,
    destroy() {
      destroyed = true;
      unsubscribe.forEach((stop) => stop());
    },
  };
}

/**
 * Presence that publishes nothing, for a session no one else sees (a version shown read-only,
 * a test): the identity is fixed and every write is dropped.
 */
export function silentPresence(identity: Identity): PresencePublisher & { identity(): Identity; setIdentity(identity: Identity): void } {
  return {
    setCursor: () => undefined,
    setUser: () => undefined,
    user: () => identity,
    identity: () => identity,
    setIdentity: () => undefined,
    destroy: () => undefined,
  };
}
