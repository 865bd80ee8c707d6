import { describe, expect, it } from 'vitest';
import type { TFunction } from 'i18next';
import { formatWhen, summaryParts, summaryText, versionTitle } from './versionText';

const none = { added: 0, removed: 0, changed: 0 };
const t = ((key: string, values?: { count?: number }) => (values?.count !== undefined ? `${key}:${values.count}` : key)) as unknown as TFunction;

describe('version text', () => {
  it('names a version by its name or its reason', () => {
    expect(versionTitle(t, { name: 'Cut 2', reason: null })).toBe('Cut 2');
    expect(versionTitle(t, { name: null, reason: 'before-restore' })).toBe('history.reason.before-restore');
  });

  it('lists only the counts that changed, shots first', () => {
    const summary = { shots: { added: 2, removed: 0, changed: 0 }, episodes: { ...none, removed: 1 }, sketchesChanged: 3 };
    expect(summaryParts(summary)).toEqual([
      { key: 'shotsAdded', count: 2 }, { key: 'episodesRemoved', count: 1 }, { key: 'sketchesChanged', count: 3 },
    ]);
    expect(summaryText(t, summary)).toBe('history.summary.shotsAdded:2history.summary.separatorhistory.summary.episodesRemoved:1history.summary.separatorhistory.summary.sketchesChanged:3');
    expect(summaryText(t, { shots: none, episodes: none, sketchesChanged: 0 })).toBe('history.summary.none');
  });

  it('says when relative to now, with the full date for the tooltip', () => {
    const now = Date.UTC(2026, 11, 5, 12);
    expect(formatWhen(now - 3 * 3600_000, now, 'en').relative).toBe('3 hours ago');
    expect(formatWhen(now - 10_000, now, 'en').relative).toBe('now');
    expect(formatWhen(now - 2 * 24 * 3600_000, now, 'zh-CN').relative).toBe('前天');
    expect(formatWhen(now, now, 'en').absolute).toMatch(/2026/);
  });
});
