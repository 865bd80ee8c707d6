import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addCharacter, addDialogueLine, addShot, initBoard, readBoard, setBeat, updateShot } from '../model';
import { shotListCsv } from './shotListCsv';

describe('shotListCsv', () => {
  it('writes one row per shot with every typed field, quoted, with a BOM', () => {
    const doc = new Y.Doc();
    const { episodeId } = initBoard(doc, { title: '运河', now: 1 });
    const lin = addCharacter(doc, { name: '林玥' });
    const shot = addShot(doc, { episodeId, content: { scene: 'INT. BARGE - DAWN', size: 'CU', durationMs: 2500 } });
    updateShot(doc, shot, { action: 'She waits, "calm".' });
    addDialogueLine(doc, shot, { characterId: lin, line: '船主不卖。', parenthetical: '头也不抬' });
    setBeat(doc, [shot], { type: 'hook', emotion: 'surprise', intensity: 7 });
    const csv = shotListCsv(readBoard(doc));
    const [header, row] = csv.replace(/^\ufeff/, '').trim().split('\r\n');
    expect(csv.startsWith('\ufeff')).toBe(true);
    expect(header).toBe('episode,episode_title,shot,scene,size,angle,movement,duration_s,action,dialogue,sound,notes,beat,emotion,intensity');
    expect(row).toBe('1,,1.1,INT. BARGE - DAWN,CU,,,2.5,"She waits, ""calm"".",林玥 (头也不抬): 船主不卖。,,,hook,surprise,7');
  });
});
