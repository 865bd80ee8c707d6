import * as Y from 'yjs';
import { CHARACTER_PALETTE } from '../colors';
import { getCharacterMap, getCharactersMap, getShotsMap, setFields, transact } from '../doc';
import { newId } from '../ids';
import { CHARACTER_TEXT_LIMITS, clipFields } from '../limits';
import { CharacterPatchSchema, CharacterSchema, parseInput } from '../schema';
import type { Character } from '../types';

export interface AddCharacterInput {
  name: string;
  bio?: string;
  voice?: string;
  /** Defaults to the next colour of `CHARACTER_PALETTE`. */
  color?: string;
}

export function addCharacter(doc: Y.Doc, input: AddCharacterInput, origin?: unknown): string {
  const characters = getCharactersMap(doc);
  const id = newId();
  const character = clipFields(parseInput(CharacterSchema, {
    id,
    name: input.name,
    bio: input.bio ?? '',
    voice: input.voice ?? '',
    color: input.color ?? CHARACTER_PALETTE[characters.size % CHARACTER_PALETTE.length],
  }), CHARACTER_TEXT_LIMITS);
  transact(doc, origin, () => {
    const map = new Y.Map<unknown>();
    characters.set(id, map);
    map.set('name', character.name);
    map.set('bio', character.bio);
    map.set('voice', character.voice);
    map.set('color', character.color);
  });
  return id;
}

export function updateCharacter(
  doc: Y.Doc,
  id: string,
  patch: Partial<Omit<Character, 'id'>>,
  origin?: unknown,
): void {
  const valid = clipFields(parseInput(CharacterPatchSchema, patch), CHARACTER_TEXT_LIMITS);
  transact(doc, origin, () => setFields(getCharacterMap(doc, id), valid));
}

/** Removes a character; the dialogue lines they spoke stay, without a speaker. */
export function removeCharacter(doc: Y.Doc, id: string, origin?: unknown): void {
  transact(doc, origin, () => {
    const characters = getCharactersMap(doc);
    if (!characters.has(id)) return;
    characters.delete(id);
    getShotsMap(doc).forEach((shot) => {
      if (!(shot instanceof Y.Map)) return;
      const dialogue = shot.get('dialogue');
      if (!(dialogue instanceof Y.Array)) return;
      dialogue.forEach((line) => {
        if (line instanceof Y.Map && line.get('characterId') === id) line.set('characterId', null);
      });
    });
  });
}
