import { formatDuration } from '../model';
import type { BoardSnapshot, ShotContent } from '../model/types';

// Shot clipboard. The shots themselves are kept in memory (any board open in this tab can
// paste them); a plain-text version goes to the system clipboard on a best-effort basis so a
// copied run of shots can be pasted into a script or a chat.

let copied: readonly ShotContent[] = [];

export function setClipboardShots(contents: readonly ShotContent[], text: string): void {
  copied = contents;
  if (typeof navigator === 'undefined' || !navigator.clipboard) return;
  // Denied permission or an unfocused document is fine: the in-memory copy still pastes.
  navigator.clipboard.writeText(text).catch(() => undefined);
}

export function clipboardShots(): readonly ShotContent[] {
  return copied;
}

/** How copied shots read as text: heading line, action, then the dialogue as a script prints it. */
export function shotsAsText(board: BoardSnapshot, contents: readonly ShotContent[]): string {
  return contents
    .map((shot) => {
      const framing = [shot.size, shot.angle, shot.movement].filter(Boolean).join(' / ');
      const heading = [shot.scene, framing, formatDuration(shot.durationMs)].filter(Boolean).join(' - ');
      const dialogue = shot.dialogue.map((line) => {
        const speaker = line.characterId ? board.characters[line.characterId]?.name : undefined;
        return speaker ? `${speaker.toUpperCase()}: ${line.line}` : line.line;
      });
      return [heading, shot.action, ...dialogue].filter((part) => part.trim() !== '').join('\n');
    })
    .join('\n\n');
}
