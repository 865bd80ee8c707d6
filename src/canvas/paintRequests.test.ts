import { describe, expect, it } from 'vitest';
import { encodeStrokePath } from '../model/strokes/pathCodec';
import type { StripPanel } from './lowDetail';
import type { PanelFace } from './panelDrawing';
import { packPanelFace, packPanels, unpackPanelFace, unpackPanels } from './paintRequests';

describe('paint requests', () => {
  it('moves every stroke\u2019s points into one buffer of their own and back', () => {
    // Paths as Yjs hands them out: views into one large buffer.
    const document = new Uint8Array(4096);
    const first = encodeStrokePath([0.1, 0.2, 0.3, 0.4, 0.5, 0.6]);
    const second = encodeStrokePath([0.9, 0.9, 0.1, 0.1]);
    document.set(first, 100);
    document.set(second, 2000);
    const panels: StripPanel[] = [
      {
        x: 0,
        image: null,
        shot: {
          beat: { emotion: 'fear' },
          strokes: [
            { id: 'a', tool: 'pen', color: '#111111', width: 0.01, path: document.subarray(100, 100 + first.length) },
            { id: 'b', tool: 'marker', color: '#ff00aa', width: 0.05, path: document.subarray(2000, 2000 + second.length) },
          ],
        },
      },
      { x: 176, image: null, shot: { beat: { emotion: null }, strokes: [] } },
    ];
    const { panels: packed, paths } = packPanels(panels);
    expect(paths.buffer.byteLength).toBe(first.length + second.length);
    const unpacked = unpackPanels(packed, paths);
    expect(unpacked.map((panel) => panel.x)).toEqual([0, 176]);
    expect(unpacked[0]!.shot.beat.emotion).toBe('fear');
    expect(unpacked[0]!.shot.strokes.map(({ tool, color, width }) => ({ tool, color, width }))).toEqual([
      { tool: 'pen', color: '#111111', width: 0.01 },
      { tool: 'marker', color: '#ff00aa', width: 0.05 },
    ]);
    expect([...unpacked[0]!.shot.strokes[0]!.path]).toEqual([...first]);
    expect([...unpacked[0]!.shot.strokes[1]!.path]).toEqual([...second]);
    expect(unpacked[1]!.shot.strokes).toEqual([]);
  });

  it('sends a full-detail panel its words and strokes, its points in one buffer, and no image', () => {
    const document = new Uint8Array(1024);
    const path = encodeStrokePath([0.2, 0.2, 0.8, 0.9]);
    document.set(path, 300);
    const face: PanelFace = {
      strokes: [{ tool: 'pen', color: '#222222', width: 0.02, path: document.subarray(300, 300 + path.length) }],
      emotion: 'anticipation',
      intensity: 7,
      image: null,
      number: '3.12',
      duration: '0:04',
      badges: ['CU', '低角度'],
      caption: 'LIN YUE: It\u2019s mine.',
      beatLabel: 'Reveal',
      emptyHint: 'Double-click to sketch',
    };
    const packed = packPanelFace(face);
    expect(packed.paths.buffer.byteLength).toBe(path.length);
    expect(packed.face).not.toHaveProperty('image');
    // What a worker receives is a structured clone of the request.
    const unpacked = unpackPanelFace(structuredClone(packed));
    expect({ ...unpacked, strokes: [] }).toEqual({ ...face, strokes: [] });
    expect(unpacked.strokes.map(({ tool, color, width }) => ({ tool, color, width }))).toEqual([{ tool: 'pen', color: '#222222', width: 0.02 }]);
    expect([...unpacked.strokes[0]!.path]).toEqual([...path]);
  });
});
