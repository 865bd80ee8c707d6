import { z } from 'zod';
import {
  BEAT_TYPES, EMOTIONS, MAX_INTENSITY, RULE_IDS, type RuleId, type SuggestionAlternative, type SuggestionContext, type SuggestionKind,
} from '../../../src/model';

/**
 * One alternative as the model is asked to write it (speakers by name: models keep names).
 * This is the only description of the answer: zod reads it, and the JSON Schema sent to the
 * model (`ANSWER_JSON_SCHEMA`) is generated from it. Parts a lenient server's model may leave
 * out are optional here; strict mode gets them all as required (see `strictJsonSchema`).
 */
export const ModelAlternativeSchema = z.object({
  shotId: z.string(),
  beat: z
    .object({
      type: z.enum(BEAT_TYPES),
      emotion: z.enum(EMOTIONS),
      // The board's intensity is a whole number from 0 to 10 (the inspector and shot list take
      // only those), so an answer with 7.5 or 11 is not one.
      intensity: z.number().int().min(0).max(MAX_INTENSITY),
    })
    .nullable()
    .optional(),
  dialogue: z
    .array(
      z.object({
        speaker: z.string(),
        line: z.string().min(1),
        parenthetical: z.string().optional().default(''),
      }),
    )
    .nullable()
    .optional(),
  rationale: z.string().default(''),
  /**
   * Rule ids of the rhythm findings the alternative aims to clear. Strict mode may only name
   * real checks (the `enum`); a lenient answer naming others keeps its alternative, and
   * `toSuggestionAlternative` drops the unknown ids.
   */
  addresses: z
    .array(z.string().meta({ enum: [...RULE_IDS] }))
    .nullable()
    .optional(),
});

export const ModelAnswerSchema = z.object({ alternatives: z.array(ModelAlternativeSchema) });
export type ModelAlternative = z.infer<typeof ModelAlternativeSchema>;

/** The JSON Schema sent as `response_format` (and shown in the prompt where a server has no schema mode). */
export const ANSWER_JSON_SCHEMA = strictJsonSchema(ModelAnswerSchema);

/**
 * A zod schema as OpenAI's strict structured output takes it. `io: 'output'` already closes
 * every object (`additionalProperties: false`); on top of that, strict mode needs every
 * property listed in `required` (an optional part is sent as nullable instead), and it refuses
 * keywords outside its subset: `default` ("'default' is not permitted"), `minLength`, and the
 * root `$schema`, which compatible servers do not all accept either.
 */
function strictJsonSchema(schema: z.ZodType): Record<string, unknown> {
  const strip = new Set(['$schema', 'default', 'minLength']);
  const visit = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(visit);
    if (typeof node !== 'object' || node === null) return node;
    const out: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(node)) {
      if (strip.has(key)) continue;
      // Under `properties` the keys are field names, not keywords.
      out[key] = key === 'properties' ? Object.fromEntries(Object.entries(value as object).map(([name, field]) => [name, visit(field)])) : visit(value);
    }
    if (out.properties) out.required = Object.keys(out.properties);
    return out;
  };
  return visit(z.toJSONSchema(schema, { io: 'output' })) as Record<string, unknown>;
}

/**
 * Turns a validated model alternative into the board's shape: only shots that were asked
 * about, speakers matched to the cast by name, and only the parts the request's kind asked for.
 */
export function toSuggestionAlternative(
  raw: ModelAlternative,
  context: SuggestionContext,
  kind: SuggestionKind,
  requested: ReadonlySet<string>,
): SuggestionAlternative | null {
  if (!requested.has(raw.shotId)) return null;
  const byName = new Map(context.characters.map((character) => [character.name.trim().toLowerCase(), character.id]));
  const beat = kind === 'dialogue' || !raw.beat ? null : raw.beat;
  const dialogue =
    kind === 'beats' || !raw.dialogue
      ? null
      : raw.dialogue.map((line) => ({
          characterId: byName.get(line.speaker.trim().toLowerCase()) ?? null,
          line: line.line,
          parenthetical: line.parenthetical ?? '',
        }));
  if (!beat && !dialogue) return null;
  // A check is named only when the board has that finding open and the beat may change.
  const open = new Set(context.findings.map((finding) => finding.ruleId));
  const addresses = beat ? [...new Set(raw.addresses ?? [])].filter((id): id is RuleId => RULE_IDS.includes(id as RuleId) && open.has(id as RuleId)) : [];
  return { shotId: raw.shotId, beat, dialogue, rationale: raw.rationale, ...(addresses.length > 0 ? { addresses } : {}) };
}
