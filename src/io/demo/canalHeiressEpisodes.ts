import type { Angle, BeatType, Emotion, Movement, ShotSize } from '../../model';
import { arch, barge, box, figure, horizon, rain, type StrokeDraft } from './sketches';

/**
 * The first three episodes of "The Canal Heiress", broken down into shots: one shot per
 * action paragraph or dialogue block of the sample script, with the camera, timing and beat a
 * storyboard artist would give them. Kept as data so the app ships it without reading files.
 *
 * The beats draw a clear arc (each episode rises to a cliffhanger, and the ending before the
 * paywall is the strongest so far) with two rhythm findings a newcomer can fix in a minute:
 * episode 1 opens on a hook of only 4 (the hook check wants 6 within 5 s), and all three
 * episodes end on a cliffhanger (the repeated-endings check). See docs/craft.md.
 *
 * The shots carry the English text. Another edition (canalHeiressZh.ts) is a text table laid
 * over these same shots: its words only, one entry per episode and per shot, so the camera,
 * timing, beats and sketches exist once and the editions cannot drift apart.
 */

export type Speaker = 'lin' | 'zhou' | 'mei' | 'wu' | 'auctioneer';

export interface DemoShot {
  scene: string;
  size: ShotSize;
  angle: Angle;
  movement: Movement;
  seconds: number;
  action: string;
  /** [speaker, line, parenthetical] */
  lines?: Array<[Speaker, string, string?]>;
  sound?: string;
  notes?: string;
  beat: [BeatType, Emotion, number];
  sketch?: StrokeDraft[];
}

export interface DemoEpisode {
  title: string;
  synopsis: string;
  targetSeconds: number;
  paywall: boolean;
  shots: DemoShot[];
}

/** The words of one shot in another edition; the shot's other fields come from the shared shot. */
export interface ShotText {
  scene: string;
  action: string;
  /** [line, parenthetical] for each of the shared shot's lines, in order: the speakers are the shot's. */
  lines?: Array<[string, string?]>;
  sound?: string;
  notes?: string;
}

/** The words of one episode in another edition, with one ShotText per shared shot. */
export interface EpisodeText {
  title: string;
  synopsis: string;
  shots: ShotText[];
}

/** Everything a translated edition says: the series, its characters and its episodes. */
export interface DemoText {
  meta: { title: string; logline: string; language: string };
  characters: Record<Speaker, { name: string; bio: string; voice: string }>;
  episodes: EpisodeText[];
}

const DECK = 'INT. CARGO BARGE - DECK - DAWN';
const TEA_BOAT = 'EXT. LINPING LOCK - TEA BOAT - MORNING';
const CABIN = 'INT. CARGO BARGE - CABIN - DAY';
const THIRD_LOCK = 'EXT. GRAND CANAL - THIRD LOCK - NIGHT';
const AUCTION = 'INT. AUCTION HALL - DAY';

