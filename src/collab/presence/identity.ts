import { CHARACTER_PALETTE, newId } from '../../model';
import type { BeatboardDb } from '../db';
import { readSetting, writeSetting } from '../settings';
import type { PresenceUser } from './peers';

/** The person at this browser, as others see them. Asked once, kept locally. */
export interface Identity extends PresenceUser {
  /** False until the person has confirmed a name (a default "Guest 1234" is used until then). */
  confirmed: boolean;
}

const SETTING_IDENTITY = 'identity';

export function defaultIdentity(random: () => number = Math.random): Identity {
  return {
    id: newId(),
    name: `Guest ${1000 + Math.floor(random() * 9000)}`,
    color: CHARACTER_PALETTE[Math.floor(random() * CHARACTER_PALETTE.length)]!,
    confirmed: false,
  };
}

/** A default name as stored: "Guest" and its number, whatever the language shown. */
const STORED_GUEST_NAME = /^Guest (\d+)$/;

/**
 * The identity as this person's interface shows and sends it: until they choose a name, the
 * default one reads in the interface's language ("访客 1234" in Chinese). The stored form stays
 * "Guest 1234", so the name follows a later change of language.
 */
export function withGuestName(identity: Identity, guestName: (number: string) => string): Identity {
  if (identity.confirmed) return identity;
  const match = STORED_GUEST_NAME.exec(identity.name);
  return match ? { ...identity, name: guestName(match[1]!) } : identity;
}

let preloaded: { db: BeatboardDb; identity: Promise<Identity> } | null = null;

/**
 * Starts reading the identity as the app starts, along with its other settings: the first
 * board opened takes it from here, instead of asking IndexedDB behind the writes queued by then
 * (on a first visit, the demo's).
 */
export function preloadIdentity(db: BeatboardDb): void {
  const identity = readIdentity(db);
  identity.catch(() => undefined); // reported by the open that takes it
  preloaded = { db, identity };
}

/** The stored identity, or a new default one (stored at once, so it stays the same). */
export function loadIdentity(db: BeatboardDb): Promise<Identity> {
  const early = preloaded?.db === db ? preloaded.identity : null;
  preloaded = null;
  return early ?? readIdentity(db);
}

async function readIdentity(db: BeatboardDb): Promise<Identity> {
  const stored = await readSetting<Partial<Identity> | null>(db, SETTING_IDENTITY, null);
  if (stored && typeof stored.id === 'string' && typeof stored.name === 'string' && typeof stored.color === 'string') {
    return { id: stored.id, name: stored.name, color: stored.color, confirmed: stored.confirmed === true };
  }
  const created = defaultIdentity();
  await writeSetting(db, SETTING_IDENTITY, created);
  return created;
}

export async function saveIdentity(db: BeatboardDb, identity: Identity): Promise<void> {
  preloaded = null;
  await writeSetting(db, SETTING_IDENTITY, identity);
}
