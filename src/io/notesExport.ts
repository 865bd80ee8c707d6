import { readingPositions, shotNumbers, type BoardSnapshot, type NotesSnapshot } from '../model';
import { toCsv } from './csv';

export interface NotesExportRow {
  shot: string;
  status: string;
  kind: 'comment' | 'reply' | 'approval';
  author: string;
  when: string;
  text: string;
  resolved: string;
}

/** Every comment, reply and approval, in board order, as rows (for CSV and Markdown). */
export function notesExportRows(board: BoardSnapshot, notes: NotesSnapshot): NotesExportRow[] {
  const numbers = shotNumbers(board);
  const rank = readingPositions(board);
  const label = (shotId: string) => numbers[shotId] ?? 'deleted shot';
  const when = (ms: number) => new Date(ms).toISOString();
  const shotIds = [...new Set([...notes.comments.map((c) => c.shotId), ...Object.keys(notes.approvals)])].sort(
    (a, b) => (rank.get(a) ?? Infinity) - (rank.get(b) ?? Infinity) || a.localeCompare(b),
  );
  const rows: NotesExportRow[] = [];
  for (const shotId of shotIds) {
    const approval = notes.approvals[shotId];
    const status = approval?.status ?? 'pending';
    if (approval) rows.push({ shot: label(shotId), status, kind: 'approval', author: approval.by, when: when(approval.at), text: '', resolved: '' });
    for (const comment of notes.comments.filter((c) => c.shotId === shotId)) {
      rows.push({ shot: label(shotId), status, kind: 'comment', author: comment.author.name, when: when(comment.createdAt), text: comment.text, resolved: comment.resolved ? 'yes' : 'no' });
      for (const reply of comment.replies) {
        rows.push({ shot: label(shotId), status, kind: 'reply', author: reply.author.name, when: when(reply.createdAt), text: reply.text, resolved: '' });
      }
    }
  }
  return rows;
}

const COLUMNS: (keyof NotesExportRow)[] = ['shot', 'status', 'kind', 'author', 'when', 'text', 'resolved'];

export function notesToCsv(rows: NotesExportRow[]): string {
  return toCsv(COLUMNS, rows.map((row) => COLUMNS.map((column) => row[column])));
}

/** A Markdown review report: one section per shot, its status, comments and replies. */
export function notesToMarkdown(title: string, rows: NotesExportRow[]): string {
  const escape = (text: string) => text.replace(/([\\`*_{}[\]<>#|])/g, '\\$1');
  const out = [`# Review notes: ${escape(title)}`, ''];
  let current = '';
  for (const row of rows) {
    if (row.shot !== current) {
      current = row.shot;
      out.push(`## Shot ${escape(row.shot)} · ${row.status}`, '');
    }
    if (row.kind === 'approval') out.push(`- Status ${row.status}, set by ${escape(row.author)} at ${row.when}`);
    else if (row.kind === 'comment') out.push(`- **${escape(row.author)}** (${row.when}${row.resolved === 'yes' ? ', resolved' : ''}): ${escape(row.text)}`);
    else out.push(`  - reply from **${escape(row.author)}** (${row.when}): ${escape(row.text)}`);
  }
  return `${out.join('\n')}\n`;
}
