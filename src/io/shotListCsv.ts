import { episodeShotsInOrder, shotNumbers, type BoardSnapshot } from '../model';
import { toCsv } from './csv';

const HEADER = [
  'episode', 'episode_title', 'shot', 'scene', 'size', 'angle', 'movement', 'duration_s', 'action', 'dialogue', 'sound', 'notes',
  'beat', 'emotion', 'intensity',
];

/** The shot list for a spreadsheet: one row per shot, in board order, every typed field. */
export function shotListCsv(board: BoardSnapshot): string {
  const numbers = shotNumbers(board);
  const rows = board.episodes.flatMap((episode, index) =>
    episodeShotsInOrder(board, episode.id).flatMap((id) => {
      const shot = board.shots[id];
      if (!shot) return [];
      const dialogue = shot.dialogue
        .map((line) => {
          const who = (line.characterId && board.characters[line.characterId]?.name) || '';
          return `${who}${line.parenthetical ? ` (${line.parenthetical})` : ''}: ${line.line}`;
        })
        .join('\n');
      return [[
        String(index + 1), episode.title, numbers[id] ?? '', shot.scene, shot.size ?? '', shot.angle ?? '', shot.movement ?? '',
        String(shot.durationMs / 1000), shot.action, dialogue, shot.sound, shot.notes,
        shot.beat.type ?? '', shot.beat.emotion ?? '', String(shot.beat.intensity),
      ]];
    }),
  );
  return toCsv(HEADER, rows);
}
