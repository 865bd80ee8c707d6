import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { ValidationError } from '../errors';
import { readBoard } from '../read';
import { SCHEMA_VERSION } from '../types';
import { initBoard, setBoardMeta } from './board';

describe('initBoard', () => {
  it('writes the meta and one episode', () => {
    const doc = new Y.Doc();
    const { episodeId } = initBoard(doc, { title: '运河千金', language: 'zh-CN', logline: 'A deckhand fights back.', now: 42 });
    const board = readBoard(doc);
    expect(board.meta).toEqual({
      schemaVersion: SCHEMA_VERSION, title: '运河千金', logline: 'A deckhand fights back.', language: 'zh-CN',
      aspect: '9:16', createdAt: 42,
    });
    expect(board.episodes.map((e) => e.id)).toEqual([episodeId]);
    expect(board.episodes[0].targetSeconds).toBe(90);
    expect(board.problems).toEqual([]);
  });

  it('runs as a single transaction', () => {
    const doc = new Y.Doc();
    let transactions = 0;
    doc.on('afterTransaction', () => transactions++);
    initBoard(doc, { title: 'One step' });
    expect(transactions).toBe(1);
  });

  it('keeps the episodes of a board that is already set up', () => {
    const doc = new Y.Doc();
    const first = initBoard(doc, { title: 'A' });
    const second = initBoard(doc, { title: 'B' });
    expect(second.episodeId).toBe(first.episodeId);
    expect(readBoard(doc).episodes).toHaveLength(1);
  });

  it('rejects an unknown aspect or language', () => {
    expect(() => initBoard(new Y.Doc(), { title: 'x', aspect: '2:1' as never })).toThrow(ValidationError);
    expect(() => initBoard(new Y.Doc(), { title: 'x', language: 'english please' })).toThrow(/language tag/);
  });
});

describe('setBoardMeta', () => {
  it('sets the given fields only', () => {
    const doc = new Y.Doc();
    initBoard(doc, { title: 'Old', logline: 'keep me' });
    setBoardMeta(doc, { title: 'New', aspect: '4:5' });
    const { meta } = readBoard(doc);
    expect([meta.title, meta.logline, meta.aspect]).toEqual(['New', 'keep me', '4:5']);
  });

  it('rejects bad values and unknown fields without writing', () => {
    const doc = new Y.Doc();
    initBoard(doc, { title: 'Old' });
    expect(() => setBoardMeta(doc, { title: 'New', aspect: '3:2' as never })).toThrow(/Aspect ratio must be one of/);
    expect(() => setBoardMeta(doc, { titel: 'typo' } as never)).toThrow(ValidationError);
    expect(readBoard(doc).meta.title).toBe('Old');
  });

  it('does not write a value that is already there', () => {
    const doc = new Y.Doc();
    initBoard(doc, { title: 'Same' });
    let updates = 0;
    doc.on('update', () => updates++);
    setBoardMeta(doc, { title: 'Same' });
    expect(updates).toBe(0);
  });
});