const theDeckhand: DemoEpisode = {
  title: 'The Deckhand',
  synopsis: 'Hook: a servant girl slaps the heir in front of the whole dock.',
  targetSeconds: 90,
  paywall: false,
  shots: [
    { scene: DECK, size: 'EWS', angle: 'high', movement: 'crane', seconds: 8, beat: ['hook', 'anticipation', 4],
      action: 'Rain on the canal. LIN YUE, in a soaked work jacket, coils a rope. Her hands are scarred but steady.',
      sound: 'Rain on steel; a barge horn far off.', sketch: [horizon(0.55), barge(0.5), ...rain(9), ...figure(0.5, 0.33, 0.17)] },
    { scene: DECK, size: 'MWS', angle: 'low', movement: 'dolly-in', seconds: 6, beat: ['setup', 'disgust', 3],
      action: 'ZHOU HAO steps aboard with two bodyguards, shoes spotless.',
      notes: 'Low on the wet deck so the spotless shoes land in frame first.',
      sketch: [horizon(0.78), ...figure(0.5, 0.2, 0.5), ...figure(0.2, 0.3, 0.42), ...figure(0.8, 0.3, 0.42)] },
    { scene: DECK, size: 'MS', angle: 'eye', movement: 'static', seconds: 7, beat: ['confrontation', 'disgust', 6],
      action: 'ZHOU HAO looks the barge over like something he already owns.',
      lines: [['zhou', 'Whose boat is this? Someone tell the owner the Zhou family is buying it.']] },
    { scene: DECK, size: 'CU', angle: 'low', movement: 'static', seconds: 6, beat: ['confrontation', 'anticipation', 5],
      action: 'LIN YUE keeps coiling the rope.',
      lines: [['lin', "The owner isn't selling.", 'without looking up']] },
    { scene: DECK, size: 'OTS', angle: 'high', movement: 'static', seconds: 5.5, beat: ['humiliation', 'anger', 5],
      action: 'Over ZHOU HAO\'s shoulder, down on LIN YUE.',
      lines: [['zhou', 'And who are you to say so?']] },
    { scene: DECK, size: 'INSERT', angle: 'overhead', movement: 'static', seconds: 6, beat: ['humiliation', 'anger', 6],
      action: 'He kicks the rope out of her hands. It splashes into the canal.', sound: 'Splash.' },
    { scene: DECK, size: 'MS', angle: 'eye', movement: 'handheld', seconds: 9, beat: ['face-slap', 'anger', 8],
      action: 'LIN YUE stands. A long beat. She SLAPS him.',
      sound: 'Rain drops out; the crack of the slap.', notes: 'Hold the beat before the slap; no music.',
      sketch: [horizon(0.85), ...figure(0.32, 0.25, 0.58), ...figure(0.68, 0.22, 0.62), { tool: 'marker', color: '#d2382f', width: 0.03, points: [0.42, 0.36, 0.58, 0.33] }] },
    { scene: DECK, size: 'WS', angle: 'eye', movement: 'handheld', seconds: 7, beat: ['reveal', 'surprise', 7],
      action: 'The dock workers freeze. A phone films from the crowd.', sound: 'A phone camera shutter.' },
    { scene: TEA_BOAT, size: 'MS', angle: 'eye', movement: 'static', seconds: 8, beat: ['setup', 'anticipation', 5],
      action: 'AUNT MEI pours tea for CAPTAIN WU. The video of the slap plays on his phone.',
      sound: 'The slap again, tinny, from the phone.', sketch: [horizon(0.7), box(0.3, 0.42, 0.4, 0.22)] },
    { scene: TEA_BOAT, size: 'CU', angle: 'eye', movement: 'static', seconds: 6, beat: ['comic', 'joy', 5],
      action: 'CAPTAIN WU almost smiles.',
      lines: [['wu', 'She has her father\'s temper.']] },
    { scene: TEA_BOAT, size: 'CU', angle: 'eye', movement: 'dolly-in', seconds: 7, beat: ['reversal', 'fear', 6],
      action: 'AUNT MEI sets the pot down.',
      lines: [['mei', 'Then she has her father\'s enemies too.']] },
    { scene: TEA_BOAT, size: 'MWS', angle: 'low', movement: 'zoom-in', seconds: 9, beat: ['cliffhanger', 'surprise', 9],
      action: 'A black car pulls up on the bank. ZHOU HAO gets out, cheek still red. He is holding an old photograph.',
      lines: [['zhou', 'Lin Yue. So the drowned heiress can swim.', 'to himself']],
      sketch: [horizon(0.75), ...figure(0.55, 0.3, 0.45), box(0.7, 0.45, 0.12, 0.08)] },
  ],
};

