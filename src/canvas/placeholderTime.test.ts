import { beforeEach, describe, expect, it, vi } from 'vitest';

beforeEach(() => vi.resetModules());

const panel = { x: 2000, y: 0, width: 200, height: 300 };

describe('placeholder time', () => {
  it('is in view since the view last reached the place without a break', async () => {
    const { inViewSince, noteView } = await import('./placeholderTime');
    noteView({ x: 1900, y: 0, width: 1440, height: 900 }, 100);
    noteView(null, 200); // the board was closed
    noteView({ x: 0, y: 0, width: 1440, height: 900 }, 300);
    expect(inViewSince(panel)).toBeNull();
    noteView({ x: 700, y: 0, width: 1440, height: 900 }, 400);
    noteView({ x: 800, y: 0, width: 1440, height: 900 }, 450);
    expect(inViewSince(panel)).toBe(400);
  });

  it('starts no earlier than the switch to the level of detail that mounted the panel', async () => {
    const { inViewSince, noteDetailLevelShown, noteView } = await import('./placeholderTime');
    noteView({ x: 0, y: 0, width: 14_400, height: 9000 }, 100); // zoomed out: a strip covers the panel
    noteView({ x: 1500, y: 0, width: 1440, height: 900 }, 900); // zoomed in
    expect(inViewSince(panel)).toBe(100);
    noteDetailLevelShown(1000);
    expect(inViewSince(panel)).toBe(1000);
  });

  it('keeps the view now for the order of the work', async () => {
    const { currentView, noteView } = await import('./placeholderTime');
    expect(currentView()).toBeNull();
    noteView({ x: 100, y: 50, width: 1440, height: 900 }, 0);
    expect(currentView()).toEqual({ x: 100, y: 50, width: 1440, height: 900 });
  });
});
