import { episodeShotsInOrder, shotNumbers, type BoardSnapshot } from '../../model';

/** A scene heading Fountain recognises by itself; anything else is forced with a leading dot. */
const HEADING = /^(INT|EXT|EST|INT\.?\/EXT|I\/E)[. ]/i;

/**
 * The board as a Fountain script: a title page, `#` episodes with `=` synopses, scene
 * headings where the scene changes, and each shot under a `## Shot 1.3` marker with its action
 * and dialogue (speakers forced with `@`, so any name, Chinese included, reads back as a cue).
 */
export function exportFountain(board: BoardSnapshot): string {
  const numbers = shotNumbers(board);
  const out: string[] = [`Title: ${board.meta.title || 'Untitled'}`];
  if (board.meta.logline) out.push(`Notes: ${board.meta.logline.replace(/\n+/g, ' ')}`);
  out.push('');
  for (const [index, episode] of board.episodes.entries()) {
    // An untitled episode is marked by its number alone, which reads back as untitled (a title
    // such as "Untitled episode" would come back as the episode's title).
    out.push(`# ${episode.title || `Episode ${index + 1}`}`, '');
    for (const line of episode.synopsis.split('\n').filter(Boolean)) out.push(`= ${line}`, '');
    let scene = '';
    for (const shotId of episodeShotsInOrder(board, episode.id)) {
      const shot = board.shots[shotId];
      if (!shot) continue;
      if (shot.scene.trim() && shot.scene.trim() !== scene) {
        scene = shot.scene.trim();
        out.push(HEADING.test(scene) ? scene : `.${scene}`, '');
      }
      out.push(`## Shot ${numbers[shotId] ?? ''}`, '');
      if (shot.action.trim()) out.push(shot.action.trim(), '');
      for (const line of shot.dialogue) {
        const name = (line.characterId && board.characters[line.characterId]?.name) || 'UNKNOWN';
        out.push(`@${name}`);
        if (line.parenthetical) out.push(`(${line.parenthetical})`);
        out.push(line.line || '...', '');
      }
    }
  }
  return `${out.join('\n').trimEnd()}\n`;
}
