/**
 * Transaction origin of every stroke edit made in the sketch editor. The editor's own undo
 * manager tracks only this origin, so its Undo steps through the artist's strokes and never
 * reverts a field edit, a move or a co-writer's change. The board's undo also tracks it, so
 * strokes stay undoable after the editor closes.
 */
export const SKETCH_ORIGIN: { readonly name: 'sketch-editor' } = Object.freeze({ name: 'sketch-editor' });
