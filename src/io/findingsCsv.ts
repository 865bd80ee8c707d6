import { shotNumbers, type BoardSnapshot, type CheckedFinding } from '../model';
import { toCsv } from './csv';

/** How a finding reads in the export's language; the caller translates (the UI, or English). */
export interface FindingWords {
  rule(finding: CheckedFinding): string;
  severity(finding: CheckedFinding): string;
  message(finding: CheckedFinding): string;
}

const COLUMNS = ['episode', 'shot', 'rule', 'severity', 'finding', 'dismissed by', 'reason'] as const;

/**
 * The findings as CSV, one row each in board order, dismissed ones with who and why: for a
 * showrunner's notes meeting or a network's spreadsheet. UTF-8 with a byte-order mark.
 */
export function findingsToCsv(board: BoardSnapshot, findings: readonly CheckedFinding[], words: FindingWords): string {
  const numbers = shotNumbers(board);
  const episodeNumbers = new Map(board.episodes.map((episode, index) => [episode.id, String(index + 1)]));
  const rows = findings.map((finding) => [
    finding.episodeId ? episodeNumbers.get(finding.episodeId) ?? '' : '',
    finding.shotId ? numbers[finding.shotId] ?? '' : '',
    words.rule(finding),
    words.severity(finding),
    words.message(finding),
    finding.dismissal?.by ?? '',
    finding.dismissal?.reason ?? '',
  ]);
  return toCsv(COLUMNS, rows);
}
