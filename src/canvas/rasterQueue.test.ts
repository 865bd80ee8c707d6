import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { RasterJob } from './rasterQueue';

// The queue runs in animation frames; here a frame is run by hand.
let frames: FrameRequestCallback[] = [];
beforeEach(() => {
  frames = [];
  vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => frames.push(callback));
  vi.resetModules();
});
afterEach(() => vi.unstubAllGlobals());

function runFrame() {
  const pending = frames;
  frames = [];
  pending.forEach((callback) => callback(performance.now()));
}

describe('raster queue', () => {
  it('runs each owner\u2019s latest job once, in a later frame', async () => {
    const { scheduleRaster } = await import('./rasterQueue');
    const owner = {};
    const ran: string[] = [];
    scheduleRaster(owner, () => void ran.push('old'));
    scheduleRaster(owner, () => void ran.push('new'));
    scheduleRaster({}, () => void ran.push('other'));
    expect(ran).toEqual([]);
    runFrame();
    expect(ran).toEqual(['new', 'other']);
  });

  it('drops cancelled work and reports when it runs dry', async () => {
    const { cancelRaster, onRasterIdle, rasterPending, scheduleRaster } = await import('./rasterQueue');
    const owner = {};
    const ran: string[] = [];
    let idle = 0;
    onRasterIdle(() => idle++);
    scheduleRaster(owner, () => void ran.push('raster'));
    cancelRaster(owner);
    expect(rasterPending()).toBe(false);
    runFrame();
    expect(ran).toEqual([]);
    expect(idle).toBe(1);
  });

  it('counts a placeholder\u2019s time from when the view reached it, mounted or not', async () => {
    const { scheduleRaster, setRasterView, takePlaceholderTimes } = await import('./rasterQueue');
    const now = vi.spyOn(performance, 'now');
    const panel = { x: 2000, y: 0, width: 200, height: 300 };
    now.mockReturnValue(1000);
    setRasterView({ x: 0, y: 0, width: 1440, height: 900 });
    scheduleRaster({}, () => undefined, panel, 'card'); // in the margin, out of view
    now.mockReturnValue(1100);
    setRasterView({ x: 700, y: 0, width: 1440, height: 900 }); // the pan reaches it
    now.mockReturnValue(1250);
    runFrame();
    // A panel the view reached at 1300, before it was even mounted at 1380.
    now.mockReturnValue(1300);
    setRasterView({ x: 2500, y: 0, width: 1440, height: 900 });
    now.mockReturnValue(1380);
    scheduleRaster({}, () => undefined, { x: 3000, y: 0, width: 200, height: 300 }, 'card');
    now.mockReturnValue(1400);
    runFrame();
    expect(takePlaceholderTimes()).toEqual({ inView: [150, 100], paintedAhead: 0, enlargedInView: [] });
    now.mockRestore();
  });

  it('does not count a panel painted before the view reached it, nor one that shows its previous picture', async () => {
    const { scheduleRaster, setRasterView, takePlaceholderTimes } = await import('./rasterQueue');
    setRasterView({ x: 0, y: 0, width: 1440, height: 900 });
    scheduleRaster({}, () => undefined, { x: 2000, y: 0, width: 200, height: 300 }, 'card');
    scheduleRaster({}, () => undefined, { x: 100, y: 0, width: 200, height: 300 }, 'older picture');
    runFrame();
    expect(takePlaceholderTimes()).toEqual({ inView: [], paintedAhead: 1, enlargedInView: [] });
  });

  it('paints a panel that shows an enlarged picture while the view moves, and counts its wait apart', async () => {
    const { noteMotion, scheduleRaster, setRasterView, takePlaceholderTimes } = await import('./rasterQueue');
    const now = vi.spyOn(performance, 'now');
    now.mockReturnValue(5000);
    setRasterView({ x: 0, y: 0, width: 1440, height: 900 });
    noteMotion();
    const ran: string[] = [];
    scheduleRaster({}, () => void ran.push('enlarged'), { x: 100, y: 0, width: 200, height: 300 }, 'enlarged picture');
    scheduleRaster({}, () => void ran.push('older'), { x: 400, y: 0, width: 200, height: 300 }, 'older picture');
    scheduleRaster({}, () => void ran.push('ahead'), { x: 2000, y: 0, width: 200, height: 300 }, 'enlarged picture');
    now.mockReturnValue(5040);
    runFrame();
    // The older picture waits for the view to rest; an enlarged one does not.
    expect(ran).toEqual(['enlarged', 'ahead']);
    expect(takePlaceholderTimes()).toEqual({ inView: [], paintedAhead: 0, enlargedInView: [40] });
    now.mockRestore();
  });

  it('counts a placeholder whose picture came before its work on another thread was settled', async () => {
    // A card painted at a lower ratio than its zoom step: the picture shows, the panel asks at
    // once for the sharper one (as an older picture), and only then does the worker's promise settle.
    const { scheduleRaster, setRasterView, takePlaceholderTimes } = await import('./rasterQueue');
    const now = vi.spyOn(performance, 'now');
    now.mockReturnValue(2000);
    setRasterView({ x: 0, y: 0, width: 1440, height: 900 });
    const owner = {};
    const place = { x: 100, y: 0, width: 600, height: 300 };
    let answer: (rest: void) => void = () => undefined;
    scheduleRaster(owner, () => new Promise<void>((resolve) => (answer = resolve)), place, 'card');
    runFrame();
    now.mockReturnValue(2070);
    scheduleRaster(owner, () => undefined, place, 'older picture');
    answer();
    await Promise.resolve();
    expect(takePlaceholderTimes().inView).toEqual([70]);
    now.mockRestore();
  });

  it('counts a placeholder once, when the job that was cut short is done', async () => {
    const { scheduleRaster, setRasterView, takePlaceholderTimes } = await import('./rasterQueue');
    setRasterView({ x: 0, y: 0, width: 1440, height: 900 });
    const inParts = (part: number): RasterJob => () => (part < 3 ? inParts(part + 1) : undefined);
    scheduleRaster({}, inParts(1), { x: 100, y: 0, width: 600, height: 300 }, 'card');
    runFrame();
    expect(takePlaceholderTimes().inView).toHaveLength(0);
    while (frames.length > 0) runFrame();
    expect(takePlaceholderTimes().inView).toHaveLength(1);
  });

  it('tells whether the view is moving, until it has rested a moment', async () => {
    const { noteMotion, viewMoving } = await import('./rasterQueue');
    const now = vi.spyOn(performance, 'now');
    now.mockReturnValue(10_000);
    expect(viewMoving()).toBe(false);
    noteMotion();
    now.mockReturnValue(10_150);
    expect(viewMoving()).toBe(true);
    now.mockReturnValue(10_250);
    expect(viewMoving()).toBe(false);
    now.mockRestore();
  });

  it('stops for the frame once the time budget is spent', async () => {
    const { noteMotion, scheduleRaster } = await import('./rasterQueue');
    noteMotion(); // moving: the small budget applies
    const ran: number[] = [];
    const slowJob = (n: number) => () => {
      const until = performance.now() + 4;
      while (performance.now() < until) {
        // busy: stands in for rasterising a panel
      }
      ran.push(n);
    };
    for (let n = 0; n < 5; n++) scheduleRaster({}, slowJob(n));
    runFrame();
    expect(ran.length).toBeLessThan(5);
    while (frames.length > 0) runFrame();
    expect(ran).toEqual([0, 1, 2, 3, 4]);
  });

  it('while the view moves, paints cards and caches; sharper pictures of what shows one wait until it rests', async () => {
    const { noteMotion, scheduleRaster } = await import('./rasterQueue');
    const now = vi.spyOn(performance, 'now');
    let clock = 1000;
    now.mockImplementation(() => clock);
    const ran: string[] = [];
    noteMotion();
    scheduleRaster({}, () => void ran.push('sharper'), { x: 0, y: 0, width: 10, height: 10 }, 'older picture');
    scheduleRaster({}, () => void ran.push('card'), { x: 500, y: 0, width: 10, height: 10 }, 'card');
    scheduleRaster({}, () => void ran.push('lane header cache'));
    runFrame();
    expect(ran).toEqual(['card', 'lane header cache']);
    clock += 100;
    noteMotion(); // still moving
    runFrame();
    expect(ran).toEqual(['card', 'lane header cache']);
    clock += 250; // at rest
    runFrame();
    expect(ran).toEqual(['card', 'lane header cache', 'sharper']);
    expect(frames).toHaveLength(0);
    now.mockRestore();
  });

  it('works in longer slices while a board opens, even as its view is first framed, and back in the usual ones once it is drawn', async () => {
    const { noteMotion, scheduleRaster, setRasterOpening } = await import('./rasterQueue');
    const now = vi.spyOn(performance, 'now');
    let clock = 1000;
    now.mockImplementation(() => clock);
    /** How many of 20 panels, 20 ms each, the first frame paints. */
    const paintedInFirstFrame = () => {
      let painted = 0;
      for (let n = 0; n < 20; n++) scheduleRaster({}, () => void ((clock += 20), painted++));
      runFrame();
      const inFirst = painted;
      while (frames.length > 0) runFrame();
      return inFirst;
    };
    setRasterOpening(true);
    expect(paintedInFirstFrame()).toBe(8); // 150 ms
    // The board framed on opening (zoom to fit) is a camera move, yet the slices stay long.
    noteMotion();
    expect(paintedInFirstFrame()).toBe(8);
    setRasterOpening(false);
    clock += 1000; // at rest
    expect(paintedInFirstFrame()).toBe(3); // 45 ms
    noteMotion();
    expect(paintedInFirstFrame()).toBe(1); // 6 ms while the view moves
    now.mockRestore();
  });

  it('queues the rest of a job that has more to do behind the others', async () => {
    const { scheduleRaster } = await import('./rasterQueue');
    const ran: string[] = [];
    const inParts = (part: number): RasterJob => () => {
      ran.push(`strip ${part}`);
      return part < 3 ? inParts(part + 1) : undefined;
    };
    scheduleRaster({}, inParts(1));
    scheduleRaster({}, () => void ran.push('panel'));
    while (frames.length > 0) runFrame();
    expect(ran).toEqual(['strip 1', 'panel', 'strip 2', 'strip 3']);
  });

  it('does the work nearest the middle of the view first, counting work without a place as there', async () => {
    const { scheduleRaster, setRasterView } = await import('./rasterQueue');
    const ran: string[] = [];
    const panel = (name: string) => () => void ran.push(name);
    setRasterView({ x: 280, y: 50, width: 1440, height: 900 }); // its middle at (1000, 500)
    scheduleRaster({}, panel('far left'), { x: 0, y: 400, width: 200, height: 300 });
    scheduleRaster({}, panel('under the middle'), { x: 900, y: 400, width: 200, height: 300 });
    scheduleRaster({}, panel('lane header'));
    scheduleRaster({}, panel('next right'), { x: 1200, y: 400, width: 200, height: 300 });
    while (frames.length > 0) runFrame();
    expect(ran).toEqual(['under the middle', 'lane header', 'next right', 'far left']);
    // In view before out of view, even where the margin is nearer the middle than the view's corner.
    ran.length = 0;
    scheduleRaster({}, panel('under the view'), { x: 900, y: 960, width: 200, height: 300 });
    scheduleRaster({}, panel('top left corner'), { x: 290, y: -250, width: 200, height: 320 });
    while (frames.length > 0) runFrame();
    expect(ran).toEqual(['top left corner', 'under the view']);
    // No board in view: the order they were asked for.
    setRasterView(null);
    ran.length = 0;
    scheduleRaster({}, panel('first'), { x: 5000, y: 0, width: 10, height: 10 });
    scheduleRaster({}, panel('second'), { x: 1000, y: 500, width: 10, height: 10 });
    while (frames.length > 0) runFrame();
    expect(ran).toEqual(['first', 'second']);
  });

  it('counts work on another thread as pending until it settles, then tells the idle listeners', async () => {
    const { onRasterIdle, rasterPending, scheduleRaster, setRasterView, takePlaceholderTimes } = await import('./rasterQueue');
    setRasterView({ x: 0, y: 0, width: 1440, height: 900 });
    let finish!: () => void;
    let idle = 0;
    onRasterIdle(() => idle++);
    scheduleRaster({}, () => new Promise<void>((resolve) => (finish = resolve)), { x: 100, y: 0, width: 600, height: 300 }, 'card');
    runFrame();
    expect(rasterPending()).toBe(true);
    runFrame();
    expect(idle).toBe(0);
    finish();
    await Promise.resolve();
    await Promise.resolve();
    expect(rasterPending()).toBe(false);
    runFrame(); // the frame after the picture came
    expect(idle).toBe(1);
    expect(takePlaceholderTimes().inView).toHaveLength(1);
  });

  it('runs the job that work on another thread hands back, and ignores work that was superseded', async () => {
    const { scheduleRaster } = await import('./rasterQueue');
    const owner = {};
    const ran: string[] = [];
    let handBack!: (job: () => void) => void;
    scheduleRaster(owner, () => new Promise((resolve) => (handBack = resolve)));
    runFrame();
    handBack(() => void ran.push('here instead'));
    await Promise.resolve();
    await Promise.resolve();
    while (frames.length > 0) runFrame();
    expect(ran).toEqual(['here instead']);

    let stale!: (job: () => void) => void;
    scheduleRaster(owner, () => new Promise((resolve) => (stale = resolve)));
    runFrame();
    scheduleRaster(owner, () => void ran.push('newer'));
    stale(() => void ran.push('stale'));
    await Promise.resolve();
    await Promise.resolve();
    while (frames.length > 0) runFrame();
    expect(ran).toEqual(['here instead', 'newer']);
  });

  it('lets work on another thread run its course through a cancel, and counts its placeholder', async () => {
    const { cancelRaster, onRasterIdle, rasterPending, scheduleRaster, setRasterView, takePlaceholderTimes } = await import('./rasterQueue');
    setRasterView({ x: 0, y: 0, width: 1440, height: 900 });
    const owner = {};
    let finish!: () => void;
    let idle = 0;
    onRasterIdle(() => idle++);
    scheduleRaster(owner, () => new Promise<void>((resolve) => (finish = resolve)), { x: 100, y: 0, width: 200, height: 300 }, 'card');
    runFrame();
    // The panel re-renders (say, as the picture arrives) and its effect cleans up.
    cancelRaster(owner);
    expect(rasterPending()).toBe(true);
    finish();
    await Promise.resolve();
    await Promise.resolve();
    runFrame();
    expect(idle).toBe(1);
    expect(takePlaceholderTimes().inView).toHaveLength(1);
  });
});