const thePhotograph: DemoEpisode = {
  title: 'The Photograph',
  synopsis: 'Hook: the heir knows who she is.',
  targetSeconds: 90,
  paywall: false,
  shots: [
    { scene: CABIN, size: 'INSERT', angle: 'overhead', movement: 'zoom-out', seconds: 9, beat: ['hook', 'surprise', 6],
      action: 'LIN YUE counts coins into a tin. The door opens. ZHOU HAO drops the photograph on the table: a girl of ten beside MR. LIN, in front of the Lin shipping office.',
      notes: 'Open on the photo hitting the table, then pull back to her face.',
      sketch: [box(0.25, 0.35, 0.5, 0.3), ...figure(0.4, 0.42, 0.18), ...figure(0.6, 0.39, 0.23)] },
    { scene: CABIN, size: 'MS', angle: 'low', movement: 'static', seconds: 8, beat: ['confrontation', 'anger', 5],
      action: 'ZHOU HAO leans on the table.',
      lines: [['zhou', 'Your father owed my family eleven boats. You owe me an explanation.']] },
    { scene: CABIN, size: 'CU', angle: 'eye', movement: 'static', seconds: 6, beat: ['confrontation', 'anger', 6],
      action: 'LIN YUE does not look at the photograph.',
      lines: [['lin', 'My father owed nobody.']] },
    { scene: CABIN, size: 'OTS', angle: 'eye', movement: 'static', seconds: 7, beat: ['setup', 'anticipation', 6],
      action: 'ZHOU HAO straightens, smiling.',
      lines: [['zhou', 'Then come to the auction tomorrow and prove it.']] },
    { scene: CABIN, size: 'MCU', angle: 'eye', movement: 'dolly-in', seconds: 7, beat: ['setup', 'sadness', 6],
      action: 'He leaves. LIN YUE turns the photo over.', sound: 'The door bangs; rain again.' },
    { scene: CABIN, size: 'INSERT', angle: 'high', movement: 'static', seconds: 8, beat: ['reveal', 'surprise', 7],
      action: 'On the back, in her father\'s hand: "The ledger is under the third lock."',
      sketch: [box(0.15, 0.3, 0.7, 0.4), horizon(0.48), horizon(0.55)] },
    { scene: THIRD_LOCK, size: 'EWS', angle: 'high', movement: 'crane', seconds: 9, beat: ['setup', 'fear', 6],
      action: 'LIN YUE and CAPTAIN WU row in silence under the stone arch. Lanterns on the water.',
      sound: 'Oars; water slapping stone.', sketch: [arch(0.2, 0.62), horizon(0.62), barge(0.7)] },
    { scene: THIRD_LOCK, size: 'MS', angle: 'eye', movement: 'static', seconds: 8, beat: ['setup', 'fear', 7],
      action: 'CAPTAIN WU keeps his eyes on the water.',
      lines: [['wu', 'If the ledger exists, the Zhous will kill for it.']] },
    { scene: THIRD_LOCK, size: 'CU', angle: 'low', movement: 'static', seconds: 7, beat: ['payoff', 'anticipation', 7],
      action: 'LIN YUE pulls harder on the oar.',
      lines: [['lin', "Then they'll have to find it first."]] },
    { scene: THIRD_LOCK, size: 'WS', angle: 'eye', movement: 'pan', seconds: 8, beat: ['reversal', 'fear', 8],
      action: 'A flashlight beam sweeps across the water.', sound: 'A flashlight click.' },
    { scene: THIRD_LOCK, size: 'POV', angle: 'eye', movement: 'handheld', seconds: 9, beat: ['cliffhanger', 'fear', 9],
      action: 'Another boat. ZHOU HAO\'s bodyguard is at the oars.',
      sketch: [horizon(0.6), barge(0.55), ...figure(0.5, 0.3, 0.25)] },
  ],
};

