/**
 * Errors thrown by model commands. Their messages are written for the person using the app:
 * the UI shows them where the action happened, so they say what was wrong in plain words.
 */

/** An argument a command cannot accept (a negative duration, an unknown shot size, ...). */
export class ValidationError extends Error {
  override name = 'ValidationError';
  /** Dotted path of the offending field within the input, e.g. `durationMs` or `strokes.2.width`. */
  readonly field: string;

  constructor(message: string, field = '') {
    super(message);
    this.field = field;
  }
}

/** The board was written by a newer Beatboard; editing it here could lose data. */
export class NewerSchemaError extends Error {
  override name = 'NewerSchemaError';
  readonly found: number;
  readonly supported: number;

  constructor(found: number, supported: number) {
    super(
      `This board was made with a newer Beatboard: it uses document format ${found}, and this version ` +
        `understands up to ${supported}. Update Beatboard to open it; nothing was changed.`,
    );
    this.found = found;
    this.supported = supported;
  }
}

/**
 * A command needed a record that does not exist, typically because a collaborator deleted it a
 * moment ago. Only commands that create something inside a parent throw it (a shot in an episode,
 * a stroke in a shot); edits of a record that is gone are ignored instead, like a second delete.
 */
export class NotFoundError extends Error {
  override name = 'NotFoundError';
  readonly kind: 'episode' | 'shot' | 'character';
  readonly id: string;

  constructor(kind: 'episode' | 'shot' | 'character', id: string) {
    super(`The ${kind} you are working on no longer exists; someone may have deleted it.`);
    this.kind = kind;
    this.id = id;
  }
}
