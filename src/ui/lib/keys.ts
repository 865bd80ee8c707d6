// Shortcut combos are registered once as e.g. 'Mod+Shift+Z' (see src/editor/actions/boardActions.ts) and
// shown the way each platform writes them: Ctrl+Shift+Z on Windows and Linux, ⌘⇧Z on a Mac.

const MAC_SYMBOLS: Record<string, string> = {
  Mod: '⌘',
  Meta: '⌘',
  Cmd: '⌘',
  Ctrl: '⌃',
  Control: '⌃',
  Alt: '⌥',
  Option: '⌥',
  Shift: '⇧',
  Enter: '↩',
  Backspace: '⌫',
  Delete: '⌦',
  Escape: 'Esc',
};

const PC_NAMES: Record<string, string> = {
  Mod: 'Ctrl',
  Meta: 'Win',
  Cmd: 'Ctrl',
  Control: 'Ctrl',
  Option: 'Alt',
  Escape: 'Esc',
  Delete: 'Del',
};

const SHARED_NAMES: Record<string, string> = {
  ArrowUp: '↑',
  ArrowDown: '↓',
  ArrowLeft: '←',
  ArrowRight: '→',
  ' ': 'Space',
  Space: 'Space',
};

/** Splits 'Mod+Shift++' into ['Mod', 'Shift', '+']: a trailing '+' is the plus key itself. */
export function splitCombo(combo: string): string[] {
  const parts = combo.split('+');
  const keys: string[] = [];
  for (let i = 0; i < parts.length; i += 1) {
    if (parts[i] === '' && i === parts.length - 1 && keys.length > 0) keys.push('+');
    else if (parts[i] !== '') keys.push(parts[i]);
  }
  if (combo === '+') return ['+'];
  return keys;
}

/** The keys of one combo as the user's platform names them, one entry per key cap. */
export function comboKeyCaps(combo: string, isMac: boolean): string[] {
  return splitCombo(combo).map((key) => {
    const shared = SHARED_NAMES[key];
    if (shared) return shared;
    const named = (isMac ? MAC_SYMBOLS : PC_NAMES)[key];
    if (named) return named;
    return key.length === 1 ? key.toUpperCase() : key;
  });
}

export function detectMac(platform: string): boolean {
  return /mac|iphone|ipad|ipod/i.test(platform);
}
