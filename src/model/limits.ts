/**
 * How long the board's texts may be, in UTF-16 code units (what a browser's `maxLength` and
 * `String.length` count). The one home of these numbers: the commands enforce them, and the UI
 * (its fields' `maxLength`), imports, the client API and the server read them from here.
 *
 * Names and titles are clipped, as a field with `maxLength` clips what is typed or pasted;
 * a comment or a dismissal reason that is too long is refused with a message instead, because
 * cutting someone's sentence short would lose what they meant.
 */

/** The board's meta: its title and logline, clipped. */
export const MAX_BOARD_TITLE_LENGTH = 200;
export const MAX_LOGLINE_LENGTH = 1000;
export const META_TEXT_LIMITS = { title: MAX_BOARD_TITLE_LENGTH, logline: MAX_LOGLINE_LENGTH } as const;

/** An episode's title, clipped. */
export const MAX_EPISODE_TITLE_LENGTH = 200;
/** The name shown for a sound (an episode's soundtrack, a shot's clip), clipped. */
export const MAX_SOUND_NAME_LENGTH = 200;
export const EPISODE_TEXT_LIMITS = { title: MAX_EPISODE_TITLE_LENGTH, soundtrackName: MAX_SOUND_NAME_LENGTH } as const;

/** A character's name, clipped. */
export const MAX_CHARACTER_NAME_LENGTH = 80;
export const CHARACTER_TEXT_LIMITS = { name: MAX_CHARACTER_NAME_LENGTH } as const;

/** The text cut to at most `max` code units. */
export function clipText(text: string, max: number): string {
  return text.length > max ? text.slice(0, max) : text;
}

/** `fields` with each text named in `limits` clipped to its limit; other fields as they are. */
export function clipFields<T extends object>(fields: T, limits: { readonly [K in keyof T]?: number }): T {
  let clipped: T | undefined;
  for (const key of Object.keys(limits) as (keyof T)[]) {
    const value = fields[key];
    const max = limits[key];
    if (typeof value === 'string' && max !== undefined && value.length > max) {
      clipped ??= { ...fields };
      clipped[key] = clipText(value, max) as T[keyof T];
    }
  }
  return clipped ?? fields;
}

/** A person's name as stored with what they did (a comment, an approval, a dismissal) or shown as present; clipped. */
export const MAX_PERSON_NAME_LENGTH = 60;

/** The longest comment or reply, and reason for dismissing a rhythm finding; longer ones are refused. */
export const MAX_COMMENT_LENGTH = 10_000;
export const MAX_DISMISSAL_REASON = 500;

/** A language tag, e.g. `zh-Hant-TW`: the server's bound on what a request may carry. */
export const MAX_LANGUAGE_TAG_LENGTH = 35;