const theAuction: DemoEpisode = {
  title: 'The Auction',
  synopsis: "Hook: the deckhand walks into the auction in her mother's dress.",
  targetSeconds: 100,
  paywall: true,
  shots: [
    { scene: AUCTION, size: 'WS', angle: 'high', movement: 'crane', seconds: 9, beat: ['hook', 'anticipation', 6],
      action: 'Chandeliers. The Lin barges are listed as lot 7. ZHOU HAO raises his paddle, bored.' },
    { scene: AUCTION, size: 'MS', angle: 'low', movement: 'static', seconds: 9, beat: ['setup', 'anticipation', 6],
      action: 'The AUCTIONEER at the rostrum, gavel raised.',
      lines: [['auctioneer', 'Lot seven. Eleven barges, formerly of the Lin Shipping Company. Do I hear two million?']],
      sound: 'A murmur of bids.' },
    { scene: AUCTION, size: 'WS', angle: 'low', movement: 'dolly-in', seconds: 9, beat: ['reveal', 'surprise', 7],
      action: 'The doors open. LIN YUE enters in a blue silk qipao. Heads turn.',
      sound: 'The doors; the room goes quiet.', notes: 'Slow push; she walks straight at the lens.',
      sketch: [box(0.2, 0.1, 0.6, 0.75, 0.02), ...figure(0.5, 0.3, 0.5)] },
    { scene: AUCTION, size: 'MCU', angle: 'eye', movement: 'truck', seconds: 7, beat: ['setup', 'trust', 6],
      action: 'AUNT MEI follows carrying a wet leather ledger.' },
    { scene: AUCTION, size: 'MS', angle: 'eye', movement: 'static', seconds: 8, beat: ['confrontation', 'anger', 7],
      action: 'LIN YUE stops in the aisle, facing the rostrum.',
      lines: [['lin', 'Lot seven is not for sale. These barges were never collateral.']] },
    { scene: AUCTION, size: 'INSERT', angle: 'overhead', movement: 'static', seconds: 9, beat: ['payoff', 'surprise', 8],
      action: 'She opens the ledger on the auctioneer\'s desk. Every page carries a Zhou family seal.',
      sketch: [box(0.15, 0.3, 0.34, 0.4), box(0.51, 0.3, 0.34, 0.4), { tool: 'marker', color: '#d2382f', width: 0.05, points: [0.66, 0.5, 0.7, 0.5] }] },
    { scene: AUCTION, size: 'CU', angle: 'eye', movement: 'static', seconds: 6, beat: ['humiliation', 'fear', 7],
      action: 'ZHOU HAO leans to his bodyguard without taking his eyes off her.',
      lines: [['zhou', 'Who let her in?', 'quietly, to his bodyguard']] },
    { scene: AUCTION, size: 'MCU', angle: 'low', movement: 'dolly-in', seconds: 8, beat: ['betrayal', 'anger', 8],
      action: 'LIN YUE turns to the bidders.',
      lines: [['lin', "My father didn't disappear. He was paid to.", 'to the room']] },
    { scene: AUCTION, size: 'WS', angle: 'eye', movement: 'static', seconds: 7, beat: ['reversal', 'surprise', 8],
      action: 'Gasps. ZHOU HAO stands up slowly.', sound: 'Gasps; chairs scrape.' },
    { scene: AUCTION, size: 'MS', angle: 'eye', movement: 'static', seconds: 8, beat: ['reversal', 'anticipation', 9],
      action: 'ZHOU HAO smiles for the first time.',
      lines: [['zhou', 'Then you should ask him yourself.']] },
    { scene: AUCTION, size: 'MWS', angle: 'eye', movement: 'pan', seconds: 7, beat: ['reversal', 'fear', 9],
      action: 'He points to the balcony.' },
    { scene: AUCTION, size: 'WS', angle: 'low', movement: 'zoom-in', seconds: 9, beat: ['cliffhanger', 'surprise', 10],
      action: 'A gray-haired man steps out of the shadow. MR. LIN. Alive.',
      sound: 'A single low string note.', sketch: [horizon(0.4), box(0.1, 0.4, 0.8, 0.06), ...figure(0.5, 0.12, 0.28)] },
  ],
};

export const CANAL_HEIRESS_EPISODES: DemoEpisode[] = [theDeckhand, thePhotograph, theAuction];
