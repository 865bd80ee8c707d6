import type { Awareness } from 'y-protocols/awareness';
import { readPeers, type PresenceViewport } from '../../collab/presence/peers';
import { clampScale } from '../camera';
import type { Camera, EditorState } from '../editorState';

/** Our camera showing the centre of someone's view, at their zoom where our limits allow. */
export function cameraFollowing(viewport: PresenceViewport, size: { width: number; height: number }): Camera {
  const scale = clampScale(viewport.scale);
  const centreX = viewport.x + viewport.width / 2;
  const centreY = viewport.y + viewport.height / 2;
  return { x: size.width / 2 - centreX * scale, y: size.height / 2 - centreY * scale, scale };
}

/**
 * While `editor.following` names a client, our camera tracks that person's viewport. Any
 * camera move of our own (pan, zoom, fit) stops following, as does the person leaving.
 */
export function startFollowController(awareness: Awareness, editor: EditorState): () => void {
  let applying = false;

  const track = () => {
    const clientId = editor.following.get();
    if (clientId === null) return;
    const peer = readPeers(awareness).find((candidate) => candidate.clientId === clientId);
    if (!peer) {
      editor.following.set(null);
      return;
    }
    if (!peer.viewport) return;
    applying = true;
    editor.camera.set(cameraFollowing(peer.viewport, editor.viewport.get()));
    applying = false;
  };
  const onCamera = () => {
    if (!applying && editor.following.get() !== null) editor.following.set(null);
  };

  awareness.on('change', track);
  const unsubscribeFollowing = editor.following.subscribe(track);
  const unsubscribeCamera = editor.camera.subscribe(onCamera);
  return () => {
    awareness.off('change', track);
    unsubscribeFollowing();
    unsubscribeCamera();
  };
}
