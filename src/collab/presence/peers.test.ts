import { describe, expect, it } from 'vitest';
import { Awareness, applyAwarenessUpdate, encodeAwarenessUpdate } from 'y-protocols/awareness';
import * as Y from 'yjs';
import { readPeers } from './peers';

describe('readPeers', () => {
  it('lists the local user first and others by name, skipping unreadable entries', () => {
    const mine = new Awareness(new Y.Doc());
    const ana = new Awareness(new Y.Doc());
    const odd = new Awareness(new Y.Doc());
    mine.setLocalState({ user: { id: 'me', name: 'Zed', color: '#123456' }, cursor: null, selection: [], viewport: null });
    ana.setLocalState({ user: { id: 'a', name: 'Ana', color: '#e4572e' }, cursor: { x: 10, y: 20 }, selection: ['s1', 7], viewport: null });
    odd.setLocalState({ whatever: true });
    for (const other of [ana, odd]) applyAwarenessUpdate(mine, encodeAwarenessUpdate(other, [other.clientID]), 'remote');
    const peers = readPeers(mine);
    expect(peers.map((peer) => [peer.user.name, peer.isLocal])).toEqual([['Zed', true], ['Ana', false]]);
    expect(peers[1]).toMatchObject({ cursor: { x: 10, y: 20 }, selection: ['s1'] });
  });

  it('defends against hostile values', () => {
    const mine = new Awareness(new Y.Doc());
    mine.setLocalState({ user: { name: 'x'.repeat(500), color: 'red; background:url(evil)' }, cursor: { x: 'a', y: 1 } });
    const [peer] = readPeers(mine);
    expect(peer!.user.name).toHaveLength(60);
    expect(peer!.user.color).toBe('#6b7280');
    expect(peer!.cursor).toBeNull();
  });
});
