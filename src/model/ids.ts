// 64 URL-safe characters, so a random byte masked to 6 bits picks one without bias.
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-';
const ID_LENGTH = 16;

/**
 * A new record id: 16 URL-safe random characters (96 bits), safe to create offline on many
 * clients at once and to use in room names and URLs.
 */
export function newId(): string {
  const bytes = new Uint8Array(ID_LENGTH);
  globalThis.crypto.getRandomValues(bytes);
  let id = '';
  for (const byte of bytes) id += ALPHABET[byte & 63];
  return id;
}
