import * as Y from 'yjs';
import { addCharacter, addEpisode, initBoard, insertShots, updateEpisode } from '../../model';
import { boardSynopsis, type ParsedScript, type ScriptShot } from './types';

/** A script shot as the content of a new board shot, its speakers looked up by name. */
export function shotContentOf(shot: ScriptShot, characterOf: (name: string) => string | null) {
  return {
    scene: shot.scene,
    size: shot.size ?? null,
    action: shot.action,
    sound: shot.sound ?? '',
    notes: shot.notes ?? '',
    dialogue: shot.dialogue.map((line) => ({ characterId: characterOf(line.character), line: line.line, parenthetical: line.parenthetical })),
  };
}

/** The board a parsed script becomes: meta, cast, episodes and their shots, in one go. */
export function buildBoardFromScript(doc: Y.Doc, script: ParsedScript, language: string): void {
  doc.transact(() => {
    const { episodeId: first } = initBoard(doc, { title: script.title || 'Imported script', logline: script.logline, language });
    const ids = new Map<string, string>();
    for (const { name, bio } of script.characters) ids.set(name, addCharacter(doc, { name, bio }));
    script.episodes.forEach((episode, index) => {
      const episodeId = index === 0 ? first : addEpisode(doc, {});
      updateEpisode(doc, episodeId, { title: episode.title, synopsis: boardSynopsis(script, index) });
      if (episode.shots.length === 0) return;
      insertShots(doc, { episodeId, contents: episode.shots.map((shot) => shotContentOf(shot, (name) => ids.get(name) ?? null)) });
    });
  });
}
