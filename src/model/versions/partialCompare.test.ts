import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addShot, updateShot } from '../commands/shots';
import { readBoard } from '../read';
import { seededRandom } from '../strokes/testing/handStrokes';
import { newBoard, REMOTE_ORIGIN, replicaOf, sync } from '../testing/newBoard';
import { compareBoards } from './compare';
import { compareVersionStates, restoreEpisodesFromState, versionDocForShots } from './partialCompare';
import { VersionStructs } from './partialState';
import { restoreEpisodes, restoreShotSketch, restoreShotText } from './restore';
import { versionDocOf, versionUpdates } from './snapshot';
import { randomEdit } from './testing/randomEdits';
import { contentOf, penLine } from './testing/storyBoard';
import type { VersionDocState } from './types';

/** A board edited by two peers (so items of two clients interleave), with a version taken every few edits. */
function editedHistory(seed: number) {
  const random = seededRandom(seed);
  const { doc, episodeId } = newBoard('Partial');
  for (let i = 0; i < 8; i++) addShot(doc, { episodeId, content: { scene: `S${i}`, action: 'Waits.', strokes: [penLine(i / 10)] } });
  const peer = replicaOf(doc);
  const base = { state: Y.encodeStateAsUpdate(doc), vector: Y.encodeStateVector(doc) };
  const versions: VersionDocState[] = [];
  for (let round = 0; round < 8; round++) {
    const edits = Math.floor(random() * 5);
    for (let i = 0; i < edits; i++) randomEdit(random() < 0.5 ? doc : peer, random);
    sync(doc, peer);
    // As a server keeps them: on the first state as a base, or whole.
    versions.push(random() < 0.5 ? [base.state, Y.encodeStateAsUpdate(doc, base.vector)] : Y.encodeStateAsUpdate(doc));
  }
  return { doc, versions, random };
}

describe('VersionStructs', () => {
  it('writes an update back byte for byte when it keeps everything, and leaves out what it is told to', () => {
    const { doc } = editedHistory(3);
    const update = Y.encodeStateAsUpdate(doc);
    const structs = new VersionStructs([update]);
    expect(structs.select(() => true)).toEqual([update]);
    const [noSketches] = structs.select((root, _shot, field) => !(root === 'shots' && field === 'strokes'));
    const partial = readBoard(versionDocOf(noSketches!));
    const whole = readBoard(doc);
    expect(Object.values(partial.shots).every((shot) => shot.strokes.length === 0)).toBe(true);
    for (const shot of Object.values(whole.shots)) shot.strokes = [];
    expect(partial).toEqual(whole);
  });
});

describe('VersionStructs.fieldValues', () => {
  it('reads each shot\'s episode and order as a doc of the version reads them', () => {
    for (let seed = 1; seed <= 8; seed++) {
      const { versions } = editedHistory(seed);
      for (const version of versions) {
        const expected = new Map<string, unknown>();
        versionDocOf(version).getMap('shots').forEach((shot, id) => {
          const episodeId = shot instanceof Y.Map ? shot.get('episodeId') : undefined;
          if (episodeId !== undefined) expected.set(id, episodeId);
        });
        const structs = new VersionStructs(versionUpdates(version));
        expect(structs.fieldValues('shots', 'episodeId'), `seed ${seed}`).toEqual(expected);
        // And each shot with its episode and order, in one pass.
        const places = new Map<string, unknown[]>();
        versionDocOf(version).getMap('shots').forEach((shot, id) => {
          if (shot instanceof Y.Map) places.set(id, [shot.get('episodeId'), shot.get('order')]);
        });
        expect(structs.entryFields('shots', ['episodeId', 'order']), `seed ${seed}`).toEqual(places);
      }
    }
  });

  it('leaves it to the caller when a field holds a type', () => {
    const { doc, episodeId } = newBoard('Odd');
    const shotId = addShot(doc, { episodeId, content: { scene: 'A' } });
    (doc.getMap('shots').get(shotId) as Y.Map<unknown>).set('episodeId', new Y.Text('x'));
    const version = Y.encodeStateAsUpdate(doc);
    expect(new VersionStructs([version]).fieldValues('shots', 'episodeId')).toBeNull();
    // Restoring from such a version decodes where its shots are, as from the whole version.
    addShot(doc, { episodeId, content: { scene: 'B' } });
    const expected = replicaOf(doc);
    restoreEpisodes(expected, versionDocOf(version), [episodeId]);
    const actual = replicaOf(doc);
    restoreEpisodesFromState(actual, version, [episodeId]);
    expect(contentOf(actual)).toEqual(contentOf(expected));
  });
});

