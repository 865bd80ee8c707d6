// wawoff2 ships no types; this is the one function Beatboard uses.
declare module 'wawoff2/decompress' {
  /** A WOFF2 font's bytes as the TrueType font they compress. */
  export default function decompress(woff2: Uint8Array): Promise<Uint8Array>;
}
