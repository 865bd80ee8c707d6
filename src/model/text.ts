import * as Y from 'yjs';

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/**
 * Makes `yText` read `next` by deleting and inserting only the part that changed (the text
 * between the common prefix and the common suffix). Replacing the whole text instead would
 * wipe out whatever a collaborator typed into the same field at the same time.
 */
export function setText(yText: Y.Text, next: string): void {
  const current = yText.toString();
  if (current === next) return;

  const shorter = Math.min(current.length, next.length);
  let start = 0;
  while (start < shorter && current.charCodeAt(start) === next.charCodeAt(start)) start++;
  // Never cut an emoji or other astral character in half: both halves go or stay together.
  if (start > 0 && isHighSurrogate(current.charCodeAt(start - 1))) start--;

  let end = 0;
  const maxEnd = shorter - start;
  while (
    end < maxEnd &&
    current.charCodeAt(current.length - 1 - end) === next.charCodeAt(next.length - 1 - end)
  ) {
    end++;
  }
  if (end > 0 && isLowSurrogate(current.charCodeAt(current.length - end))) end--;

  const apply = () => {
    const removed = current.length - start - end;
    if (removed > 0) yText.delete(start, removed);
    const inserted = next.slice(start, next.length - end);
    if (inserted.length > 0) yText.insert(start, inserted);
  };
  // Delete and insert belong to one change, for peers and for undo alike.
  if (yText.doc) yText.doc.transact(apply);
  else apply();
}

/**
 * Sets a collaborative text field of a record. A field that is not a Y.Text yet (a corrupt or
 * foreign record) becomes one holding `next`.
 */
export function setTextField(map: Y.Map<unknown>, key: string, next: string): void {
  const current = map.get(key);
  if (current instanceof Y.Text) setText(current, next);
  else map.set(key, new Y.Text(next));
}
