/** A comment's text split into plain runs and @mentions of people known to the room. */
export type TextPart = { kind: 'text'; text: string } | { kind: 'mention'; text: string; name: string };

/**
 * Finds @Name mentions of known names (longest name first, so "@Ana Li" beats "@Ana"). An
 * @ before an unknown name stays plain text. Rendering is the UI's, always as text.
 */
export function splitMentions(text: string, knownNames: readonly string[]): TextPart[] {
  const names = [...new Set(knownNames.filter((name) => name.trim()))].sort((a, b) => b.length - a.length);
  const parts: TextPart[] = [];
  let plain = '';
  for (let index = 0; index < text.length; ) {
    if (text[index] === '@' && (index === 0 || /\s|[(（]/.test(text[index - 1]!))) {
      const rest = text.slice(index + 1);
      const name = names.find((candidate) => rest.toLowerCase().startsWith(candidate.toLowerCase()));
      if (name) {
        if (plain) parts.push({ kind: 'text', text: plain });
        plain = '';
        parts.push({ kind: 'mention', text: `@${rest.slice(0, name.length)}`, name });
        index += name.length + 1;
        continue;
      }
    }
    plain += text[index];
    index++;
  }
  if (plain) parts.push({ kind: 'text', text: plain });
  return parts;
}
