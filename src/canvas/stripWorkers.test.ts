import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { PanelMetrics } from '../editor/layout';

// The pool of strip workers, with a stand-in Worker that only records what it is sent: the
// unit tests run without a browser. Each test loads the module afresh (its state is per module).

class FakeWorker {
  static made: FakeWorker[] = [];
  posted: { id: number }[] = [];
  onmessage: ((event: { data: unknown }) => void) | null = null;
  onerror: ((event: { message: string; preventDefault(): void }) => void) | null = null;
  constructor() {
    FakeWorker.made.push(this);
  }
  postMessage(message: { id: number }) {
    this.posted.push(message);
  }
  terminate() {}
  reply(data: unknown) {
    this.onmessage?.({ data });
  }
}

const metrics = { aspect: '9:16', width: 160, height: 339, image: { x: 0, y: 0, width: 160, height: 284 }, caption: { x: 0, y: 284, width: 160, height: 55 } } as PanelMetrics;
const strip = { width: 100, height: 40, ratio: 0.25, metrics, panels: [{ x: 0, image: null, shot: { beat: { emotion: null }, strokes: [] } }] };

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

describe('strip workers', () => {
  it('hand back the painted bitmap, and take four strips at once', async () => {
    const { paintStripElsewhere, stripsPaintedElsewhere } = await import('./stripWorkers');
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
    const { paintStripElsewhere } = await import('./stripWorkers');
    const painting = paintStripElsewhere(strip)!;
    vi.advanceTimersByTime(5000);
    await expect(painting).resolves.toBeNull(); // painted on the page instead
    const late = { close: vi.fn() };
    const worker = FakeWorker.made[0]!;
    worker.reply({ id: worker.posted[0]!.id, bitmap: late });
    expect(late.close).toHaveBeenCalled();
  });

  it('leave every strip to the page once a worker fails', async () => {
    const { canPaintStripsElsewhere, paintStripElsewhere } = await import('./stripWorkers');
    const waiting = paintStripElsewhere(strip)!;
    FakeWorker.made[0]!.onerror?.({ message: 'could not load', preventDefault: () => undefined });
    await expect(waiting).resolves.toBeNull();
    expect(canPaintStripsElsewhere()).toBe(false);
    await expect(paintStripElsewhere(strip)).resolves.toBeNull();
    expect(console.warn).toHaveBeenCalledWith('Strips are painted on the page from now on: could not load.');
  });
});
