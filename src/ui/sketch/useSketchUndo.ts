import { useCallback, useEffect, useState } from 'react';
import type * as Y from 'yjs';
import { createSketchUndoManager } from '../../editor/tools/sketch/undo';

export interface SketchUndo {
  canUndo: boolean;
  canRedo: boolean;
  undo(): void;
  redo(): void;
}

/** The sketch editor's own undo history for the open shot, rebuilt when the shot changes:
 *  each shot keeps to its own strokes, so stepping to the next shot starts a fresh history. */
export function useSketchUndo(doc: Y.Doc, shotId: string): SketchUndo {
  const [manager, setManager] = useState<Y.UndoManager | null>(null);
  const [state, setState] = useState({ canUndo: false, canRedo: false });

  useEffect(() => {
    const created = createSketchUndoManager(doc, shotId);
    setManager(created);
    setState({ canUndo: false, canRedo: false });
    if (!created) return;
    const refresh = () => setState({ canUndo: created.canUndo(), canRedo: created.canRedo() });
    created.on('stack-item-added', refresh);
    created.on('stack-item-popped', refresh);
    created.on('stack-cleared', refresh);
    return () => {
      created.destroy();
      setManager(null);
    };
  }, [doc, shotId]);

  const undo = useCallback(() => {
    manager?.undo();
  }, [manager]);
  const redo = useCallback(() => {
    manager?.redo();
  }, [manager]);

  return { ...state, undo, redo };
}
