/**
 * docs/benchmarks.md is a header and one section per part ("## Board canvas", "## Live sync").
 * A run of one part replaces its section and keeps the others as they were.
 */
export function mergeSections(existing: string, header: string, updated: Record<string, string>, order: string[]): string {
  const kept = new Map<string, string>();
  const parts = existing.split(/^(?=## )/m);
  for (const part of parts) {
    const match = /^## (.+)$/m.exec(part);
    if (match && part.startsWith('## ')) kept.set(match[1]!.trim(), part.trimEnd());
  }
  for (const [title, body] of Object.entries(updated)) kept.set(title, `## ${title}\n\n${body.trim()}`);
  const sections = order.filter((title) => kept.has(title)).map((title) => kept.get(title)!);
  return `${header.trim()}\n\n${sections.join('\n\n')}\n`;
}
