/**
 * Reading JSON out of model text, which arrives in pieces and is not always clean: reasoning
 * models put `<think>…</think>` first, chat models wrap JSON in code fences, small local
 * models stop mid-object. Pure functions, so every case is tested without a model.
 */

/** Removes reasoning blocks (closed ones; an unclosed block hides everything after it). */
export function stripThinking(text: string): string {
  const withoutClosed = text.replace(/<think>[\s\S]*?<\/think>/g, '');
  const open = withoutClosed.indexOf('<think>');
  return open >= 0 ? withoutClosed.slice(0, open) : withoutClosed;
}

/**
 * Incrementally finds the objects of the first JSON array in a growing text, e.g. the items
 * of `{"alternatives": [{…}, {…}` as each one closes, so cards can stream.
 */
export class ArrayItemScanner {
  private text = '';
  private position = 0;
  private depth = 0;
  private inString = false;
  private escaped = false;
  private arrayDepth = -1;
  private itemStart = -1;

  /** Adds text; returns the raw JSON of each item completed by it. */
  push(chunk: string): string[] {
    this.text += chunk;
    const items: string[] = [];
    for (; this.position < this.text.length; this.position++) {
      const char = this.text[this.position];
      if (this.inString) {
        if (this.escaped) this.escaped = false;
        else if (char === '\\') this.escaped = true;
        else if (char === '"') this.inString = false;
        continue;
      }
      if (char === '"') this.inString = true;
      else if (char === '{' || char === '[') {
        if (char === '[' && this.arrayDepth < 0) this.arrayDepth = this.depth + 1;
        else if (char === '{' && this.depth === this.arrayDepth) this.itemStart = this.position;
        this.depth++;
      } else if (char === '}' || char === ']') {
        this.depth--;
        if (char === '}' && this.depth === this.arrayDepth && this.itemStart >= 0) {
          items.push(this.text.slice(this.itemStart, this.position + 1));
          this.itemStart = -1;
        }
      }
    }
    return items;
  }
}

/**
 * The first balanced JSON object in a text, parsed; null when there is none (prose, or
 * output cut off before the object closed).
 */
export function firstJsonObject(text: string): unknown {
  const clean = stripThinking(text);
  for (let start = clean.indexOf('{'); start >= 0; start = clean.indexOf('{', start + 1)) {
    const end = balancedEnd(clean, start);
    if (end < 0) return null;
    try {
      return JSON.parse(clean.slice(start, end + 1));
    } catch {
      // Not JSON after all (e.g. a brace in prose): try the next one.
    }
  }
  return null;
}

function balancedEnd(text: string, start: number): number {
  let depth = 0;
  let inString = false;
  let escaped = false;
  for (let i = start; i < text.length; i++) {
    const char = text[i];
    if (inString) {
      if (escaped) escaped = false;
      else if (char === '\\') escaped = true;
      else if (char === '"') inString = false;
    } else if (char === '"') inString = true;
    else if (char === '{' || char === '[') depth++;
    else if (char === '}' || char === ']') {
      depth--;
      if (depth === 0) return i;
    }
  }
  return -1;
}
