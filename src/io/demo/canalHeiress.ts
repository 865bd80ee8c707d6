import type * as Y from 'yjs';
import {
  addCharacter, addEpisode, initBoard, insertShots, updateEpisode, type ShotContentInput,
} from '../../model';
import { CANAL_HEIRESS_EPISODES, type DemoShot, type Speaker } from './canalHeiressEpisodes';

/**
 * The series a new user sees on first run: "The Canal Heiress", from the sample script in
 * the project's fixtures, as three storyboarded episodes. Built with the same commands the
 * editor uses, so it is an ordinary board the user can edit or delete.
 */

/** Origin of the build: not null, so the user's undo cannot take the demo apart. */
export const DEMO_ORIGIN = 'beatboard:demo';

const META = {
  title: 'The Canal Heiress',
  logline:
    "A shipping heiress hiding as a deckhand slaps the heir who came to buy her family's barges, " +
    'and sets out to prove her vanished father never owed anyone.',
  language: 'en',
  aspect: '9:16' as const,
};

const CHARACTERS: Record<Speaker, { name: string; bio: string; voice: string; color: string }> = {
  lin: {
    name: 'Lin Yue',
    bio: "24, daughter of the Lin shipping family, hiding as a deckhand after her father's disappearance. Quiet, exact, never raises her voice.",
    voice: 'Short, level sentences. States facts instead of arguing; the quieter she gets, the more dangerous she is.',
    color: '#2e86ab',
  },
  zhou: {
    name: 'Zhou Hao',
    bio: '27, heir of a rival logistics group. Charming in public, cold in private.',
    voice: 'Polished and mocking in public, asking questions he already knows the answers to; clipped and cold when no one is watching.',
    color: '#c0392b',
  },
  mei: {
    name: 'Aunt Mei',
    bio: '50s, runs the tea boat at the Linping lock. Knows more than she says.',
    voice: 'Warm and unhurried. Answers with a saying or a question, then lets the silence work.',
    color: '#3bb273',
  },
  wu: {
    name: 'Captain Wu',
    bio: "60, Lin Yue's father's oldest friend. Gruff, loyal.",
    voice: "Few words, a boatman's bluntness; teases to hide that he is worried.",
    color: '#f2a541',
  },
  auctioneer: {
    name: 'Auctioneer',
    bio: 'Runs the sale at the auction hall. Wants the afternoon to go smoothly.',
    voice: 'Brisk, practised patter: lot numbers and sums, never an opinion.',
    color: '#7f8c8d',
  },
};

function toContent(shot: DemoShot, speakers: Record<Speaker, string>): ShotContentInput {
  const [type, emotion, intensity] = shot.beat;
  return {
    scene: shot.scene,
    size: shot.size,
    angle: shot.angle,
    movement: shot.movement,
    durationMs: Math.round(shot.seconds * 1000),
    action: shot.action,
    dialogue: (shot.lines ?? []).map(([speaker, line, parenthetical = '']) => ({
      characterId: speakers[speaker],
      line,
      parenthetical,
    })),
    sound: shot.sound ?? '',
    notes: shot.notes ?? '',
    beat: { type, emotion, intensity },
    strokes: (shot.sketch ?? []).map((stroke, i) => ({ ...stroke, id: `s${i + 1}` })),
  };
}

/** Fills an empty doc with the demo series, as one transaction. */
export function buildDemoBoard(doc: Y.Doc): void {
  doc.transact(() => {
    const { episodeId: firstEpisodeId } = initBoard(doc, META);

    const speakers = {} as Record<Speaker, string>;
    for (const [key, character] of Object.entries(CHARACTERS) as Array<[Speaker, (typeof CHARACTERS)[Speaker]]>) {
      speakers[key] = addCharacter(doc, character);
    }

    let previous: string | null = null;
    for (const episode of CANAL_HEIRESS_EPISODES) {
      const fields = {
        title: episode.title,
        synopsis: episode.synopsis,
        targetSeconds: episode.targetSeconds,
        paywall: episode.paywall,
      };
      let episodeId: string;
      if (previous === null) {
        episodeId = firstEpisodeId;
        updateEpisode(doc, episodeId, fields);
      } else {
        episodeId = addEpisode(doc, { ...fields, afterEpisodeId: previous });
      }
      insertShots(doc, { episodeId, contents: episode.shots.map((shot) => toContent(shot, speakers)) });
      previous = episodeId;
    }
  }, DEMO_ORIGIN);
}
