import { useEffect, useRef, useState, type DragEvent, type KeyboardEvent as ReactKeyboardEvent, type RefObject } from 'react';
import { sketchCommandForKey, type SketchCommand } from '../../editor/tools/sketch/shortcuts';
import { listenAll } from '../lib/listen';

interface SketchInputHandlers {
  onCommand(command: SketchCommand): void;
  onFile(file: File): void;
  /** Something without a file was dropped (a text selection, a link). */
  onNonFile(): void;
}

export interface SketchInput {
  /** True while something is dragged over the editor: the drop zone shows its hint. */
  dragging: boolean;
  dialogHandlers: {
    onKeyDown(event: ReactKeyboardEvent): void;
    onDragEnter(event: DragEvent): void;
    onDragOver(event: DragEvent): void;
    onDragLeave(event: DragEvent): void;
    onDrop(event: DragEvent): void;
  };
}

/**
 * Keyboard, paste and drop for the open sketch editor. The editor is modal, so it takes
 * these events for itself and stops them: the board underneath must not delete, undo or
 * paste shots while the artist draws.
 */
export function useSketchInput(dialog: RefObject<HTMLElement | null>, handlers: SketchInputHandlers): SketchInput {
  const latest = useRef(handlers);
  latest.current = handlers;
  const [dragging, setDragging] = useState(false);
  const dragDepth = useRef(0);

  useEffect(() => {
    const inDialog = (target: EventTarget | null) => target instanceof Node && !!dialog.current?.contains(target);

    // A key pressed while focus fell out of the dialog (its focused button got disabled, say)
    // lands on the body; it still belongs to the editor.
    const onStrayKey = (event: KeyboardEvent) => {
      if (inDialog(event.target)) return;
      event.stopPropagation();
      runKey(event, latest.current.onCommand);
      dialog.current?.focus();
    };
    const onPaste = (event: ClipboardEvent) => {
      event.stopPropagation();
      const file = firstFile(event.clipboardData);
      if (!file) return; // plain text: nothing for a drawing to take
      event.preventDefault();
      latest.current.onFile(file);
    };
    const swallow = (event: Event) => event.stopPropagation();

    return listenAll(document, { keydown: onStrayKey, paste: onPaste, copy: swallow, cut: swallow }, true);
  }, [dialog]);

  // Every drag is accepted, not only file drags: a dropped text or link should get a clear
  // message, and an unhandled drop would make the browser navigate away to the file.
  const acceptDrag = (event: DragEvent) => {
    event.preventDefault();
    event.stopPropagation();
    event.dataTransfer.dropEffect = 'copy';
  };

  return {
    dragging,
    dialogHandlers: {
      onKeyDown(event) {
        event.stopPropagation();
        runKey(event, latest.current.onCommand);
      },
      onDragEnter(event) {
        acceptDrag(event);
        dragDepth.current += 1;
        setDragging(true);
      },
      onDragOver: acceptDrag,
      onDragLeave(event) {
        event.stopPropagation();
        dragDepth.current = Math.max(0, dragDepth.current - 1);
        if (dragDepth.current === 0) setDragging(false);
      },
      onDrop(event) {
        acceptDrag(event);
        dragDepth.current = 0;
        setDragging(false);
        const file = firstFile(event.dataTransfer);
        if (file) latest.current.onFile(file);
        else latest.current.onNonFile();
      },
    },
  };
}

interface KeyEventLike {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
  target: EventTarget | null;
  defaultPrevented: boolean;
  preventDefault(): void;
}

function runKey(event: KeyEventLike, onCommand: (command: SketchCommand) => void): void {
  if (event.defaultPrevented || isTextEntry(event.target)) return;
  const command = sketchCommandForKey(event);
  if (!command) return;
  event.preventDefault();
  onCommand(command);
}

function isTextEntry(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target instanceof HTMLTextAreaElement) return true;
  return target instanceof HTMLInputElement && !['button', 'checkbox', 'color', 'file', 'radio', 'range'].includes(target.type);
}

/** The image among the transferred files if there is one, else the first file (so a
 *  non-image is reported by name), else null. */
function firstFile(data: DataTransfer | null): File | null {
  if (!data) return null;
  const files = Array.from(data.files);
  if (files.length === 0) {
    for (const item of Array.from(data.items)) {
      const file = item.kind === 'file' ? item.getAsFile() : null;
      if (file) files.push(file);
    }
  }
  return files.find((file) => file.type.startsWith('image/')) ?? files[0] ?? null;
}
