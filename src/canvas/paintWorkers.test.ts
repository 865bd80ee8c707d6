import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { PanelMetrics } from '../editor/layout';

// The pool of paint workers, with a stand-in Worker that only records what it is sent: the
// unit tests run without a browser. Each test loads the module afresh (its state is per module).

class FakeWorker {
  static made: FakeWorker[] = [];
  posted: { id: number; kind: string }[] = [];
  onmessage: ((event: { data: unknown }) => void) | null = null;
  onerror: ((event: { message: string; preventDefault(): void }) => void) | null = null;
  constructor() {
    FakeWorker.made.push(this);
  }
  postMessage(message: { id: number; kind: string }) {
    this.posted.push(message);
  }
  terminate() {}
  reply(data: unknown) {
    this.onmessage?.({ data });
  }
}

const metrics = { aspect: '9:16', width: 160, height: 339, image: { x: 0, y: 0, width: 160, height: 284 }, caption: { x: 0, y: 284, width: 160, height: 55 } } as PanelMetrics;
const strip = { width: 100, height: 40, ratio: 0.25, metrics, panels: [{ x: 0, image: null, shot: { beat: { emotion: null }, strokes: [] } }] };
const face = { strokes: [], emotion: null, intensity: 0, image: null, number: '1.1', duration: '0:03', badges: [], caption: '', beatLabel: 'No beat', emptyHint: '' };
const panel = { width: 160, height: 339, ratio: 1, metrics, face };

beforeEach(() => {
  vi.resetModules();
  FakeWorker.made = [];
  vi.stubGlobal('Worker', FakeWorker);
  vi.stubGlobal('OffscreenCanvas', class {});
  vi.stubGlobal('navigator', { hardwareConcurrency: 2 });
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('paint workers', () => {
  it('hand back the painted bitmap, and take four strips at once', async () => {
    const { paintStripElsewhere, stripsPaintedElsewhere } = await import('./paintWorkers');
    const first = paintStripElsewhere(strip)!;
    for (let i = 0; i < 3; i++) expect(paintStripElsewhere(strip)).not.toBeNull();
    expect(paintStripElsewhere(strip)).toBeNull(); // full: asked again in a later frame
    const worker = FakeWorker.made[0]!;
    const bitmap = { close: vi.fn() };
    worker.reply({ id: worker.posted[0]!.id, bitmap });
    await expect(first).resolves.toBe(bitmap);
    expect(stripsPaintedElsewhere()).toBe(1);
  });

  it('give up on a strip that does not come back, and close it if it comes late', async () => {
    vi.useFakeTimers();
    const { paintStripElsewhere } = await import('./paintWorkers');
    const painting = paintStripElsewhere(strip)!;
    vi.advanceTimersByTime(5000);
    await expect(painting).resolves.toBeNull(); // painted on the page instead
    const late = { close: vi.fn() };
    const worker = FakeWorker.made[0]!;
    worker.reply({ id: worker.posted[0]!.id, bitmap: late });
    expect(late.close).toHaveBeenCalled();
  });

  it('leave every strip to the page once a worker fails', async () => {
    const { canPaintElsewhere, paintStripElsewhere } = await import('./paintWorkers');
    const waiting = paintStripElsewhere(strip)!;
    FakeWorker.made[0]!.onerror?.({ message: 'could not load', preventDefault: () => undefined });
    await expect(waiting).resolves.toBeNull();
    expect(canPaintElsewhere()).toBe(false);
    await expect(paintStripElsewhere(strip)).resolves.toBeNull();
    expect(console.warn).toHaveBeenCalledWith('Strips and panels are painted on the page from now on: could not load.');
  });

  it('paint panels on the same workers as strips, two at a time, keeping room for strips, and count each kind', async () => {
    const { paintPanelElsewhere, paintStripElsewhere, panelsPaintedElsewhere, stripsPaintedElsewhere } = await import('./paintWorkers');
    const panels = [paintPanelElsewhere(panel)!, paintPanelElsewhere(panel)!];
    expect(paintPanelElsewhere(panel)).toBeNull(); // two panels at once: asked again in a later frame
    const strips = [paintStripElsewhere(strip)!, paintStripElsewhere(strip)!];
    expect(paintStripElsewhere(strip)).toBeNull(); // the one worker holds four
    const worker = FakeWorker.made[0]!;
    expect(FakeWorker.made).toHaveLength(1);
    expect(worker.posted.map((request) => request.kind)).toEqual(['panel', 'panel', 'strip', 'strip']);
    worker.posted.forEach((request) => worker.reply({ id: request.id, bitmap: { close: vi.fn() } }));
    await Promise.all([...strips, ...panels]);
    expect(stripsPaintedElsewhere()).toBe(2);
    expect(panelsPaintedElsewhere()).toBe(2);
    expect(paintPanelElsewhere(panel)).not.toBeNull(); // room again
  });

  it('hand back null for a panel the worker could not paint, so the page paints it', async () => {
    const { paintPanelElsewhere, panelsPaintedElsewhere } = await import('./paintWorkers');
    const painting = paintPanelElsewhere(panel)!;
    const worker = FakeWorker.made[0]!;
    worker.reply({ id: worker.posted[0]!.id, error: 'no 2D canvas' });
    await expect(painting).resolves.toBeNull();
    expect(panelsPaintedElsewhere()).toBe(0);
    expect(console.warn).toHaveBeenCalledWith('A picture could not be painted on a worker; it is painted on the page.', 'no 2D canvas');
  });
});
