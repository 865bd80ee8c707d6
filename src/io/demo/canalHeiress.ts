import type * as Y from 'yjs';
import {
  addCharacter, addEpisode, initBoard, insertShots, updateEpisode, type ShotContentInput,
} from '../../model';
import {
  CANAL_HEIRESS_EPISODES, type DemoEpisode, type DemoShot, type DemoText, type ShotText, type Speaker,
} from './canalHeiressEpisodes';
import { CANAL_HEIRESS_ZH } from './canalHeiressZh';

/**
 * The series a new user sees on first run: "The Canal Heiress", from the sample script in
 * the project's fixtures, as three storyboarded episodes. Built with the same commands the
 * editor uses, so it is an ordinary board the user can edit or delete.
 *
 * It comes in two editions, English and Chinese (《运河千金》, canalHeiressZh.ts), for the
 * interface language of the first visit. Both share one list of shots; the Chinese one only
 * replaces the words.
 */

/** Origin of the build: not null, so the user's undo cannot take the demo apart. */
export const DEMO_ORIGIN = 'beatboard:demo';

const META: DemoText['meta'] = {
  title: 'The Canal Heiress',
  logline:
    "A shipping heiress hiding as a deckhand slaps the heir who came to buy her family's barges, " +
    'and sets out to prove her vanished father never owed anyone.',
  language: 'en',
};

const CHARACTERS: DemoText['characters'] = {
  lin: {
    name: 'Lin Yue',
    bio: "24, daughter of the Lin shipping family, hiding as a deckhand after her father's disappearance. Quiet, exact, never raises her voice.",
    voice: 'Short, level sentences. States facts instead of arguing; the quieter she gets, the more dangerous she is.',
  },
  zhou: {
    name: 'Zhou Hao',
    bio: '27, heir of a rival logistics group. Charming in public, cold in private.',
    voice: 'Polished and mocking in public, asking questions he already knows the answers to; clipped and cold when no one is watching.',
  },
  mei: {
    name: 'Aunt Mei',
    bio: '50s, runs the tea boat at the Linping lock. Knows more than she says.',
    voice: 'Warm and unhurried. Answers with a saying or a question, then lets the silence work.',
  },
  wu: {
    name: 'Captain Wu',
    bio: "60, Lin Yue's father's oldest friend. Gruff, loyal.",
    voice: "Few words, a boatman's bluntness; teases to hide that he is worried.",
  },
  auctioneer: {
    name: 'Auctioneer',
    bio: 'Runs the sale at the auction hall. Wants the afternoon to go smoothly.',
    voice: 'Brisk, practised patter: lot numbers and sums, never an opinion.',
  },
};

/** Each character's colour, the same in every edition. */
const COLORS: Record<Speaker, string> = {
  lin: '#2e86ab',
  zhou: '#c0392b',
  mei: '#3bb273',
  wu: '#f2a541',
  auctioneer: '#7f8c8d',
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

/** The demo's editions, by the language of their words (a BCP 47 tag, as the board's meta). */
export type DemoLanguage = 'en' | 'zh-CN';

/** The edition for an interface language: the Chinese one for Chinese, else the English one. */
export function demoLanguageFor(uiLanguage: string): DemoLanguage {
  return uiLanguage.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en';
}

/** The title of an edition, which names the board in the library before it is opened. */
export function demoTitle(language: DemoLanguage): string {
  return language === 'zh-CN' ? CANAL_HEIRESS_ZH.meta.title : META.title;
}

/** The shared shots with one edition's words: its text table, entry by entry. */
function withText(episodes: DemoEpisode[], text: DemoText['episodes']): DemoEpisode[] {
  if (text.length !== episodes.length) throw new Error('The demo text has a different number of episodes.');
  return episodes.map((episode, e) => {
    const { title, synopsis, shots } = text[e]!;
    if (shots.length !== episode.shots.length) throw new Error(`The demo text of episode ${e + 1} has a different number of shots.`);
    return {
      ...episode,
      title,
      synopsis,
      shots: episode.shots.map((shot, s) => localizeShot(shot, shots[s]!, `${e + 1}.${s + 1}`)),
    };
  });
}

function localizeShot(shot: DemoShot, text: ShotText, number: string): DemoShot {
  const lines = shot.lines ?? [];
  // The speakers are the shared shot's, so the lines must pair up one to one.
  if ((text.lines ?? []).length !== lines.length) throw new Error(`The demo text of shot ${number} has a different number of lines.`);
  return {
    ...shot,
    scene: text.scene,
    action: text.action,
    lines: lines.map(([speaker], i): [Speaker, string, string?] => [speaker, ...text.lines![i]!]),
    sound: text.sound,
    notes: text.notes,
  };
}

function editionOf(language: DemoLanguage): { meta: DemoText['meta']; characters: DemoText['characters']; episodes: DemoEpisode[] } {
  if (language === 'zh-CN') {
    const { meta, characters, episodes } = CANAL_HEIRESS_ZH;
    return { meta, characters, episodes: withText(CANAL_HEIRESS_EPISODES, episodes) };
  }
  return { meta: META, characters: CHARACTERS, episodes: CANAL_HEIRESS_EPISODES };
}

/** Fills an empty doc with the demo series in one edition (English unless told), as one transaction. */
export function buildDemoBoard(doc: Y.Doc, language: DemoLanguage = 'en'): void {
  const edition = editionOf(language);
  doc.transact(() => {
    const { episodeId: firstEpisodeId } = initBoard(doc, { ...edition.meta, aspect: '9:16' });

    const speakers = {} as Record<Speaker, string>;
    for (const [key, character] of Object.entries(edition.characters) as Array<[Speaker, DemoText['characters'][Speaker]]>) {
      speakers[key] = addCharacter(doc, { ...character, color: COLORS[key] });
    }

    let previous: string | null = null;
    for (const episode of edition.episodes) {
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
