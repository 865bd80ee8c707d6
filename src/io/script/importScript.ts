import * as Y from 'yjs';
import { addCharacter, addEpisode, initBoard, insertShots, updateEpisode } from '../../model';
import type { ParsedScript } from './types';

/** The board a parsed script becomes: meta, cast, episodes and their shots, in one go. */
export function buildBoardFromScript(doc: Y.Doc, script: ParsedScript, language: string): void {
  doc.transact(() => {
    const { episodeId: first } = initBoard(doc, { title: script.title || 'Imported script', logline: script.logline.slice(0, 1000), language });
    const ids = new Map<string, string>();
    for (const name of script.characters) ids.set(name, addCharacter(doc, { name: name.slice(0, 80) }));
    script.episodes.forEach((episode, index) => {
      const episodeId = index === 0 ? first : addEpisode(doc, {});
      updateEpisode(doc, episodeId, { title: episode.title.slice(0, 200), synopsis: episode.synopsis });
      if (episode.shots.length === 0) return;
      insertShots(doc, {
        episodeId,
        contents: episode.shots.map((shot) => ({
          scene: shot.scene,
          size: shot.size ?? null,
          action: shot.action,
          dialogue: shot.dialogue.map((line) => ({ characterId: ids.get(line.character) ?? null, line: line.line, parenthetical: line.parenthetical })),
        })),
      });
    });
  });
}
