// Matching key combos as registered in the action registry ('Mod+Shift+Z', 'Shift+1', '?')
// against keyboard events. Mod is Ctrl or Cmd. Pure, so the rules are tested in Node.

export interface KeyInput {
  key: string;
  code: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
}

interface Combo {
  mod: boolean;
  shift: boolean;
  alt: boolean;
  key: string;
}

/** Keys typed with Shift on common layouts: the combo names the symbol, so Shift is implied. */
const SHIFTED_SYMBOLS = new Set(['?', '!', '+', '*', '_', ':', '"', '<', '>', '{', '}', '|', '~']);

/** Symbol keys and the physical keys (and their shifted twins) that type them. */
const SYMBOL_KEYS: Record<string, { keys: string[]; codes: string[] }> = {
  '=': { keys: ['=', '+'], codes: ['Equal', 'NumpadAdd'] },
  '-': { keys: ['-', '_'], codes: ['Minus', 'NumpadSubtract'] },
};

/** Splits 'Mod+Shift+Z' into its parts; a trailing '+' (as in 'Mod++') is the plus key. */
export function parseCombo(text: string): Combo {
  const parts = text.endsWith('++') ? [...text.slice(0, -2).split('+'), '+'] : text.split('+');
  const key = parts.pop() ?? '';
  return {
    mod: parts.includes('Mod'),
    shift: parts.includes('Shift'),
    alt: parts.includes('Alt'),
    key,
  };
}

export function matchesCombo(event: KeyInput, text: string): boolean {
  const combo = parseCombo(text);
  if ((event.ctrlKey || event.metaKey) !== combo.mod) return false;
  if (event.altKey !== combo.alt) return false;
  const shiftImplied = SHIFTED_SYMBOLS.has(combo.key) || combo.key in SYMBOL_KEYS;
  if (!shiftImplied && event.shiftKey !== combo.shift) return false;
  return matchesKey(event, combo.key);
}

function matchesKey(event: KeyInput, key: string): boolean {
  if (/^[a-z]$/i.test(key)) {
    // Letters by the character typed, so Ctrl+Z is Z on AZERTY too; by the physical key only
    // when the layout types no Latin letter (Cyrillic, Greek...).
    if (/^[a-z]$/i.test(event.key)) return event.key.toLowerCase() === key.toLowerCase();
    return event.code === `Key${key.toUpperCase()}`;
  }
  if (/^[0-9]$/.test(key)) {
    // Shift+1 types '!' on US layouts, so digits go by the physical key as well.
    return event.key === key || event.code === `Digit${key}` || event.code === `Numpad${key}`;
  }
  const symbol = SYMBOL_KEYS[key];
  if (symbol) return symbol.keys.includes(event.key) || symbol.codes.includes(event.code);
  if (key === 'Space') return event.key === ' ';
  return event.key === key;
}