describe('VersionStructs.olderState', () => {
  it('reads an older state of the same doc through a newer one, whole or on a shared base, and nothing else', () => {
    const { doc, episodeId } = newBoard('Older');
    addShot(doc, { episodeId, content: { scene: 'A', strokes: [penLine(0.1)] } });
    const base = { state: Y.encodeStateAsUpdate(doc), vector: Y.encodeStateVector(doc) };
    const olderWhole = Y.encodeStateAsUpdate(doc);
    updateShot(doc, Object.keys(readBoard(doc).shots)[0]!, { scene: 'B' });
    const newer = new VersionStructs([base.state, Y.encodeStateAsUpdate(doc, base.vector)]);
    expect(newer.olderState([base.state.slice()])?.shared).toEqual([0]);
    expect(newer.olderState([olderWhole])).not.toBeNull();
    expect(new VersionStructs([Y.encodeStateAsUpdate(doc)]).olderState([olderWhole])).not.toBeNull();
    expect(newer.olderState([Y.encodeStateAsUpdate(newBoard('Another').doc)])).toBeNull();
  });
});

describe('compareVersionStates', () => {
  it('finds exactly what compareBoards finds between the whole boards, for any two versions', () => {
    for (let seed = 1; seed <= 12; seed++) {
      const { versions } = editedHistory(seed);
      const boards = versions.map((state) => readBoard(versionDocOf(state)));
      for (let a = 0; a < versions.length; a++) {
        for (const b of [a, a + 1, versions.length - 1]) {
          if (b >= versions.length) continue;
          const expected = compareBoards(boards[a]!, boards[b]!);
          const partial = compareVersionStates(versions[a]!, versions[b]!);
          expect(partial.changes, `seed ${seed}, ${a} → ${b}`).toEqual(expected);
          // Both ways: a newer version against an older one.
          expect(compareVersionStates(versions[b]!, versions[a]!).changes).toEqual(compareBoards(boards[b]!, boards[a]!));
          // Every shot in the list is read whole on its sides.
          for (const change of partial.changes) {
            if (change.kind !== 'shot') continue;
            if (change.change !== 'added') expect(partial.before.shots[change.shotId]).toEqual(boards[a]!.shots[change.shotId]);
            if (change.change !== 'removed') expect(partial.after.shots[change.shotId]).toEqual(boards[b]!.shots[change.shotId]);
          }
          // Both sides show every shot of their version, in its place.
          for (const [side, board] of [[partial.before, boards[a]!], [partial.after, boards[b]!]] as const) {
            expect(side.shotsByEpisode).toEqual(board.shotsByEpisode);
            expect(side.episodes).toEqual(board.episodes);
            expect(Object.keys(side.shots).sort()).toEqual(Object.keys(board.shots).sort());
            for (const shot of Object.values(board.shots)) expect([side.shots[shot.id]!.episodeId, side.shots[shot.id]!.order]).toEqual([shot.episodeId, shot.order]);
          }
        }
      }
    }
  });

  it('reads the places from a doc when a shot\'s place is not plain, and finds the same', () => {
    const { doc, episodeId } = newBoard('Odd places');
    for (let i = 0; i < 4; i++) addShot(doc, { episodeId, content: { scene: `S${i}` } });
    const [odd, changed] = Object.keys(readBoard(doc).shots);
    (doc.getMap('shots').get(odd!) as Y.Map<unknown>).set('order', 7);
    const first = Y.encodeStateAsUpdate(doc);
    updateShot(doc, changed!, { scene: 'Changed' });
    const second = Y.encodeStateAsUpdate(doc);
    const entries = new VersionStructs([second]).entryFields('shots', ['order', 'scene', 'nothing']);
    expect(entries?.size).toBe(4);
    expect(entries?.get(odd!)).toEqual([7, 'S0', undefined]);
    const partial = compareVersionStates(first, second);
    expect(partial.changes).toEqual(compareBoards(readBoard(versionDocOf(first)), readBoard(versionDocOf(second))));
    expect(partial.after.shotsByEpisode).toEqual(readBoard(doc).shotsByEpisode);
    expect(partial.after.problems).toEqual(readBoard(doc).problems);
  });

  it('sees a text typed and taken back as no change, and a sketch redrawn the same as a change', () => {
    const { doc, episodeId } = newBoard('Partial');
    const shot = addShot(doc, { episodeId, content: { scene: 'A', strokes: [penLine(0.1)] } });
    const first = Y.encodeStateAsUpdate(doc);
    updateShot(doc, shot, { scene: 'B' });
    updateShot(doc, shot, { scene: 'A' });
    expect(compareVersionStates(first, Y.encodeStateAsUpdate(doc)).changes).toEqual([]);
  });
});

