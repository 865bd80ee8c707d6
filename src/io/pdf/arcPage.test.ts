import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { analyseBoard, describeFinding, readBoard, readRhythmSettings, RULE_NAMES_EN, shotNumbers } from '../../model';
import { buildDemoBoard } from '../demo/canalHeiress';
import type { ArcPageLabels } from './arcPage';
import { buildStoryboardPdf } from './storyboardPdf';
import { nodeFonts } from './testing/nodeFonts';
import { pdfFileText } from './testing/pdfText';

describe('the PDF series page', () => {
  it('puts the arc of endings and the open findings in front of the sheets', async () => {
    const doc = new Y.Doc();
    buildDemoBoard(doc);
    const board = readBoard(doc);
    const settings = readRhythmSettings(doc);
    const report = analyseBoard(board, settings);
    const numbers = shotNumbers(board);
    const labels: ArcPageLabels = {
      title: 'Series arc', endings: 'Episode endings', guides: 'Open ending ≥ 7 · Paywall strength ≥ 9', paywall: '- - Paywall',
      findings: 'Open findings', noFindings: 'None',
      finding: (finding) => `Ep ${board.episodes.findIndex((e) => e.id === finding.episodeId) + 1} · shot ${numbers[finding.shotId ?? ''] ?? ''} · ${RULE_NAMES_EN[finding.ruleId]}: ${describeFinding(finding)}`,
    };
    const bytes = await buildStoryboardPdf({
      board, episodeIds: [board.episodes[0].id], grid: '4x2', fonts: nodeFonts,
      labels: { episode: (n, title) => `Episode ${n} · ${title}`, page: (n, total) => `Page ${n} of ${total}`, camera: () => '', beat: () => '', noShots: '' },
      arc: { report, thresholds: settings.thresholds, labels },
    });
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'beatboard-arc-')), 'arc.pdf');
    writeFileSync(file, bytes);
    const text = pdfFileText(file);
    expect(text).toContain('Series arc');
    expect(text).toContain('Episode endings');
    expect(text).toContain('Ep 1 · shot 1.1 · Hook: No hook in the first 5 s');
    expect(text).toContain('Ep 3 · shot 3.12 · Repeated endings: 3 episodes in a row end on a cliffhanger');
    // The series page comes first, then the sheets.
    expect(text.indexOf('Open findings')).toBeLessThan(text.indexOf('Episode 1 · The Deckhand'));
  });
});
