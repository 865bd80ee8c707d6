import { createStore, type Store } from './store';

// Session state of one open board: local to this tab, never stored in the doc.

export type BoardViewMode = 'board' | 'list' | 'arc';
export type SidePanel = 'inspector' | 'series' | 'suggestions' | 'notes' | 'checks' | 'history';
export type DialogName = null | 'shortcuts' | 'settings' | 'share' | 'identity' | 'suggest' | 'review' | 'nameVersion' | 'animatic';

export interface Camera {
  /** Screen position of the world origin, in CSS pixels. */
  x: number;
  y: number;
  scale: number;
}

export interface EditorState {
  /** Selected shot ids, in the order they were selected. */
  selection: Store<readonly string[]>;
  view: Store<BoardViewMode>;
  sidePanel: Store<SidePanel>;
  /** Shot open in the large sketch editor, or null. */
  sketchShotId: Store<string | null>;
  dialog: Store<DialogName>;
  camera: Store<Camera>;
  /** Size of the board canvas in CSS pixels (set by the canvas), so zoom actions know the centre. */
  viewport: Store<{ width: number; height: number }>;
  /** Episode filter of the shot list view (null = all). */
  listEpisodeFilter: Store<string | null>;
  /** The awareness client id whose viewport the camera follows, or null. */
  following: Store<number | null>;
  /** The director's red-pen marks are hidden on this screen (they stay in the notes doc). */
  marksHidden: Store<boolean>;
  /** The review filter: only shots whose approval asks for changes stand out (board and list). */
  needsChangesOnly: Store<boolean>;
  /**
   * The panels in view have been drawn since the board opened (set once by the canvas). The
   * first sync of a board stored here waits for it, so it does not compete with that drawing.
   */
  boardDrawn: Store<boolean>;
}

export function createEditorState(): EditorState {
  return {
    selection: createStore<readonly string[]>([]),
    view: createStore<BoardViewMode>('board'),
    sidePanel: createStore<SidePanel>('inspector'),
    sketchShotId: createStore<string | null>(null),
    dialog: createStore<DialogName>(null),
    camera: createStore<Camera>({ x: 40, y: 40, scale: 1 }),
    viewport: createStore({ width: 0, height: 0 }),
    listEpisodeFilter: createStore<string | null>(null),
    following: createStore<number | null>(null),
    marksHidden: createStore(false),
    needsChangesOnly: createStore(false),
    boardDrawn: createStore(false),
  };
}

export function toggleSelected(state: EditorState, id: string): void {
  state.selection.set((prev) => (prev.includes(id) ? prev.filter((x) => x !== id) : [...prev, id]));
}