describe('restoreEpisodesFromState', () => {
  it('writes what restoreEpisodes writes from the whole version', () => {
    for (let seed = 1; seed <= 12; seed++) {
      const { doc, versions, random } = editedHistory(seed);
      for (let i = 0; i < 6; i++) randomEdit(doc, random);
      const version = versions[Math.floor(random() * versions.length)]!;
      const episodes = readBoard(versionDocOf(version)).episodes.map((episode) => episode.id);
      const chosen = episodes.filter(() => random() < 0.5).slice(0, 2);
      if (chosen.length === 0) chosen.push(episodes[0]!);
      const expected = replicaOf(doc);
      restoreEpisodes(expected, versionDocOf(version), chosen);
      const actual = replicaOf(doc);
      restoreEpisodesFromState(actual, version, chosen);
      expect(contentOf(actual), `seed ${seed}`).toEqual(contentOf(expected));
    }
  });

  it('is one transaction with the caller’s origin', () => {
    const { doc, versions } = editedHistory(5);
    const target = replicaOf(doc);
    const origins: unknown[] = [];
    target.on('afterTransaction', (transaction: Y.Transaction) => origins.push(transaction.origin));
    restoreEpisodesFromState(target, versions[0]!, readBoard(versionDocOf(versions[0]!)).episodes.map((episode) => episode.id), REMOTE_ORIGIN);
    expect(origins.length).toBeLessThanOrEqual(1);
    expect(origins.every((origin) => origin === REMOTE_ORIGIN)).toBe(true);
  });

  it('restores one shot’s sketch or text from a doc of that shot alone as from the whole version', () => {
    for (let seed = 1; seed <= 8; seed++) {
      const { doc, versions, random } = editedHistory(seed);
      for (let i = 0; i < 6; i++) randomEdit(doc, random);
      const version = versions[0]!;
      const shotIds = Object.keys(readBoard(versionDocOf(version)).shots);
      const shotId = shotIds[Math.floor(random() * shotIds.length)]!;
      for (const restore of [restoreShotSketch, restoreShotText]) {
        const expected = replicaOf(doc);
        restore(expected, versionDocOf(version), shotId);
        const actual = replicaOf(doc);
        restore(actual, versionDocForShots(version, [shotId]), shotId);
        expect(contentOf(actual), `seed ${seed}`).toEqual(contentOf(expected));
      }
    }
  });
});
