import * as Y from 'yjs';
import { addCharacter } from '../../commands/characters';
import { addDialogueLine } from '../../commands/dialogue';
import { addEpisode, updateEpisode } from '../../commands/episodes';
import { initBoard } from '../../commands/board';
import { addShot, setBeat, updateShot } from '../../commands/shots';

/**
 * A two-episode board for the suggestion tests: episode 1 ends on a cliffhanger, episode 2 is
 * the paywall episode; Lin speaks clipped and formal, Wei loud and boastful.
 */
export function suggestionBoard(language = 'en') {
  const doc = new Y.Doc();
  const zh = language.startsWith('zh');
  const { episodeId: first } = initBoard(doc, { title: zh ? '运河女继承人' : 'The Canal Heiress', language, logline: 'A disowned heiress returns.', now: 1 });
  updateEpisode(doc, first, { title: 'Return', synopsis: 'Lin comes back in disguise.' });
  const second = addEpisode(doc, { title: 'The Auction', synopsis: 'The mill goes under the hammer.' });
  updateEpisode(doc, second, { paywall: true });
  const lin = addCharacter(doc, { name: zh ? '林' : 'Lin', bio: 'The heiress, back in disguise.', voice: 'clipped, formal' });
  const wei = addCharacter(doc, { name: zh ? '伟' : 'Wei', bio: 'Her half-brother.', voice: 'loud, boastful' });
  const lane = (episodeId: string, count: number) => {
    const ids: string[] = [];
    for (let i = 0; i < count; i++) ids.push(addShot(doc, { episodeId, content: { scene: `SCENE ${i + 1}` } }));
    return ids;
  };
  const one = lane(first, 6);
  const two = lane(second, 6);
  setBeat(doc, [one[5]!], { type: 'cliffhanger', emotion: 'fear', intensity: 8 });
  updateShot(doc, one[2]!, { action: 'Wei blocks the gate.' });
  addDialogueLine(doc, one[2]!, { characterId: wei, line: 'You again?' });
  addDialogueLine(doc, two[0]!, { characterId: lin, line: 'The bidding opens.' });
  return { doc, episodes: [first, second], one, two, lin, wei };
}
