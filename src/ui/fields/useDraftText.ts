import { useLayoutEffect, useRef, useState, type ChangeEvent } from 'react';
import { rebaseCaret } from '../lib/caret';

type TextElement = HTMLInputElement | HTMLTextAreaElement;

/**
 * Local draft for a text control bound to the doc. Every keystroke is written through `commit`
 * (the command diffs it into Y.Text), and the doc's echo of our own keystrokes is ignored, so
 * the caret never jumps. A genuinely different value (a co-writer typing in the same field,
 * an undo) replaces the draft, and the caret is moved by what changed before it.
 */
export function useDraftText<E extends TextElement>(value: string, commit: (next: string) => void) {
  const ref = useRef<E>(null);
  const [draft, setDraft] = useState(value);
  // Values we wrote that the doc may still echo back, oldest first.
  const sent = useRef<string[]>([]);
  const pendingSelection = useRef<[number, number] | null>(null);

  useLayoutEffect(() => {
    const echoIndex = sent.current.indexOf(value);
    if (echoIndex >= 0) {
      sent.current.splice(0, echoIndex + 1);
      return;
    }
    if (value === draft) return;
    const el = ref.current;
    if (el && document.activeElement === el) {
      pendingSelection.current = [
        rebaseCaret(draft, value, el.selectionStart ?? 0),
        rebaseCaret(draft, value, el.selectionEnd ?? 0),
      ];
    }
    setDraft(value);
    // Only a new doc value matters here; the draft is read as it was when that value arrived.
  }, [value]);

  useLayoutEffect(() => {
    const selection = pendingSelection.current;
    if (!selection || !ref.current) return;
    pendingSelection.current = null;
    ref.current.setSelectionRange(selection[0], selection[1]);
  }, [draft]);

  function onChange(event: ChangeEvent<E>) {
    const next = event.target.value;
    setDraft(next);
    sent.current.push(next);
    if (sent.current.length > 100) sent.current.shift();
    commit(next);
  }

  function onBlur() {
    // Whatever the doc says now is the truth once we stop typing.
    sent.current = [];
    if (draft !== value) setDraft(value);
  }

  return { ref, value: draft, onChange, onBlur };
}
